"""The pieces a plan is made of: segment kinds, sides, segments and drills."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .dosage import Dose
    from .models import Exercise

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
    """One stretch of the timeline: what to do, for how long, and where it sits in the drill."""

    step: int
    exercise: str
    kind: SegmentKind
    start_ms: int
    duration_ms: int
    text: str
    set: int | None = None
    sets: int | None = None
    side: Side | None = None
    rep: int | None = None
    reps: int | None = None
    cycle: int | None = None
    cycles: int | None = None
    ends_rep: bool = False
    ends_set: bool = False

    @property
    def end_ms(self) -> int:
        return self.start_ms + self.duration_ms

    @property
    def counts_down(self) -> bool:
        return self.kind in COUNTDOWN_KINDS and self.duration_ms >= COUNTDOWN_MIN_MS

    def to_json(self) -> dict[str, Any]:
        return {
            "step": self.step,
            "exercise": self.exercise,
            "set": self.set,
            "side": None if self.side is None else self.side.value,
            "rep": self.rep,
            "kind": self.kind.value,
            "start_s": self.start_ms / 1000,
            "duration_s": self.duration_ms / 1000,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Drill:
    """A routine step resolved against the catalogue: what is done, at which dose, and why."""

    step: int
    base: str
    exercise: Exercise
    dose: Dose
    title: str
    note: str | None = None
    reason: str | None = None
    """Why a variant is used instead of the routine's exercise, shown to the user."""
    from_level: bool = False
    """Started on a variant by the next-time rules (the person may go back to the usual)."""

    @property
    def is_variant(self) -> bool:
        return self.exercise.id != self.base
