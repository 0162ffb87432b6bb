"""The window end to end on a fake clock: what a person sees at each moment of a routine."""

from __future__ import annotations

import sqlite3
import textwrap

import pytest
from PySide6.QtCore import Qt

from tests.helpers.app import make_harness

ROUTINE = textwrap.dedent(
    """\
    schema_version: 1
    id: window-test
    title: Window test
    summary: A short routine for the window tests.
    bias: mixed
    audience: Tests.
    sources: [001_ee699b751415854c.txt]
    steps:
      - exercise: bird-dog
        sets: 2
        reps: 2
        hold_s: 2
        rest_s: 10
        sides: alternating
      - exercise: knee-to-chest
        sets: 1
        hold_s: 20
        sides: each
      - breathing: {inhale_s: 4, exhale_s: 6, cycles: 2}
    """
)


@pytest.fixture
def routine_file(tmp_path):
    path = tmp_path / "window-test.yaml"
    path.write_text(ROUTINE)
    return path


@pytest.fixture
def harness(qtbot, tmp_path):
    h = make_harness(qtbot, tmp_path / "data")
    yield h
    h.shell.shutdown()


def start(h, routine_file):
    routine_id = h.open_routine_file(routine_file)
    assert routine_id == "window-test"
    h.start_routine(routine_id, checkins=False)
    return h.player


def test_home_lists_every_shipped_routine_with_its_duration(harness):
    cards = {c.card.id: c for c in harness.window.home.cards}
    assert {
        "disc-extension",
        "facet-flexion",
        "nerve-glide",
        "core-stability",
        "mobility-foot-to-sacrum",
        "gentle-stretching",
        "muscle-sij",
        "rehab-and-revive-three",
    } <= set(cards)
    card = cards["disc-extension"].card
    assert card.drills == 4
    assert card.duration_text.endswith("s") or "min" in card.duration_text
    assert cards["disc-extension"].last_done.text() == "Not done yet"


def test_a_whole_routine_shows_the_right_thing_at_each_moment(harness, routine_file):
    h = harness
    p = start(h, routine_file)
    assert h.window.current_page() is p
    assert p.drill_title.text() == "Bird dog"
    assert p.drill_count.text() == "1 of 3"
    assert p.stage.currentWidget() is p.ring
    assert p.ring.label == "Get ready"
    h.advance(12.5)  # get-ready is 12 s on a new position
    assert p.stage.currentWidget() is p.rep_counter
    assert p.rep_counter.text == "1 of 2, Right arm and left leg"  # what a side means here
    assert p.rep_counter.phase == "Move"
    assert "Set 1 of 2" in p.set_side.text()
    h.advance(2.0)
    assert p.rep_counter.phase == "Hold"
    h.advance(2.0)
    assert p.rep_counter.phase == "Return"
    h.advance(2.0)
    assert p.rep_counter.text == "1 of 2, Left arm and right leg"
    h.seek(0, "rest", into=0.5)  # a rest between the sets names what comes next
    assert p.ring.label == "Rest"
    assert p.cue_text.text() == "Rest. Next: Bird dog, set 2 of 2."
    assert p.ring.seconds_left == 10
    h.advance(3.0)
    assert p.ring.seconds_left == 7
    h.seek(1, "get_ready")
    assert p.drill_title.text() == "Knee-to-chest stretch"
    assert p.ring.label == "Get ready"
    h.seek(1, "hold", into=5.0)  # a 20 s hold, left side first
    assert p.ring.label == "Hold"
    assert p.ring.seconds_left == 15
    assert p.ring.remaining_fraction == pytest.approx(0.75, abs=0.01)
    assert p.set_side.text() == "Left knee"
    assert not p.ring.final_seconds
    h.advance(12.5)
    assert p.ring.final_seconds  # the last three seconds are marked
    h.seek(1, "hold", nth=1, into=1.0)
    assert p.set_side.text() == "Right knee"
    h.seek(2, "breathe_in", into=1.0)
    assert p.drill_title.text() == "Slow breathing"
    assert p.stage.currentWidget() is p.pacer
    assert p.pacer.phase == "in"
    assert p.pacer.words == "in"
    assert p.pacer.count == "3"  # seconds left of the 4 s in-breath
    small = p.pacer.size_fraction
    h.advance(2.0)
    assert p.pacer.size_fraction > small  # it grows on the in-breath
    h.seek(2, "breathe_out", into=1.0)
    assert p.pacer.phase == "out"
    big = p.pacer.size_fraction
    h.advance(3.0)
    assert p.pacer.size_fraction < big  # and shrinks on the out-breath
    h.run_to_end()
    assert h.sounds.sounds[-1] == "session_done"
    assert {"start", "rep", "tick", "set_done", "switch_side", "breathe_in"} <= set(h.sounds.sounds)
    summary = h.sessions.summary_page()
    assert h.window.current_page() is summary
    assert summary.headline.text() == "Well done: all 3 drills done."
    assert "Bird dog, Knee-to-chest stretch, Slow breathing" in summary.details.text()
    assert h.run is None
    assert h.service.last is not None


