"""The pieces a plan is made of: segment kinds, sides, segments and drills."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datetime import datetime

    from .dosage import Dose
    from .models import Exercise, Frequency

COUNTDOWN_MIN_MS = 5_000
"""Segments at least this long count down their last three seconds."""


class SegmentKind(StrEnum):
    GET_READY = "get_ready"
    MOVE = "move"
    HOLD = "hold"
    RETURN = "return"
    REST = "rest"
    SWITCH_SIDE = "switch_side"
    BREATHE_IN = "breathe_in"
    BREATHE_HOLD = "breathe_hold"
    BREATHE_OUT = "breathe_out"
    TIMED = "timed"


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"


COUNTDOWN_KINDS = frozenset(
    {SegmentKind.GET_READY, SegmentKind.HOLD, SegmentKind.REST, SegmentKind.TIMED}
)


@dataclass(frozen=True, slots=True)
class Segment:
    """One stretch of the timeline: what to do, for how long, and where it sits in the drill.

    It holds facts only; what the screen says for it is `plan_words.segment_text`, made when it
    is shown (in the language chosen then)."""

    step: int
    exercise: str
    kind: SegmentKind
    start_ms: int
    duration_ms: int
    set: int | None = None
    sets: int | None = None
    side: Side | None = None
    rep: int | None = None
    reps: int | None = None
    cycle: int | None = None
    cycles: int | None = None
    ends_rep: bool = False
    ends_set: bool = False
    lungs_full: bool = False
    """A breath hold after breathing in (rather than after breathing out)."""

    @property
    def end_ms(self) -> int:
        return self.start_ms + self.duration_ms

    @property
    def counts_down(self) -> bool:
        return self.kind in COUNTDOWN_KINDS and self.duration_ms >= COUNTDOWN_MIN_MS

    def to_json(self, text: str) -> dict[str, Any]:
        return {
            "step": self.step,
            "exercise": self.exercise,
            "set": self.set,
            "side": None if self.side is None else self.side.value,
            "rep": self.rep,
            "kind": self.kind.value,
            "start_s": self.start_ms / 1000,
            "duration_s": self.duration_ms / 1000,
            "text": text,
        }


class ChangeCause(StrEnum):
    """Why a drill runs on another exercise of its ladder than the routine names."""

    STOPPED = "stopped"
    """It was stopped last time because it hurt: it starts on its easier variant."""
    LEFT_OUT = "left_out"
    """It was stopped and has no easier variant: it is left out until the person puts it back."""
    PROGRESSED = "progressed"
    """The person chose to step up after calm sessions."""
    USER = "user"
    """The person chose this version themselves."""
    HURT_NOW = "hurt_now"
    """Switched during this session because it hurt."""


@dataclass(frozen=True, slots=True)
class Change:
    """The facts behind a drill's change of exercise; `core.words.change_text` says them."""

    cause: ChangeCause
    about: str | None = None
    """The exercise that was stopped (or stepped up from)."""
    since: datetime | None = None


@dataclass(frozen=True, slots=True)
class Drill:
    """A routine step resolved against the catalogue: what is done, at which dose, and why."""

    step: int
    base: str
    exercise: Exercise
    dose: Dose
    title: str
    note: str | None = None
    change: Change | None = None
    """Why another exercise is used than the routine names (None: the routine's own)."""
    if_it_hurts: str | None = None
    """The easier drill the physio chose for this step, offered first when it hurts."""
    stop_note: str | None = None
    """The physio's words for when it hurts."""
    side_means: str | None = None
    """What a side means for this drill ('{side} leg'; the catalogue's, or its base's)."""
    set_here: frozenset[str] = frozenset()
    """The dose fields the routine itself set; the rest came from the catalogue's default."""
    frequency: Frequency | str | None = None
    """How often this drill alone may be repeated, where the routine says (a seed's advice)."""

    @property
    def from_level(self) -> bool:
        """Started on a variant by the next-time rules (the person may go back to the usual)."""
        return self.change is not None and self.change.cause is not ChangeCause.HURT_NOW

    @property
    def is_variant(self) -> bool:
        return self.exercise.id != self.base
