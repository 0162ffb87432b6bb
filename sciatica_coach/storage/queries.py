"""Read the log back as records, for the app, the History page and the export.

Column names equal the records' field names, so one tuple per table serves reads and writes.
Rows are rebuilt `trusted()` (no re-validation): the schema's CHECK constraints vetted
them on the way in, and five years of daily sessions must load fast (DESIGN.md §10).
Time filters: `since` is inclusive, `until` exclusive.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from ..core.constraints import field_names
from .records import (
    CheckIn,
    ClinicianReview,
    DrillResult,
    ExerciseLevel,
    HurtEvent,
    Record,
    Session,
    as_timestamp,
    trusted,
)

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Sequence

SESSIONS = field_names(Session)
CHECKINS = field_names(CheckIn)
DRILLS = field_names(DrillResult)
HURTS = field_names(HurtEvent)
LEVELS = field_names(ExerciseLevel)
REVIEWS = field_names(ClinicianReview)
JSON_LISTS = frozenset({"feelings", "red_flags"})
"""Columns holding a JSON list; the records hold tuples."""

TimeBound = str | datetime | None
R = TypeVar("R", bound=Record)


def column_list(columns: Sequence[str], prefix: str = "") -> str:
    return ", ".join(f'{prefix}"{column}"' for column in columns)


def sessions(
    conn: sqlite3.Connection, since: TimeBound = None, until: TimeBound = None
) -> list[Session]:
    """Sessions that started in [since, until), oldest first."""
    where, args = _window("started_at", since, until)
    rows = conn.execute(
        f"SELECT {column_list(SESSIONS)} FROM sessions {where} ORDER BY started_at, rowid", args
    )
    return [_build(Session, SESSIONS, row) for row in rows]


def session(conn: sqlite3.Connection, session_id: str) -> Session | None:
    row = conn.execute(
        f"SELECT {column_list(SESSIONS)} FROM sessions WHERE id = ?", (session_id,)
    ).fetchone()
    return None if row is None else _build(Session, SESSIONS, row)


def last_session_per_routine(conn: sqlite3.Connection) -> dict[str, Session]:
    """The newest session of each routine, whatever its status: "last done" on routine cards."""
    rows = conn.execute(
        f"SELECT {column_list(SESSIONS)} FROM ("
        f"  SELECT *, row_number() OVER ("
        f"    PARTITION BY routine_id ORDER BY started_at DESC, rowid DESC) AS newest"
        f"  FROM sessions) WHERE newest = 1 ORDER BY routine_id"
    )
    return {s.routine_id: s for s in (_build(Session, SESSIONS, row) for row in rows)}


def checkins(
    conn: sqlite3.Connection,
    session_id: str | None = None,
    since: TimeBound = None,
    until: TimeBound = None,
) -> list[CheckIn]:
    """Check-ins, oldest first; of one session if `session_id` is given."""
    return _children(conn, CheckIn, "checkins", CHECKINS, "at", session_id, since, until)


def drills(
    conn: sqlite3.Connection,
    session_id: str | None = None,
    since: TimeBound = None,
    until: TimeBound = None,
) -> list[DrillResult]:
    """Drill results in the order they were logged; of one session if `session_id` is given."""
    return _children(
        conn, DrillResult, "drill_results", DRILLS, "started_at", session_id, since, until
    )


def hurt_events(
    conn: sqlite3.Connection,
    session_id: str | None = None,
    since: TimeBound = None,
    until: TimeBound = None,
) -> list[HurtEvent]:
    """Hurt reports, oldest first; of one session if `session_id` is given."""
    return _children(conn, HurtEvent, "hurt_events", HURTS, "at", session_id, since, until)


def levels(conn: sqlite3.Connection) -> dict[str, ExerciseLevel]:
    """Each base drill's current level, keyed by the base drill's id."""
    rows = conn.execute(f"SELECT {column_list(LEVELS)} FROM exercise_levels ORDER BY base_id")
    return {lv.base_id: lv for lv in (_build(ExerciseLevel, LEVELS, row) for row in rows)}


def clinician_reviews(conn: sqlite3.Connection) -> list[ClinicianReview]:
    """Each time the person confirmed a clinician had seen them after a red flag, oldest first."""
    rows = conn.execute(f"SELECT {column_list(REVIEWS)} FROM clinician_reviews ORDER BY at, id")
    return [_build(ClinicianReview, REVIEWS, row) for row in rows]


def encode(record: Record) -> dict[str, Any]:
    """The record's fields as column values: tuples become JSON lists."""
    values = {name: getattr(record, name) for name in field_names(type(record))}
    for name in JSON_LISTS & values.keys():
        values[name] = json.dumps(list(values[name]))
    return values


def _children(
    conn: sqlite3.Connection,
    model: type[R],
    table: str,
    columns: tuple[str, ...],
    time_column: str,
    session_id: str | None,
    since: TimeBound,
    until: TimeBound,
) -> list[R]:
    where, args = _window(time_column, since, until)
    if session_id is not None:
        where = f"{where} AND session_id = ?" if where else "WHERE session_id = ?"
        args.append(session_id)
    rows = conn.execute(
        f"SELECT {column_list(columns)} FROM {table} {where} ORDER BY {time_column}, id", args
    )
    return [_build(model, columns, row) for row in rows]


def _window(column: str, since: TimeBound, until: TimeBound) -> tuple[str, list[str]]:
    clauses, args = [], []
    if since is not None:
        clauses.append(f"{column} >= ?")
        args.append(as_timestamp(since))
    if until is not None:
        clauses.append(f"{column} < ?")
        args.append(as_timestamp(until))
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), args


def _build(model: type[R], columns: tuple[str, ...], row: Sequence[Any]) -> R:
    values = dict(zip(columns, row, strict=True))
    for name in JSON_LISTS & values.keys():
        values[name] = tuple(json.loads(values[name]))
    with trusted():
        return model(**values)
