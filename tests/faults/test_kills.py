"""8. A kill while the hurt questions are open keeps the press; a kill on the summary asks the
after-session check-in at the next start; the resume offer counts drills right and does not
resume into a routine that has changed since."""

from __future__ import annotations

import sqlite3
import subprocess
from dataclasses import replace

import pytest

from sciatica_coach.services.routine_files import routine_hash
from tests.helpers import xdisplay
from tests.helpers.env import ROOT, app_command, isolated_env
from tests.unit.services.test_session_service import World


def rows(db, sql):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.mark.slow
def test_a_kill_during_the_hurt_questions_keeps_the_press(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"schema_version": 1, "first_run_seen": true}')
    routine = ROOT / "routines" / "quick-tour.yaml"
    args = ("--data-dir", str(data), "--routine", str(routine), "--start")
    with xdisplay.x_session("1366x768x24", base_env=isolated_env(tmp_path)) as env:
        env["QT_QPA_PLATFORM"] = "xcb"
        child = subprocess.Popen(app_command(*args), env=env, stderr=subprocess.DEVNULL)
        try:

            def has(nodes, name):
                return any(n["name"] == name and n["role"] == "push button" for n in nodes)

            xdisplay.read_accessibility_tree(
                env, child.pid, timeout=30, until=lambda ns: has(ns, "Stop: this hurts")
            )
            xdisplay.press_keys(env, "Sciatica Coach", "h")
            xdisplay.read_accessibility_tree(
                env, child.pid, timeout=10, until=lambda ns: has(ns, "Pressed by mistake")
            )
        finally:
            child.kill()  # SIGKILL while the questions are on screen
            child.wait(timeout=30)
    got = rows(
        data / "history.db",
        "SELECT exercise_id, event_id IS NOT NULL, pain, choice FROM hurt_events",
    )
    assert got == [("bird-dog", 1, None, None)]  # the press, answers never given


def test_a_kill_on_the_summary_asks_the_after_check_in_next_time(tmp_path):
    w = World(tmp_path)
    run = w.begin()
    w.advance(run, 3600)  # the session ends; the app is killed before the check-in
    assert run.finished
    w.service.current = None
    w.next_day(0)
    w.prompts.asked.clear()
    w.service.startup(lambda: None)
    assert w.prompts.asked == ["after"]
    [after] = w.log.checkins(run.id)
    assert after.moment == "after"  # asked once; skipped, it is stored empty and not asked again
    w.prompts.asked.clear()
    w.service.startup(lambda: None)
    assert w.prompts.asked == []


def test_resume_counts_the_drills_and_not_into_a_changed_routine(tmp_path):
    steps = ({"exercise": "ball"}, {"exercise": "ball"}, {"exercise": "ball"}, {"exercise": "ball"})
    w = World(tmp_path, *steps)
    first = w.begin()
    w.seek(first, 2, "timed")  # two drills done, killed in the third
    w.service.current = None
    w.service.startup(lambda: None)
    choice = w.prompts.choice
    assert (choice.step, choice.steps, choice.changed) == (2, 4, False)
    again = w.service.current
    again.start()
    w.seek(again, 2, "timed", into=1)  # killed again in the same drill: still drill 3 of 4
    w.service.current = None
    w.service.startup(lambda: None)
    assert (w.prompts.choice.step, w.prompts.choice.steps) == (2, 4)

    # The routine changed since (the physio sent a new version): not resumed into.
    w.service.current = None
    entry = w.library.routines["test-routine"]
    changed = replace(entry.routine, title="Test routine, week 2")
    assert routine_hash(changed) != routine_hash(entry.routine)
    w.library.routines["test-routine"] = type(entry)(changed, entry.source)
    w.service.startup(lambda: None)
    assert w.prompts.choice.changed
    assert w.service.current.machine.current.step == 0
