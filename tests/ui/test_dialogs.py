"""Each dialog on its own: build it, click it as a person would, read what it returns."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from sciatica_coach.core.problems import Problem
from sciatica_coach.core.safety import Action, Baseline, Feeling, Reach, Spread
from sciatica_coach.ui.dialogs.checkin import CheckinDialog
from sciatica_coach.ui.dialogs.hurt import HurtDialog
from sciatica_coach.ui.dialogs.notice import SafetyNotice
from sciatica_coach.ui.dialogs.problems import ProblemsDialog
from tests.helpers.builders import standard_catalogue
from tests.helpers.doubles import FakeClock
from tests.helpers.runs import make_run


def hurt_dialog(qtbot, *, easier=True, checkin=None):
    """The dialog as the session opens it: 'this hurts' pressed during a bird dog rep."""
    clock = FakeClock()
    cat = standard_catalogue()
    if not easier:
        cat.exercises["bird-dog"] = replace(cat["bird-dog"], regressions=[])
    run = make_run({"exercise": "bird-dog"}, clock=clock, catalogue=cat)
    run.baseline = checkin
    run.start()
    clock.advance(13)
    run.tick()
    question, _events = run.hurt()
    dialog = HurtDialog(question)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def feel(d, back, leg, *, reach=None, spread=None, feelings=()):
    d.back.choose(str(back))
    d.leg.choose(str(leg))
    if reach:
        d.reach.choose(reach)
    if spread:
        d.spread.choose(spread)
    for f in feelings:
        d.feelings.choose(f)
    d.next_button.click()


def test_checkin_records_pain_and_reach(qtbot):
    d = CheckinDialog("before")
    qtbot.addWidget(d)
    d.back.choose("3")
    d.leg.choose("6")
    d.reach.choose("thigh")
    d.save_button.click()
    assert d.result() == QDialog.DialogCode.Accepted
    assert (d.answers.back_pain, d.answers.leg_pain, d.answers.reach) == (3, 6, "thigh")


def test_checkin_can_be_skipped_and_an_empty_save_counts_as_skipped(qtbot):
    d = CheckinDialog("after")
    qtbot.addWidget(d)
    d.skip_button.click()
    assert d.result() == QDialog.DialogCode.Rejected
    assert d.answers is None
    e = CheckinDialog("after")
    qtbot.addWidget(e)
    e.save_button.click()
    assert e.answers is None


def test_morning_after_asks_better_same_or_worse(qtbot):
    d = CheckinDialog("morning_after")
    qtbot.addWidget(d)
    assert not d.back.isVisibleTo(d)
    d.morning.choose("worse")
    d.save_button.click()
    assert d.answers.morning == "worse"


def test_spreading_suggests_the_easier_version_and_never_carrying_on(qtbot):
    d = hurt_dialog(qtbot)
    assert not d.next_button.isEnabled()  # back and leg pain must be answered first
    d.back.choose("3")
    assert not d.next_button.isEnabled()
    feel(d, 3, 3, reach="below_knee", spread="further", feelings=["numbness_tingling"])
    assert d.pages.currentWidget() is d.flags_page
    d.none_button.click()
    assert d.pages.currentWidget() is d.choice_page
    suggested = d.choice_buttons[Action.REGRESS]
    assert suggested.text() == "Switch to bird dog arm only (suggested)"
    assert list(d.choice_buttons) == [Action.REGRESS, Action.SKIP, Action.END]
    assert "switching to bird dog arm only" in d.why.text()
    suggested.click()
    assert d.result() == QDialog.DialogCode.Accepted
    assert d.choice is Action.REGRESS
    assert (d.answers.back_pain, d.answers.leg_pain) == (3, 3)
    assert d.answers.reach is Reach.BELOW_KNEE
    assert d.answers.spread is Spread.FURTHER
    assert d.answers.feelings == frozenset({Feeling.NUMBNESS_TINGLING})


def test_high_pain_says_stop_and_rest_and_offers_no_carrying_on(qtbot):
    d = hurt_dialog(qtbot)
    feel(d, 2, 9)
    d.none_button.click()
    assert list(d.choice_buttons) == [Action.SKIP, Action.END]
    assert d.choice_buttons[Action.SKIP].text() == "Skip this drill (suggested)"
    assert "9 out of 10" in d.why.text()
    assert "carry on" not in d.why.text().lower()


def test_mild_pain_suggests_carrying_on_but_every_option_is_there(qtbot):
    d = hurt_dialog(qtbot)
    feel(d, 2, 1)
    d.none_button.click()
    assert next(iter(d.choice_buttons)) is Action.CONTINUE
    assert "spread" not in d.why.text()  # never asked, so never claimed
    d.choice_buttons[Action.SKIP].click()
    assert d.choice is Action.SKIP


def test_with_no_easier_version_it_says_so_and_offers_no_switch(qtbot):
    d = hurt_dialog(qtbot, easier=False)
    feel(d, 1, 1, feelings=["sharp"])
    d.none_button.click()
    assert Action.REGRESS not in d.choice_buttons
    assert "no easier version" in d.why.text()
    assert "left out next time" in d.why.text()


def test_a_checkin_reach_is_compared_and_the_spread_question_is_not_asked(qtbot):
    d = hurt_dialog(qtbot, checkin=Baseline(back_pain=3, leg_pain=4, reach=Reach.THIGH))
    assert d.spread is None
    feel(d, 4, 2, reach="buttock")
    d.none_button.click()
    assert "good sign" in d.why.text()
    assert next(iter(d.choice_buttons)) is Action.CONTINUE


def test_a_red_flag_leaves_only_ending_with_urgent_advice(qtbot):
    d = hurt_dialog(qtbot)
    feel(d, 3, 3)
    assert not d.some_button.isEnabled()
    d.flags.choose("bladder")
    assert d.some_button.isEnabled()
    assert not d.none_button.isEnabled()  # cannot tick a flag and then say none apply
    d.some_button.click()
    assert d.pages.currentWidget() is d.red_page
    assert "999" in d.advice.text()
    assert "A&E" in d.advice.text()
    assert d.choice_buttons == {}
    d.end_button.click()
    assert d.choice is Action.RED_FLAG
    assert d.answers.red_flags == frozenset({"bladder"})


def test_pressed_by_mistake_closes_without_a_choice(qtbot):
    d = hurt_dialog(qtbot)
    d.cancel_button.click()
    assert d.result() == QDialog.DialogCode.Rejected
    assert d.choice is None


def test_esc_on_a_check_in_skips_it_and_keeps_nothing(qtbot):
    d = CheckinDialog("before")
    qtbot.addWidget(d)
    d.show()
    d.back.choose("5")
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert d.result() == QDialog.DialogCode.Rejected
    assert d.answers is None


def test_digits_pick_a_pain_score(qtbot):
    d = CheckinDialog("before")
    qtbot.addWidget(d)
    d.show()
    first = d.back.buttons["0"]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_7)
    assert d.back.pain() == 7
    qtbot.keyClick(d.back.buttons["7"], Qt.Key.Key_1)
    qtbot.keyClick(d.back.buttons["1"], Qt.Key.Key_0)
    assert d.back.pain() == 10


def test_problems_dialog_lists_each_problem_with_its_line(qtbot):
    problems = [
        Problem("mine.yaml", 7, "steps[0].reps", "should be greater than or equal to 1"),
        Problem("mine.yaml", 9, "steps[1].exercise", "unknown exercise 'bird-dgo'"),
    ]
    d = ProblemsDialog("mine.yaml", problems)
    qtbot.addWidget(d)
    assert d.text.toPlainText().splitlines() == [
        "mine.yaml:7: steps[0].reps: should be greater than or equal to 1",
        "mine.yaml:9: steps[1].exercise: unknown exercise 'bird-dgo'",
    ]


def test_safety_notice_lists_the_red_flags_and_says_it_does_not_diagnose(qtbot):
    d = SafetyNotice()
    qtbot.addWidget(d)
    text = d.text.toPlainText()
    assert "does not diagnose" in text
    assert "genitals" in text
    assert "999" in text
    d.ok_button.click()
    assert d.result() == QDialog.DialogCode.Accepted
