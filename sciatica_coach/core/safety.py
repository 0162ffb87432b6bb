"""What to suggest when a person presses "Stop: this hurts" (DESIGN.md §5, CLINICAL.md §3-4).

Pure, table-driven rules. The app never diagnoses: it follows the routine the person or their
physio chose, and these rules only pick a careful suggestion among regress, skip, continue and
end, or stop the session with urgent-care advice when a red-flag answer is given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .models import StopRule


class Reach(StrEnum):
    """How far down the leg symptoms reach; further down is worse (peripheralisation)."""

    NONE = "none"
    BUTTOCK = "buttock"
    THIGH = "thigh"
    BELOW_KNEE = "below_knee"
    FOOT = "foot"

    @property
    def order(self) -> int:
        return list(Reach).index(self)


REACH_WORDS = {
    Reach.NONE: "Back only (or nowhere)",
    Reach.BUTTOCK: "Buttock",
    Reach.THIGH: "Thigh",
    Reach.BELOW_KNEE: "Below the knee",
    Reach.FOOT: "Foot",
}


class Feeling(StrEnum):
    SHARP = "sharp"
    NUMBNESS_TINGLING = "numbness_tingling"
    WEAKNESS = "weakness"
    ACHE = "ache"
    OTHER = "other"


FEELING_WORDS = {
    Feeling.SHARP: "Sharp or shooting",
    Feeling.NUMBNESS_TINGLING: "Numbness or tingling",
    Feeling.WEAKNESS: "Weakness",
    Feeling.ACHE: "Dull ache",
    Feeling.OTHER: "Something else",
}


class Urgency(StrEnum):
    EMERGENCY = "emergency"
    SAME_DAY = "same_day"
    SOON = "soon"


@dataclass(frozen=True, slots=True)
class RedFlag:
    id: str
    question: str
    urgency: Urgency


RED_FLAGS: tuple[RedFlag, ...] = (
    RedFlag("both_legs", "Pain, numbness or tingling going down both legs", Urgency.EMERGENCY),
    RedFlag(
        "both_legs_weak",
        "Weakness or numbness in both legs that is severe or getting worse",
        Urgency.EMERGENCY,
    ),
    RedFlag(
        "saddle",
        "Numbness around your genitals, bottom or back passage (the area you "
        "would sit on a saddle)",
        Urgency.EMERGENCY,
    ),
    RedFlag(
        "bladder",
        "New trouble starting to pass urine, not being able to pass it, or leaking it",
        Urgency.EMERGENCY,
    ),
    RedFlag(
        "bowel",
        "New loss of control of your bowels, or not feeling when they are full",
        Urgency.EMERGENCY,
    ),
    RedFlag(
        "sexual",
        "New loss of feeling in your genitals, or new problems with erection or ejaculation",
        Urgency.EMERGENCY,
    ),
    RedFlag(
        "sudden_limb",
        "Sudden, much worse pain, or a sudden big loss of strength or feeling in one leg",
        Urgency.EMERGENCY,
    ),
    RedFlag(
        "foot_drop",
        "A foot or leg that is getting weaker, for example a foot that drags or slaps down",
        Urgency.SAME_DAY,
    ),
    RedFlag("fever", "Fever, or feeling generally unwell, with the back pain", Urgency.SAME_DAY),
    RedFlag(
        "upper_body",
        "Numbness or tingling in your face, head, jaw or arms, or a sudden upset stomach or nausea",
        Urgency.SOON,
    ),
)
RED_FLAG_BY_ID = {f.id: f for f in RED_FLAGS}

ADVICE = {
    Urgency.EMERGENCY: (
        "Stop exercising now. These symptoms can be a sign of a problem that needs checking "
        "urgently. Call your local emergency number (999 in the UK, 112 in Europe, 911 in the "
        "US) or go to an emergency department now. Do not wait to see if it passes."
    ),
    Urgency.SAME_DAY: (
        "Stop exercising for today. These symptoms should be checked by a doctor today: contact "
        "your GP or an urgent care service (NHS 111 in the UK). If they get worse quickly, "
        "call your local emergency number."
    ),
    Urgency.SOON: (
        "Stop this session. Please arrange to see a doctor or your physio soon and tell them "
        "what you noticed. If it gets worse or new symptoms appear, seek urgent care."
    ),
}


class Action(StrEnum):
    REGRESS = "regress"
    SKIP = "skip"
    CONTINUE = "continue"
    END = "end"
    RED_FLAG = "red_flag"


@dataclass(frozen=True, slots=True)
class HurtAnswers:
    pain: int
    reach: Reach | None = None
    feelings: frozenset[Feeling] = frozenset()
    red_flags: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Suggestion:
    action: Action
    why: str
    options: tuple[Action, ...] = field(default=())
    """Every action offered, the suggested one first."""
    urgency: Urgency | None = None

    @property
    def stops_drill(self) -> bool:
        return self.action in {Action.REGRESS, Action.SKIP, Action.END, Action.RED_FLAG}


def most_urgent(flags: frozenset[str]) -> Urgency | None:
    levels = [RED_FLAG_BY_ID[f].urgency for f in flags if f in RED_FLAG_BY_ID]
    for level in (Urgency.EMERGENCY, Urgency.SAME_DAY, Urgency.SOON):
        if level in levels:
            return level
    return None


def suggest(
    answers: HurtAnswers,
    stop_rule: StopRule,
    baseline_reach: Reach | None = None,
    has_regression: bool = True,
) -> Suggestion:
    """Pick a suggestion. `baseline_reach` is how far symptoms reached at the check-in."""
    urgency = most_urgent(answers.red_flags)
    if urgency is not None:
        return Suggestion(Action.RED_FLAG, ADVICE[urgency], (Action.RED_FLAG,), urgency)
    easier = Action.REGRESS if has_regression else Action.SKIP
    stop_options = _options(easier, has_regression, Action.SKIP, Action.END, Action.CONTINUE)
    spreading = (
        answers.reach is not None
        and baseline_reach is not None
        and answers.reach.order > baseline_reach.order
    )
    nerve = answers.feelings & {Feeling.NUMBNESS_TINGLING, Feeling.WEAKNESS}
    if spreading:
        return Suggestion(
            easier,
            "Symptoms reach further down the leg than before the session. "
            "That suggests this movement is not right for now: stop it.",
            stop_options,
        )
    if nerve:
        return Suggestion(
            easier,
            "New numbness, tingling or weakness is a reason to stop this drill and rest.",
            stop_options,
        )
    if answers.pain > 5:
        return Suggestion(
            easier,
            f"Pain of {answers.pain} out of 10 is above the level where exercise should carry on.",
            stop_options,
        )
    if stop_rule is StopRule.PAIN_FREE and answers.pain > 0:
        return Suggestion(
            easier, "This drill should be pain free, so stop it for now.", stop_options
        )
    if stop_rule is StopRule.MUST_RELIEVE and answers.pain > 0:
        return Suggestion(
            easier,
            "This drill should ease your symptoms. As it is making them worse, stop it for now.",
            stop_options,
        )
    if answers.pain >= 4:
        return Suggestion(
            easier,
            f"Pain of {answers.pain} out of 10 is in the amber zone: an easier version, or "
            "continuing with a smaller movement, are both reasonable.",
            _options(easier, has_regression, Action.CONTINUE, Action.SKIP, Action.END),
        )
    return Suggestion(
        Action.CONTINUE,
        f"Pain of {answers.pain} out of 10 with no spread down the leg is usually fine: carry "
        "on gently, within a comfortable range.",
        _options(Action.CONTINUE, has_regression, Action.REGRESS, Action.SKIP, Action.END),
    )


def _options(first: Action, has_regression: bool, *rest: Action) -> tuple[Action, ...]:
    out = [first]
    for action in rest:
        if action is Action.REGRESS and not has_regression:
            continue
        if action not in out:
            out.append(action)
    return tuple(out)
