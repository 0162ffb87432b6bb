"""A sound player that hangs is ended: terminated, killed if it ignores that, and reaped.

The players here are real processes that ignore SIGTERM and never exit, the worst a broken
`aplay` or `gst-play-1.0` can do. Nothing the cue player started may outlive `close()`. The
`--version` checks that importing playsound3 runs are tested in a child Python (the import
happens once per process), with a fake `gst-play-1.0` put first on PATH.
"""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from sciatica_coach.audio.backends import CommandBackend
from sciatica_coach.audio.player import PLAYER_STUCK, PlayerStatus, PlaysoundPlayer
from tests.helpers.doubles import FakeClock
from tests.helpers.env import working_tree_env

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="signals, and /proc to see what is left"
)

WAIT_S = 10.0
"""The bound on every wait: a regression fails here rather than hanging."""

STUBBORN = textwrap.dedent(
    """\
    import os, signal, sys
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.alarm(60)  # if a regression leaves it behind, it goes in a minute
    print("ready", flush=True)
    while True:
        signal.pause()
    """
)
"""A player that ignores terminate and plays for ever; says when it is ready to ignore it."""


class StubbornBackend(CommandBackend):
    """Starts STUBBORN for each sound and returns once it ignores SIGTERM."""

    def __init__(self) -> None:
        super().__init__([sys.executable, "-c", STUBBORN], name="stubborn")
        self.processes: list[subprocess.Popen[bytes]] = []

    def open(self, path: Path) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(
            [*self.argv, str(path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.processes.append(process)
        assert process.stdout is not None
        with selectors.DefaultSelector() as ready:
            ready.register(process.stdout, selectors.EVENT_READ)
            assert ready.select(WAIT_S), "the fake player did not start"
        assert process.stdout.readline() == b"ready\n"
        process.stdout.close()
        return process


@pytest.fixture
def backend():
    """Its processes are killed at the end whatever happened (they ignore SIGTERM)."""
    made = StubbornBackend()
    yield made
    for process in made.processes:
        process.kill()
        process.wait(WAIT_S)


class Started:
    def __init__(self) -> None:
        self.event = threading.Event()

    def __call__(self, started: object) -> None:
        self.event.set()


def gone(pid: int) -> bool:
    """Exited and reaped: a zombie (exited, not reaped) still has its /proc entry."""
    return not Path(f"/proc/{pid}").exists()


def test_a_hung_player_that_ignores_terminate_is_killed_and_reaped(backend):
    clock = FakeClock()
    started = Started()
    player = PlaysoundPlayer(
        loader=lambda: backend, clock=clock, hang_s=10.0, grace_s=1.0, observer=started
    )
    notices: list[str] = []
    said = threading.Event()
    player.on_problem(lambda notice: (notices.append(notice), said.set()))
    try:
        player.play("session_done")
        assert started.event.wait(WAIT_S)
        (process,) = backend.processes
        clock.advance(11.0)  # past hang_s: terminated, which it ignores
        assert said.wait(WAIT_S)
        assert process.poll() is None  # still there
        clock.advance(2.0)  # past the grace period: killed
        assert player.wait_idle(WAIT_S)  # idle once no player process is left running
        assert process.returncode == -signal.SIGKILL
        assert gone(process.pid)
        assert notices == [PLAYER_STUCK]
    finally:
        player.close()


def test_close_ends_a_player_that_ignores_terminate_within_a_bound(backend):
    started = Started()
    player = PlaysoundPlayer(loader=lambda: backend, grace_s=0.5, observer=started)
    player.play("start")
    assert started.event.wait(WAIT_S)
    (process,) = backend.processes

    began = time.monotonic()
    player.close(timeout=WAIT_S)
    took = time.monotonic() - began

    assert player.thread is not None
    assert not player.thread.is_alive()
    assert process.returncode == -signal.SIGKILL  # terminate, 0.5 s, then kill
    assert gone(process.pid)
    assert took < 3.0
    assert player.status is PlayerStatus.CLOSED


FAKE_CHECK = textwrap.dedent(
    """\
    #!{python}
    import os, signal, socket
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.alarm(60)  # if a regression leaves it behind, it goes in a minute
    tell = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    tell.sendto(str(os.getpid()).encode(), os.environ["FAKE_CHECK_SOCKET"])
    while True:
        signal.pause()
    """
)
"""`gst-play-1.0 --version` that hangs and ignores terminate; sends its pid when it runs."""

CHILD = textwrap.dedent(
    """\
    import json, os, socket, sys, time
    from pathlib import Path

    heard = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    heard.bind(os.environ["FAKE_CHECK_SOCKET"])
    heard.settimeout(30)
    out = {}
    if sys.argv[1] == "load":
        from sciatica_coach.audio.backends import BackendUnavailable, load_playsound3

        began = time.monotonic()
        try:
            load_playsound3(probe_timeout_s=0.5)
        except BackendUnavailable as exc:
            out["said"] = f"{type(exc).__name__}: {exc}"
        out["took"] = time.monotonic() - began
        pid = int(heard.recv(32))
    else:
        from sciatica_coach.audio.player import PlaysoundPlayer

        player = PlaysoundPlayer()
        player.warm_up()
        pid = int(heard.recv(32))  # the check is running, and ignores SIGTERM
        began = time.monotonic()
        player.close(timeout=10)
        out["took"] = time.monotonic() - began
        out["thread_alive"] = player.thread.is_alive()
        out["said"] = player.problem
    out["check_gone"] = not Path(f"/proc/{pid}").exists()
    tasks = Path("/proc/self/task")
    out["children"] = [c for t in tasks.iterdir() for c in (t / "children").read_text().split()]
    print(json.dumps(out))
    """
)


def run_with_a_hung_check(tmp_path: Path, what: str) -> dict:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "gst-play-1.0"  # the first player playsound3 checks
    fake.write_text(FAKE_CHECK.format(python=sys.executable))
    fake.chmod(0o755)
    env = working_tree_env()
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    env["FAKE_CHECK_SOCKET"] = str(tmp_path / "s")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, what],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_hung_version_check_is_ended_and_reaped_and_sound_is_unavailable(tmp_path):
    out = run_with_a_hung_check(tmp_path, "load")
    assert out["said"].startswith(
        "PlayerCheckStuck: a sound player check did not finish in 0.5 s and was ended ("
    )
    assert "gst-play-1.0 --version" in out["said"]
    assert out["took"] < 5.0  # 0.5 s, terminate ignored for 1 s, killed
    assert out["check_gone"]
    assert out["children"] == []


def test_close_cuts_a_hung_version_check_short_and_leaves_no_process(tmp_path):
    out = run_with_a_hung_check(tmp_path, "close")
    assert out["took"] < 5.0  # not the 10 s the check would be given
    assert not out["thread_alive"]
    assert out["check_gone"]
    assert out["children"] == []
    assert out["said"] is None  # closing is not a sound problem to tell anyone about
