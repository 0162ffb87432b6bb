"""The database schema as ordered migrations; the version lives in `PRAGMA user_version`.

`MIGRATIONS[n]` takes a version-n database to version n + 1. Each runs in its own transaction
together with the `user_version` bump, so a failure leaves the file as it was. A migration is SQL
text or a callable given the connection (it must not call `executescript`, which commits). Never
edit a released migration: add a new one.

CHECK constraints avoid JSON functions and STRICT tables so that any SQLite a user's Python
ships can open the file: a hurt event must never fail to save because of a missing extension.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Sequence

from .errors import MigrationError, NewerDatabaseError

Migration = str | Callable[[sqlite3.Connection], None]

_TS = "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]+00:00'"
_HEX = "NOT GLOB '*[^0-9a-f]*'"
_INT = "typeof({0}) = 'integer' AND {0} >= 0"
_PAIN = "typeof({0}) = 'integer' AND {0} BETWEEN 0 AND 10"
_REACH = "('none', 'buttock', 'thigh', 'below_knee', 'foot')"
_ACTION = "('regress', 'skip', 'continue', 'end', 'red_flag')"
_JSON_LIST = "GLOB '[[]*]'"

# Frozen: this is migration 1 as released. Its text must not change.
_V1 = f"""
CREATE TABLE sessions (
    id            TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 32 AND id {_HEX}),
    routine_id    TEXT NOT NULL CHECK (length(routine_id) > 0),
    routine_title TEXT NOT NULL,
    routine_hash  TEXT NOT NULL CHECK (length(routine_hash) = 64 AND routine_hash {_HEX}),
    started_at    TEXT NOT NULL CHECK (started_at GLOB {_TS}),
    ended_at      TEXT CHECK (ended_at IS NULL OR (ended_at GLOB {_TS} AND ended_at >= started_at)),
    status        TEXT NOT NULL DEFAULT 'interrupted'
                  CHECK (status IN ('completed', 'stopped', 'interrupted', 'red_flag')),
    resume_step   INTEGER NOT NULL DEFAULT 0 CHECK ({_INT.format("resume_step")}),
    speed         REAL NOT NULL DEFAULT 1.0 CHECK (typeof(speed) = 'real' AND speed > 0),
    resumed_from  TEXT REFERENCES sessions (id)
);
CREATE INDEX sessions_by_start ON sessions (started_at);
CREATE INDEX sessions_by_routine ON sessions (routine_id, started_at);
CREATE INDEX sessions_open ON sessions (started_at) WHERE ended_at IS NULL;

CREATE TABLE checkins (
    id         INTEGER PRIMARY KEY,
    session_id TEXT REFERENCES sessions (id),
    moment     TEXT NOT NULL CHECK (moment IN ('before', 'after', 'morning_after')),
    at         TEXT NOT NULL CHECK (at GLOB {_TS}),
    back_pain  INTEGER CHECK (back_pain IS NULL OR ({_PAIN.format("back_pain")})),
    leg_pain   INTEGER CHECK (leg_pain IS NULL OR ({_PAIN.format("leg_pain")})),
    reach      TEXT CHECK (reach IS NULL OR reach IN {_REACH}),
    morning    TEXT CHECK (morning IS NULL OR morning IN ('better', 'same', 'worse')),
    CHECK (morning IS NULL OR moment = 'morning_after')
);
CREATE INDEX checkins_by_session ON checkins (session_id);
CREATE INDEX checkins_by_time ON checkins (at);

CREATE TABLE drill_results (
    id          INTEGER PRIMARY KEY,
    session_id  TEXT NOT NULL REFERENCES sessions (id),
    step        INTEGER NOT NULL CHECK ({_INT.format("step")}),
    exercise_id TEXT NOT NULL CHECK (length(exercise_id) > 0),
    variant_id  TEXT NOT NULL CHECK (length(variant_id) > 0),
    status      TEXT NOT NULL CHECK (status IN ('done', 'skipped', 'stopped')),
    sets_done   INTEGER NOT NULL CHECK ({_INT.format("sets_done")}),
    started_at  TEXT NOT NULL CHECK (started_at GLOB {_TS}),
    ended_at    TEXT NOT NULL CHECK (ended_at GLOB {_TS} AND ended_at >= started_at)
);
CREATE INDEX drill_results_by_session ON drill_results (session_id, step);

