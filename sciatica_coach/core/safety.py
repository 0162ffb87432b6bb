"""What to suggest when a person presses "Stop: this hurts": the facts and rules, no words.

Pure and table-driven (DESIGN.md §5). The words shown for all of this live in `safety_words`, so
this module stores facts (ids, levels, reason codes) that the log can keep and a translation can
word later.

- Red flags (CLINICAL.md §4; NHS sciatica and NICE CKS red flags, [R1]-[R4]; NHS "FAST" for the
  face and arm signs): `RED_FLAGS` in the order asked, most urgent first. Any red flag wins: the
  session ends with the advice for the most urgent level.
- Otherwise the traffic light and the drill's `StopRule` decide (CLINICAL.md §3: Thomeé's pain
  monitoring model [R6,R9], McKenzie centralisation and peripheralisation [R10,R11]), in this
  order: spreading further down the leg, sharp pain, new numbness or weakness, pain above 5, a
  pain-free drill that hurts, a must-relieve drill that is worse, centralising, amber (4-5), low.

The app never diagnoses: these rules only pick a careful suggestion among switching to the
easier variation, skipping the drill, carrying on gently and ending the session.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from .models import StopRule

if TYPE_CHECKING:
    from collections.abc import Iterable

HIGH_PAIN = 5
"""Pain above this (0-10, back or leg) stops the drill: the red zone of the traffic light."""
AMBER_PAIN = 4
"""Pain from this up to HIGH_PAIN is amber: ease off, or use the easier variation."""


class Reach(StrEnum):
    """How far down the leg symptoms reach; further down is worse (peripheralisation)."""

    NONE = "none"
    BUTTOCK = "buttock"
    THIGH = "thigh"
    BELOW_KNEE = "below_knee"
    FOOT = "foot"

    @property
    def order(self) -> int:
        """0 for back only, up to 4 for the foot."""
        return list(Reach).index(self)


class Spread(StrEnum):
    """How symptoms moved since the session started."""

    FURTHER = "further"
    """Further down the leg (peripheralising): this movement is wrong for now."""
    SAME = "same"
    RETREATING = "retreating"
    """Up toward the back (centralising): usually a good sign."""
    UNKNOWN = "unknown"


class Feeling(StrEnum):
    SHARP = "sharp"
    NUMBNESS_TINGLING = "numbness_tingling"
    WEAKNESS = "weakness"
    ACHE = "ache"
    OTHER = "other"


NERVE_FEELINGS = frozenset({Feeling.NUMBNESS_TINGLING, Feeling.WEAKNESS})


class Urgency(StrEnum):
    """How soon to get help, most urgent first."""

    EMERGENCY = "emergency"
    """Now: 999 or the local emergency number, or A&E."""
    SAME_DAY = "same_day"
    """Today: a GP or NHS 111."""
    SOON = "soon"
    """A doctor within days."""


@dataclass(frozen=True, slots=True)
class RedFlag:
    """One warning sign the hurt flow asks about. Its words are in `safety_words`."""

    id: str
    urgency: Urgency


_E, _D, _S = Urgency.EMERGENCY, Urgency.SAME_DAY, Urgency.SOON
RED_FLAGS: tuple[RedFlag, ...] = (
    RedFlag("saddle", _E),  # numbness around the genitals or anus
    RedFlag("bladder", _E),  # new trouble passing urine, or loss of control
    RedFlag("bowel", _E),  # new loss of bowel control or awareness
    RedFlag("sexual", _E),  # new loss of genital feeling, erection or ejaculation
    RedFlag("both_legs", _E),  # symptoms in both legs
    RedFlag("both_legs_weak", _E),  # weakness or numbness getting worse in both legs
    RedFlag("face_arm_speech", _E),  # FAST: face or arm numb or weak, drooping face, speech
    RedFlag("pain_nausea", _E),  # severe back pain with sudden nausea (seed S4)
    RedFlag("accident", _E),  # back pain after a serious accident
    RedFlag("foot_drop", _D),  # foot drop or weakness getting worse in one leg
    RedFlag("fever", _D),  # fever or feeling unwell with the back pain
    RedFlag("night_weight", _S),  # night pain that does not ease, unexplained weight loss
    RedFlag("history", _S),  # past cancer, osteoporosis, steroids, new pain under 20 / over 50
)
RED_FLAG_BY_ID: dict[str, RedFlag] = {f.id: f for f in RED_FLAGS}
RETIRED_FLAGS: dict[str, Urgency] = {"upper_body": _E, "sudden_limb": _E}
"""Ids an earlier version asked, still found in logs; never asked again. They mixed signs of
different urgency (face or arm numbness with an upset stomach), so they read at the most cautious
level."""
_LEVEL_BY_ID = {**{f.id: f.urgency for f in RED_FLAGS}, **RETIRED_FLAGS}
_URGENCY_ORDER = tuple(Urgency)


def most_urgent(flags: Iterable[str]) -> Urgency | None:
    """The most urgent level among these red-flag ids, or None.

    An unknown id raises: a mistyped flag must never pass silently as "no red flag".
    """
    ids = set(flags)
    unknown = sorted(ids - _LEVEL_BY_ID.keys())
    if unknown:
        raise ValueError(f"unknown red-flag ids: {', '.join(unknown)}")
    levels = {_LEVEL_BY_ID[f] for f in ids}
    return next((u for u in _URGENCY_ORDER if u in levels), None)


class Action(StrEnum):
    REGRESS = "regress"
    """Switch to the drill's easier variation now."""
    SKIP = "skip"
    CONTINUE = "continue"
    END = "end"
    RED_FLAG = "red_flag"
    """End the session because of a red flag."""


