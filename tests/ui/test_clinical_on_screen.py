"""Issue 20 as the person meets it: the summary says each drill's own stop rule (no 5-out-of-10
allowance for a nerve glide), the side of the sciatica is asked once, and Help says when to see
a GP or physio and to keep active."""

from __future__ import annotations

import textwrap

from PySide6.QtWidgets import QDialog, QMessageBox, QTextBrowser

from tests.helpers.app import make_harness

ROUTINE = textwrap.dedent(
    """\
    schema_version: 1
    title: Two rules
    steps:
      - exercise: tibial-nerve-glide
        sets: 1
        reps: 2
        sides: left
      - exercise: bird-dog
        sets: 1
        reps: 2
    """
)


def test_the_summary_says_each_drills_own_stop_rule(qtbot, tmp_path):
    path = tmp_path / "two-rules.yaml"
    path.write_text(ROUTINE)
    h = make_harness(qtbot, tmp_path / "data")
    h.open_routine_file(path)
    h.start_routine("two-rules", checkins=False)
    h.run_to_end()
    text = h.sessions.summary_page().rules.text()
    lines = text.splitlines()
    assert "What to watch for, drill by drill:" in lines
    glide = next(line for line in lines if line.startswith("Tibial nerve glide:"))
    assert "should not hurt at all" in glide
    assert "5 out of 10" not in glide
    bird = next(line for line in lines if line.startswith("Bird dog:"))
    assert "up to 5 out of 10" in bird
    h.shell.shutdown()


def test_the_side_is_asked_once_and_the_stretch_done_on_it(qtbot, tmp_path):
    data = tmp_path / "data"
    h = make_harness(qtbot, data)
    h.start_routine("gentle-stretching", checkins=False)
    box = h.prompts.current
    assert isinstance(box, QMessageBox)
    assert box.objectName() == "whichSide"
    assert box.windowTitle() == "Which side is your sciatica on?"
    [left] = [b for b in box.buttons() if b.text() == "Left"]
    left.click()
    run = h.run
    assert run is not None
    piriformis = next(d for d in run.plan.drills if d.exercise.id == "piriformis-stretch")
    sides = {s.side for s in run.plan.segments if s.step == piriformis.step and s.side}
    assert {s.value for s in sides} == {"left"}
    h.seek(piriformis.step, "get_ready", into=1.0)
    assert h.player.set_side.text() == "Left ankle over the other knee only"
    h.shell.shutdown()
    assert '"affected_side": "left"' in (data / "settings.json").read_text()


def test_help_says_when_to_see_a_gp_or_physio_and_to_keep_active(qtbot, tmp_path):
    h = make_harness(qtbot, tmp_path / "data")
    h.window.actions_by_name["see_someone"].trigger()
    dialog = h.window.findChild(QDialog, "seeSomeone")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "When to see your GP or physio" in text
    assert "not improving after a few weeks" in text
    assert "Keep as active as you can" in text
    assert "NG59" in text
    dialog.accept()
    h.shell.shutdown()
