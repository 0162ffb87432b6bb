"""The session log: one committed transaction per event, as it happens (DESIGN.md §6).

Nothing is lost on a kill: a `SessionStart` is stored as 'interrupted' with no end, and its
`SessionEnd` sets the real status. On the next start, `recover_interrupted` closes the sessions
still open and offers the newest ones for resume.

Resume design: a resumed sitting is a *new* session row with `resumed_from` set to the cut-short
session and `resume_step` set to where it picks up. Each row is then one continuous sitting with
honest start and end times, the old row keeps its drills and its 'interrupted' status, and history
can follow the chain. The app writes `SessionStart(..., resume_step=offer.resume_step,
resumed_from=offer.session_id)`.

Timestamps are always passed in; the log never reads the clock.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import contextmanager, suppress
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from . import queries
from .db import open_database
from .errors import UnknownRecordError, UnknownSessionError
from .records import (
    CheckIn,
    ClinicianReview,
    DrillResult,
    ExerciseLevel,
    HurtAnswer,
    HurtEvent,
    Progress,
    Record,
    ResumeOffer,
    Session,
    SessionEnd,
    SessionStart,
    as_timestamp,
    trusted,
)
from .schema import MIGRATIONS, Migration

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from pathlib import Path
    from types import TracebackType

    from .queries import TimeBound

DEFAULT_OFFER_WITHIN = timedelta(hours=24)
"""An interrupted session older than this is closed but not offered for resume."""

_OPEN_SESSIONS = """
SELECT s.id, s.routine_id, s.routine_title, s.routine_hash, s.resume_step, s.started_at,
       max(s.started_at,
           coalesce((SELECT max(at) FROM checkins WHERE session_id = s.id), ''),
           coalesce((SELECT max(ended_at) FROM drill_results WHERE session_id = s.id), ''),
           coalesce((SELECT max(at) FROM hurt_events WHERE session_id = s.id), ''),
           coalesce((SELECT max(since) FROM exercise_levels WHERE session_id = s.id), '')),
       (SELECT count(*) FROM drill_results WHERE session_id = s.id AND status = 'done')
FROM sessions AS s
WHERE s.ended_at IS NULL
ORDER BY s.started_at DESC, s.rowid DESC
"""


class SessionLog:
    """The history database, through methods only: callers never see SQL.

    Use `SessionLog.open(path)`; `notice` is set when a damaged file was moved aside.
    """

    def __init__(self, conn: sqlite3.Connection, path: str, notice: str | None = None) -> None:
        self._conn = conn
        self.path = path
        self.notice = notice

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        migrations: Sequence[Migration] = MIGRATIONS,
        now: datetime | None = None,
    ) -> SessionLog:
        """Open (creating, migrating or replacing a damaged file) the log at `path`.

        ":memory:" gives a throwaway log for demo mode. See `db.open_database` for errors.
        """
        conn, notice = open_database(path, migrations=migrations, now=now)
        return cls(conn, str(path), notice)

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for tests and maintenance; the app uses the methods."""
        return self._conn

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> SessionLog:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # Writing: one call, one record, one transaction, committed before it returns.

    def write(self, record: Record) -> None:
        """Store one record in its table (each kind of record has one way in: `_WRITES`).

        A session start is stored as 'interrupted' with no end until its `SessionEnd` arrives;
        an `ExerciseLevel` replaces the base drill's previous one."""
        try:
            write = _WRITES[type(record)]
        except KeyError:
            raise TypeError(f"the log does not store {type(record).__name__}") from None
        with self._transaction() as conn:
            write(conn, record)

    def recover_interrupted(
        self, now: str | datetime, *, offer_within: timedelta = DEFAULT_OFFER_WITHIN
    ) -> list[ResumeOffer]:
        """Close every session left open by a crash; return resume offers, newest first.

        Call once at start-up, before any new session begins. Each open session gets
        `ended_at` = its last logged event (or its start) and stays 'interrupted'. Only those
        started within `offer_within` before `now` are offered.
        """
        cutoff = as_timestamp(datetime.fromisoformat(as_timestamp(now)) - offer_within)
        offers = []
        with self._transaction() as conn:
            for row in conn.execute(_OPEN_SESSIONS).fetchall():
                sid, routine_id, title, digest, step, started_at, last_at, done = row
                conn.execute("UPDATE sessions SET ended_at = ? WHERE id = ?", (last_at, sid))
                if started_at >= cutoff:
                    offers.append(
                        _trusted_offer(
                            session_id=sid,
                            routine_id=routine_id,
                            routine_title=title,
                            routine_hash=digest,
                            resume_step=step,
                            started_at=started_at,
                            ended_at=last_at,
                            drills_done=done,
                        )
                    )
        return offers

    # Reading.

    def session(self, session_id: str) -> Session | None:
        return queries.session(self._conn, session_id)

    def sessions(self, since: TimeBound = None, until: TimeBound = None) -> list[Session]:
        """Sessions started in [since, until), oldest first."""
        return queries.sessions(self._conn, since, until)

    def last_session_per_routine(self) -> dict[str, Session]:
        return queries.last_session_per_routine(self._conn)

    def checkins(
        self, session_id: str | None = None, *, since: TimeBound = None, until: TimeBound = None
    ) -> list[CheckIn]:
        return queries.checkins(self._conn, session_id, since, until)

    def drills(
        self, session_id: str | None = None, *, since: TimeBound = None, until: TimeBound = None
    ) -> list[DrillResult]:
        return queries.drills(self._conn, session_id, since, until)

    def hurt_events(
        self, session_id: str | None = None, *, since: TimeBound = None, until: TimeBound = None
    ) -> list[HurtEvent]:
        return queries.hurt_events(self._conn, session_id, since, until)

    def levels(self) -> dict[str, ExerciseLevel]:
        return queries.levels(self._conn)

    def clinician_reviews(self) -> list[ClinicianReview]:
        return queries.clinician_reviews(self._conn)

    # Internals.

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                # A failed rollback must not hide the error that caused it.
                with suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            raise


