"""The schema guards the data on its own, and migrations run in order, once, or not at all."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sciatica_coach.storage import queries
from sciatica_coach.storage.errors import MigrationError, NewerDatabaseError
from sciatica_coach.storage.log import SessionLog
from sciatica_coach.storage.schema import SCHEMA_VERSION


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


# CHECK constraints, tested below the Python validation: a row written by any other means
# (a future bug, a hand edit, another tool) is refused too.

BAD_VALUES = [
    ("sessions", "id", "ABC"),
    ("sessions", "routine_hash", "xyz"),
    ("sessions", "started_at", "2026-11-22 02:15"),
    ("sessions", "status", "paused"),
    ("sessions", "resume_step", -1),
    ("sessions", "speed", 0.0),
    ("sessions", "speed", "fast"),
    ("checkins", "moment", "during"),
    ("checkins", "back_pain", 11),
    ("checkins", "leg_pain", 2.5),
    ("checkins", "leg_pain", "x"),
    ("checkins", "reach", "knee"),
    ("checkins", "morning", "better"),  # only in a morning_after check-in
    ("checkins", "at", "2026-11-22T02:15:00+01:00"),
    ("drill_results", "status", "half"),
    ("drill_results", "sets_done", -1),
    ("drill_results", "ended_at", "2026-11-22T02:00:00+00:00"),  # before it started
    ("hurt_events", "phase", "stretch"),
    ("hurt_events", "pain", 11),
    ("hurt_events", "side", "both"),
    ("hurt_events", "rep", -1),
    ("hurt_events", "set", "first"),
    ("hurt_events", "elapsed_s", -1.0),
    ("hurt_events", "feelings", "sharp"),
    ("hurt_events", "red_flags", "{}"),
    ("hurt_events", "suggestion", "ignore"),
    ("hurt_events", "choice", "later"),
    ("hurt_events", "choice", None),  # answered (it has a suggestion) but no choice
    ("hurt_events", "back_pain", 11),
    ("hurt_events", "leg_pain", -1),
    ("hurt_events", "spread", "worse"),
    ("exercise_levels", "source", "physio"),
    ("exercise_levels", "since", "soon"),
    ("clinician_reviews", "at", "later"),
]


def _valid_rows(rec) -> dict[str, dict[str, object]]:
    rec.session()
    return {
        "checkins": queries.encode(rec.checkin()),
        "drill_results": queries.encode(rec.drill()),
        "hurt_events": queries.encode(rec.hurt()),
        "exercise_levels": queries.encode(rec.level(session_id=None)),
        "clinician_reviews": {"red_flag_session_id": rec.session_id, "at": rec.at(9)},
    }


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, object]) -> None:
    columns = queries.column_list(tuple(row))
    conn.execute(
        f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(row))})", tuple(row.values())
    )


@pytest.mark.parametrize(("table", "column", "value"), BAD_VALUES)
def test_check_constraints_refuse_bad_values(
    log: SessionLog, rec, table: str, column: str, value: object
) -> None:
    start = rec.session()
    log.write(start)
    rows = {"sessions": {**queries.encode(start), "id": "f" * 32}, **_valid_rows(rec)}
    rows = {
        name: {**row, **{k: start.id for k in ("session_id", "red_flag_session_id") if k in row}}
        for name, row in rows.items()
    }
    conn = log.connection
    _insert(conn, table, rows[table])  # the valid row is accepted...
    conn.execute(f"DELETE FROM {table} WHERE rowid = last_insert_rowid()")
    with pytest.raises(sqlite3.IntegrityError):  # ...and the same row with one bad value is not
        _insert(conn, table, {**rows[table], column: value})


def test_a_new_file_gets_the_current_version(db_path: Path) -> None:
    SessionLog.open(db_path).close()
    assert _version(db_path) == SCHEMA_VERSION


def test_an_empty_file_gets_the_current_version(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.touch()
    with SessionLog.open(db_path) as log:
        assert log.notice is None
        assert log.sessions() == []
    assert _version(db_path) == SCHEMA_VERSION


def test_a_newer_database_is_refused_and_left_byte_identical(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE future (x STRICT_TYPE)")
    conn.execute("INSERT INTO future VALUES ('from version 99')")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()

    with pytest.raises(
        NewerDatabaseError, match=r"newer Sciatica Coach .*version 99.*Update the app"
    ):
        SessionLog.open(db_path)

    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["history.db"]


def test_injected_migrations_run_in_order_once(db_path: Path) -> None:
    files: list[str] = []

    def second(conn: sqlite3.Connection) -> None:
        # Also run on an in-memory database (file ''), the reference the schema is checked against.
        files.append(conn.execute("PRAGMA database_list").fetchone()[2])
        # Sees the first migration's table: they ran in order.
        conn.execute("INSERT INTO fake (step) VALUES ('second')")

    migrations = ("CREATE TABLE fake (step TEXT); INSERT INTO fake VALUES ('first');", second)
    for _ in range(2):
        SessionLog.open(db_path, migrations=migrations).close()

    assert [f for f in files if f] == [str(db_path)]
    assert _version(db_path) == 2
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT step FROM fake ORDER BY rowid").fetchall() == [
            ("first",),
            ("second",),
        ]
    finally:
        conn.close()


def test_only_the_missing_migrations_run(db_path: Path) -> None:
    files: list[str] = []
    first = ("CREATE TABLE a (x);",)
    SessionLog.open(db_path, migrations=first).close()

    def second(conn: sqlite3.Connection) -> None:
        files.append(conn.execute("PRAGMA database_list").fetchone()[2])

    SessionLog.open(db_path, migrations=(*first, second)).close()

    assert [f for f in files if f] == [str(db_path)]
    assert _version(db_path) == 2


def test_a_failing_migration_is_rolled_back_whole(db_path: Path) -> None:
    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("bug in migration 2")

    with pytest.raises(MigrationError, match="version 2: bug in migration 2"):
        SessionLog.open(db_path, migrations=("CREATE TABLE a (x);", broken))

    assert _version(db_path) == 1
    conn = sqlite3.connect(db_path)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()
    assert tables == {"a"}


def test_a_failing_sql_migration_is_rolled_back_whole(db_path: Path) -> None:
    with pytest.raises(MigrationError, match="version 1"):
        SessionLog.open(db_path, migrations=("CREATE TABLE a (x); CREATE TABLE a (y);",))
    assert _version(db_path) == 0


def test_version_1_levels_become_facts_without_losing_a_row(db_path: Path) -> None:
    """A version-1 history keeps every row; a stopped drill's English reason becomes which
    exercise was stopped (found from the hurt event that stopped it), so the words can be made
    on the day they are shown."""
    from sciatica_coach.storage.schema import MIGRATIONS

    SessionLog.open(db_path, migrations=MIGRATIONS[:1]).close()
    conn = sqlite3.connect(db_path)
    sid, ts = "a" * 32, "2026-11-16T09:00:00+00:00"  # a Monday
    conn.executescript(
        f"""
        INSERT INTO sessions (id, routine_id, routine_title, routine_hash, started_at)
            VALUES ('{sid}', 'disc-extension', 'Disc', '{"0" * 64}', '{ts}');
        INSERT INTO hurt_events (session_id, at, step, exercise_id, variant_id, "set", phase,
            elapsed_s, pain, suggestion, choice)
            VALUES ('{sid}', '{ts}', 0, 'prone-mini-push-up', 'prone-on-elbows', 1, 'hold',
            12.0, 6, 'regress', 'regress');
        INSERT INTO exercise_levels (base_id, level_id, reason, since, source, session_id)
            VALUES ('prone-mini-push-up', 'prone-lying', 'prone on elbows was stopped today',
            '{ts}', 'stopped', '{sid}'),
            ('bird-dog', 'bird-dog-pulses', 'you chose to step up', '{ts}', 'progressed', NULL);
        """
    )
    conn.commit()
    conn.close()

    with SessionLog.open(db_path) as log:
        levels = log.levels()
        [hurt] = log.hurt_events()
    assert _version(db_path) == SCHEMA_VERSION
    assert (levels["prone-mini-push-up"].about_id, levels["prone-mini-push-up"].since) == (
        "prone-on-elbows",
        ts,
    )
    assert levels["bird-dog"].level_id == "bird-dog-pulses"
    assert levels["bird-dog"].about_id is None
    assert (hurt.pain, hurt.back_pain, hurt.leg_pain, hurt.spread) == (6, None, None, None)
