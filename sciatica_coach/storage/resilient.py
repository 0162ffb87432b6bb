"""A log that keeps the session going when the disk says no (read-only folder, disk full).

The app talks to `ResilientLog`, which has the same methods as `SessionLog` (one generic
`write(record)`, and the readers). A write that cannot be made is kept in a queue, in order, and
on disk in a journal (`storage.journal`), so closing the app loses nothing; every later call
(and `flush()`) retries the queue first, so the session in progress reaches the file as soon as
it can, and the next start merges what an earlier run could not write. `error` holds a calm
one-line message for the UI while anything is waiting, and is None once all is written.

Records are validated when the caller builds them, before anything is queued, so a queued write
fails again only for a reason outside its values. A write the database rejects for its content
(an unknown session id, a duplicate) is a bug, not a disk problem: retrying cannot help, so it is
logged at ERROR and dropped rather than blocking the writes behind it.

Readers return empty results (and set `error`) while the file cannot be opened; they show what is
on disk, not what is still queued. `recover_interrupted` is never queued: it only makes sense at
start-up, so it returns no offers if the file cannot be opened then.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from .errors import NewerDatabaseError, StorageError, UnknownRecordError
from .journal import Journal
from .log import DEFAULT_OFFER_WITHIN, SessionLog

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

logger = logging.getLogger(__name__)

T = TypeVar("T")
Opener = Callable[[Path], SessionLog]

_FULL = {errno.ENOSPC, errno.EDQUOT}
_READ_ONLY = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR}


class ResilientLog:
    """`SessionLog`'s methods, with failed writes queued and retried rather than lost."""

    def __init__(self, path: str | Path, *, opener: Opener = SessionLog.open) -> None:
        """`opener` opens the real log; tests pass one that fails on demand."""
        self._path = Path(path)
        self._opener = opener
        self._log: SessionLog | None = None
        self._queue: deque[Record] = deque()
        self.journal = None if str(path) == ":memory:" else Journal(self._path)
        """Where writes the database cannot take yet are kept on disk (none in demo mode)."""
        self.error: str | None = None
        """A calm one-line message while something cannot be saved; None when all is well."""
        self.error_detail: str | None = None
        """The technical reason behind `error`, for the log file and bug reports."""
        self.reason: str | None = None
        """A few plain words for what is wrong while something waits ("the disk is full")."""
        self.notice: str | None = None
        """Set once if a damaged history file was moved aside when opening."""
        self.merged = 0
        """How many writes kept from an earlier run were added to the history at this start."""
        self.profile: str | None = None
        """Whose history this is, when the computer has several profiles: exports and the
        physio report name it."""
        if self.journal is not None:
            kept, notices = self.journal.load()
            self._queue.extend(kept)
            self.merged = len(kept)
            self.notice = " ".join(notices) or None
        self._ensure_open()
        if self._queue:
            self.flush()

    @property
    def connection(self) -> sqlite3.Connection | None:
        """The open database, for read-only queries (the history page); None if it cannot be
        opened. Anything still queued is written first, so the queries see it."""
        self.flush()
        log = self._ensure_open()
        return None if log is None else log.connection

    @property
    def pending(self) -> int:
        """How many writes are waiting in memory."""
        return len(self._queue)

    @property
    def kept_in(self) -> Path | None:
        """Where the waiting writes are kept on disk (None: nothing waits, or only in memory)."""
        return None if not self._queue or self.journal is None else self.journal.where

    def flush(self) -> bool:
        """Write what is queued, in order; True when nothing is left waiting. Whatever is
        left is kept in the journal on disk, so closing the app loses nothing."""
        if not self._queue:
            return True
        log = self._ensure_open()
        if log is None:
            self._keep()
            return False
        while self._queue:
            record = self._queue[0]
            try:
                log.write(record)
            except (sqlite3.IntegrityError, UnknownRecordError) as exc:
                self._queue.popleft()
                logger.error("dropped a %s the database rejects: %s", type(record).__name__, exc)
            except (sqlite3.Error, OSError) as exc:
                self._failed(exc)
                if not isinstance(exc, sqlite3.OperationalError):
                    self._drop_connection()
                self._keep()
                return False
            else:
                self._queue.popleft()
        if self.journal is not None and (self.journal.where is not None or self.merged):
            self.journal.clear()
        self._clear_error()
        return True

    def save_copy(self, path: Path) -> int:
        """Write the waiting writes to `path` too (a USB stick, another folder), whole or not
        at all; the next start of the app merges such a file if it is put back as the journal.
        Returns how many records were written."""
        from .files import write_atomically
        from .journal import encode

        records = list(self._queue)
        write_atomically(path, encode(records))
        return len(records)

    def close(self) -> None:
        """Write what can be written and close; anything still waiting is in the journal."""
        self.flush()
        if self._queue:
            where = self.kept_in
            if where is None:
                logger.error("closing with %d writes that could not be kept on disk", self.pending)
            else:
                logger.warning("closing with %d writes kept in %s", self.pending, where)
        self._drop_connection()

    # Writing: validated now (records check themselves), written now or as soon as possible.

    def write(self, record: Record) -> None:
        """Write one record, or keep it in order (and on disk) until it can be written."""
        self._queue.append(record)
        self.flush()

    def recover_interrupted(
        self, now: str | datetime, *, offer_within: timedelta = DEFAULT_OFFER_WITHIN
    ) -> list[ResumeOffer]:
        return self._read(lambda log: log.recover_interrupted(now, offer_within=offer_within), [])

    # Reading: what is on disk; empty while the file cannot be opened.

    def session(self, session_id: str) -> Session | None:
        return self._read(lambda log: log.session(session_id), None)

    def sessions(self, since: TimeBound = None, until: TimeBound = None) -> list[Session]:
        return self._read(lambda log: log.sessions(since, until), [])

    def last_session_per_routine(self) -> dict[str, Session]:
        return self._read(lambda log: log.last_session_per_routine(), {})

    def checkins(
        self, session_id: str | None = None, *, since: TimeBound = None, until: TimeBound = None
    ) -> list[CheckIn]:
        return self._read(lambda log: log.checkins(session_id, since=since, until=until), [])

    def drills(
        self, session_id: str | None = None, *, since: TimeBound = None, until: TimeBound = None
    ) -> list[DrillResult]:
        return self._read(lambda log: log.drills(session_id, since=since, until=until), [])

    def hurt_events(
        self, session_id: str | None = None, *, since: TimeBound = None, until: TimeBound = None
    ) -> list[HurtEvent]:
        return self._read(lambda log: log.hurt_events(session_id, since=since, until=until), [])

    def levels(self) -> dict[str, ExerciseLevel]:
        return self._read(lambda log: log.levels(), {})

    def clinician_reviews(self) -> list[ClinicianReview]:
        return self._read(lambda log: log.clinician_reviews(), [])

    # Internals.

    def _keep(self) -> None:
        if self.journal is not None:
            self.journal.save(list(self._queue))

    def _read(self, read: Callable[[SessionLog], T], empty: T) -> T:
        self.flush()
        log = self._ensure_open()
        if log is None:
            return empty
        try:
            return read(log)
        except (sqlite3.Error, OSError) as exc:
            self._failed(exc)
            return empty

    def _ensure_open(self) -> SessionLog | None:
        if self._log is None:
            try:
                self._log = self._opener(self._path)
            except (StorageError, sqlite3.Error, OSError) as exc:
                self._failed(exc)
                return None
            if self._log.notice:
                self.notice = self._log.notice
            if not self._queue:
                self._clear_error()
        return self._log

    def _drop_connection(self) -> None:
        if self._log is not None:
            log, self._log = self._log, None
            try:
                log.close()
            except sqlite3.Error as exc:  # pragma: no cover - closing rarely fails
                logger.warning("closing the history database failed: %s", exc)

    def _failed(self, exc: BaseException) -> None:
        detail = str(exc)
        if detail != self.error_detail:
            logger.warning("history not saved for now (%d waiting): %s", len(self._queue), exc)
        self.error_detail = detail
        self.error = f"Your history can't be saved right now: {_reason(exc)}. {_KEPT}"
        self.reason = _reason(exc)

    def _clear_error(self) -> None:
        if self.error is not None:
            logger.info("history saved again")
        self.error = self.error_detail = self.reason = None


_KEPT = (
    "What you do is kept and will be added to your history as soon as that is fixed, "
    "even if you close the app."
)


def _reason(exc: BaseException) -> str:
    """A few plain words for what went wrong."""
    if isinstance(exc, NewerDatabaseError):
        return "the history file is from a newer version of the app"
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    os_error = exc if isinstance(exc, OSError) else getattr(exc, "os_error", None)
    number = os_error.errno if isinstance(os_error, OSError) else None
    if code == 13 or number in _FULL:  # SQLITE_FULL
        return "the disk is full"
    if code == 8 or number in _READ_ONLY:  # SQLITE_READONLY
        return "the data folder can't be written to"
    return "the history file can't be opened"
