"""The stop rules as a table: what the app suggests for each answer, never a diagnosis."""

from __future__ import annotations

import pytest

from sciatica_coach.core.models import StopRule
from sciatica_coach.core.safety import (
    ADVICE,
    RED_FLAGS,
    Action,
    Feeling,
    HurtAnswers,
    Reach,
    Urgency,
    most_urgent,
    suggest,
)

T, PF, MR = StopRule.TOLERABLE, StopRule.PAIN_FREE, StopRule.MUST_RELIEVE
NUMB = frozenset({Feeling.NUMBNESS_TINGLING})
WEAK = frozenset({Feeling.WEAKNESS})
ACHE = frozenset({Feeling.ACHE})


@pytest.mark.parametrize(
    ("pain", "reach", "feelings", "rule", "baseline", "regression", "expected"),
    [
        # traffic light on a tolerable drill
        (0, None, ACHE, T, None, True, Action.CONTINUE),
        (3, Reach.BUTTOCK, ACHE, T, Reach.BUTTOCK, True, Action.CONTINUE),
        (4, None, ACHE, T, None, True, Action.REGRESS),
        (5, None, ACHE, T, None, True, Action.REGRESS),
        (6, None, ACHE, T, None, True, Action.REGRESS),
        (9, None, ACHE, T, None, False, Action.SKIP),
        # spreading further down the leg than at the check-in stops the drill
        (2, Reach.BELOW_KNEE, ACHE, T, Reach.THIGH, True, Action.REGRESS),
        (2, Reach.THIGH, ACHE, T, Reach.BELOW_KNEE, True, Action.CONTINUE),  # centralising
        (2, Reach.FOOT, ACHE, T, None, True, Action.CONTINUE),  # no baseline to compare
        # new numbness or weakness stops it, whatever the pain
        (1, None, NUMB, T, None, True, Action.REGRESS),
        (0, None, WEAK, T, None, False, Action.SKIP),
        # a pain-free drill stops on any pain; a must-relieve drill stops if it hurts
        (1, None, ACHE, PF, None, True, Action.REGRESS),
        (0, None, ACHE, PF, None, True, Action.CONTINUE),
        (2, None, ACHE, MR, None, True, Action.REGRESS),
        (2, None, ACHE, MR, None, False, Action.SKIP),
    ],
)
def test_suggestions(pain, reach, feelings, rule, baseline, regression, expected):
    s = suggest(HurtAnswers(pain, reach, feelings), rule, baseline, regression)
    assert s.action is expected
    assert s.options[0] is expected
    assert len(set(s.options)) == len(s.options)
    if not regression:
        assert Action.REGRESS not in s.options
    assert Action.END in s.options  # ending is always possible


def test_amber_offers_both_the_regression_and_carrying_on():
    s = suggest(HurtAnswers(4), T)
    assert s.options[:2] == (Action.REGRESS, Action.CONTINUE)
    assert "amber" in s.why


def test_any_red_flag_ends_the_session_with_advice_at_the_most_urgent_level():
    s = suggest(HurtAnswers(1, red_flags=frozenset({"fever", "saddle"})), T)
    assert s.action is Action.RED_FLAG
    assert s.options == (Action.RED_FLAG,)
    assert s.urgency is Urgency.EMERGENCY
    assert s.why == ADVICE[Urgency.EMERGENCY]
    assert most_urgent(frozenset({"fever"})) is Urgency.SAME_DAY
    assert most_urgent(frozenset({"upper_body"})) is Urgency.SOON
    assert most_urgent(frozenset()) is None


def test_every_seed_and_nhs_red_flag_is_asked():
    asked = {f.id for f in RED_FLAGS}
    assert {
        "both_legs",
        "saddle",
        "bladder",
        "bowel",
        "sexual",
        "both_legs_weak",
        "foot_drop",
        "fever",
        "upper_body",
        "sudden_limb",
    } <= asked


@pytest.mark.parametrize("text", [*ADVICE.values(), *(f.question for f in RED_FLAGS)])
def test_words_never_diagnose(text):
    lowered = text.lower()
    for word in ("diagnos", "you have", "cauda equina", "herniat", "you are suffering"):
        assert word not in lowered


def test_suggestion_words_never_diagnose():
    for pain in range(11):
        for rule in StopRule:
            why = suggest(HurtAnswers(pain, Reach.FOOT, NUMB), rule, Reach.NONE).why.lower()
            assert "diagnos" not in why
            assert "you have" not in why
