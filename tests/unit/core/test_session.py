"""The session machine against a fake clock: exact timing, controls, and the hurt report."""

from __future__ import annotations

import itertools
import random

import pytest

from sciatica_coach.core import events as ev
from sciatica_coach.core.clock import ScaledClock
from sciatica_coach.core.plan import SegmentKind, swap_drill
from sciatica_coach.core.session import SessionMachine
from tests.helpers.builders import standard_catalogue, standard_plan
from tests.helpers.doubles import FakeClock

K = SegmentKind


def run(machine, clock, step=0.1, limit=10_000.0):
    """Tick until the session is done; returns every event."""
    out = []
    while not machine.finished and clock.now < limit:
        clock.advance(step)
        out += machine.tick(clock.monotonic())
    return out


def go(machine, clock, seconds, step=0.1):
    """Let `seconds` pass, ticking like the window's timer does; returns the events."""
    out = []
    target = clock.now + seconds
    while clock.now < target - 1e-9:
        clock.advance(min(step, target - clock.now))
        out += machine.tick(clock.monotonic())
    return out


def of(events, cls):
    return [e for e in events if isinstance(e, cls)]


def started(plan=None, **kw):
    clock = FakeClock()
    machine = SessionMachine(plan or standard_plan(), **kw)
    first = machine.start(clock.monotonic())
    return machine, clock, first


def test_runs_to_the_end_at_exactly_the_planned_time():
    machine, clock, first = started()
    plan = machine.plan
    events = first + run(machine, clock, step=0.25)
    done = of(events, ev.SessionDone)
    assert len(done) == 1
    assert done[0].complete
    assert clock.now - 1000.0 == pytest.approx(plan.total_ms / 1000, abs=0.25)
    moves = [s for s in plan.segments if s.kind is K.MOVE]
    assert len(of(events, ev.RepDone)) == len(moves)
    drills = of(events, ev.DrillDone)
    assert [d.step for d in drills] == list(range(len(plan.drills)))
    assert all(d.status is ev.DrillStatus.DONE for d in drills)
    assert [d.sets_done for d in drills] == [2, 2, 1, 1, 1]
    starts = of(events, ev.SegmentStarted)
    assert [s.index for s in starts] == list(range(len(plan.segments)))


def test_irregular_ticks_give_the_same_events_as_regular_ones():
    """Position comes from the clock, not from counting ticks: no drift, nothing lost."""
    m1, c1, e1 = started()
    e1 += run(m1, c1, step=0.05)
    m2, c2, e2 = started()
    rng = random.Random(7)
    while not m2.finished:
        c2.advance(rng.choice([0.001, 0.016, 0.2, 1.7, 4.9]))
        e2 += m2.tick(c2.monotonic())
    strip = (ev.Cue, ev.Countdown)
    assert [e for e in e1 if not isinstance(e, strip)] == [
        e for e in e2 if not isinstance(e, strip)
    ]
    assert of(e1, ev.Countdown) == of(e2, ev.Countdown)


def test_countdown_reports_each_of_the_last_three_seconds_once():
    machine, clock, first = started()
    events = first
    events += go(machine, clock, 11.5, step=4.0)  # get-ready is 12 s; coarse ticks
    events += go(machine, clock, 0.4)
    counts = [(c.seconds, c.segment.kind) for c in of(events, ev.Countdown)]
    assert counts == [(3, K.GET_READY), (2, K.GET_READY), (1, K.GET_READY)]
    assert [c.sound for c in of(events, ev.Cue) if c.sound == "tick"] == ["tick"] * 3


def test_pause_never_advances_and_resume_continues_from_the_same_place():
    machine, clock, _ = started()
    go(machine, clock, 5)
    machine.pause(clock.monotonic())
    at = machine.position_ms(clock.monotonic())
    for _ in range(50):
        clock.advance(3.0)
        assert machine.tick(clock.monotonic()) == []
    assert machine.position_ms(clock.monotonic()) == at == 5000
    machine.resume(clock.monotonic())
    go(machine, clock, 2)
    assert machine.position_ms(clock.monotonic()) == pytest.approx(7000)


def test_a_long_gap_pauses_the_session_where_it_was_before_the_gap():
    machine, clock, _ = started()
    go(machine, clock, 4)
    clock.advance(3600)  # the laptop slept for an hour
    events = machine.tick(clock.monotonic())
    assert of(events, ev.Paused) == [ev.Paused(ev.PauseReason.SLEEP)]
    assert machine.position_ms(clock.monotonic()) == pytest.approx(4000)
    assert of(events, ev.SessionDone) == []


def test_skip_and_back_land_on_drill_boundaries():
    machine, clock, _ = started()
    plan = machine.plan
    go(machine, clock, 20)
    events = machine.skip(clock.monotonic())
    skipped = of(events, ev.DrillDone)
    assert [(d.step, d.status) for d in skipped] == [(0, ev.DrillStatus.SKIPPED)]
    assert machine.position_ms(clock.monotonic()) == plan.drill_start_ms(1)
    assert machine.current.kind is K.GET_READY
    go(machine, clock, 3)
    machine.back(clock.monotonic())
    assert machine.position_ms(clock.monotonic()) == plan.drill_start_ms(0)
    assert machine.current.step == 0


def test_skipping_the_last_drill_ends_the_session():
    machine, clock, _ = started()
    for _ in machine.plan.drills:
        machine.skip(clock.monotonic())
    assert machine.finished
    statuses = {d.status for d in of(machine.skip(clock.monotonic()), ev.DrillDone)}
    assert statuses == set()


