"""The log stores what the app tells it and gives the same records back."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict
from pathlib import Path

import pytest

from sciatica_coach.core.constraints import Invalid
from sciatica_coach.storage.errors import UnknownSessionError
from sciatica_coach.storage.log import SessionLog
from sciatica_coach.storage.records import Progress, Session, SessionEnd


def test_session_round_trip_from_start_to_end(log: SessionLog, rec) -> None:
    start = rec.session(speed=2.5)
    log.write(start)
    assert log.session(start.id) == Session(**asdict(start), ended_at=None, status="interrupted")

    log.write(Progress(session_id=start.id, resume_step=3))
    log.write(SessionEnd(session_id=start.id, status="completed", ended_at=rec.at(20)))

    stored = log.session(start.id)
    assert stored is not None
    assert (stored.status, stored.ended_at, stored.resume_step, stored.speed) == (
        "completed",
        rec.at(20),
        3,
        2.5,
    )


def test_checkins_round_trip(log: SessionLog, rec) -> None:
    log.write(rec.session())
    before = rec.checkin()
    after = rec.checkin(moment="after", at=rec.at(20), back_pain=2, leg_pain=None, reach=None)
    morning = rec.checkin(moment="morning_after", at=rec.at(60 * 24), morning="better")
    unlinked = rec.checkin(session_id=None, at=rec.at(30), back_pain=0, leg_pain=0, reach="none")
    for checkin in (before, after, morning, unlinked):
        log.write(checkin)

    assert log.checkins() == [before, after, unlinked, morning]
    assert log.checkins(rec.session_id) == [before, after, morning]


def test_drill_results_round_trip_in_logged_order(log: SessionLog, rec) -> None:
    log.write(rec.session())
    first = rec.drill()
    skipped = rec.drill(
        step=1, status="skipped", sets_done=0, started_at=rec.at(3), ended_at=rec.at(3)
    )
    regressed = rec.drill(
        step=2,
        exercise_id="double-knees-to-chest",
        variant_id="single-knee-to-chest",
        status="stopped",
        started_at=rec.at(4),
        ended_at=rec.at(6),
    )
    for result in (first, skipped, regressed):
        log.write(result)

    assert log.drills(rec.session_id) == [first, skipped, regressed]


def test_hurt_event_round_trip_keeps_lists_and_nulls(log: SessionLog, rec) -> None:
    log.write(rec.session())
    during_reps = rec.hurt()
    red_flag = rec.hurt(
        at=rec.at(7),
        side=None,
        rep=None,
        phase="hold",
        pain=8,
        reach=None,
        feelings=(),
        red_flags=("saddle_numbness", "bladder_bowel"),
        suggestion="red_flag",
        choice="red_flag",
        variant_offered=None,
    )
    log.write(during_reps)
    log.write(red_flag)

    assert log.hurt_events() == [during_reps, red_flag]
    assert log.hurt_events()[1].red_flags == ("saddle_numbness", "bladder_bowel")


def test_setting_a_level_replaces_the_previous_one(log: SessionLog, rec) -> None:
    log.write(rec.session())
    stopped = rec.level()
    other = rec.level(base_id="bird-dog", level_id="bird-dog", source="user", session_id=None)
    log.write(stopped)
    log.write(other)
    progressed = rec.level(level_id="double-knees-to-chest", source="progressed", since=rec.at(99))
    log.write(progressed)

    assert log.levels() == {"bird-dog": other, "double-knees-to-chest": progressed}


def test_sessions_filter_by_start_time(log: SessionLog, rec) -> None:
    days = [rec.session(started_at=rec.at(60 * 24 * day)) for day in range(4)]
    for start in reversed(days):
        log.write(start)

    assert [s.id for s in log.sessions()] == [s.id for s in days]
    window = log.sessions(since=days[1].started_at, until=days[3].started_at)
    assert [s.id for s in window] == [days[1].id, days[2].id]


def test_child_records_filter_by_time(log: SessionLog, rec) -> None:
    log.write(rec.session())
    early, late = rec.checkin(at=rec.at(0)), rec.checkin(moment="after", at=rec.at(30))
    log.write(early)
    log.write(late)
    log.write(rec.hurt(at=rec.at(10)))

    assert log.checkins(since=rec.at(1)) == [late]
    assert log.checkins(until=rec.at(1)) == [early]
    assert log.hurt_events(since=rec.at(11)) == []
    assert len(log.drills(since=rec.at(0))) == 0


def test_last_session_per_routine_is_the_newest(log: SessionLog, rec) -> None:
    old = rec.session(started_at=rec.at(0))
    new = rec.session(started_at=rec.at(60))
    other = rec.session(routine_id="nerve-glides", started_at=rec.at(30))
    for start in (new, other, old):
        log.write(start)
    log.write(SessionEnd(session_id=new.id, status="stopped", ended_at=rec.at(70)))

    last = log.last_session_per_routine()
    assert {routine: s.id for routine, s in last.items()} == {
        "disc-extension": new.id,
        "nerve-glides": other.id,
    }
    assert last["disc-extension"].status == "stopped"


def test_timestamps_are_stored_in_utc(log: SessionLog, rec) -> None:
    start = rec.session(started_at="2026-11-22T03:15:00.750+01:00")
    log.write(start)
    stored = log.session(start.id)
    assert stored is not None
    assert stored.started_at == "2026-11-22T02:15:00+00:00"


def test_each_event_is_committed_before_the_call_returns(
    log: SessionLog, db_path: Path, rec
) -> None:
    log.write(rec.session())
    log.write(rec.hurt())

    other = sqlite3.connect(db_path)
    try:
        count = other.execute("SELECT count(*) FROM hurt_events").fetchone()[0]
    finally:
        other.close()
    assert count == 1


def test_updates_to_an_unknown_session_raise(log: SessionLog, rec) -> None:
    missing = rec.session().id
    with pytest.raises(UnknownSessionError):
        log.write(SessionEnd(session_id=missing, status="completed", ended_at=rec.at(1)))
    with pytest.raises(UnknownSessionError):
        log.write(Progress(session_id=missing, resume_step=1))
    assert log.sessions() == []


def test_a_record_for_an_unknown_session_is_refused(log: SessionLog, rec) -> None:
    rec.session()  # made, never started
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        log.write(rec.drill())
    assert log.drills() == []


def test_the_same_session_id_cannot_start_twice(log: SessionLog, rec) -> None:
    start = rec.session()
    log.write(start)
    with pytest.raises(sqlite3.IntegrityError):
        log.write(start)
    assert len(log.sessions()) == 1


def test_end_session_checks_its_arguments_before_writing(log: SessionLog, rec) -> None:
    start = rec.session()
    log.write(start)
    with pytest.raises(Invalid):
        log.write(SessionEnd(session_id=start.id, status="finished", ended_at=rec.at(1)))  # type: ignore[arg-type]
    with pytest.raises(Invalid):
        log.write(SessionEnd(session_id=start.id, status="completed", ended_at="yesterday"))
    assert log.sessions()[0].ended_at is None


def test_database_settings(log: SessionLog) -> None:
    pragma = {
        name: log.connection.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
    }
    assert pragma == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "busy_timeout": 5000,
    }


def test_memory_log_works_and_writes_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rec
) -> None:
    monkeypatch.chdir(tmp_path)
    with SessionLog.open(":memory:") as demo:
        demo.write(rec.session())
        demo.write(rec.hurt())
        assert len(demo.hurt_events()) == 1
        assert demo.notice is None
    assert list(tmp_path.iterdir()) == []
