"""The app never uses the network: a whole session, the History page and every export, offline.

Two layers. In-process, Python's socket entry points record and refuse every attempt while the
real window runs a routine, opens History, saves CSV, JSON and the PDF report, and the CLI
exports; nothing may have been attempted. From outside, strace watches the kernel, which also sees
what Qt's C++ or a sound player would do: the self-check and the same in-process scenario run
under `strace -f`, and no connect() or sendto() may name an AF_INET or AF_INET6 address (AF_UNIX
for D-Bus or X11 is local and allowed). Last, the self-check runs in a network namespace with no
network at all (`unshare -rn`) and still passes.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from sciatica_coach import cli
from sciatica_coach.storage.log import SessionLog
from sciatica_coach.ui import theme
from sciatica_coach.ui.history_page import HistoryPage
from tests.helpers.app import make_harness
from tests.helpers.env import ROOT, app_command, isolated_env

SCENARIO = "test_session_history_and_exports_never_touch_the_network"
STRACE_SYSCALLS = "connect,sendto,sendmsg,sendmmsg"
INET = re.compile(r"\bAF_INET6?\b")


class Refused:
    """Socket entry points that record who called and refuse, as a machine with no network does."""

    def __init__(self) -> None:
        self.attempts: list[str] = []

    def guard(self, name: str):
        def refuse(*args, **kwargs):
            self.attempts.append(f"{name}{args!r}")
            raise ConnectionRefusedError(f"offline test: {name} is refused")

        return refuse


@pytest.fixture
def refused(monkeypatch) -> Refused:
    net = Refused()
    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, net.guard(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo"):
        monkeypatch.setattr(socket, name, net.guard(f"socket.{name}"))
    return net


class Saves:
    """Answers the History page's save dialog with paths in one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def __call__(self, parent, caption, name, filters) -> str:
        return str(self.folder / name)


def open_history(h, log_path: Path, opened: list[SessionLog]) -> HistoryPage:
    """The History page the way a person gets it: the menu's History action (Ctrl+H).

    Until the coach builds the page for that action, the page is built here over the session's
    log, as the coach will, and shown in the same window.
    """
    h.window.actions_by_name["history"].trigger()
    QApplication.processEvents()
    pages = h.window.findChildren(HistoryPage)
    if pages:
        return pages[0]
    log = SessionLog.open(log_path)
    opened.append(log)
    page = HistoryPage(log, h.service.library.catalogue, theme.LIGHT, now=h.wall)
    h.window.show_page(page)
    return page


def test_session_history_and_exports_never_touch_the_network(qtbot, tmp_path, refused):
    data = tmp_path / "data"
    files = tmp_path / "files"
    files.mkdir()
    h = make_harness(qtbot, data)
    h.start_routine("quick-tour", checkins=False)
    h.run_to_end()
    assert h.run is None, "the session did not finish"
    assert h.service.log is not None
    h.service.log.flush()

    opened: list[SessionLog] = []
    try:
        page = open_history(h, data / "history.db", opened)
        assert h.window.current_page() is page
        assert page.history is not None
        assert page.history.summary.completed == 1
        page.save_path = Saves(files)
        saved = [page.export_csv(), page.export_json(), page.export_report()]
    finally:
        for log in opened:
            log.close()
    assert all(path is not None and path.stat().st_size > 0 for path in saved), saved
    assert saved[2] is not None
    assert saved[2].read_bytes().startswith(b"%PDF")

    out = tmp_path / "export.json"
    code = cli.main(["export", "--data-dir", str(data), "--format", "json", "--out", str(out)])
    assert code == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["sessions"]) == 1

    assert refused.attempts == [], "something tried the network"


def test_the_guard_catches_an_attempt(refused):
    """The patched entry points do refuse and record (else the test above proves nothing)."""
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)
    with socket.socket() as sock, pytest.raises(ConnectionRefusedError):
        sock.connect(("192.0.2.1", 80))
    assert len(refused.attempts) == 2


# -- from outside the process ------------------------------------------------------------------


def _strace() -> str:
    path = shutil.which("strace")
    if path is None:
        pytest.skip("strace is not installed (apt-get install strace): no kernel-level check")
    return path


def _env(home: Path) -> dict[str, str]:
    """A throwaway home; the children run the checkout's code (tests/helpers/env.py)."""
    return isolated_env(home, drop=("COV_CORE_", "PYTEST_"))


def _traced(tmp_path: Path, *command: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """Run `command` under strace; returns the result and the trace's AF_INET/AF_INET6 lines."""
    trace = tmp_path / "strace.txt"
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    result = subprocess.run(
        [_strace(), "-f", "--seccomp-bpf", "-e", f"trace={STRACE_SYSCALLS}", "-o", str(trace),
         *command],
        cwd=ROOT,
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )  # fmt: skip
    if not trace.is_file():
        pytest.fail(f"strace wrote no trace (ptrace not allowed here?): {result.stderr[-2000:]}")
    lines = trace.read_text(encoding="utf-8", errors="replace").splitlines()
    return result, [line for line in lines if INET.search(line)]


@pytest.mark.slow
def test_strace_sees_an_inet_connection(tmp_path):
    """The trace and its reading work: a connect to the loopback's discard port is seen."""
    probe = "import socket; socket.socket().connect_ex(('127.0.0.1', 9))"
    result, inet = _traced(tmp_path, sys.executable, "-c", probe)
    assert result.returncode == 0, result.stderr
    assert any("connect(" in line and "127.0.0.1" in line for line in inet), inet


@pytest.mark.slow
def test_self_check_makes_no_inet_connection(tmp_path):
    result, inet = _traced(tmp_path, *app_command("--self-check"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert inet == [], "\n".join(inet)


@pytest.mark.slow
def test_the_whole_scenario_makes_no_inet_connection(tmp_path):
    """The session, History, CSV, JSON, PDF and CLI export once more, watched from the kernel."""
    node = f"{Path(__file__).relative_to(ROOT).as_posix()}::{SCENARIO}"
    result, inet = _traced(
        tmp_path, sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
        "--basetemp", str(tmp_path / "child"), node,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "1 passed" in result.stdout, result.stdout[-2000:]
    assert inet == [], "\n".join(inet)


@pytest.mark.slow
def test_self_check_passes_with_no_network_at_all(tmp_path):
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare is not installed (util-linux)")
    probe = subprocess.run([unshare, "-rn", "true"], capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"cannot make a network namespace here: {probe.stderr.strip()}")
    home = tmp_path / "home"
    home.mkdir()
    result = subprocess.run(
        [unshare, "-rn", *app_command("--self-check")],
        cwd=ROOT,
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
