"""The routine editor, used as a physio uses it: through its widgets only, in the real window on a
fake clock. What it saves is a file `validate` accepts and `plan` runs as it was built; a
hand-written file keeps its comments; "Try it" records nothing."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox

from sciatica_coach import cli, paths
from tests.helpers.app import make_harness
from tests.helpers.env import ROOT

PRESCRIPTION = ROOT / "docs" / "examples" / "prescription.yaml"


def comments(text: str) -> list[str]:
    return [line.split("#", 1)[1].strip() for line in text.splitlines() if "#" in line]


def pick(combo, data) -> None:
    """Choose an item as a person does: by its place in the list, with the keyboard."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered in {combo.accessibleName()}"
    combo.setFocus()
    combo.setCurrentIndex(index)


def type_number(qtbot, spin, value) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), str(value))
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


def type_text(qtbot, edit, text) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def add_drill(qtbot, page, words, exercise_id, **filters) -> None:
    """The picker: words and filters narrow the list; the drill is clicked, then Add."""
    page.add_button.click()
    picker = page.picker
    qtbot.waitUntil(picker.isVisible)
    type_text(qtbot, picker.search, words)
    for name, value in filters.items():
        pick(getattr(picker, name), value)
    rows = [picker.model.index(r) for r in range(picker.model.rowCount())]
    found = [i for i in rows if i.data(Qt.ItemDataRole.UserRole) == exercise_id]
    assert found, f"{exercise_id} is not in the list for {words!r} {filters}"
    picker.list.scrollTo(found[0])
    rect = picker.list.visualRect(found[0])
    qtbot.mouseClick(picker.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert picker.current().id == exercise_id
    assert not picker.start_figure.pixmap().isNull()  # its figure, at the start and the end
    picker.add_button.click()
    qtbot.waitUntil(lambda: not picker.isVisible())


@pytest.fixture
def harness(qtbot, tmp_path):
    h = make_harness(qtbot, tmp_path / "data", size=(1366, 740))
    yield h
    for run in list(h.shell.editing.tries):
        run.window.close()


def test_a_routine_built_from_nothing_is_valid_and_plans_as_built(qtbot, harness, tmp_path, capsys):
    h = harness
    h.window.home.new_button.click()
    page = h.shell.editing.page
    assert h.window.current_page() is page
    assert not page.save_button.isEnabled()  # no title, no drills yet: validate says so
    assert "title: this required field is missing" in page.summary.text()

    form = page.routine_form
    page.tabs.setCurrentIndex(1)
    type_text(qtbot, form.title, "A. B.'s extension routine")
    type_text(qtbot, form.for_, "A. B.")
    pick(form.frequency.kind, "hours")
    type_number(qtbot, form.frequency.low, 2)
    type_number(qtbot, form.frequency.high, 3)
    type_text(qtbot, form.contact_phone, "01234 567890")
    assert "this required field is missing" in form.problems["contact"].text()  # live, beside it
    assert form.problems["contact"].isVisible()
    type_text(qtbot, form.contact_name, "Sam (physio)")
    assert not form.problems["contact"].isVisible()
    form.cautions.setFocus()
    qtbot.keyClicks(form.cautions, "Stop and ring me if the tingling reaches your foot.")

    page.tabs.setCurrentIndex(0)
    add_drill(qtbot, page, "press", "prone-press-up", position="prone", category="extension")
    step = page.step_form
    assert step.reps.specialValueText() == "default: 10"  # the catalogue's, until changed
    assert step.reps.value_or_none() is None
    type_number(qtbot, step.sets, 2)
    type_number(qtbot, step.reps, 10)
    pick(step.fallback, "prone-on-elbows")
    type_text(qtbot, step.stop_note, "If the leg pain spreads below your knee, stop.")

    add_drill(qtbot, page, "flossing", "seated-sciatic-nerve-flossing", kind="reps")
    pick(step.sides, "left")
    type_number(qtbot, step.reps, 8)
    type_text(qtbot, step.note, "Left leg only, gently.")
    pick(step.frequency.kind, "words")
    type_text(qtbot, step.frequency.words, "Every few hours while it helps")

    add_drill(qtbot, page, "", "slow-breathing", category="breathing")
    type_number(qtbot, step.breath["cycles"], 5)

    assert page.checked.ok, page.checked.problems
    assert page.save_button.isEnabled()
    shown_total = page.total.text()
    page.save_button.click()
    saved = tmp_path / "data" / "routines" / "a-b-s-extension-routine.yaml"
    assert saved.is_file()
    assert not page.modified

    assert cli.main(["validate", str(saved)]) == cli.EXIT_OK
    capsys.readouterr()
    assert cli.main(["plan", str(saved), "--json"]) == cli.EXIT_OK
    plan = json.loads(capsys.readouterr().out)
    assert plan["routine"] == "a-b-s-extension-routine"
    assert [d["exercise"] for d in plan["drills"]] == [
        "prone-press-up",
        "seated-sciatic-nerve-flossing",
        "slow-breathing",
    ]
    press, floss, breathe = plan["drills"]
    assert (press["dose"]["sets"], press["dose"]["reps"]) == (2, 10)
    assert press["if_it_hurts"] == "prone-on-elbows"
    assert press["stop_note"] == "If the leg pain spreads below your knee, stop."
    assert floss["dose"]["sides"] == "left"
    assert floss["dose"]["reps"] == 8
    assert floss["note"] == "Left leg only, gently."
    assert floss["frequency"] == "Every few hours while it helps"
    assert breathe["dose"]["breath"]["cycles"] == 5
    assert "rest_s" in press["from_catalogue"]  # what was left alone runs the default
    assert f"Total {shown_total.removeprefix('Total ')}" == shown_total
    minutes = re.findall(r"\d+", shown_total)
    assert plan["total_s"] == pytest.approx(page.timeline_now.total_ms / 1000)
    assert minutes

    text = saved.read_text()
    assert "frequency: {every_hours: [2, 3], while_awake: true}" in text
    assert "for: A. B." in text
    assert h.service.library.routine("a-b-s-extension-routine").for_ == "A. B."
    page.back_button.click()
    assert h.window.current_page() is h.window.home
    assert h.window.home.card("a-b-s-extension-routine")  # on the home page now


def test_a_hand_written_file_keeps_its_comments_when_edited(qtbot, harness, tmp_path):
    h = harness
    source = tmp_path / "prescription.yaml"
    written = (
        PRESCRIPTION.read_text()
        .replace("    hold_s: 2 min\n", "    hold_s: 2 min   # two minutes, as the note says\n")
        .replace(
            "  - exercise: seated-sciatic-nerve-flossing\n",
            "  # The nerve floss: the left leg only.\n"
            "  - exercise: seated-sciatic-nerve-flossing\n",
        )
    )
    source.write_text(written)
    routine_id = h.open_routine_file(source)
    assert routine_id == "prescription"
    page = h.shell.editing.edit(routine_id)
    kept = tmp_path / "data" / "routines" / "prescription.yaml"
    assert page.path == kept  # the kept copy, edited in place
    page.tabs.setCurrentIndex(1)
    type_text(qtbot, page.routine_form.title, "A. B.'s extension routine, week 2")
    page.tabs.setCurrentIndex(0)
    page.select_step(1)
    type_number(qtbot, page.step_form.reps, 12)
    page.select_step(2)
    type_text(qtbot, page.step_form.note, "Slowly.")
    page.save_button.click()
    before, after = written, kept.read_text()
    assert len(comments(before)) > 8
    assert comments(after) == comments(before)
    assert "    hold_s: 2 min   # two minutes, as the note says\n" in after  # untouched lines
    floss = after.splitlines().index("  - exercise: seated-sciatic-nerve-flossing")
    assert after.splitlines()[floss - 1] == "  # The nerve floss: the left leg only."
    assert "    reps: 12" in after
    assert h.service.library.routine("prescription").title == "A. B.'s extension routine, week 2"
    changed = [a for a, b in zip(before.splitlines(), after.splitlines(), strict=False) if a != b]
    assert changed[0].startswith("title:")


def test_steps_move_with_the_keyboard_and_by_dragging_comments_and_all(qtbot, harness, tmp_path):
    h = harness
    text = (paths.routines_dir() / "quick-tour.yaml").read_text()
    source = tmp_path / "tour.yaml"
    source.write_text(text.replace("id: quick-tour", "id: my-tour"))
    page = h.shell.editing.edit(h.open_routine_file(source))
    page.select_step(0)
    page.steps.setFocus()
    qtbot.keyClick(page.steps, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert page.steps.current_row() == 1
    assert page.opened.draft.steps()[1]["exercise"] == "bird-dog"
    saved = page.opened.draft.text().splitlines()
    bird = saved.index("  - exercise: bird-dog")
    assert saved[bird - 1].startswith("  # S1: bird dog")
    # A drag: the view hands the drop to its model, which moves the step.
    model = page.steps_model
    data = model.mimeData([model.index(2)])
    target = page.steps.visualRect(model.index(0))
    drop = QDropEvent(
        QPointF(target.center().x(), target.top() + 2),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.steps.dropEvent(drop)
    steps = page.opened.draft.steps()
    assert "breathing" in steps[0]
    assert [s.get("exercise") for s in steps[1:]] == ["piriformis-stretch", "bird-dog"]
    qtbot.keyClick(page.steps, Qt.Key.Key_Delete)
    assert len(page.opened.draft.steps()) == 2
    assert page.modified


def test_try_it_runs_fast_in_its_own_window_and_records_nothing(qtbot, harness):
    h = harness
    speeds = []
    real = h.service.clock_for
    h.service.clock_for = lambda speed: speeds.append(speed) or real(speed)
    page = h.shell.editing.edit("quick-tour")  # a copy of a shipped routine
    assert page.path is None
    assert page.try_button.isEnabled()
    page.try_button.click()
    run = h.shell.editing.tries[0]
    assert run.window.isVisible()
    assert run.window.demo_banner.isVisible()
    session = run.sessions.run
    assert session is not None
    demo = h.service.settings.settings.demo_speed
    assert speeds == [demo]  # its clock runs at demo speed (the fake one here does not)
    assert session.speed == demo
    seconds = session.plan.total_ms / 1000
    while run.sessions.run is not None and seconds > -5:
        h.clock.advance(0.5)
        run.sessions.driver.tick()
        seconds -= 0.5
    assert run.sessions.run is None  # it ran to its end
    assert run.log.sessions()  # in its own log, in memory
    assert h.shell.log.sessions() == []  # nothing in the person's history
    run.window.close()
    qtbot.waitUntil(lambda: not h.shell.editing.tries)
    page.try_button.click()  # a try left open goes when the app's window closes
    assert h.shell.editing.tries
    h.window.close()
    qtbot.waitUntil(lambda: not h.shell.editing.tries)


def test_leaving_with_unsaved_changes_asks_first(qtbot, harness):
    h = harness
    page = h.shell.editing.new()
    page.tabs.setCurrentIndex(1)
    type_text(qtbot, page.routine_form.title, "Unsaved")
    page.back_button.click()
    box = h.window.findChild(QMessageBox, "unsavedRoutine")
    assert box is not None
    assert h.window.current_page() is page
    keep = next(b for b in box.buttons() if b.text() == "Keep editing")
    keep.click()
    assert h.window.current_page() is page
    page.back_button.click()
    box = next(b for b in h.window.findChildren(QMessageBox, "unsavedRoutine") if b.isVisible())
    next(b for b in box.buttons() if b.text() == "Discard the changes").click()
    assert h.window.current_page() is h.window.home
    QApplication.processEvents()


def test_a_clinician_only_drill_needs_the_clinicians_tick(qtbot, harness):
    h = harness
    page = h.shell.editing.new()
    type_text(qtbot, page.routine_form.title, "Hamstrings")
    add_drill(qtbot, page, "hamstring", "hamstring-stretch", kind="hold")
    step = page.step_form
    assert step.clinician.isVisible()
    said = step.problems["clinician_chose"].text()
    assert "only for when a clinician chooses it" in said
    assert not page.save_button.isEnabled()
    step.clinician.click()
    assert page.checked.ok
    assert not step.problems["clinician_chose"].isVisible()


def test_the_picker_narrows_by_position_direction_kind_and_equipment(qtbot, harness):
    h = harness
    page = h.shell.editing.new()
    picker = page.add_drill()
    every = picker.model.rowCount()
    pick(picker.equipment, "chair")
    chairs = picker.model.rowCount()
    assert 0 < chairs < every
    pick(picker.position, "prone")
    assert picker.model.rowCount() == 0
    assert picker.count.text() == "No drill matches: try fewer words"
    assert not picker.add_button.isEnabled()
    pick(picker.equipment, None)
    type_text(qtbot, picker.search, "elbows")
    assert {picker.model.drills[r].id for r in range(picker.model.rowCount())} >= {
        "prone-on-elbows"
    }
    picker.variants.click()
    assert all(ex.variant_of is None for ex in picker.model.drills)
    picker.reject()


def test_the_preview_and_the_menu_open_the_editor_and_it_waits_for_a_session(qtbot, harness):
    h = harness
    h.shell.files.preview("quick-tour")
    preview = h.window.findChild(QDialog, "previewDialog")
    assert preview.edit_button.text() == "Copy and edit…"
    assert preview.pdf_button.text() == "Handout (PDF)…"
    preview.edit_button.click()
    page = h.shell.editing.page
    assert h.window.current_page() is page
    assert page.opened.draft.value("title").endswith("(copy)")
    page.back_button.click()
    h.window.actions_by_name["edit_routine"].trigger()
    chooser = h.window.findChild(QInputDialog, "chooseRoutine")
    labels = chooser.comboBoxItems()
    assert all(label.endswith(": make a copy to edit") for label in labels)  # all shipped
    chooser.setTextValue(next(x for x in labels if x.startswith("Core stability")))
    chooser.accept()
    assert page.opened.draft.value("title") == "Core stability (copy)"
    page.back_button.click()
    h.start_routine("quick-tour", checkins=False)
    h.window.actions_by_name["new_routine"].trigger()  # Ctrl N during a session
    assert h.window.current_page() is h.player
    box = next(b for b in h.window.findChildren(QMessageBox) if b.isVisible())
    assert "End the session first" in box.text()
    box.close()


def test_handout_and_export_write_where_the_physio_says(qtbot, harness, tmp_path):
    h = harness
    page = h.shell.editing.edit("quick-tour")
    out = tmp_path / "usb"
    out.mkdir()
    chosen = {}

    def save_path(_parent, _caption, name, filters):
        chosen["filters"] = filters
        if name.endswith(".pdf"):
            return str(out / "tour.pdf"), "US Letter (PDF) (*.pdf)"
        return str(out / "tour"), ""

    h.shell.editing.save_path = save_path
    page.handout_button.click()
    assert (out / "tour.pdf").read_bytes().startswith(b"%PDF")
    assert "US Letter" in chosen["filters"]
    page.export_button.click()
    exported = out / "tour.yaml"  # the suffix a routine file needs
    assert exported.read_text() == page.opened.draft.text()
    assert cli.main(["validate", str(exported)]) == cli.EXIT_OK
