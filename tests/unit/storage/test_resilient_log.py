"""When the history cannot be written, the session goes on and nothing is lost or reordered."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from sciatica_coach.storage.log import SessionLog
from sciatica_coach.storage.records import Progress, SessionEnd
from sciatica_coach.storage.resilient import ResilientLog


class LiveOpener:
    """Opens the real log and keeps a handle on it, so a test can make its writes fail."""

    def __init__(self) -> None:
        self.log: SessionLog | None = None

    def __call__(self, path: Path) -> SessionLog:
        self.log = SessionLog.open(path)
        return self.log

    def pragma(self, setting: str) -> None:
        assert self.log is not None
        self.log.connection.execute(f"PRAGMA {setting}")


def _one_session(res: ResilientLog, rec) -> list[object]:
    """Log a whole short session through `res`; return the records in the order given."""
    start = rec.session()
    events: list[object] = [start, rec.checkin()]
    res.write(start)
    res.write(events[1])  # type: ignore[arg-type]
    for step in range(2):
        drill = rec.drill(step=step, started_at=rec.at(step * 4), ended_at=rec.at(step * 4 + 3))
        res.write(drill)
        res.write(Progress(session_id=start.id, resume_step=step + 1))
        events.append(drill)
    hurt = rec.hurt(at=rec.at(9), step=2)
    res.write(hurt)
    res.write(rec.level())
    res.write(SessionEnd(session_id=start.id, status="stopped", ended_at=rec.at(10)))
    return [*events, hurt]


def _assert_all_saved(path: Path, events: list[object]) -> None:
    start, checkin, *drills, hurt = events
    with SessionLog.open(path) as log:
        [session] = log.sessions()
        assert (session.id, session.status, session.resume_step) == (start.id, "stopped", 2)  # type: ignore[attr-defined]
        assert log.checkins() == [checkin]
        assert log.drills() == drills
        assert log.hurt_events() == [hurt]
        assert list(log.levels()) == ["double-knees-to-chest"]


def test_events_wait_until_the_folder_can_be_written(unwritable, rec) -> None:
    path = unwritable.folder / "history.db"
    res = ResilientLog(path)
    assert res.error is not None, unwritable.how
    assert res.error.startswith("Your history can't be saved right now")
    assert res.error_detail is not None
    assert str(unwritable.folder) in res.error_detail

    events = _one_session(res, rec)
    assert res.pending == 9
    assert res.flush() is False
    assert res.sessions() == []  # readers stay calm: nothing to show yet

    unwritable.restore()
    assert res.flush() is True
    assert (res.pending, res.error, res.error_detail) == (0, None, None)
    res.close()
    _assert_all_saved(path, events)


def test_the_next_call_retries_the_queue_first(unwritable, rec) -> None:
    path = unwritable.folder / "history.db"
    res = ResilientLog(path)
    start = rec.session()
    res.write(start)
    res.write(rec.checkin())
    assert res.pending == 2

    unwritable.restore()
    res.write(rec.hurt())  # no flush(): the call itself writes what waited

    assert res.pending == 0
    assert len(res.hurt_events(start.id)) == 1
    assert [s.id for s in res.sessions()] == [start.id]
    res.close()


@pytest.mark.parametrize(
    ("block", "unblock", "reason"),
    [
        ("query_only = ON", "query_only = OFF", "the data folder can't be written to"),
        ("max_page_count = {pages}", "max_page_count = 1000000", "the disk is full"),
    ],
    ids=["read-only", "disk-full"],
)
def test_writes_failing_mid_session_are_kept_in_order(
    db_path: Path, rec, block: str, unblock: str, reason: str
) -> None:
    opener = LiveOpener()
    res = ResilientLog(db_path, opener=opener)
    res.write(rec.session())
    opener.pragma(block.format(pages=_pages(opener)))  # no room for one more page

    start = rec.session(routine_title="A long title " * 500)  # needs new pages
    res.write(start)
    res.write(rec.hurt())
    assert res.pending == 2
    assert res.error is not None
    assert reason in res.error

    opener.pragma(unblock)
    assert res.flush() is True
    assert [h.session_id for h in res.hurt_events()] == [start.id]
    res.close()


def _pages(opener: LiveOpener) -> int:
    assert opener.log is not None
    return int(opener.log.connection.execute("PRAGMA page_count").fetchone()[0])


def test_a_write_the_database_rejects_is_logged_and_does_not_block_the_rest(
    db_path: Path, rec, caplog: pytest.LogCaptureFixture
) -> None:
    res = ResilientLog(db_path)
    orphan = rec.checkin()  # its session was never started: a bug in the caller
    with caplog.at_level(logging.ERROR):
        res.write(orphan)
    assert "dropped a CheckIn" in caplog.text
    assert "FOREIGN KEY" in caplog.text

    start = rec.session()
    res.write(start)
    res.write(SessionEnd(session_id=start.id, status="completed", ended_at=rec.at(20)))
    assert (res.pending, res.error) == (0, None)
    assert [s.status for s in res.sessions()] == ["completed"]
    res.close()


def test_values_are_checked_before_they_are_queued(unwritable, rec) -> None:
    res = ResilientLog(unwritable.folder / "history.db")
    with pytest.raises(ValueError, match="status"):
        res.write(SessionEnd(session_id=rec.session().id, status="finished", ended_at=rec.at(1)))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="resume_step"):
        res.write(Progress(session_id=rec.session().id, resume_step=-1))
    assert res.pending == 0
    res.close()


def test_recovery_and_readers_through_the_wrapper(db_path: Path, rec) -> None:
    res = ResilientLog(db_path)
    start = rec.session()
    res.write(start)
    res.write(rec.drill())
    res.write(rec.checkin())
    res.write(rec.level())
    res.write(rec.hurt())
    res.write(Progress(session_id=start.id, resume_step=1))
    res.close()

    res = ResilientLog(db_path)
    [offer] = res.recover_interrupted(rec.at(30))
    assert (offer.session_id, offer.resume_step) == (start.id, 1)
    assert res.session(start.id) is not None
    assert list(res.last_session_per_routine()) == ["disc-extension"]
    assert len(res.drills(start.id)) == len(res.checkins(start.id)) == len(res.hurt_events()) == 1
    assert list(res.levels()) == ["double-knees-to-chest"]
    res.close()


def test_readers_and_recovery_are_empty_while_the_file_cannot_be_opened(unwritable, rec) -> None:
    res = ResilientLog(unwritable.folder / "history.db")
    assert res.recover_interrupted(rec.at(0)) == []
    assert res.session(rec.session().id) is None
    assert (res.sessions(), res.checkins(), res.drills(), res.hurt_events()) == ([], [], [], [])
    assert (res.levels(), res.last_session_per_routine()) == ({}, {})
    assert res.error is not None
    res.close()


def test_a_newer_history_file_is_explained(db_path: Path, rec) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()

    res = ResilientLog(db_path)
    res.write(rec.session())

    assert res.error is not None
    assert "newer version of the app" in res.error
    assert res.pending == 1
    res.close()


def test_the_damaged_file_notice_reaches_the_app(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"\x00junk" * 1000)
    res = ResilientLog(db_path)
    assert res.notice is not None
    assert "damaged-" in res.notice
    assert res.error is None
    res.close()


def test_closing_with_writes_waiting_keeps_them_and_the_next_start_merges_them(
    unwritable, rec, caplog: pytest.LogCaptureFixture
) -> None:
    db = unwritable.folder / "history.db"
    res = ResilientLog(db)
    start = rec.session()
    res.write(start)
    res.write(rec.checkin())
    assert res.pending == 2
    where = res.kept_in  # not beside the database (that folder cannot be written): elsewhere
    assert where is not None
    assert where.is_file()
    assert where.parent != unwritable.folder
    with caplog.at_level(logging.WARNING):
        res.close()
    assert f"closing with 2 writes kept in {where}" in caplog.text

    unwritable.restore()  # the disk is back, the app starts again
    again = ResilientLog(db)
    assert again.merged == 2
    assert [s.id for s in again.sessions()] == [start.id]
    assert [c.back_pain for c in again.checkins()] == [4]
    assert not where.exists()  # merged, then removed
    again.close()


def test_a_journal_that_cannot_be_read_is_set_aside_not_deleted(db_path: Path, rec) -> None:
    from sciatica_coach.storage.journal import places

    db_path.parent.mkdir(parents=True)
    journal = places(db_path)[0]
    journal.write_text('{"record": "CheckIn", "fields": {"moment": "sometime"}}\n')
    res = ResilientLog(db_path)
    assert res.notice is not None
    assert "could not be read" in res.notice
    [aside] = [p for p in db_path.parent.iterdir() if ".damaged-" in p.name]
    assert aside.read_text().startswith('{"record": "CheckIn"')
    res.close()
