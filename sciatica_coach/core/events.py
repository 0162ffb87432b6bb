"""What the session machine reports: plain frozen records that the UI, log and sound read."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .plan import Plan, Segment, Side


class DrillStatus(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"
    STOPPED = "stopped"
    """Stopped because it hurt (the hurt flow swapped in a variant or skipped it)."""


class PauseReason(StrEnum):
    USER = "user"
    SLEEP = "sleep"
    """A tick came after a long gap (the laptop slept): the gap is not counted as exercise."""
    HURT = "hurt"


@dataclass(frozen=True, slots=True)
class SegmentStarted:
    index: int
    segment: Segment


@dataclass(frozen=True, slots=True)
class RepDone:
    step: int
    exercise: str
    set: int | None
    side: Side | None
    rep: int
    reps: int


@dataclass(frozen=True, slots=True)
class SetDone:
    step: int
    exercise: str
    set: int
    sets: int


@dataclass(frozen=True, slots=True)
class DrillDone:
    step: int
    base: str
    exercise: str
    status: DrillStatus
    sets_done: int
    started_ms: int
    """Plan time at which the drill started (its get-ready)."""
    done_fraction: float = 1.0
    """How much of the drill itself (after its get-ready) had passed, 0 to 1."""


@dataclass(frozen=True, slots=True)
class Countdown:
    """One of the last three seconds of a hold, rest, timed stretch or get-ready."""

    seconds: int
    segment: Segment


@dataclass(frozen=True, slots=True)
class SessionDone:
    complete: bool
    """False when the user ended the session early."""
    position_ms: int


@dataclass(frozen=True, slots=True)
class Paused:
    reason: PauseReason


@dataclass(frozen=True, slots=True)
class Resumed:
    pass


@dataclass(frozen=True, slots=True)
class WaitingForRep:
    """Self-paced mode: the machine waits here until the user confirms the rep."""

    segment: Segment


@dataclass(frozen=True, slots=True)
class PlanChanged:
    """The timeline changed (a variant swapped in, time added); totals must be redrawn."""

    plan: Plan


@dataclass(frozen=True, slots=True)
class Cue:
    """Something to sound and, optionally, say. `sound` names a file in assets/sounds."""

    sound: str | None
    speech: str | None = None
    caption: str | None = None
    count: bool = False
    """The speech is a count ('3'): spoken only when the user asked for counts."""


Event = (
    SegmentStarted
    | RepDone
    | SetDone
    | DrillDone
    | Countdown
    | SessionDone
    | Paused
    | Resumed
    | WaitingForRep
    | PlanChanged
    | Cue
)
