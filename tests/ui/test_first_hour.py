"""What a newcomer tripped over in their first hour (issue 19), as they would meet it."""

from __future__ import annotations

import re
import textwrap

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from tests.helpers.app import make_harness

ROUTINE = textwrap.dedent(
    """\
    schema_version: 1
    title: Three drills
    steps:
      - exercise: bird-dog
        sets: 1
        reps: 2
      - exercise: knee-to-chest
        sets: 1
        hold_s: 20
        sides: each
      - breathing: {inhale_s: 4, exhale_s: 6, cycles: 2}
    """
)


@pytest.fixture
def harness(qtbot, tmp_path):
    h = make_harness(qtbot, tmp_path / "data")
    path = tmp_path / "three-drills.yaml"
    path.write_text(ROUTINE)
    h.open_routine_file(path)
    yield h
    h.shell.shutdown()


def test_history_during_a_session_pauses_it_and_goes_back_to_the_player(harness, qtbot):
    h = harness
    h.start_routine("three-drills", checkins=False)
    h.seek(0, "move", nth=1)
    player = h.player
    qtbot.keyClick(h.window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    page = h.window.current_page()
    assert page is not player
    assert page.objectName() == "historyPage"
    assert h.run.machine.paused  # nothing runs on unseen
    at = h.run.snapshot().position_ms
    h.advance(30)
    assert h.run.snapshot().position_ms == at
    assert page.back_button.text() == "◀ Back to the session"
    assert page.back_button.isVisible()
    page.back_button.click()
    assert h.window.current_page() is player
    assert player.paused_card.isVisible()
    qtbot.keyClick(h.window, Qt.Key.Key_Space)
    assert not h.run.machine.paused
    assert not player.paused_card.isVisible()
    # Esc on History also goes back (it is "Stop: this hurts" only on the player).
    qtbot.keyClick(h.window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(h.window.current_page(), Qt.Key.Key_Escape)
    assert h.window.current_page() is player
    assert h.sessions.hurt_dialog is None


def test_history_without_a_session_goes_back_to_the_routines(harness, qtbot):
    h = harness
    h.window.actions_by_name["history"].trigger()
    page = h.window.current_page()
    assert page.back_button.text() == "◀ Routines"
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert h.window.current_page() is h.window.home


def test_saving_settings_on_history_stays_on_history(harness, qtbot):
    h = harness
    h.window.actions_by_name["history"].trigger()
    h.window.actions_by_name["settings"].trigger()
    dialog = h.window.findChild(QMessageBox.__base__, "settingsDialog")
    assert dialog is not None
    dialog.theme.setCurrentIndex(2)  # dark: the History page is rebuilt in its colours
    dialog.accept()
    page = h.window.current_page()
    assert page.objectName() == "historyPage"


def test_quit_during_a_session_asks_first(harness, qtbot):
    h = harness
    h.start_routine("three-drills", checkins=False)
    h.window.actions_by_name["quit"].trigger()  # Ctrl+Q
    box = h.prompts.current
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "End the session and close?"
    assert h.window.isVisible()
    [keep] = [b for b in box.buttons() if b.text() == "Keep going"]
    keep.click()
    assert h.window.isVisible()
    assert h.run is not None


def test_the_summary_numbers_agree(harness):
    h = harness
    h.start_routine("three-drills", checkins=False)
    h.seek(0, "move", nth=1)
    h.sessions.control("pause")
    h.advance(40)  # a pause: counted in the time taken, not in the time exercising
    h.sessions.control("pause")
    h.seek(1, "hold", into=15.0)  # most of the first side of the hold
    h.sessions.control("skip")  # partly done
    h.sessions.control("skip")  # breathing skipped in its get-ready
    summary = h.sessions.summary_page()
    t = h.service.last.tally
    assert t.count("done") == 1
    assert t.count("partly") == 1
    assert t.count("skipped") == 1
    assert t.count("done") + t.count("partly") + t.count("skipped") == t.drills_planned
    assert summary.headline.text() == "Routine finished: 1 of 3 drills done."
    assert summary.drills_tile.value.text() == "1 of 3"
    text = summary.details.text()
    assert "Done: Bird dog." in text
    # 15 s into the first of two 20 s holds (with the side switch between): about a third.
    assert 0.25 < t.partly["knee-to-chest"] < 0.45
    percent = 5 * round(t.partly["knee-to-chest"] * 20)
    assert f"Partly done: Knee-to-chest stretch (about {percent}%)." in text
    assert "Skipped: Slow breathing." in text
    assert t.wall_s >= t.exercise_ms / 1000 + 40 - 1  # the pause is in the time taken


def test_a_session_ended_early_says_what_was_not_reached(harness):
    h = harness
    h.start_routine("three-drills", checkins=False)
    h.seek(0, "move", nth=0)
    h.sessions.end()
    t = h.service.last.tally
    assert t.count("partly") == 1
    assert t.not_reached == 2
    text = h.sessions.summary_page().details.text()
    assert "Not reached: 2 drills (the session ended first)." in text


def test_hurt_pressed_once_is_said_in_words(harness):
    from sciatica_coach.ui.summary_page import SummaryPage

    h = harness
    h.start_routine("three-drills", checkins=False)
    h.run.tally.hurt_events = 1
    h.run_to_end()
    page: SummaryPage = h.sessions.summary_page()
    assert "You pressed 'Stop: this hurts' once;" in page.details.text()
    assert "time(s)" not in page.details.text()


def test_a_demo_says_so_on_every_page(qtbot, tmp_path):
    h = make_harness(qtbot, tmp_path / "data", demo=True, speed=20)
    banner = h.window.demo_banner
    assert banner.isVisible()
    assert banner.text() == "Demo: nothing is written to anyone's history"
    assert h.window.windowTitle() == "Demo"  # shown as "Demo — Sciatica Coach"
    h.start_routine("quick-tour", checkins=False)
    assert h.window.current_page() is h.player
    assert banner.isVisible()
    h.run_to_end()
    assert h.window.current_page() is h.sessions.summary_page()
    assert banner.isVisible()
    # "Quick tour (2 minutes)" took seconds at 20 times: the summary says what that was.
    details = h.sessions.summary_page().details.text()
    assert "Time taken: 5 s" in details  # a couple of minutes of drills, 20 times faster
    assert re.search(
        r"Run at 20 times the normal speed: about 1 min \d+ s at the normal pace", details
    )
    h.window.actions_by_name["history"].trigger()
    assert h.window.current_page().objectName() == "historyPage"
    assert banner.isVisible()
    h.window.set_full_screen(True)  # the menu bar goes; the badge stays
    assert banner.isVisible()
    h.shell.shutdown()


def test_no_demo_badge_for_a_person_at_home(harness):
    assert not harness.window.demo_banner.isVisible()


def test_a_routine_opened_from_a_file_comes_first_and_says_so(harness, qtbot):
    h = harness
    first = h.window.home.cards[0]
    assert first.card.id == "three-drills"
    assert first.origin.text() == "Added from a file"
    notices = [n.text() for n in h.window.home.notice_widgets]
    assert "Added “Three drills”: it is first in your routines." in notices
    h.start_routine("three-drills", checkins=False)
    h.run_to_end()
    h.sessions.summary_page().home_button.click()
    assert not [n for n in h.window.home.notice_widgets if "Added" in n.text()]


def test_the_paused_card_and_sound_notice(harness, qtbot):
    h = harness
    h.start_routine("three-drills", checkins=False)
    p = h.player
    qtbot.keyClick(h.window, Qt.Key.Key_Space)
    assert p.paused_card.isVisible()
    assert "Paused" in p.paused_card.text()
    assert p.paused_card.geometry() == p.stage_box.rect()  # over the figure and the count
    qtbot.keyClick(h.window, Qt.Key.Key_Space)
    assert not p.paused_card.isVisible()
    p.show_sound_notice("Sound is unavailable on this computer (no audio device found).")
    p.sound_notice_timer.timeout.emit()
    assert p.sound_notice.text() == "No sound: the words on screen carry on."


def test_speak_prompts_is_not_ticked_where_no_voice_can_speak(harness):
    h = harness
    h.window.actions_by_name["settings"].trigger()
    dialog = h.window.findChild(QMessageBox.__base__, "settingsDialog")
    assert dialog is not None
    assert not dialog.voice.isChecked()
    assert not dialog.voice.isEnabled()
    notes = [w.text() for w in dialog.findChildren(QLabel)]
    assert any("Spoken prompts need the optional voice package" in n for n in notes)
    dialog.reject()


def test_filling_the_home_page_keeps_the_keyboard_on_the_window(harness, qtbot):
    """Each card once flashed labels up as windows of their own, which took the focus away:
    after a session ended, or a routine was opened, Space and H went nowhere."""
    from PySide6.QtWidgets import QApplication

    h = harness
    assert QApplication.activeWindow() is h.window
    h.shell.refresh_home()  # a new card for every routine
    QApplication.processEvents()  # what the window system answers, as the event loop does
    assert QApplication.activeWindow() is h.window


def test_the_cards_never_scroll_sideways(harness, qtbot):
    """However narrow the window, the cards reflow into fewer columns: no sideways scroll bar
    to find. (The policy is set by its number, `home_page.SCROLL_BAR_ALWAYS_OFF`.)"""
    home = harness.window.home
    assert home.scroll_area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    window = harness.window
    window.resize(window.minimumSizeHint().expandedTo(window.minimumSize()))
    qtbot.waitUntil(lambda: window.width() < 1000, timeout=2000)
    assert not home.scroll_area.horizontalScrollBar().isVisible()
