"""When Qt finds no screen, the app says what to check and exits 1, instead of Qt's abort with
its guess about xcb-cursor0 alone (a child process each: Qt ends the process it fails in)."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from PySide6.QtCore import qWarning

from sciatica_coach.ui import platform_check
from tests.helpers.env import app_command, working_tree_env

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the X display check is for Linux"
)


def unused_display() -> str:
    for n in range(977, 1077):
        if platform_check.x_answers(f":{n}") is False:
            return f":{n}"
    pytest.skip("no free display number")


def start(tmp_path, **env_changes):
    env = working_tree_env()
    for key in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(key, None)
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"), **env_changes)
    return subprocess.run(
        app_command("--data-dir", str(tmp_path / "data")), env=env, capture_output=True,
        text=True, timeout=120, check=False,
    )  # fmt: skip


def test_no_display_at_all_says_so(tmp_path):
    done = start(tmp_path)
    assert done.returncode == platform_check.EXIT_NO_WINDOW, done.stderr
    assert "Sciatica Coach could not open its window" in done.stderr
    assert "1. Is there a display? Neither DISPLAY nor WAYLAND_DISPLAY is set" in done.stderr
    assert '"Linux system libraries" in the README' in done.stderr


@pytest.mark.slow
def test_a_display_pointing_at_nothing_is_named(tmp_path):
    display = unused_display()
    done = start(tmp_path, DISPLAY=display)
    assert done.returncode == platform_check.EXIT_NO_WINDOW, done.stderr
    assert f"1. Is the display there? DISPLAY is '{display}', but no X server" in done.stderr
    if "xcb-cursor0 or libxcb-cursor0 is needed" in done.stderr:  # Qt 6.5 and later say it
        assert "Qt's advice to install xcb-cursor0 is a guess" in done.stderr
    assert "2. If the display is fine, the system libraries" in done.stderr


@pytest.mark.qt_log_level_fail("CRITICAL")
def test_qt_messages_pass_through_while_the_guard_is_on(qapp, qtlog, monkeypatch):
    monkeypatch.setattr(platform_check, "wait_for_display", lambda: True)
    out = io.StringIO()
    left: list[int] = []
    with platform_check.explain_if_qt_fails(out, left.append):
        qWarning("a harmless warning")
    assert out.getvalue() == "a harmless warning\n"
    assert not left
    qWarning("after the guard")  # the handler before it is back
    assert [r.message for r in qtlog.records] == ["after the guard"]