CREATE TABLE hurt_events (
    id              INTEGER PRIMARY KEY,
    session_id      TEXT NOT NULL REFERENCES sessions (id),
    at              TEXT NOT NULL CHECK (at GLOB {_TS}),
    step            INTEGER NOT NULL CHECK ({_INT.format("step")}),
    exercise_id     TEXT NOT NULL CHECK (length(exercise_id) > 0),
    variant_id      TEXT NOT NULL CHECK (length(variant_id) > 0),
    "set"           INTEGER NOT NULL CHECK ({_INT.format('"set"')}),
    side            TEXT CHECK (side IS NULL OR side IN ('left', 'right')),
    rep             INTEGER CHECK (rep IS NULL OR ({_INT.format("rep")})),
    phase           TEXT NOT NULL CHECK (phase IN ('get_ready', 'move', 'hold', 'return', 'rest',
                        'switch_side', 'breathe_in', 'breathe_hold', 'breathe_out', 'timed')),
    elapsed_s       REAL NOT NULL CHECK (typeof(elapsed_s) = 'real' AND elapsed_s >= 0),
    pain            INTEGER NOT NULL CHECK ({_PAIN.format("pain")}),
    reach           TEXT CHECK (reach IS NULL OR reach IN {_REACH}),
    feelings        TEXT NOT NULL DEFAULT '[]' CHECK (feelings {_JSON_LIST}),
    red_flags       TEXT NOT NULL DEFAULT '[]' CHECK (red_flags {_JSON_LIST}),
    suggestion      TEXT NOT NULL CHECK (suggestion IN {_ACTION}),
    choice          TEXT NOT NULL CHECK (choice IN {_ACTION}),
    variant_offered TEXT CHECK (variant_offered IS NULL OR length(variant_offered) > 0)
);
CREATE INDEX hurt_events_by_session ON hurt_events (session_id);
CREATE INDEX hurt_events_by_time ON hurt_events (at);

CREATE TABLE exercise_levels (
    base_id    TEXT PRIMARY KEY NOT NULL CHECK (length(base_id) > 0),
    level_id   TEXT NOT NULL CHECK (length(level_id) > 0),
    reason     TEXT NOT NULL,
    since      TEXT NOT NULL CHECK (since GLOB {_TS}),
    source     TEXT NOT NULL CHECK (source IN ('stopped', 'progressed', 'user')),
    session_id TEXT REFERENCES sessions (id)
);
"""

# Frozen once released. Facts instead of sentences (words are made when shown), and nothing lost
# to a kill or a clock:
# - exercise levels keep which exercise was stopped (`about_id`) instead of an English
#   `reason`; the stopped exercise of an old row is recovered from the hurt event that stopped
#   it, in the same session;
# - a hurt event is stored the moment "this hurts" is pressed (`event_id`, answers empty) and
#   completed as the answers come, so a kill during the questions keeps the press; back and leg
#   pain are kept apart, with how the symptoms moved; 'mistake' marks a press taken back;
# - sessions keep their exercise time (`active_s`, pauses left out) for "minutes practised";
# - a table records that a clinician has seen the person after a red-flag stop.
# SQLite cannot change a CHECK constraint in place, so two tables are rebuilt.
_ANSWER = "('regress', 'skip', 'continue', 'end', 'red_flag', 'mistake')"
_V2 = f"""
ALTER TABLE sessions ADD COLUMN active_s REAL
    CHECK (active_s IS NULL OR (typeof(active_s) = 'real' AND active_s >= 0));

CREATE TABLE hurt_events_v2 (
    id              INTEGER PRIMARY KEY,
    event_id        TEXT UNIQUE CHECK (event_id IS NULL OR (length(event_id) = 32
                        AND event_id {_HEX})),
    session_id      TEXT NOT NULL REFERENCES sessions (id),
    at              TEXT NOT NULL CHECK (at GLOB {_TS}),
    step            INTEGER NOT NULL CHECK ({_INT.format("step")}),
    exercise_id     TEXT NOT NULL CHECK (length(exercise_id) > 0),
    variant_id      TEXT NOT NULL CHECK (length(variant_id) > 0),
    "set"           INTEGER NOT NULL CHECK ({_INT.format('"set"')}),
    side            TEXT CHECK (side IS NULL OR side IN ('left', 'right')),
    rep             INTEGER CHECK (rep IS NULL OR ({_INT.format("rep")})),
    phase           TEXT NOT NULL CHECK (phase IN ('get_ready', 'move', 'hold', 'return', 'rest',
                        'switch_side', 'breathe_in', 'breathe_hold', 'breathe_out', 'timed')),
    elapsed_s       REAL NOT NULL CHECK (typeof(elapsed_s) = 'real' AND elapsed_s >= 0),
    pain            INTEGER CHECK (pain IS NULL OR ({_PAIN.format("pain")})),
    back_pain       INTEGER CHECK (back_pain IS NULL OR ({_PAIN.format("back_pain")})),
    leg_pain        INTEGER CHECK (leg_pain IS NULL OR ({_PAIN.format("leg_pain")})),
    reach           TEXT CHECK (reach IS NULL OR reach IN {_REACH}),
    spread          TEXT CHECK (spread IS NULL OR spread IN
                        ('further', 'same', 'retreating', 'unknown')),
    feelings        TEXT NOT NULL DEFAULT '[]' CHECK (feelings {_JSON_LIST}),
    red_flags       TEXT NOT NULL DEFAULT '[]' CHECK (red_flags {_JSON_LIST}),
    suggestion      TEXT CHECK (suggestion IS NULL OR suggestion IN {_ACTION}),
    choice          TEXT CHECK (choice IS NULL OR choice IN {_ANSWER}),
    variant_offered TEXT CHECK (variant_offered IS NULL OR length(variant_offered) > 0),
    CHECK ((choice IS NULL) = (suggestion IS NULL) OR coalesce(choice, '') = 'mistake')
);
INSERT INTO hurt_events_v2 (id, session_id, at, step, exercise_id, variant_id, "set", side, rep,
    phase, elapsed_s, pain, reach, feelings, red_flags, suggestion, choice, variant_offered)
