"""Any sequence of controls leaves a valid state, and the session can still finish."""

from __future__ import annotations

import itertools

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from sciatica_coach.core import events as ev
from sciatica_coach.core.plan import SegmentKind, swap_drill
from sciatica_coach.core.session import SessionMachine
from tests.helpers.builders import standard_catalogue, standard_plan
from tests.helpers.doubles import FakeClock

CAT = standard_catalogue()


class Controls(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.clock = FakeClock()
        self.machine = SessionMachine(standard_plan())
        self.events = self.machine.start(self.clock.monotonic())

    def now(self) -> float:
        return self.clock.monotonic()

    @rule(seconds=st.floats(0.0, 4.0))
    def wait(self, seconds):
        before = self.machine.position_ms(self.now())
        paused = self.machine.paused or self.machine.snapshot(self.now()).waiting_for_rep
        self.clock.advance(seconds)
        self.events += self.machine.tick(self.now())
        after = self.machine.position_ms(self.now())
        if paused:
            assert after == before, "a paused session never advances"
        else:
            assert after >= before

    @rule(seconds=st.floats(6.0, 10_000.0))
    def sleep(self, seconds):
        self.clock.advance(seconds)
        events = self.machine.tick(self.now())
        self.events += events
        if not self.machine.finished and events:
            assert self.machine.paused or self.machine.snapshot(self.now()).waiting_for_rep

    @rule()
    def pause(self):
        self.events += self.machine.pause(self.now())

    @rule()
    def resume(self):
        self.events += self.machine.resume(self.now())

    @rule()
    def skip(self):
        before = self.machine.current.step
        self.events += self.machine.skip(self.now())
        if not self.machine.finished:
            assert self.machine.current.kind is SegmentKind.GET_READY
            assert self.machine.current.step == before + 1
            pos = self.machine.position_ms(self.now())
            assert pos == self.machine.plan.drill_start_ms(before + 1)

    @rule()
    def back(self):
        before = self.machine.current.step
        self.events += self.machine.back(self.now())
        if not self.machine.finished:
            assert self.machine.current.step == max(before - 1, 0)
            pos = self.machine.position_ms(self.now())
            assert pos == self.machine.plan.drill_start_ms(self.machine.current.step)

    @rule()
    def restart_set(self):
        self.events += self.machine.restart_set(self.now())

    @rule(seconds=st.sampled_from([5.0, 10.0]))
    def add_time(self, seconds):
        self.events += self.machine.add_time(self.now(), seconds)

    @rule(on=st.booleans())
    def self_paced(self, on):
        self.events += self.machine.set_self_paced(self.now(), on)

    @rule()
    def confirm_rep(self):
        self.events += self.machine.confirm_rep(self.now())

    @precondition(lambda self: not self.machine.finished)
    @rule()
    def swap_to_regression(self):
        drill = self.machine.plan.drills[self.machine.current.step]
        ladder = drill.exercise.regressions or drill.exercise.progressions
        if ladder:
            new = swap_drill(drill, CAT[ladder[0]], "test")
            self.events += self.machine.swap(self.now(), new)

    @rule()
    def hurt(self):
        _, events = self.machine.hurt(self.now())
        self.events += events
        if not self.machine.finished:
            assert self.machine.paused

    @invariant()
    def position_is_inside_the_current_segment(self):
        m = self.machine
        pos = m.position_ms(self.now())
        seg = m.current
        assert 0 <= pos <= m.plan.total_ms
        if not m.finished:
            assert seg.start_ms <= pos <= seg.end_ms
        segs = m.plan.segments
        assert all(b.start_ms == a.end_ms for a, b in itertools.pairwise(segs))

    def teardown(self):
        """Whatever happened, resuming, confirming reps and waiting finishes the session."""
        m = self.machine
        for _ in range(100_000):
            if m.finished:
                break
            m.resume(self.now())
            m.confirm_rep(self.now())
            self.clock.advance(1.0)
            self.events += m.tick(self.now())
        assert m.finished
        assert len([e for e in self.events if isinstance(e, ev.SessionDone)]) == 1


Controls.TestCase.settings = settings(max_examples=60, stateful_step_count=40, deadline=None)
TestControls = Controls.TestCase
