"""The log under a kill, a damaged file and a folder that cannot be written."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.helpers.app import make_harness
from tests.helpers.env import ROOT, app_command, working_tree_env


def rows(db, sql):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.mark.slow
def test_sigkill_mid_session_loses_nothing_committed_and_offers_to_resume(qtbot, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    # Seen before: on a new data folder even --start shows the safety notice first.
    (data / "settings.json").write_text('{"schema_version": 1, "first_run_seen": true}')
    # The checkout's code, though the child starts in tmp_path (tests/helpers/env.py).
    env = working_tree_env(
        {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "SCIATICA_COACH_LOG": "INFO",
            "PYTHONUNBUFFERED": "1",
        }
    )
    child = subprocess.Popen(
        app_command(
            "--data-dir",
            str(data),
            "--routine",
            str(ROOT / "routines" / "core-stability.yaml"),
            "--start",
            "--speed",
            "40",
        ),
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    logged = []
    # If the child never logs (a bug), it is killed after a minute and the loop below ends.
    watchdog = threading.Timer(60, child.kill)
    watchdog.start()
    try:
        assert child.stderr is not None
        for line in child.stderr:  # each line is written after its event was committed
            if "logged drill" in line:
                logged.append(line.split("logged drill ", 1)[1].strip())
                if len(logged) == 2:
                    child.send_signal(signal.SIGKILL)
                    break
    finally:
        watchdog.cancel()
        child.kill()
        child.wait(timeout=30)
        if child.stderr is not None:
            child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    assert len(logged) == 2
    db = data / "history.db"
    sessions = rows(db, "SELECT status, ended_at, resume_step FROM sessions")
    assert sessions == [("interrupted", None, 2)]
    drills = rows(db, "SELECT step, variant_id, status FROM drill_results ORDER BY step")
    assert [f"{s} {v}: {st}" for s, v, st in drills][:2] == logged

    # The next start marks it interrupted and offers to carry on at the third drill.
    h = make_harness(qtbot, data)
    box = h.window.findChild(QMessageBox, "resumeOffer")
    assert box is not None
    assert "stopped unexpectedly at drill 3 of 5" in box.text()
    resume = next(b for b in box.buttons() if b.text().startswith("Resume at drill 3"))
    resume.click()
    assert h.run is not None
    assert h.run.machine.current.step == 2
    h.run_to_end()
    h.shell.shutdown()
    got = rows(
        db,
        "SELECT status, ended_at IS NOT NULL, resumed_from IS NOT NULL FROM sessions "
        "ORDER BY rowid",
    )
    assert got == [("interrupted", 1, 0), ("completed", 1, 1)]


def test_a_damaged_log_is_set_aside_and_the_user_told(qtbot, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    junk = b"this is not a database" * 100
    (data / "history.db").write_bytes(junk)
    h = make_harness(qtbot, data)
    [notice] = [n for n in h.window.home.notice_widgets if "damaged-" in n.text()]
    assert notice.isVisible()
    kept = [p for p in data.iterdir() if p.name.startswith("history.db.damaged-")]
    assert len(kept) == 1
    assert kept[0].read_bytes() == junk  # moved aside, never deleted
    h.start_routine("quick-tour", checkins=False)
    h.run_to_end()
    h.shell.shutdown()
    assert rows(data / "history.db", "SELECT status FROM sessions") == [("completed",)]


def test_an_unwritable_folder_keeps_the_session_in_memory_until_it_can_be_written(qtbot, tmp_path):
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the data folder's parent should be")
    data = blocker / "data"  # cannot be created while `blocked` is a file
    h = make_harness(qtbot, data, first_run=True)
    assert h.service.log is not None
    assert h.service.log.error
    assert any(n.isVisible() for n in h.window.home.notice_widgets)
    h.start_routine("quick-tour", checkins=False)
    h.run_to_end()
    assert h.window.current_page() is h.sessions.summary_page()
    assert h.service.log.pending > 0  # kept in memory, in order
    blocker.unlink()  # the disk comes back
    data.mkdir(parents=True)
    assert h.service.log.flush()
    assert h.service.log.pending == 0
    h.shell.shutdown()
    assert rows(data / "history.db", "SELECT status FROM sessions") == [("completed",)]
    assert len(rows(data / "history.db", "SELECT * FROM drill_results")) == 3
