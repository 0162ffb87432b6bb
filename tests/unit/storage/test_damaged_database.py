"""A damaged history is moved aside whole, a new one made, and the user told where it went."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from sciatica_coach.storage.errors import DatabaseUnavailableError, DataDirError, NewerDatabaseError
from sciatica_coach.storage.log import SessionLog
from sciatica_coach.storage.records import SessionEnd

WHEN = datetime(2026, 11, 22, 9, 30, 5)
ASIDE = "history.db.damaged-20261122-093005"


def _real_history(path: Path, rec, sessions: int = 40) -> None:
    with SessionLog.open(path) as log:
        for n in range(sessions):
            start = rec.session(started_at=rec.at(n * 60 * 24))
            log.write(start)
            log.write(rec.hurt(at=rec.at(n * 60 * 24 + 5)))
            log.write(
                SessionEnd(
                    session_id=start.id, status="completed", ended_at=rec.at(n * 60 * 24 + 20)
                )
            )


def _assert_replaced(db_path: Path, log: SessionLog, original: bytes) -> None:
    aside = db_path.with_name(ASIDE)
    assert aside.read_bytes() == original
    assert log.notice is not None
    assert str(aside) in log.notice
    assert str(db_path) in log.notice
    assert log.sessions() == []  # a new, working history
    assert log.connection.execute("PRAGMA quick_check").fetchone() == ("ok",)


def test_junk_is_moved_aside_and_a_new_history_started(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    junk = os.urandom(3000)
    db_path.write_bytes(junk)

    with SessionLog.open(db_path, now=WHEN) as log:
        _assert_replaced(db_path, log, junk)
        assert "not a database file" in log.notice  # type: ignore[operator]


def test_a_truncated_history_is_moved_aside(db_path: Path, rec) -> None:
    _real_history(db_path, rec)
    truncated = db_path.read_bytes()[: db_path.stat().st_size // 2]
    db_path.write_bytes(truncated)

    with SessionLog.open(db_path, now=WHEN) as log:
        _assert_replaced(db_path, log, truncated)


def test_a_history_with_missing_tables_is_moved_aside(db_path: Path, rec) -> None:
    _real_history(db_path, rec, sessions=1)
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TABLE hurt_events")
    conn.commit()
    conn.close()
    broken = db_path.read_bytes()

    with SessionLog.open(db_path, now=WHEN) as log:
        _assert_replaced(db_path, log, broken)
        assert "hurt_events is missing" in log.notice  # type: ignore[operator]


def test_a_history_whose_schema_cannot_be_parsed_is_moved_aside(db_path: Path, rec) -> None:
    _real_history(db_path, rec, sessions=1)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE TABLE checkins (' WHERE name = 'checkins'")
    conn.commit()
    conn.close()
    broken = db_path.read_bytes()

    with SessionLog.open(db_path, now=WHEN) as log:
        _assert_replaced(db_path, log, broken)


def test_a_database_the_app_did_not_make_is_moved_aside(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE photos (name TEXT)")
    conn.commit()
    conn.close()
    other = db_path.read_bytes()

    with SessionLog.open(db_path, now=WHEN) as log:
        _assert_replaced(db_path, log, other)


def test_wal_and_shm_are_moved_with_the_file(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    parts = {"": b"junk" * 300, "-wal": b"wal junk", "-shm": b"shm junk"}
    for suffix, data in parts.items():
        Path(f"{db_path}{suffix}").write_bytes(data)

    SessionLog.open(db_path, now=WHEN).close()

    aside = db_path.with_name(ASIDE)
    assert aside.read_bytes() == parts[""]
    assert Path(f"{aside}-wal").read_bytes() == parts["-wal"]
    # The -shm is only an index of the -wal, which SQLite may rebuild while checking; it is
    # moved, not deleted, all the same.
    assert Path(f"{aside}-shm").exists()


def test_an_earlier_damaged_copy_is_never_overwritten(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.with_name(ASIDE).write_bytes(b"first damaged copy")
    db_path.write_bytes(b"second damaged copy" * 100)

    with SessionLog.open(db_path, now=WHEN) as log:
        assert f"{ASIDE}-2" in log.notice  # type: ignore[operator]

    assert db_path.with_name(ASIDE).read_bytes() == b"first damaged copy"
    assert db_path.with_name(f"{ASIDE}-2").read_bytes() == b"second damaged copy" * 100


def test_a_sound_history_is_kept_with_no_notice(db_path: Path, rec) -> None:
    _real_history(db_path, rec, sessions=3)
    with SessionLog.open(db_path, now=WHEN) as log:
        assert log.notice is None
        assert len(log.sessions()) == 3
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["history.db"]


def test_a_folder_under_a_file_raises_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    folder = blocker / "data"

    with pytest.raises(DataDirError) as caught:
        SessionLog.open(folder / "history.db")

    message = str(caught.value)
    assert str(folder) in message
    assert "Not a directory" in message
    assert caught.value.folder == folder


def test_an_unwritable_folder_raises_a_clear_error(unwritable) -> None:
    with pytest.raises(DataDirError) as caught:
        SessionLog.open(unwritable.folder / "history.db")

    assert str(unwritable.folder) in str(caught.value), unwritable.how
    assert caught.value.os_error.strerror in str(caught.value)


def test_a_crash_mid_transaction_without_wal_is_rolled_back_not_moved(
    db_path: Path, tmp_path: Path, rec
) -> None:
    """Where WAL is unavailable a crash leaves a hot journal, which only a writer can undo."""
    kept = rec.session()
    with SessionLog.open(db_path) as log:
        log.write(kept)
        log.connection.execute("PRAGMA journal_mode = DELETE")
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("PRAGMA cache_size = 1")  # spill to the file before commit
    writer.execute("BEGIN")
    for _ in range(200):
        writer.execute("UPDATE sessions SET routine_title = ?", ("x" * 2000,))
        writer.execute("INSERT INTO checkins (moment, at) VALUES ('before', ?)", (rec.at(1),))
    crashed = tmp_path / "crashed" / "history.db"  # the files as a power cut would leave them
    crashed.parent.mkdir()
    for suffix in ("", "-journal"):
        Path(f"{crashed}{suffix}").write_bytes(Path(f"{db_path}{suffix}").read_bytes())
    writer.execute("ROLLBACK")
    writer.close()

    with SessionLog.open(crashed) as log:
        assert log.notice is None
        assert log.sessions() == [log.session(kept.id)]
        assert log.checkins() == []


def test_a_newer_app_running_alongside_is_refused(db_path: Path) -> None:
    """Its version bump may still sit in the -wal: the check reads through SQLite too."""
    SessionLog.open(db_path).close()
    newer = sqlite3.connect(db_path, isolation_level=None)
    try:
        newer.execute("PRAGMA wal_autocheckpoint = 0")
        newer.execute("PRAGMA user_version = 7")
        with pytest.raises(NewerDatabaseError, match="version 7"):
            SessionLog.open(db_path)
    finally:
        newer.close()


def test_a_history_path_that_cannot_be_read_is_reported(db_path: Path) -> None:
    db_path.mkdir(parents=True)  # a folder where the file should be
    with pytest.raises(
        DatabaseUnavailableError, match=r"history file .*history.db cannot be opened"
    ):
        SessionLog.open(db_path)
    assert db_path.is_dir()
