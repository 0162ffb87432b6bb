"""Open the history database: create, check, migrate, or move a damaged file aside.

The database is a file in the data folder (the caller passes the path), or ":memory:" for the
clinic demo, which must write nothing to the real history. Connections are in autocommit mode:
the log opens one short `BEGIN IMMEDIATE` transaction per event, so each event is on disk (WAL,
`synchronous=FULL`) before the call returns.

A file that is not a database, fails `PRAGMA quick_check`, or lacks the tables its version should
have is renamed to `<name>.damaged-YYYYmmdd-HHMMSS` (its -wal and -shm alongside, so SQLite can
still open the copy) and a new database is made; nothing is ever deleted. A file from a newer app
version is refused and left untouched.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .datadir import ensure_data_dir
from .errors import DatabaseUnavailableError, DataDirError, NewerDatabaseError
from .schema import (
    MIGRATIONS,
    Migration,
    has_user_objects,
    migrate,
    schema_problems,
    user_version,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

logger = logging.getLogger(__name__)

MEMORY = ":memory:"
BUSY_TIMEOUT_MS = 5000
_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
_COMPANIONS = ("-wal", "-shm")


class _Damaged(Exception):
    """The file is not a usable history database; `str(self)` says why, in plain words."""


def open_database(
    path: str | Path,
    *,
    migrations: Sequence[Migration] = MIGRATIONS,
    now: datetime | None = None,
) -> tuple[sqlite3.Connection, str | None]:
    """Return a ready connection and, if a damaged file was moved aside, a notice for the user.

    `now` (local time) names the moved-aside file; it defaults to the clock. Raises
    DataDirError, DatabaseUnavailableError or NewerDatabaseError, each with a message to show.
    """
    if str(path) == MEMORY:
        conn = _connect(MEMORY)
        try:
            migrate(conn, migrations)
        except BaseException:
            conn.close()
            raise
        return conn, None

    path = Path(path)
    ensure_data_dir(path.parent)
    notice = None
    try:
        conn = _open_checked(path, migrations)
    except _Damaged as damaged:
        aside = move_aside(path, now or datetime.now())
        logger.warning("moved damaged database %s to %s: %s", path, aside, damaged)
        notice = (
            f"The history file {path} could not be read ({damaged}), so a new, empty history "
            f"was started. The old file is kept, unchanged, at {aside}."
        )
        try:
            conn = _open_checked(path, migrations)
        except _Damaged as again:
            raise DatabaseUnavailableError(path, again) from again
    return conn, notice


def _connect(target: str | Path) -> sqlite3.Connection:
    uri = isinstance(target, str) and target.startswith("file:")
    conn = sqlite3.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, uri=uri)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def _open_checked(path: Path, migrations: Sequence[Migration]) -> sqlite3.Connection:
    if path.exists():
        _inspect_file(path, migrations)
    try:
        conn = _connect(path)
    except sqlite3.Error as exc:
        raise DatabaseUnavailableError(path, exc) from exc
    try:
        journal = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if journal != "wal":
            logger.warning("WAL is not available for %s; using journal mode %s", path, journal)
        conn.execute("PRAGMA synchronous = FULL")
        migrate(conn, migrations, name=str(path))
    except BaseException as exc:
        conn.close()
        if _is_corrupt(exc):
            raise _Damaged(_plain(exc)) from exc
        if isinstance(exc, sqlite3.Error):
            raise DatabaseUnavailableError(path, exc) from exc
        raise
    return conn


def _inspect_file(path: Path, migrations: Sequence[Migration]) -> None:
    """Check an existing file through a read-only connection, which cannot change it.

    A writer would not do: closing one on a damaged file deletes its -wal and -shm, which may
    hold the newest events. A hot rollback journal (left by a crash where WAL was unavailable)
    can only be undone by a writer, so that case is checked through one. (A reader may still
    rebuild the -shm, which is only an index of the -wal.)
    """
    found = _header_version(path)
    if found is not None and found > len(migrations):
        # Refused from the header alone: SQLite would leave -wal/-shm files beside it.
        raise NewerDatabaseError(path, found, len(migrations))
    try:
        _inspect_with(_connect(f"{path.resolve().as_uri()}?mode=ro"), path, migrations)
    except sqlite3.Error as exc:
        if _is_corrupt(exc):
            raise _Damaged(_plain(exc)) from exc
        logger.info("read-only check of %s failed (%s); checking through a writer", path, exc)
        try:
            _inspect_with(_connect(path), path, migrations)
        except sqlite3.Error as again:
            if _is_corrupt(again):
                raise _Damaged(_plain(again)) from again
            raise DatabaseUnavailableError(path, again) from again


def _header_version(path: Path) -> int | None:
    """`user_version` from the file header (offset 60), or None if it is not an SQLite file."""
    try:
        with path.open("rb") as stream:
            header = stream.read(100)
    except OSError as exc:
        raise DatabaseUnavailableError(path, exc) from exc
    if len(header) < 100 or not header.startswith(b"SQLite format 3\0"):
        return None
    return int.from_bytes(header[60:64], "big")


def _inspect_with(conn: sqlite3.Connection, path: Path, migrations: Sequence[Migration]) -> None:
    try:
        _inspect(conn, path, migrations)
    finally:
        conn.close()


def _inspect(conn: sqlite3.Connection, path: Path, migrations: Sequence[Migration]) -> None:
    """Raise _Damaged or NewerDatabaseError; only reads."""
    # user_version reads the header alone: a newer file whose schema this SQLite cannot parse
    # must be refused as newer, not mistaken for a damaged one.
    found = user_version(conn)
    if found > len(migrations):
        raise NewerDatabaseError(path, found, len(migrations))
    rows = conn.execute("PRAGMA quick_check").fetchall()
    if rows != [("ok",)]:
        raise _Damaged(f"it failed an integrity check: {rows[0][0]}")
    if found == 0 and has_user_objects(conn):
        raise _Damaged("it holds tables this app did not make")
    if found == len(migrations) and (problems := schema_problems(conn, migrations)):
        raise _Damaged(f"its structure is broken: {'; '.join(problems)}")


def _is_corrupt(exc: BaseException) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    cause = exc.__cause__
    if code is None and cause is not None:
        return _is_corrupt(cause)
    return isinstance(code, int) and code & 0xFF in _CORRUPT_CODES


def _plain(exc: BaseException) -> str:
    if getattr(exc, "sqlite_errorcode", 0) == 26:
        return "it is not a database file"
    return f"it is damaged: {exc.__cause__ or exc}"


def move_aside(path: Path, now: datetime) -> Path:
    """Rename `path` and its -wal/-shm to a free `<name>.damaged-<stamp>` name; return it."""
    base = path.with_name(f"{path.name}.damaged-{now:%Y%m%d-%H%M%S}")
    aside, n = base, 1
    while any(Path(f"{aside}{suffix}").exists() for suffix in ("", *_COMPANIONS)):
        n += 1
        aside = base.with_name(f"{base.name}-{n}")
    try:
        # Companions first: a stale -wal left beside the new database could be replayed into it.
        for suffix in (*_COMPANIONS, ""):
            source = Path(f"{path}{suffix}")
            if source.exists():
                os.rename(source, f"{aside}{suffix}")
    except OSError as exc:
        raise DataDirError(path.parent, exc) from exc
    return aside
