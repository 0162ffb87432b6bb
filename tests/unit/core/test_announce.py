"""What a screen reader is told during a session, and when it is told nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sciatica_coach.core import events as ev
from sciatica_coach.core.announce import Announcement, announcement
from sciatica_coach.core.plan import build_plan
from sciatica_coach.core.segments import SegmentKind


@pytest.fixture(scope="module")
def plan(shipped):
    return build_plan(shipped.routine("quick-tour"), shipped.catalogue)


def said(plan, kind, step, nth=0):
    seg = [s for s in plan.segments if s.step == step and s.kind == kind][nth]
    found = announcement(ev.SegmentStarted(plan.segments.index(seg), seg), plan)
    return None if found is None else found.text


def test_a_new_drill_says_which_of_how_many_and_how_to_get_ready(plan):
    assert said(plan, SegmentKind.GET_READY, 0).startswith("Drill 1 of 3. Get ready: Bird dog.")
    assert said(plan, SegmentKind.GET_READY, 2).startswith("Drill 3 of 3. Get ready: Slow")


def test_each_rep_says_its_number_and_alternating_sides_say_the_side(plan):
    assert said(plan, SegmentKind.MOVE, 0, 0) == "Right arm and left leg. Rep 1 of 3"
    assert said(plan, SegmentKind.MOVE, 0, 3) == "Left arm and right leg. Rep 2 of 3"
    # The rep's own hold and return come every few seconds: the count is enough.
    assert said(plan, SegmentKind.HOLD, 0) is None
    assert said(plan, SegmentKind.RETURN, 0) is None


def test_holds_breaths_and_counts_say_what_they_are(plan):
    assert said(plan, SegmentKind.HOLD, 1).startswith("Hold.")
    assert said(plan, SegmentKind.BREATHE_IN, 2) == "Breathe in"
    assert said(plan, SegmentKind.BREATHE_OUT, 2) == "Breathe out"
    seg = plan.segments[0]
    assert announcement(ev.Countdown(3, seg), plan) == Announcement("3")


def test_pause_cuts_in_and_the_rest_waits_its_turn(plan):
    assert announcement(ev.Paused(ev.PauseReason.USER), plan) == Announcement("Paused", True)
    assert announcement(ev.Resumed(), plan) == Announcement("Resumed")
    assert announcement(ev.SessionDone(True, 0), plan) == Announcement("Session complete")
    assert announcement(ev.SessionDone(False, 0), plan) == Announcement("Session ended")


def test_bookkeeping_says_nothing(plan):
    assert announcement(ev.Cue("tick"), plan) is None
    assert announcement(ev.PlanChanged(plan), plan) is None
    assert announcement(ev.RepDone(0, "bird-dog", 1, None, 1, 3), plan) is None


def test_rests_side_switches_breath_holds_and_waits_in_every_shipped_routine(shipped):
    """Every segment of every shipped routine has its words or none, never an error."""
    kinds: dict[SegmentKind, str] = {}
    for routine_id in shipped.routines:
        plan = build_plan(shipped.routine(routine_id), shipped.catalogue)
        for index, seg in enumerate(plan.segments):
            found = announcement(ev.SegmentStarted(index, seg), plan)
            if found is not None:
                assert found.text.strip()
                kinds.setdefault(seg.kind, found.text)
        waiting = announcement(ev.WaitingForRep(plan.segments[0]), plan)
        assert waiting == Announcement("Your pace: press Enter after each rep")
    assert kinds[SegmentKind.REST].startswith("Rest. Next:")
    assert kinds[SegmentKind.SWITCH_SIDE].startswith("Switch sides")


def test_breath_holds_say_which(plan):
    breath = next(s for s in plan.segments if s.kind is SegmentKind.BREATHE_IN)
    for lungs_full, words in ((True, "Hold the breath gently"), (False, "Rest before the next")):
        seg = replace(breath, kind=SegmentKind.BREATHE_HOLD, lungs_full=lungs_full)
        found = announcement(ev.SegmentStarted(0, seg), plan)
        assert found is not None
        assert found.text.startswith(words)
