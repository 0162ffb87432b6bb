"""Each dialog on its own: build it, click it as a person would, read what it returns."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from sciatica_coach.core.models import StopRule
from sciatica_coach.core.problems import Problem
from sciatica_coach.core.safety import Action, Feeling, Reach, suggest
from sciatica_coach.ui.dialogs.checkin import CheckinDialog
from sciatica_coach.ui.dialogs.hurt import HurtDialog
from sciatica_coach.ui.dialogs.notice import SafetyNotice
from sciatica_coach.ui.dialogs.problems import ProblemsDialog


def hurt_dialog(qtbot, rule=StopRule.TOLERABLE, baseline=None, easier="bird dog arm only"):
    dialog = HurtDialog(
        "Bird dog", easier, lambda a: suggest(a, rule, baseline, has_regression=easier is not None)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


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


def test_hurt_pain_then_no_red_flags_then_the_suggested_regression(qtbot):
    d = hurt_dialog(qtbot)
    assert not d.next_button.isEnabled()  # pain must be answered first
    d.pain.choose("6")
    d.reach.choose("thigh")
    d.feelings.choose("sharp")
    d.next_button.click()
    assert d.pages.currentWidget() is d.flags_page
    d.none_button.click()
    assert d.pages.currentWidget() is d.choice_page
    assert "6 out of 10" in d.why.text()
    suggested = d.choice_buttons[Action.REGRESS]
    assert suggested.text() == "Switch to bird dog arm only (suggested)"
    assert list(d.choice_buttons) == [Action.REGRESS, Action.SKIP, Action.END, Action.CONTINUE]
    suggested.click()
    assert d.result() == QDialog.DialogCode.Accepted
    assert d.choice is Action.REGRESS
    assert d.answers.pain == 6
    assert d.answers.reach is Reach.THIGH
    assert d.answers.feelings == frozenset({Feeling.SHARP})


def test_mild_pain_suggests_carrying_on_but_every_option_is_there(qtbot):
    d = hurt_dialog(qtbot)
    d.pain.choose("2")
    d.next_button.click()
    d.none_button.click()
    assert next(iter(d.choice_buttons)) is Action.CONTINUE
    d.choice_buttons[Action.SKIP].click()
    assert d.choice is Action.SKIP


def test_a_red_flag_leaves_only_ending_with_urgent_advice(qtbot):
    d = hurt_dialog(qtbot)
    d.pain.choose("3")
    d.next_button.click()
    assert not d.some_button.isEnabled()
    d.flags.choose("bladder")
    assert d.some_button.isEnabled()
    assert not d.none_button.isEnabled()  # cannot tick a flag and then say none apply
    d.some_button.click()
    assert d.pages.currentWidget() is d.red_page
    assert "emergency" in d.advice.text()
    assert d.choice_buttons == {}
    d.end_button.click()
    assert d.choice is Action.RED_FLAG
    assert d.answers.red_flags == frozenset({"bladder"})


def test_pressed_by_mistake_closes_without_a_choice(qtbot):
    d = hurt_dialog(qtbot)
    d.cancel_button.click()
    assert d.result() == QDialog.DialogCode.Rejected
    assert d.choice is None


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
    assert "emergency" in text.lower()
    d.ok_button.click()
    assert d.result() == QDialog.DialogCode.Accepted
