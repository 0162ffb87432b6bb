"""The stop rules as a table over every answer, checked against CLINICAL.md §3 written out here.

`expected()` restates the rules without calling the code under test, so a change to the rules in
`safety.py` that CLINICAL.md §3 (and the brief of the hurt flow) does not make turns this red.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pytest

from sciatica_coach.core.models import StopRule
from sciatica_coach.core.safety import (
    RED_FLAG_BY_ID,
    RED_FLAGS,
    Action,
    Baseline,
    Feeling,
    HurtAnswers,
    NextTime,
    Reach,
    Spread,
    Suggestion,
    Urgency,
    Why,
    flags_to_highlight,
    is_worse,
    most_urgent,
    spread_change,
    suggest,
)

REGRESS, SKIP, CONTINUE, END = Action.REGRESS, Action.SKIP, Action.CONTINUE, Action.END
PF, MR, T = StopRule.PAIN_FREE, StopRule.MUST_RELIEVE, StopRule.TOLERABLE
FEELINGS = (None, Feeling.SHARP, Feeling.NUMBNESS_TINGLING, Feeling.WEAKNESS, Feeling.ACHE)
CHECK_IN = Baseline(back_pain=3, leg_pain=3)
"""The check-in used by the table: 3/10 in the back and in the leg, no reach."""


@dataclass(frozen=True)
class Case:
    back: int
    leg: int
    change: Spread
    rule: StopRule
    feeling: Feeling | None
    has_easier: bool
    baseline: Baseline | None

    @property
    def pain(self) -> int:
        return max(self.back, self.leg)

    def worse(self) -> bool:
        """Worse than at check-in in back or leg; with no check-in, any pain is worse."""
        if self.baseline is None:
            return self.pain > 0
        return self.back > 3 or self.leg > 3

    def must_stop(self) -> bool:
        """CLINICAL.md §3: the drill stops; carrying on is never right."""
        return (
            self.change is Spread.FURTHER
            or self.feeling in (Feeling.SHARP, Feeling.NUMBNESS_TINGLING, Feeling.WEAKNESS)
            or self.pain > 5
            or (self.rule is PF and self.pain > 0)
            or (self.rule is MR and self.worse() and self.change is not Spread.RETREATING)
        )

    def suggestion(self, red_flags: frozenset[str] = frozenset()) -> Suggestion:
        feelings = frozenset() if self.feeling is None else frozenset({self.feeling})
        answers = HurtAnswers(self.back, self.leg, None, self.change, feelings, red_flags)
        return suggest(answers, self.rule, self.baseline, has_easier=self.has_easier)


def all_cases() -> list[Case]:
    """Pain 0-10 in back and leg x change x stop rule x feeling x easier x check-in."""
    dims = (range(11), range(11), Spread, StopRule, FEELINGS, (True, False), (None, CHECK_IN))
    return [Case(*values) for values in itertools.product(*dims)]


CASES = all_cases()


def expected(c: Case) -> tuple[Why, tuple[Action, ...]]:
    """The suggestion and the buttons, suggested first, as CLINICAL.md §3 states them."""
    switch_or_skip = (REGRESS, SKIP, END) if c.has_easier else (SKIP, END)
    rest = (SKIP, END)  # above 5: rest now, no switching now; the easier version is next time
    maybe_switch = (REGRESS,) if c.has_easier else ()
    # Spreading further down the leg, sharp pain, new numbness or weakness: stop now.
    if c.change is Spread.FURTHER:
        return Why.SPREADING, rest if c.pain > 5 else switch_or_skip
    if c.feeling is Feeling.SHARP:
        return Why.SHARP, rest if c.pain > 5 else switch_or_skip
    if c.feeling in (Feeling.NUMBNESS_TINGLING, Feeling.WEAKNESS):
        return Why.NERVE, rest if c.pain > 5 else switch_or_skip
    # Red zone, above 5 in back or leg: stop this drill and rest.
    if c.pain > 5:
        return Why.HIGH_PAIN, rest
    # A pain-free drill stops at any pain.
    if c.rule is PF and c.pain > 0:
        return Why.PAIN_FREE, switch_or_skip
    # A must-relieve drill stops when it makes things worse, unless symptoms centralise.
    if c.rule is MR and c.worse() and c.change is not Spread.RETREATING:
        return Why.WORSE, switch_or_skip
    # Centralising with pain of 5 or less: a good sign, carry on.
    if c.change is Spread.RETREATING:
        return Why.CENTRALISING, (CONTINUE, *maybe_switch, SKIP, END)
    # Amber, 4-5: the easier version if there is one, else carry on gently; both offered.
    if c.pain >= 4:
        first = (REGRESS, CONTINUE) if c.has_easier else (CONTINUE,)
        return Why.AMBER, (*first, SKIP, END)
    # Green, 0-3: carry on gently.
    return Why.LOW, (CONTINUE, *maybe_switch, SKIP, END)


def _mismatches(check) -> list[str]:
    bad = []
    for c in CASES:
        problem = check(c, c.suggestion())
        if problem:
            bad.append(f"{c}: {problem}")
    return bad


def test_the_table_has_thousands_of_cases():
    assert len(CASES) == 11 * 11 * 4 * 3 * 5 * 2 * 2


@pytest.mark.parametrize("rule", list(StopRule))
def test_every_answer_gets_the_clinical_suggestion(rule):
    def check(c: Case, s: Suggestion) -> str | None:
        if c.rule is not rule:
            return None
        why, options = expected(c)
        got = (s.why, s.options, s.action, s.change, s.pain, s.urgency)
        want = (why, options, options[0], c.change, c.pain, None)
        return None if got == want else f"got {got}, want {want}"

    bad = _mismatches(check)
    assert not bad, "\n".join(bad[:10])


def test_carrying_on_is_offered_exactly_when_the_drill_need_not_stop():
    def check(c: Case, s: Suggestion) -> str | None:
        if c.must_stop() == (CONTINUE in s.options) or s.stops_drill != c.must_stop():
            return f"must stop {c.must_stop()}, options {s.options}, stops {s.stops_drill}"
        return None

    bad = _mismatches(check)
    assert not bad, "\n".join(bad[:10])


def test_the_buttons_are_consistent():
    def check(c: Case, s: Suggestion) -> str | None:
        if s.options[0] is not s.action or len(set(s.options)) != len(s.options):
            return f"suggested {s.action} is not the first of unique {s.options}"
        if not c.has_easier and REGRESS in s.options:
            return "switching offered with no easier variation"
        if c.pain > 5 and REGRESS in s.options:
            return "switching offered above 5: rest now, easier next time"
        if END not in s.options:
            return "ending the session is always possible"
        return None

    bad = _mismatches(check)
    assert not bad, "\n".join(bad[:10])


def test_next_time_is_easier_or_left_out_exactly_when_the_drill_was_stopped():
    def check(c: Case, s: Suggestion) -> str | None:
        for choice in s.options:
            stopped = choice in (REGRESS, SKIP, END)
            want = (
                (NextTime.EASIER if c.has_easier else NextTime.LEAVE_OUT)
                if stopped
                else NextTime.SAME
            )
            if s.next_time(choice) is not want:
                return f"{choice}: {s.next_time(choice)}, want {want}"
        return None

    bad = _mismatches(check)
    assert not bad, "\n".join(bad[:10])


def test_a_choice_that_was_not_offered_has_no_next_time():
    s = Case(2, 9, Spread.SAME, T, None, True, None).suggestion()
    with pytest.raises(ValueError, match="not offered"):
        s.next_time(CONTINUE)


@pytest.mark.parametrize("flag", RED_FLAGS, ids=lambda f: f.id)
def test_any_red_flag_wins_and_leaves_only_ending(flag):
    for c in CASES[::7]:  # a spread of the table for every flag
        s = c.suggestion(frozenset({flag.id}))
        assert (s.action, s.options, s.why, s.urgency) == (
            Action.RED_FLAG,
            (Action.RED_FLAG,),
            Why.RED_FLAG,
            flag.urgency,
        ), c
        assert s.next_time(Action.RED_FLAG) is NextTime.SAME  # not the drill's fault


def test_the_most_urgent_flag_decides_the_advice():
    for a, b in itertools.combinations(RED_FLAGS, 2):
        want = min(a.urgency, b.urgency, key=list(Urgency).index)
        assert most_urgent({a.id, b.id}) is want
        s = Case(1, 1, Spread.SAME, T, None, True, None).suggestion(frozenset({a.id, b.id}))
        assert s.urgency is want
    assert most_urgent(frozenset()) is None
    assert most_urgent(iter(["fever", "saddle"])) is Urgency.EMERGENCY


def test_an_unknown_red_flag_id_is_refused_rather_than_ignored():
    with pytest.raises(ValueError, match="upper_bdy"):
        most_urgent({"upper_bdy"})
    with pytest.raises(ValueError, match="typo"):
        Case(1, 1, Spread.SAME, T, None, True, None).suggestion(frozenset({"typo"}))


def test_retired_ids_in_old_logs_still_read_and_at_the_most_cautious_level():
    assert most_urgent({"upper_body"}) is Urgency.EMERGENCY
    assert most_urgent({"sudden_limb", "fever"}) is Urgency.EMERGENCY
    assert not {"upper_body", "sudden_limb"} & RED_FLAG_BY_ID.keys()  # never asked again


def test_red_flags_are_asked_most_urgent_first():
    order = [list(Urgency).index(f.urgency) for f in RED_FLAGS]
    assert order == sorted(order)
    assert len(RED_FLAG_BY_ID) == len(RED_FLAGS)


R = Reach


@pytest.mark.parametrize(("now", "before"), list(itertools.product(Reach, Reach)))
def test_spread_compares_reach_with_the_check_in(now, before):
    want = (
        Spread.FURTHER
        if now.order > before.order
        else Spread.RETREATING
        if now.order < before.order
        else Spread.SAME
    )
    # The comparison wins over the person's own answer, which is asked only without a baseline.
    answers = HurtAnswers(2, 2, reach=now, spread=Spread.UNKNOWN)
    assert spread_change(answers, Baseline(reach=before)) is want


def test_reach_order_runs_from_the_back_to_the_foot():
    assert [r.order for r in (R.NONE, R.BUTTOCK, R.THIGH, R.BELOW_KNEE, R.FOOT)] == [0, 1, 2, 3, 4]


@pytest.mark.parametrize(
    ("answers", "baseline", "want"),
    [
        (HurtAnswers(2, 2, reach=R.FOOT), None, Spread.UNKNOWN),  # nothing to compare with
        (HurtAnswers(2, 2, reach=R.FOOT), Baseline(back_pain=2), Spread.UNKNOWN),
        (HurtAnswers(2, 2, spread=Spread.FURTHER), Baseline(back_pain=2), Spread.FURTHER),
        (HurtAnswers(2, 2, spread=Spread.RETREATING), None, Spread.RETREATING),
        (HurtAnswers(2, 2, spread=Spread.FURTHER), Baseline(reach=R.THIGH), Spread.FURTHER),
        (HurtAnswers(2, 2), Baseline(reach=R.THIGH), Spread.UNKNOWN),  # reach not answered
    ],
)
def test_spread_without_a_comparison_uses_the_answer_or_is_unknown(answers, baseline, want):
    assert spread_change(answers, baseline) is want


@pytest.mark.parametrize(
    ("back", "leg", "baseline", "worse"),
    [
        (2, 2, Baseline(2, 2), False),
        (3, 2, Baseline(2, 2), True),  # back above its check-in value
        (1, 3, Baseline(2, 2), True),  # leg above, back better: still worse
        (2, None, Baseline(2, None), False),
        (None, 1, Baseline(5, None), True),  # leg pain, no leg check-in: nothing to compare
        (0, 0, None, False),
        (None, None, None, False),
        (1, None, None, True),  # "this hurts" with no check-in counts as worse
    ],
)
def test_worse_compares_back_and_leg_separately(back, leg, baseline, worse):
    assert is_worse(HurtAnswers(back, leg), baseline) is worse


def test_a_must_relieve_drill_stops_when_the_leg_is_worse_even_if_the_back_is_better():
    answers = HurtAnswers(back_pain=1, leg_pain=4)
    s = suggest(answers, MR, Baseline(back_pain=3, leg_pain=2), has_easier=True)
    assert (s.why, s.options) == (Why.WORSE, (REGRESS, SKIP, END))


def test_centralising_carries_on_even_when_the_back_rises_on_a_must_relieve_drill():
    answers = HurtAnswers(back_pain=5, leg_pain=1, reach=R.BUTTOCK)
    s = suggest(answers, MR, Baseline(back_pain=3, leg_pain=4, reach=R.FOOT), has_easier=False)
    assert (s.why, s.options, s.change) == (
        Why.CENTRALISING,
        (CONTINUE, SKIP, END),
        Spread.RETREATING,
    )


def test_weakness_puts_the_foot_drop_question_first():
    weak = HurtAnswers(1, 1, feelings=frozenset({Feeling.WEAKNESS}))
    assert flags_to_highlight(weak)[0] == "foot_drop"
    numb = HurtAnswers(1, 1, feelings=frozenset({Feeling.NUMBNESS_TINGLING}))
    assert "saddle" in flags_to_highlight(numb)
    assert flags_to_highlight(HurtAnswers(1, 1, feelings=frozenset({Feeling.ACHE}))) == ()
    for feeling in Feeling:
        ids = flags_to_highlight(HurtAnswers(1, 1, feelings=frozenset({feeling})))
        assert set(ids) <= RED_FLAG_BY_ID.keys()


def test_pain_is_the_higher_of_back_and_leg():
    assert HurtAnswers(2, 7).pain == 7
    assert HurtAnswers(None, 4).pain == 4
    assert HurtAnswers(None, None).pain == 0


@pytest.mark.parametrize("bad", [-1, 11])
def test_pain_outside_0_to_10_is_refused(bad):
    with pytest.raises(ValueError, match="0-10"):
        HurtAnswers(bad, 0)
    with pytest.raises(ValueError, match="0-10"):
        Baseline(leg_pain=bad)


def test_a_suggestion_whose_first_option_is_not_the_suggested_one_is_refused():
    with pytest.raises(ValueError, match="first option"):
        Suggestion(SKIP, (END, SKIP), Why.HIGH_PAIN, None, Spread.SAME, True, 7)
