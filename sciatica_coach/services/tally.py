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
    stopped: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
    """Drills not run because they were stopped before and have no easier version."""
    exercise_ms: int = 0
    wall_s: float = 0.0
    complete: bool = False
    hurt_events: int = 0
    red_flag: RedFlagStop | None = None
    rules: dict[str, StopRule] = field(default_factory=dict)
    """Each exercise done and its own stop rule: what to watch for afterwards differs."""
    before_pain: tuple[int | None, int | None] | None = None
    """(back, leg) at the check-in before, when it was answered."""
