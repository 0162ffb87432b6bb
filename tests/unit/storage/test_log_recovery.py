"""A session cut short by a crash or a kill is closed on the next start and offered for resume."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from sciatica_coach.storage.log import SessionLog
from sciatica_coach.storage.records import Progress, ResumeOffer, SessionEnd


def test_an_unfinished_session_is_offered_at_the_step_where_it_stopped(
    log: SessionLog, rec
) -> None:
    start = rec.session()
    log.write(start)
    log.write(rec.checkin())
    for step in range(3):
        log.write(rec.drill(step=step, started_at=rec.at(step * 4), ended_at=rec.at(step * 4 + 3)))
        log.write(Progress(session_id=start.id, resume_step=step + 1))
    log.write(rec.hurt(at=rec.at(13), step=3))
    # ...and the app is killed here.

    offers = log.recover_interrupted(rec.at(60 * 8))

    assert offers == [
        ResumeOffer(
            session_id=start.id,
            routine_id=start.routine_id,
            routine_title=start.routine_title,
            routine_hash=start.routine_hash,
            resume_step=3,
            started_at=start.started_at,
            ended_at=rec.at(13),
            drills_done=3,
        )
    ]
    stored = log.session(start.id)
    assert stored is not None
    assert (stored.status, stored.ended_at) == ("interrupted", rec.at(13))


def test_recovery_runs_once(log: SessionLog, rec) -> None:
    log.write(rec.session())
    assert len(log.recover_interrupted(rec.at(10))) == 1
    assert log.recover_interrupted(rec.at(11)) == []


def test_a_session_with_no_events_ends_when_it_started(log: SessionLog, rec) -> None:
    start = rec.session()
    log.write(start)
    [offer] = log.recover_interrupted(rec.at(30))
    assert (offer.ended_at, offer.resume_step, offer.drills_done) == (start.started_at, 0, 0)


def test_finished_sessions_are_left_alone(log: SessionLog, rec) -> None:
    done = rec.session()
    log.write(done)
    log.write(SessionEnd(session_id=done.id, status="red_flag", ended_at=rec.at(4)))

    assert log.recover_interrupted(rec.at(30)) == []
    assert log.session(done.id) == log.sessions()[0]
    assert log.sessions()[0].status == "red_flag"


def test_only_recent_sessions_are_offered_newest_first(log: SessionLog, rec) -> None:
    day = 60 * 24
    old = rec.session(started_at=rec.at(0))
    yesterday = rec.session(started_at=rec.at(9 * day))
    today = rec.session(started_at=rec.at(10 * day - 60))
    for start in (old, today, yesterday):
        log.write(start)

    offers = log.recover_interrupted(rec.at(10 * day), offer_within=timedelta(days=2))

    assert [o.session_id for o in offers] == [today.id, yesterday.id]
    assert all(s.ended_at is not None for s in log.sessions())  # all closed, offered or not


def test_a_resumed_session_links_to_the_one_it_continues(log: SessionLog, rec) -> None:
    first = rec.session()
    log.write(first)
    log.write(Progress(session_id=first.id, resume_step=2))
    [offer] = log.recover_interrupted(rec.at(30))

    resumed = rec.session(
        started_at=rec.at(31), resume_step=offer.resume_step, resumed_from=offer.session_id
    )
    log.write(resumed)

    stored = log.session(resumed.id)
    assert stored is not None
    assert (stored.resumed_from, stored.resume_step) == (first.id, 2)


CHILD = textwrap.dedent(
    """
    import sys
    from sciatica_coach.storage.log import SessionLog
    from sciatica_coach.storage.records import DrillResult, Progress, SessionStart

    path, session_id = sys.argv[1], sys.argv[2]
    log = SessionLog.open(path)
    log.write(SessionStart(
        id=session_id, routine_id="disc-extension", routine_title="Disc",
        routine_hash="0" * 64, started_at="2026-11-22T02:15:00+00:00"))
    print("started", flush=True)
    for step in range(100_000):
        at = f"2026-11-22T{3 + step // 3600 % 20:02d}:{step // 60 % 60:02d}:{step % 60:02d}+00:00"
        log.write(DrillResult(
            session_id=session_id, step=step, exercise_id="bird-dog", variant_id="bird-dog",
            status="done", sets_done=1, started_at=at, ended_at=at))
        log.write(Progress(session_id=session_id, resume_step=step + 1))
        print(step, flush=True)
    """
)


@pytest.mark.slow
def test_a_killed_process_loses_no_committed_event(db_path: Path, rec) -> None:
    session_id = rec.session().id
    reported: list[int] = []
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path), session_id],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None
        watchdog = threading.Timer(60, child.kill)  # a hung child fails the test, not the run
        watchdog.start()
        try:
            first = child.stdout.readline()
            assert first == "started\n", child.stderr.read() if child.stderr else ""
            while len(reported) < 25:
                line = child.stdout.readline()
                assert line, "the child exited early"
                reported.append(int(line))
            child.kill()  # SIGKILL: no cleanup, no final commit
            reported.extend(int(line) for line in child.stdout)  # printed before it died
            child.wait()
        finally:
            watchdog.cancel()
    assert child.returncode == -9

    with SessionLog.open(db_path) as log:
        assert log.notice is None  # not damaged
        steps = [d.step for d in log.drills(session_id)]
        offers = log.recover_interrupted("2026-11-22T23:59:59+00:00")

    assert reported == list(range(len(reported)))
    assert steps == list(range(len(steps)))  # in order, none missing
    assert len(steps) >= len(reported)  # every reported commit is there
    [offer] = offers
    assert offer.session_id == session_id
    # Killed between a drill and its progress update at worst: resume repeats one drill.
    assert offer.resume_step in (len(steps) - 1, len(steps))
    assert offer.resume_step >= len(reported)
    assert offer.drills_done == len(steps)