def test_restart_set_goes_back_to_the_first_rep_of_the_set():
    machine, clock, _ = started()
    plan = machine.plan
    rest = next(s for s in plan.segments if s.kind is K.REST)
    second_set = next(s for s in plan.segments if s.set == 2 and s.kind is K.MOVE)
    go(machine, clock, (second_set.start_ms + 3500) / 1000)
    assert machine.current.set == 2
    machine.restart_set(clock.monotonic())
    assert machine.current == second_set
    assert rest.set == 1


def test_add_time_lengthens_the_current_hold_and_everything_after_moves():
    machine, clock, _ = started()
    plan = machine.plan
    hold = next(s for s in plan.segments if s.step == 1 and s.kind is K.HOLD)
    go(machine, clock, (hold.start_ms + 1000) / 1000)
    events = machine.add_time(clock.monotonic(), 10)
    assert of(events, ev.PlanChanged)
    assert machine.current.duration_ms == hold.duration_ms + 10_000
    assert machine.plan.total_ms == plan.total_ms + 10_000
    segs = machine.plan.segments
    assert all(b.start_ms == a.end_ms for a, b in itertools.pairwise(segs))


def test_add_time_does_nothing_mid_rep():
    machine, clock, _ = started()
    move = next(s for s in machine.plan.segments if s.kind is K.MOVE)
    go(machine, clock, (move.start_ms + 100) / 1000)
    total = machine.plan.total_ms
    assert of(machine.add_time(clock.monotonic()), ev.PlanChanged) == []
    assert machine.plan.total_ms == total


def test_self_paced_reps_wait_for_the_user():
    machine, clock, _ = started(self_paced=True)
    events = go(machine, clock, 12.5)
    waiting = of(events, ev.WaitingForRep)
    assert waiting
    assert waiting[0].segment.rep == 1
    at = machine.position_ms(clock.monotonic())
    clock.advance(60)
    assert machine.tick(clock.monotonic()) == []
    assert machine.position_ms(clock.monotonic()) == at
    events = machine.confirm_rep(clock.monotonic())
    reps = of(events, ev.RepDone)
    assert [(r.rep, r.side.value) for r in reps] == [(1, "left")]
    assert of(events, ev.WaitingForRep)[0].segment.side.value == "right"


def test_self_paced_can_be_switched_off_and_the_tempo_resumes():
    machine, clock, _ = started(self_paced=True)
    go(machine, clock, 13)
    machine.set_self_paced(clock.monotonic(), False)
    go(machine, clock, 1)
    assert machine.position_ms(clock.monotonic()) == pytest.approx(13_000)


def test_swap_puts_the_regression_in_and_re_expands_the_plan():
    machine, clock, _ = started()
    go(machine, clock, 20)
    cat = standard_catalogue()
    drill = swap_drill(machine.plan.drills[0], cat["bird-dog-arm-only"], "It hurt")
    events = machine.swap(clock.monotonic(), drill)
    stopped = of(events, ev.DrillDone)
    assert [(d.exercise, d.status) for d in stopped] == [("bird-dog", ev.DrillStatus.STOPPED)]
    assert machine.current.kind is K.GET_READY
    assert machine.current.exercise == "bird-dog-arm-only"
    assert machine.plan.drills[0].base == "bird-dog"
    events = run(machine, clock)
    done = [d for d in of(events, ev.DrillDone) if d.step == 0]
    assert [(d.exercise, d.status) for d in done] == [("bird-dog-arm-only", ev.DrillStatus.DONE)]


def test_hurt_pauses_at_once_and_reports_where_it_happened():
    machine, clock, _ = started()
    plan = machine.plan
    target = [s for s in plan.segments if s.kind is K.HOLD and s.step == 0][3]
    go(machine, clock, (target.start_ms + 500) / 1000, step=0.05)
    report, events = machine.hurt(clock.monotonic())
    assert of(events, ev.Paused) == [ev.Paused(ev.PauseReason.HURT)]
    assert [c.sound for c in of(events, ev.Cue)][-1] == "stop"
    assert (report.step, report.exercise, report.set, report.side, report.rep, report.phase) == (
        0,
        "bird-dog",
        target.set,
        target.side.value,
        target.rep,
        "hold",
    )
    assert report.elapsed_s == pytest.approx(target.start_ms / 1000 + 0.5)
    clock.advance(30)
    assert machine.tick(clock.monotonic()) == []


def test_end_early_reports_an_incomplete_session():
    machine, clock, _ = started()
    clock.advance(30)
    events = machine.end(clock.monotonic())
    assert of(events, ev.SessionDone)[0].complete is False
    assert of(events, ev.DrillDone)[0].status is ev.DrillStatus.SKIPPED


def test_resume_at_a_later_drill():
    plan = standard_plan()
    machine, clock, first = started(plan, start_step=2)
    assert of(first, ev.SegmentStarted)[0].segment.step == 2
    events = run(machine, clock)
    assert [d.step for d in of(events, ev.DrillDone)] == [2, 3, 4]


def test_scaled_clock_runs_a_session_faster():
    base = FakeClock()
    clock = ScaledClock(20, base)
    machine = SessionMachine(standard_plan(), max_gap_s=5 * 20)
    machine.start(clock.monotonic())
    while not machine.finished:
        base.advance(0.05)
        machine.tick(clock.monotonic())
    assert (base.now - 1000) == pytest.approx(machine.plan.total_ms / 1000 / 20, abs=0.06)
