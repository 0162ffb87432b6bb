"""What the rest of the app may ask of the history log: one generic write, and the readers.

`SessionLog` (the database) and `ResilientLog` (the database with a queue for when the disk says
no) both fit; the services take a `Log`, so tests can pass either, or an in-memory one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from datetime import datetime, timedelta

    from .queries import TimeBound
    from .records import (
        CheckIn,
        ClinicianReview,
        DrillResult,
        ExerciseLevel,
        HurtEvent,
        Record,
        ResumeOffer,
        Session,
    )


class LogReader(Protocol):
    def sessions(self, since: TimeBound = None, until: TimeBound = None) -> list[Session]: ...
    def session(self, session_id: str) -> Session | None: ...
    def last_session_per_routine(self) -> dict[str, Session]: ...
    def checkins(
        self, session_id: str | None = None, *, since: TimeBound = None, until: TimeBound = None
    ) -> list[CheckIn]: ...
    def drills(
        self, session_id: str | None = None, *, since: TimeBound = None, until: TimeBound = None
    ) -> list[DrillResult]: ...
    def hurt_events(
        self, session_id: str | None = None, *, since: TimeBound = None, until: TimeBound = None
    ) -> list[HurtEvent]: ...
    def levels(self) -> dict[str, ExerciseLevel]: ...
    def clinician_reviews(self) -> list[ClinicianReview]: ...


class Log(LogReader, Protocol):
    def write(self, record: Record) -> None:
        """Store one record, committed before it returns (or kept in order until it can be)."""
        ...

    def recover_interrupted(
        self, now: str | datetime, *, offer_within: timedelta = ...
    ) -> list[ResumeOffer]: ...