class Why(StrEnum):
    """The reason for a suggestion, in the order the rules are tried."""

    RED_FLAG = "red_flag"
    SPREADING = "spreading"
    SHARP = "sharp"
    NERVE = "nerve"
    HIGH_PAIN = "high_pain"
    PAIN_FREE = "pain_free"
    WORSE = "worse"
    CENTRALISING = "centralising"
    AMBER = "amber"
    LOW = "low"


STOP_REASONS = frozenset(
    {Why.SPREADING, Why.SHARP, Why.NERVE, Why.HIGH_PAIN, Why.PAIN_FREE, Why.WORSE}
)
"""Reasons that stop the drill: carrying on is never offered."""


class NextTime(StrEnum):
    """What the next session does with this drill."""

    SAME = "same"
    EASIER = "easier"
    """Start on its easier variation."""
    LEAVE_OUT = "leave_out"
    """It has no easier variation: leave it out until the physio says otherwise."""


def _check_pain(name: str, value: int | None) -> None:
    if value is not None and not 0 <= value <= 10:
        raise ValueError(f"{name} must be 0-10, not {value}")


@dataclass(frozen=True, slots=True)
class Baseline:
    """The check-in before the session; any answer may be missing."""

    back_pain: int | None = None
    leg_pain: int | None = None
    reach: Reach | None = None

    def __post_init__(self) -> None:
        _check_pain("back_pain", self.back_pain)
        _check_pain("leg_pain", self.leg_pain)


@dataclass(frozen=True, slots=True)
class HurtAnswers:
    """What the person answered after "Stop: this hurts"."""

    back_pain: int | None
    leg_pain: int | None
    reach: Reach | None = None
    spread: Spread | None = None
    """Their own answer, asked only when the check-in gave no reach to compare with."""
    feelings: frozenset[Feeling] = frozenset()
    red_flags: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        _check_pain("back_pain", self.back_pain)
        _check_pain("leg_pain", self.leg_pain)

    @property
    def pain(self) -> int:
        """The higher of back and leg pain (0 when neither was answered)."""
        return max(self.back_pain or 0, self.leg_pain or 0)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """What the app suggests, every action it offers (suggested first), and why."""

    action: Action
    options: tuple[Action, ...]
    why: Why
    urgency: Urgency | None
    change: Spread
    has_easier: bool
    pain: int

    def __post_init__(self) -> None:
        if not self.options or self.options[0] is not self.action:
            raise ValueError("the suggested action must be the first option")

    @property
    def stops_drill(self) -> bool:
        """The rules say stop this drill (carrying on is not offered)."""
        return self.why in STOP_REASONS

    def next_time(self, choice: Action) -> NextTime:
        """What the next session does with this drill after the person chose `choice`.

        Carrying on stores nothing. Switching, skipping or ending means the drill was stopped
        because it hurt, so next time starts easier, or leaves it out when there is no easier
        variation. A red flag is not the drill's fault (red flags lock sessions elsewhere).
        """
        if choice not in self.options:
            raise ValueError(f"{choice} was not offered")
        if choice in (Action.CONTINUE, Action.RED_FLAG):
            return NextTime.SAME
        return NextTime.EASIER if self.has_easier else NextTime.LEAVE_OUT


