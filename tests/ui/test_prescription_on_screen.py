"""The physio's prescription as the person meets it (issue 14): the player names the left leg,
"Stop: this hurts" on the press-ups offers the physio's chosen fallback first with their words,
the physio's contact stands beside (never instead of) the app's advice, and the next session
starts on the fallback."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sciatica_coach.core.safety import Action
from tests.helpers.app import make_harness
from tests.helpers.env import ROOT

PRESCRIPTION = ROOT / "docs" / "examples" / "prescription.yaml"
PRESS_UPS = 1
FLOSSING = 2


def answer(dialog, pain: int, reach: str) -> None:
    dialog.back.choose(str(pain))
    dialog.leg.choose(str(pain))
    dialog.reach.choose(reach)
    dialog.next_button.click()
    dialog.none_button.click()


def test_the_player_names_the_left_leg_on_a_left_only_drill(qtbot, tmp_path):
    h = make_harness(qtbot, tmp_path / "data")
    assert h.open_routine_file(PRESCRIPTION) == "prescription"
    h.start_routine("prescription", checkins=False)
    h.seek(FLOSSING, "get_ready", into=1.0)
    p = h.player
    assert p.set_side.text() == "Left leg only"
    assert "Seated sciatic nerve flossing, left leg only." in p.cue_text.text()
    h.seek(FLOSSING, "move", nth=3)
    assert p.cue_text.text().startswith("Move"), p.cue_text.text()
    assert "left leg" in p.cue_text.text()
    assert p.rep_counter.text == "4 of 8, Left leg"
    h.seek(FLOSSING, "move", nth=7)
    assert "right" not in (p.cue_text.text() + p.rep_counter.text).lower()
    h.shell.shutdown()


def test_it_hurts_on_the_press_ups_offers_the_physios_fallback_first(qtbot, tmp_path):
    data = tmp_path / "data"
    h = make_harness(qtbot, data)
    h.open_routine_file(PRESCRIPTION)
    h.start_routine("prescription", checkins=False)
    h.seek(PRESS_UPS, "move", nth=4)
    qtbot.keyClick(h.window, Qt.Key.Key_H)
    dialog = h.sessions.hurt_dialog
    assert dialog is not None
    answer(dialog, 4, "below_knee")
    first = next(iter(dialog.choice_buttons))
    assert first is Action.REGRESS
    offered = dialog.choice_buttons[Action.REGRESS].text()
    # The physio's choice, not the catalogue's first easier variant (half-range press-ups).
    assert offered == "Switch to lying face down on your elbows (suggested)"
    assert "half range" not in offered.lower()
    assert dialog.stop_note.isVisible()
    assert dialog.stop_note.text() == (
        "Your physio says: If the leg pain spreads below your knee, "
        "go back to lying on your elbows."
    )
    # The physio's number sits beside the app's own advice, which is still there.
    assert "Pain of 4 out of 10" in dialog.why.text()
    assert dialog.unsure.isVisible()
    assert dialog.unsure.text().endswith("stop and ask your physio: Sam (physio), 01234 567890.")
    dialog.choice_buttons[Action.REGRESS].click()
    run = h.run
    assert run.machine.plan.drills[PRESS_UPS].exercise.id == "prone-on-elbows"
    h.run_to_end()
    h.sessions.summary_page().again_button.click()  # "Do it again": the next session
    while (asked := h.prompts.current) is not None:
        asked.reject()
    nxt = h.run
    assert nxt is not None
    assert nxt is not run
    drill = nxt.machine.plan.drills[PRESS_UPS]
    assert drill.exercise.id == "prone-on-elbows"
    assert drill.base == "prone-press-up"
    h.seek(PRESS_UPS, "get_ready", into=1.0)
    assert h.player.drill_title.text() == "Lying face down on your elbows"
    assert h.player.reason.isVisible()
    h.shell.shutdown()


def test_the_card_comes_first_and_says_who_it_is_for_and_how_often(qtbot, tmp_path):
    h = make_harness(qtbot, tmp_path / "data")
    h.open_routine_file(PRESCRIPTION)
    first = h.window.home.cards[0]
    qtbot.waitUntil(first.isVisible)  # laid out in the grid
    assert first.card.id == "prescription"
    assert first.for_whom.isVisibleTo(h.window)
    assert first.for_whom.text() == "For A. B."
    assert first.how_often.text() == "Every 2 to 3 hours while awake"
    others = h.window.home.cards[1:]
    assert others
    assert not any(c.for_whom.isVisibleTo(h.window) for c in others)
    h.shell.shutdown()