def _insert(table: str, *, replace: bool = False) -> _Write:
    def write(conn: sqlite3.Connection, record: Record) -> None:
        values = queries.encode(record)
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        marks = ", ".join("?" * len(values))
        conn.execute(
            f"{verb} INTO {table} ({queries.column_list(tuple(values))}) VALUES ({marks})",
            tuple(values.values()),
        )

    return write


def _end(conn: sqlite3.Connection, end: Record) -> None:
    assert isinstance(end, SessionEnd)
    cursor = conn.execute(
        "UPDATE sessions SET status = ?, ended_at = ?, active_s = ? WHERE id = ?",
        (end.status, end.ended_at, end.active_s, end.session_id),
    )
    if cursor.rowcount == 0:
        raise UnknownSessionError(end.session_id)


def _progress(conn: sqlite3.Connection, progress: Record) -> None:
    """Routine steps before `resume_step` are finished (written as each drill ends)."""
    assert isinstance(progress, Progress)
    cursor = conn.execute(
        "UPDATE sessions SET resume_step = ? WHERE id = ?",
        (progress.resume_step, progress.session_id),
    )
    if cursor.rowcount == 0:
        raise UnknownSessionError(progress.session_id)


def _answer(conn: sqlite3.Connection, answer: Record) -> None:
    """Fill in the answers of a hurt press stored earlier."""
    assert isinstance(answer, HurtAnswer)
    values = queries.encode(answer)
    event_id = values.pop("event_id")
    sets = ", ".join(f'"{column}" = ?' for column in values)
    cursor = conn.execute(
        f"UPDATE hurt_events SET {sets} WHERE event_id = ?", (*values.values(), event_id)
    )
    if cursor.rowcount == 0:
        raise UnknownRecordError("hurt event", str(event_id))


_Write = Callable[[sqlite3.Connection, Record], None]
_WRITES: dict[type[Record], _Write] = {
    SessionStart: _insert("sessions"),
    SessionEnd: _end,
    Progress: _progress,
    CheckIn: _insert("checkins"),
    DrillResult: _insert("drill_results"),
    HurtEvent: _insert("hurt_events"),
    HurtAnswer: _answer,
    ExerciseLevel: _insert("exercise_levels", replace=True),
    ClinicianReview: _insert("clinician_reviews"),
}
"""Every record the log stores, and how. A new table is a migration, a record and a line here."""


def _trusted_offer(**values: Any) -> ResumeOffer:
    """A resume offer from rows the database already vetted."""
    with trusted():
        return ResumeOffer(**values)
