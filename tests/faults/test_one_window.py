"""9. One window per history: a second start on the same data folder says the first is open
(and offers no 'resume' of its live session); a lock left by a killed app is taken over."""

from __future__ import annotations

import os
import subprocess

import pytest

from sciatica_coach.ui import launch
from tests.helpers.env import app_command, isolated_env
from tests.helpers.xdisplay import wait_for


def test_a_lock_held_by_a_running_app_is_refused_and_a_dead_ones_taken_over(qtbot, tmp_path):
    data = tmp_path / "data"
    first = launch.lock_data_folder(data)
    assert not isinstance(first, bool)
    assert launch.lock_data_folder(data) is False  # held by a running app (this one)
    first.unlock()

    # A lock whose process is gone (a killed app): stale, taken over at once.
    gone = max(2, os.getpid() + 100_000)  # no such process
    (data / launch.LOCK_FILE).write_text(f"{gone}\nsciatica-coach\n{os.uname().nodename}\n")
    taken = launch.lock_data_folder(data)
    assert not isinstance(taken, bool)
    taken.unlock()


@pytest.mark.slow
def test_a_second_start_on_the_same_folder_says_the_first_is_open(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"schema_version": 1, "first_run_seen": true}')
    env = isolated_env(tmp_path)
    first = subprocess.Popen(app_command("--data-dir", str(data)), env=env)
    try:
        lock = data / launch.LOCK_FILE
        wait_for(lambda: lock.exists() or first.poll() is not None, 30, "the first app's lock")
        assert first.poll() is None, "the first app exited"
        second = subprocess.Popen(
            app_command("--data-dir", str(data)), env=env, stderr=subprocess.PIPE, text=True
        )
        try:
            assert second.stderr is not None
            line = second.stderr.readline()
            assert "already open" in line
            assert str(data) in line
        finally:
            second.kill()
            second.wait(timeout=30)
            if second.stderr is not None:
                second.stderr.close()
        assert first.poll() is None  # the first carries on
    finally:
        first.kill()
        first.wait(timeout=30)
