"""'Stop: this hurts' end to end: pause, questions, a regression swapped in, the rows in the log,
and the next session starting on the regression with its reason."""

from __future__ import annotations

import json
import sqlite3
import textwrap
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from sciatica_coach import cli
from sciatica_coach.core.safety import Action
from tests.helpers.app import make_harness

ROUTINE = textwrap.dedent(
    """\
    schema_version: 1
    id: hurt-test
    title: Hurt test
    summary: A short routine for the hurt flow.
    bias: mixed
    audience: Tests.
    sources: [003_b1811144eaed076d.txt]
    steps:
      - exercise: double-knees-to-chest
        sets: 1
        hold_s: 30
      - breathing: {inhale_s: 4, exhale_s: 6, cycles: 1}
    """
)


@pytest.fixture
def routine_file(tmp_path):
    path = tmp_path / "hurt-test.yaml"
    path.write_text(ROUTINE)
    return path


def rows(db_path, sql):
    db = sqlite3.connect(db_path)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def answer(dialog, pain, *, leg=None, reach=None, flags=(), choice=None):
    dialog.back.choose(str(pain))
    dialog.leg.choose(str(pain if leg is None else leg))
    if reach:
        dialog.reach.choose(reach)
    dialog.next_button.click()
    for flag in flags:
        dialog.flags.choose(flag)
    (dialog.some_button if flags else dialog.none_button).click()
    if choice is not None:
        dialog.choice_buttons[choice].click()