def test_the_log_has_the_session_and_every_drill(harness, routine_file, tmp_path):
    h = harness
    start(h, routine_file)
    h.run_to_end()
    db = sqlite3.connect(tmp_path / "data" / "history.db")
    try:
        sessions = db.execute("SELECT routine_id, status FROM sessions").fetchall()
        drills = db.execute(
            "SELECT step, exercise_id, status, sets_done FROM drill_results ORDER BY step"
        ).fetchall()
    finally:
        db.close()
    assert sessions == [("window-test", "completed")]
    assert drills == [
        (0, "bird-dog", "done", 2),
        (1, "knee-to-chest", "done", 1),
        (2, "slow-breathing", "done", 1),
    ]


def test_keyboard_controls(harness, routine_file, qtbot):
    h = harness
    p = start(h, routine_file)
    h.advance(13)
    qtbot.keyClick(h.window, Qt.Key.Key_Space)
    assert h.run.machine.paused
    assert p.pause_button.text() == "Resume"
    at = h.run.snapshot().position_ms
    heard = len(h.sounds.sounds)
    h.advance(30)
    assert h.run.snapshot().position_ms == at
    assert len(h.sounds.sounds) == heard  # nothing sounds while paused
    qtbot.keyClick(h.window, Qt.Key.Key_Space)
    assert not h.run.machine.paused
    qtbot.keyClick(h.window, Qt.Key.Key_Right)
    assert p.drill_title.text() == "Knee-to-chest stretch"
    qtbot.keyClick(h.window, Qt.Key.Key_Left)
    assert p.drill_title.text() == "Bird dog"
    qtbot.keyClick(h.window, Qt.Key.Key_P)  # my pace: wait for Enter after each rep
    h.advance(13)
    assert p.rep_counter.waiting
    rep = p.rep_counter.text
    h.advance(20)
    assert p.rep_counter.text == rep
    qtbot.keyClick(h.window, Qt.Key.Key_Return)
    assert p.rep_counter.text != rep
    qtbot.keyClick(h.window, Qt.Key.Key_H)
    dialog = h.sessions.hurt_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert h.run.machine.paused
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc is also 'this hurts': it must not close it
    assert dialog.isVisible()


def test_text_size_follows_ctrl_plus_and_minus(harness, qtbot):
    from PySide6.QtWidgets import QApplication

    h = harness
    before = QApplication.font().pointSizeF()
    h.window.actions_by_name["bigger"].trigger()
    bigger = QApplication.font().pointSizeF()
    assert bigger > before
    h.window.actions_by_name["smaller"].trigger()
    h.window.actions_by_name["smaller"].trigger()
    assert QApplication.font().pointSizeF() < bigger


def test_a_bad_file_shows_its_problems_and_the_app_carries_on(harness, tmp_path, qtbot):
    from sciatica_coach.ui.dialogs.problems import ProblemsDialog

    bad = tmp_path / "bad.yaml"
    bad.write_text(ROUTINE.replace("reps: 2", "reps: 0"))
    h = harness
    assert h.open_routine_file(bad) is None
    dialog = h.window.findChild(ProblemsDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.text.toPlainText()
    said = "bad.yaml:11: step 1 (bird-dog): reps: should be greater than or equal to 1 (got 0)"
    assert said in text
    dialog.accept()
    assert h.window.current_page() is h.window.home
    assert "window-test" not in {c.card.id for c in h.window.home.cards}


def test_ending_early_says_so_and_logs_stopped(harness, routine_file, tmp_path):
    h = harness
    p = start(h, routine_file)
    h.advance(20)
    p.end_button.click()
    summary = h.sessions.summary_page()
    assert summary.headline.text().startswith("Session ended early: 0 of 3")
    db = sqlite3.connect(tmp_path / "data" / "history.db")
    try:
        assert db.execute("SELECT status FROM sessions").fetchall() == [("stopped",)]
    finally:
        db.close()