def spread_change(answers: HurtAnswers, baseline: Baseline | None) -> Spread:
    """Compare how far symptoms reach now with the check-in, else use the person's own answer."""
    before = baseline.reach if baseline is not None else None
    if before is not None and answers.reach is not None:
        if answers.reach.order > before.order:
            return Spread.FURTHER
        if answers.reach.order < before.order:
            return Spread.RETREATING
        return Spread.SAME
    return answers.spread if answers.spread is not None else Spread.UNKNOWN


def is_worse(answers: HurtAnswers, baseline: Baseline | None) -> bool:
    """Back or leg pain above the check-in's; pain with nothing to compare counts as worse."""
    pairs = (
        (answers.back_pain, baseline.back_pain if baseline else None),
        (answers.leg_pain, baseline.leg_pain if baseline else None),
    )
    return any(now is not None and now > (before or 0) for now, before in pairs)


def flags_to_highlight(answers: HurtAnswers) -> tuple[str, ...]:
    """Red-flag ids the flow shows first (and must ask) given the feelings ticked."""
    out: list[str] = []
    if Feeling.WEAKNESS in answers.feelings:
        out += ["foot_drop", "both_legs_weak"]
    if Feeling.NUMBNESS_TINGLING in answers.feelings:
        out += ["saddle", "both_legs"]
    return tuple(out)


def _stop_reason(answers: HurtAnswers, change: Spread) -> Why | None:
    """A sign that the movement is wrong for now: stop at once, whatever the pain."""
    if change is Spread.FURTHER:
        return Why.SPREADING
    if Feeling.SHARP in answers.feelings:
        return Why.SHARP
    if answers.feelings & NERVE_FEELINGS:
        return Why.NERVE
    return None


def suggest(
    answers: HurtAnswers,
    stop_rule: StopRule,
    baseline: Baseline | None = None,
    *,
    has_easier: bool,
) -> Suggestion:
    """Pick one careful suggestion; see the module docstring for the order of the rules."""
    change = spread_change(answers, baseline)
    pain = answers.pain

    def made(why: Why, *options: Action, urgency: Urgency | None = None) -> Suggestion:
        offered = tuple(o for o in options if has_easier or o is not Action.REGRESS)
        return Suggestion(offered[0], offered, why, urgency, change, has_easier, pain)

    urgency = most_urgent(answers.red_flags)
    if urgency is not None:
        return made(Why.RED_FLAG, Action.RED_FLAG, urgency=urgency)
    stop = _stop_reason(answers, change)
    if stop is None and pain > HIGH_PAIN:
        stop = Why.HIGH_PAIN
    if stop is not None and pain > HIGH_PAIN:
        # Too much pain to try another version now: rest, and start easier next time.
        return made(stop, Action.SKIP, Action.END)
    if stop is None and stop_rule is StopRule.PAIN_FREE and pain > 0:
        stop = Why.PAIN_FREE
    if (
        stop is None
        and stop_rule is StopRule.MUST_RELIEVE
        and change is not Spread.RETREATING
        and is_worse(answers, baseline)
    ):
        stop = Why.WORSE
    if stop is not None:
        return made(stop, Action.REGRESS, Action.SKIP, Action.END)
    if change is Spread.RETREATING:
        return made(Why.CENTRALISING, Action.CONTINUE, Action.REGRESS, Action.SKIP, Action.END)
    if pain >= AMBER_PAIN:
        return made(Why.AMBER, Action.REGRESS, Action.CONTINUE, Action.SKIP, Action.END)
    return made(Why.LOW, Action.CONTINUE, Action.REGRESS, Action.SKIP, Action.END)