SELECT id, session_id, at, step, exercise_id, variant_id, "set", side, rep, phase, elapsed_s,
    pain, reach, feelings, red_flags, suggestion, choice, variant_offered
FROM hurt_events;
DROP TABLE hurt_events;
ALTER TABLE hurt_events_v2 RENAME TO hurt_events;
CREATE INDEX hurt_events_by_session ON hurt_events (session_id);
CREATE INDEX hurt_events_by_time ON hurt_events (at);

CREATE TABLE exercise_levels_v2 (
    base_id    TEXT PRIMARY KEY NOT NULL CHECK (length(base_id) > 0),
    level_id   TEXT NOT NULL CHECK (length(level_id) > 0),
    source     TEXT NOT NULL CHECK (source IN ('stopped', 'left_out', 'progressed', 'user')),
    since      TEXT NOT NULL CHECK (since GLOB {_TS}),
    about_id   TEXT CHECK (about_id IS NULL OR length(about_id) > 0),
    session_id TEXT REFERENCES sessions (id)
);
INSERT INTO exercise_levels_v2 (base_id, level_id, source, since, about_id, session_id)
SELECT l.base_id, l.level_id, l.source, l.since,
       CASE WHEN l.source = 'stopped' THEN coalesce(
           (SELECT h.variant_id FROM hurt_events AS h
            WHERE h.session_id = l.session_id AND h.exercise_id = l.base_id
            ORDER BY h.at DESC, h.id DESC LIMIT 1),
           l.base_id) END,
       l.session_id
FROM exercise_levels AS l;
DROP TABLE exercise_levels;
ALTER TABLE exercise_levels_v2 RENAME TO exercise_levels;

CREATE TABLE clinician_reviews (
    id                  INTEGER PRIMARY KEY,
    red_flag_session_id TEXT NOT NULL REFERENCES sessions (id),
    at                  TEXT NOT NULL CHECK (at GLOB {_TS})
);
CREATE INDEX clinician_reviews_by_time ON clinician_reviews (at);
"""

MIGRATIONS: tuple[Migration, ...] = (_V1, _V2)
SCHEMA_VERSION = len(MIGRATIONS)
"""The database version this app writes."""


def user_version(conn: sqlite3.Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def migrate(
    conn: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS, *, name: str = ""
) -> int:
    """Run the migrations this database lacks, in order; return the version it was at.

    `conn` must be in autocommit mode (`isolation_level=None`). A database from a newer version
    raises NewerDatabaseError before anything is written.
    """
    target = len(migrations)
    found = user_version(conn)
    if found > target:
        raise NewerDatabaseError(name or "database", found, target)
    for version in range(found + 1, target + 1):
        _apply(conn, version, migrations[version - 1])
    return found


def _apply(conn: sqlite3.Connection, version: int, step: Migration) -> None:
    try:
        if isinstance(step, str):
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{step}\n;\nPRAGMA user_version = {version};\nCOMMIT;"
            )
        else:
            conn.execute("BEGIN IMMEDIATE")
            step(conn)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
    except Exception as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise MigrationError(
            f"could not update the history file to version {version}: {exc}"
        ) from exc


def has_user_objects(conn: sqlite3.Connection) -> bool:
    """True if the file holds any table, index, view or trigger."""
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' LIMIT 1")
    return row.fetchone() is not None


def schema_problems(conn: sqlite3.Connection, migrations: Sequence[Migration]) -> list[str]:
    """What the database lacks compared with a fresh one built by the same migrations."""
    have = _columns(conn)
    problems = []
    for table, columns in _reference(tuple(migrations)).items():
        if table not in have:
            problems.append(f"table {table} is missing")
        elif missing := columns - have[table]:
            problems.append(f"table {table} lacks {', '.join(sorted(missing))}")
    return problems


@functools.cache
def _reference(migrations: tuple[Migration, ...]) -> dict[str, frozenset[str]]:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn, migrations)
        return _columns(conn)
    finally:
        conn.close()


def _columns(conn: sqlite3.Connection) -> dict[str, frozenset[str]]:
    tables = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {
        table: frozenset(
            row[0] for row in conn.execute("SELECT name FROM pragma_table_info(?)", (table,))
        )
        for (table,) in tables
    }
