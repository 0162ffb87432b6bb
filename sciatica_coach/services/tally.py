"""What a session did, as facts, for the summary page (the words are made when it is shown)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime

    from ..core.models import StopRule
    from ..core.safety import Urgency


@dataclass(frozen=True, slots=True)
class RedFlagStop:
    """The session ended on a warning sign: which signs, how urgent, and when."""

    flags: tuple[str, ...]
    urgency: Urgency
    at: datetime
    contact: str | None = None
    """The physio's name and number, said after the app's advice (never for an emergency)."""


@dataclass
class SessionTally:
    """Built from the session's events as they happen. Exercises are ids; names at display."""

    routine_id: str
    routine_title: str
    drills_planned: int
    done: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    """Left before any of it was done (in its get-ready)."""
    partly: dict[str, float] = field(default_factory=dict)
    """Left part-way through: how much of it was done, 0 to 1."""
    stopped: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
    """Drills not run because they were stopped before and have no easier version."""
    outcome: dict[int, str] = field(default_factory=dict)
    """Each routine step reached, and how it ended last: done, partly, skipped or stopped
    (a drill stopped and then done on its easier version counts once, as done)."""
    exercise_ms: int = 0
    wall_s: float = 0.0
    speed: float = 1.0
    """How many times faster than life the session ran (a physio's demo: `--speed`)."""
    complete: bool = False
    hurt_events: int = 0
    red_flag: RedFlagStop | None = None
    rules: dict[str, StopRule] = field(default_factory=dict)
    """Each exercise done and its own stop rule: what to watch for afterwards differs."""
    before_pain: tuple[int | None, int | None] | None = None
    """(back, leg) at the check-in before, when it was answered."""
    after_pain: tuple[int | None, int | None] | None = None
    """(back, leg) at the check-in after, once answered."""

    def count(self, outcome: str) -> int:
        """How many routine steps ended this way (done, partly, skipped, stopped)."""
        return sum(1 for o in self.outcome.values() if o == outcome)

    @property
    def not_reached(self) -> int:
        """Steps the session never got to (it ended early), besides those left out."""
        return max(0, self.drills_planned - len(self.left_out) - len(self.outcome))