def test_hurt_mid_hold_swaps_in_the_regression_and_logs_everything(qtbot, tmp_path, routine_file):
    data = tmp_path / "data"
    h = make_harness(qtbot, data)
    h.open_routine_file(routine_file)
    h.start_routine("hurt-test", checkins=False)
    h.seek(0, "hold", into=10.0)
    p = h.player
    qtbot.mouseClick(p.stop_button, Qt.MouseButton.LeftButton)
    run = h.run
    dialog = h.sessions.hurt_dialog
    assert dialog is not None
    assert run.machine.paused
    before = run.snapshot().position_ms
    h.advance(20)
    assert run.snapshot().position_ms == before  # nothing moves while asking
    answer(dialog, 3, reach="thigh")
    # double knees to chest must relieve: with nothing to compare, pain means worse
    assert next(iter(dialog.choice_buttons)) is Action.REGRESS
    dialog.choice_buttons[Action.REGRESS].click()
    assert h.sessions.hurt_dialog is None
    assert not run.machine.paused
    easier = run.machine.plan.drills[0]
    assert easier.exercise.id != "double-knees-to-chest"
    assert easier.base == "double-knees-to-chest"
    assert p.drill_title.text() == easier.title
    assert p.reason.isVisible()
    assert "hurt" in p.reason.text()
    h.run_to_end()
    db = data / "history.db"
    assert rows(db, "SELECT status FROM sessions") == [("completed",)]
    assert rows(
        db, "SELECT step, exercise_id, variant_id, status FROM drill_results ORDER BY rowid"
    ) == [
        (0, "double-knees-to-chest", "double-knees-to-chest", "stopped"),
        (0, "double-knees-to-chest", easier.exercise.id, "done"),
        (1, "slow-breathing", "slow-breathing", "done"),
    ]
    hurt = rows(
        db,
        "SELECT step, exercise_id, variant_id, phase, rep, side, elapsed_s, pain, "
        "reach, suggestion, choice, variant_offered FROM hurt_events",
    )
    assert hurt == [
        (
            0,
            "double-knees-to-chest",
            "double-knees-to-chest",
            "hold",
            None,
            None,
            pytest.approx(22.0, abs=0.2),
            3,
            "thigh",
            "regress",
            "regress",
            easier.exercise.id,
        )
    ]
    level = rows(db, "SELECT base_id, level_id, about_id, source, since FROM exercise_levels")
    assert level == [
        (
            "double-knees-to-chest",
            easier.exercise.id,
            "double-knees-to-chest",
            "stopped",
            "2026-11-17T09:00:42+00:00",
        )
    ]
    h.shell.shutdown()

    # The export shows the event with its position, answers and the regression chosen.
    out = tmp_path / "log.json"
    assert cli.main(["export", "--data-dir", str(data), "--format", "json", "--out", str(out)]) == 0
    exported = json.loads(out.read_text())["sessions"][0]
    event = exported["hurt_events"][0]
    assert (event["phase"], event["pain"], event["choice"]) == ("hold", 3, "regress")
    assert event["variant_offered"] == easier.exercise.id

    # The next session (three days later) starts the drill on its regression and says why,
    # in words made on that day.
    h2 = make_harness(qtbot, data, start=datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    h2.start_routine("hurt-test", checkins=False)
    drill = h2.run.machine.plan.drills[0]
    assert drill.exercise.id == easier.exercise.id
    assert h2.player.reason.text() == (
        f"Starting on {easier.title[0].lower() + easier.title[1:]} because double knees to "
        "chest was stopped on Tuesday."
    )
    # The person can override it: the usual exercise now, and next time too.
    assert h2.player.usual_button.isVisible()
    h2.player.usual_button.click()
    assert h2.run.machine.plan.drills[0].exercise.id == "double-knees-to-chest"
    assert not h2.player.reason.isVisible()
    assert rows(db, "SELECT level_id, source FROM exercise_levels") == [
        ("double-knees-to-chest", "user")
    ]
    h2.run_to_end()
    h2.shell.shutdown()
    h3 = make_harness(qtbot, data)
    h3.start_routine("hurt-test", checkins=False)
    assert h3.run.machine.plan.drills[0].exercise.id == "double-knees-to-chest"
    h3.shell.shutdown()


def test_a_red_flag_ends_the_session_with_advice_and_logs_red_flag(qtbot, tmp_path, routine_file):
    data = tmp_path / "data"
    h = make_harness(qtbot, data)
    h.open_routine_file(routine_file)
    h.start_routine("hurt-test", checkins=False)
    h.seek(0, "hold", into=3.0)
    h.sessions.hurt()
    dialog = h.sessions.hurt_dialog
    answer(dialog, 4, flags=["saddle"])
    assert dialog.pages.currentWidget() is dialog.red_page
    dialog.end_button.click()
    summary = h.sessions.summary_page()
    assert h.window.current_page() is summary
    assert summary.headline.text() == (
        "On Tue 17 Nov you reported a warning sign: saddle numbness."
    )
    assert "999" in summary.advice.text()
    assert not summary.again_button.isVisible()
    assert not summary.note.isVisible()  # no reassurance after a warning sign
    db = data / "history.db"
    assert rows(db, "SELECT status FROM sessions") == [("red_flag",)]
    assert rows(db, "SELECT red_flags, choice FROM hurt_events") == [('["saddle"]', "red_flag")]
    h.shell.shutdown()


def test_carry_on_gently_resumes_and_pressed_by_mistake_stays_paused(qtbot, tmp_path):
    h = make_harness(qtbot, tmp_path / "data")
    h.start_routine("core-stability", checkins=False)
    h.advance(15)
    s = h.sessions
    s.hurt()
    s.hurt_dialog.cancel_button.click()
    assert s.hurt_dialog is None
    assert h.run.machine.paused
    assert "Paused" in h.player.status.text()
    h.driver.resume()
    s.hurt()
    answer(s.hurt_dialog, 2, choice=Action.CONTINUE)
    assert not h.run.machine.paused
    # The press taken back stays in the log, marked as a mistake (and counts as no hurt).
    assert rows(tmp_path / "data" / "history.db", "SELECT pain, choice FROM hurt_events") == [
        (None, "mistake"),
        (2, "continue"),
    ]
    h.shell.shutdown()


def test_demo_mode_writes_nothing(qtbot, tmp_path, routine_file):
    data = tmp_path / "data"
    h = make_harness(qtbot, data, demo=True)
    h.open_routine_file(routine_file)
    h.start_routine("hurt-test", checkins=False)
    h.seek(0, "hold", into=2.0)
    h.sessions.hurt()
    answer(h.sessions.hurt_dialog, 7, choice=Action.SKIP)
    h.run_to_end()
    h.shell.shutdown()
    assert not (data / "history.db").exists()
    assert not (data / "routines").exists()


def test_checkins_before_and_after_are_logged(qtbot, tmp_path):
    data = tmp_path / "data"
    h = make_harness(qtbot, data)
    h.start_routine("quick-tour")
    before = h.prompts.current
    assert before.objectName() == "checkinBefore"
    before.back.choose("4")
    before.leg.choose("5")
    before.reach.choose("below_knee")
    before.save_button.click()
    assert h.run is not None
    h.run_to_end()
    after = h.prompts.current
    assert after.objectName() == "checkinAfter"
    after.back.choose("2")
    after.save_button.click()
    got = rows(
        data / "history.db",
        "SELECT moment, back_pain, leg_pain, reach FROM checkins ORDER BY rowid",
    )
    assert got == [("before", 4, 5, "below_knee"), ("after", 2, None, None)]
    h.shell.shutdown()
