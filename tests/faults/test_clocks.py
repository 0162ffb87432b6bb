"""2. The wall clock set back mid-session loses no record, and the finished session is not
offered for resume. 3. A real suspend is noticed: the session pauses at the moment it slept and
the sleep is not counted as exercise."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from sciatica_coach.core.clock import RealClock
from sciatica_coach.core.events import Paused, PauseReason
from sciatica_coach.storage.log import SessionLog
from tests.helpers.doubles import FakeClock
from tests.helpers.runs import make_run

START = datetime(2026, 11, 17, 9, 0, tzinfo=UTC)


def test_the_wall_clock_set_back_mid_session_loses_nothing(tmp_path):
    clock = FakeClock()
    wall = {"now": START}
    log = SessionLog.open(tmp_path / "history.db")
    run = make_run(
        {"exercise": "knee-hug", "sets": 1, "sides": "none"},
        {"exercise": "ball"},
        clock=clock,
        log=log,
        now=lambda: wall["now"],
    )
    run.start()
    for second in range(200):
        clock.advance(1.0)
        if second == 20:  # during the first drill, the computer's clock goes back two hours
            wall["now"] = START - timedelta(hours=2)
        run.tick()
        if run.finished:
            break
    assert run.finished
    [session] = log.sessions()
    assert session.status == "completed"
    assert [d.status for d in log.drills(session.id)] == ["done", "done"]
    for d in log.drills(session.id):
        assert d.started_at <= d.ended_at
    assert session.started_at <= session.ended_at
    assert log.recover_interrupted(START + timedelta(hours=1)) == []  # nothing left to resume


def test_a_suspend_pauses_the_session_at_the_moment_it_slept(tmp_path):
    clock = FakeClock()  # the session's clock counts suspended time, as CLOCK_BOOTTIME does
    log = SessionLog.open(tmp_path / "history.db")
    run = make_run({"exercise": "knee-hug", "sets": 1, "hold_s": 60}, clock=clock, log=log)
    run.start()
    for _ in range(20):
        clock.advance(1.0)
        run.tick()
    before = run.snapshot().position_ms
    clock.advance(45 * 60)  # the lid was closed for 45 minutes
    events = run.tick()
    assert Paused(PauseReason.SLEEP) in events
    assert run.machine.paused
    assert run.snapshot().position_ms == pytest.approx(before, abs=1000)
    assert run.active_s() == pytest.approx(20, abs=1.5)  # the sleep is not exercise
    run.resume()
    clock.advance(5)
    run.end()
    [session] = log.sessions()
    assert session.active_s == pytest.approx(25, abs=1.5)


def test_the_real_clock_counts_suspended_time_on_linux():
    if not hasattr(time, "CLOCK_BOOTTIME"):
        pytest.skip("CLOCK_BOOTTIME is Linux's")
    # monotonic() stops while the laptop sleeps; the boot clock does not. They differ by the
    # time this machine has spent suspended (zero on a server), so compare with the boot clock.
    boot = time.clock_gettime(time.CLOCK_BOOTTIME)
    assert RealClock().monotonic() == pytest.approx(boot, abs=0.5)
