"""File > Switch profile in the real app: the window closes, its history is let go, and the window
opens again on the other profile (its own title, its own history, its own lock), in one process.
A child runs `sciatica_coach.app.main` offscreen and drives the menus as a person would."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from sciatica_coach.storage.profiles import create_profile
from tests.helpers.env import isolated_env

DRIVE = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog
    from sciatica_coach import app

    qapp = QApplication(["sciatica-coach"])
    seen, done = [], set()

    def visible_window():
        for w in qapp.topLevelWidgets():
            if type(w).__name__ == "MainWindow" and w.isVisible() and w.home.cards:
                return w
        return None

    def poll():
        w = visible_window()
        if w is None:
            return
        title = w.windowTitle()
        if title in done:
            return
        done.add(title)
        seen.append(title)
        if len(seen) == 1:
            w.actions_by_name["switch_profile"].trigger()
            chooser = w.findChild(QDialog, "profileChooser")
            chooser.list.setCurrentRow(1)
            chooser.open_button.click()
        else:
            w.actions_by_name["quit"].trigger()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(50)
    QTimer.singleShot(60_000, lambda: qapp.exit(3))
    code = app.main(["--data-dir", sys.argv[1], "--profile", "main"])
    print(json.dumps({"code": code, "seen": seen}))
    """
)


@pytest.mark.slow
def test_switch_profile_reopens_the_window_on_the_other_history(tmp_path):
    root = tmp_path / "data"
    jones = create_profile(root, "Mrs Jones")
    for folder in (root, jones.folder):
        (folder / "settings.json").write_text('{"schema_version": 1, "first_run_seen": true}')
    done = subprocess.run(
        [sys.executable, "-c", DRIVE, str(root)],
        env=isolated_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["code"] == 0
    # Shown as "Main profile — Sciatica Coach": the window system adds the app's name.
    assert result["seen"] == ["Main profile", "Mrs Jones"]
    assert (root / "history.db").is_file()  # each window opened its own history
    assert (jones.folder / "history.db").is_file()
    assert not (root / ".sciatica-coach.lock").exists()  # and let its lock go
    assert not (jones.folder / ".sciatica-coach.lock").exists()
