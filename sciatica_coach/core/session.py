"""The session machine: walks a plan against an injected clock and reports what happens.

Position is always `anchor_ms + (now - anchor_now) * 1000` while running, and `anchor_ms` while
paused or waiting for a self-paced rep. Every control re-anchors; nothing counts ticks, so the
machine cannot drift however irregularly it is ticked. It never calls the UI: every method takes
`now` and returns the events that happened up to then, in order.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from . import cues
from .events import (
    Countdown,
    DrillDone,
    DrillStatus,
    Event,
    Paused,
    PauseReason,
    PlanChanged,
    RepDone,
    Resumed,
    SegmentStarted,
    SessionDone,
    SetDone,
    WaitingForRep,
)
from .models import Kind
from .plan import Plan, Segment, SegmentKind

if TYPE_CHECKING:
    from .plan import Drill

DEFAULT_MAX_GAP_S = 5.0
"""A tick later than this after the previous one means the machine was asleep."""
ADDABLE_KINDS = frozenset(
    {SegmentKind.HOLD, SegmentKind.REST, SegmentKind.TIMED, SegmentKind.GET_READY}
)


@dataclass(frozen=True, slots=True)
class HurtReport:
    """Exactly where the session stood when the person pressed 'Stop: this hurts'."""

    step: int
    base: str
    exercise: str
    set: int | None
    side: str | None
    rep: int | None
    phase: str
    elapsed_s: float


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the window draws at one moment."""

    index: int
    segment: Segment
    drill: Drill
    position_ms: float
    segment_left_ms: float
    fraction: float
    """How much of the current segment has passed, 0 to 1."""
    left_ms: float
    paused: bool
    pause_reason: PauseReason | None
    waiting_for_rep: bool
    finished: bool


class SessionMachine:
    def __init__(
        self,
        plan: Plan,
        *,
        start_step: int = 0,
        max_gap_s: float = DEFAULT_MAX_GAP_S,
        self_paced: bool = False,
    ) -> None:
        if not plan.segments:
            raise ValueError("a plan with no segments cannot be run")
        self.plan = plan
        self.max_gap_s = max_gap_s
        self.self_paced = self_paced
        self._anchor_now = 0.0
        self._anchor_ms = float(plan.drill_start_ms(start_step))
        self._last_now: float | None = None
        self._index = plan.drill_starts[start_step]
        self._pause: PauseReason | None = None
        self._waiting = False
        self._finished = False
        self._started = False
        self._sets_done: set[int] = set()
        self._counted: tuple[int, int] = (-1, 4)
        """(segment index, lowest countdown second already reported in it)."""

    # -- reading ---------------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        return self._finished

    @property
    def paused(self) -> bool:
        return self._pause is not None

    @property
    def current(self) -> Segment:
        return self.plan.segments[self._index]

    def position_ms(self, now: float) -> float:
        if self._pause is not None or self._waiting or self._finished or not self._started:
            return self._anchor_ms
        return self._anchor_ms + (now - self._anchor_now) * 1000.0

    def snapshot(self, now: float) -> Snapshot:
        pos = min(self.position_ms(now), float(self.plan.total_ms))
        seg = self.current
        into = min(max(pos - seg.start_ms, 0.0), float(seg.duration_ms))
        return Snapshot(
            index=self._index,
            segment=seg,
            drill=self.plan.drills[seg.step],
            position_ms=pos,
            segment_left_ms=seg.duration_ms - into,
            fraction=into / seg.duration_ms,
            left_ms=self.plan.total_ms - pos,
            paused=self._pause is not None,
            pause_reason=self._pause,
            waiting_for_rep=self._waiting,
            finished=self._finished,
        )

    # -- running ---------------------------------------------------------------------------

    def start(self, now: float) -> list[Event]:
        """Begin at `now` (at `start_step`'s get-ready)."""
        if self._started:
            return []
        self._started = True
        self._anchor_now = self._last_now = now
        first = self.current
        cue = cues.boundary_cue(None, first, self.plan)
        events: list[Event] = [SegmentStarted(self._index, first)]
        return events + ([cue] if cue else []) + self._clamp_self_paced(now)

    def tick(self, now: float) -> list[Event]:
        """Report everything that happened up to `now`."""
        if not self._started or self._finished:
            return []
        last = self._last_now
        self._last_now = now if last is None else max(now, last)
        if self._pause is not None or self._waiting:
            return []
        if last is not None and now - last > self.max_gap_s:
            # Asleep: count time only up to the last tick before the gap, then pause there.
            pos = self.position_ms(last)
            events = self._advance(pos, last)
            if not self._finished and not self._waiting:
                self._anchor_ms = max(pos, float(self.current.start_ms))
                self._pause = PauseReason.SLEEP
                events.append(Paused(PauseReason.SLEEP))
            return events
        return self._advance(self.position_ms(now), now)

    def pause(self, now: float, reason: PauseReason = PauseReason.USER) -> list[Event]:
        events = self.tick(now)
        if self._finished or self._pause is not None:
            return events
        self._freeze(now, reason)
        return [*events, Paused(reason)]

    def resume(self, now: float) -> list[Event]:
        if self._pause is None or self._finished:
            return []
        self._pause = None
        self._anchor_now = self._last_now = now
        return [Resumed()]

    def hurt(self, now: float) -> tuple[HurtReport, list[Event]]:
        """Pause at once and report exactly where the session stood."""
        events = self.tick(now)
        if not self._finished and self._pause is None:
            self._freeze(now, PauseReason.HURT)
            events += [Paused(PauseReason.HURT), cues.stop_cue()]
        seg = self.current
        report = HurtReport(
            step=seg.step,
            base=self.plan.drills[seg.step].base,
            exercise=seg.exercise,
            set=seg.set,
            side=None if seg.side is None else seg.side.value,
            rep=seg.rep,
            phase=seg.kind.value,
            elapsed_s=round(self.position_ms(now) / 1000.0, 3),
        )
        return report, events

    # -- controls --------------------------------------------------------------------------

    def skip(self, now: float, status: DrillStatus = DrillStatus.SKIPPED) -> list[Event]:
        """Leave the current drill unfinished (skipped, or stopped because it hurt) and go on."""
        events = self.tick(now)
        if self._finished:
            return events
        step = self.current.step
        events.append(self._drill_done(step, status, self.position_ms(now)))
        if step + 1 >= len(self.plan.drills):
            return events + self._finish(now, complete=True)
        return events + self._jump(now, self.plan.drill_starts[step + 1])

    def back(self, now: float) -> list[Event]:
        """Go to the start of the previous drill (or the start of the first)."""
        events = self.tick(now)
        if self._finished:
            return events
        step = max(self.current.step - 1, 0)
        return events + self._jump(now, self.plan.drill_starts[step])

    def restart_set(self, now: float) -> list[Event]:
        """Go back to the first segment of the current set (the drill's start in get-ready)."""
        events = self.tick(now)
        if self._finished:
            return events
        seg = self.current
        first = self.plan.drill_starts[seg.step]
        if seg.set is not None:
            for i in range(first, self._index + 1):
                s = self.plan.segments[i]
                if s.set == seg.set and s.kind is not SegmentKind.GET_READY:
                    first = i
                    break
        self._sets_done.discard(seg.set or 0)
        return events + self._jump(now, first)

    def add_time(self, now: float, seconds: float = 10.0) -> list[Event]:
        """Lengthen the current hold, rest, timed stretch or get-ready."""
        events = self.tick(now)
        if self._finished or self.current.kind not in ADDABLE_KINDS:
            return events
        extra = round(seconds * 1000)
        index = self._index
        segs = list(self.plan.segments)
        segs[index] = replace(segs[index], duration_ms=segs[index].duration_ms + extra)
        for i in range(index + 1, len(segs)):
            segs[i] = replace(segs[i], start_ms=segs[i].start_ms + extra)
        self.plan = replace(self.plan, segments=tuple(segs))
        return [*events, PlanChanged(self.plan)]

    def set_self_paced(self, now: float, on: bool) -> list[Event]:
        events = self.tick(now)
        self.self_paced = on
        if not on and self._waiting:
            self._waiting = False
            self._anchor_now = now
        return events + self._clamp_self_paced(now)

    def confirm_rep(self, now: float) -> list[Event]:
        """Self-paced mode: the rep waited for is done; move on to the next."""
        if not self._waiting or self._pause is not None or self._finished:
            return []
        seg = self.current
        end = self._index
        while not self.plan.segments[end].ends_rep:
            end += 1
        end_ms = float(self.plan.segments[end].end_ms)
        self._waiting = False
        self._anchor_ms, self._anchor_now = end_ms, now
        self._index = end
        return self._advance(end_ms, now, quiet=seg)

    def swap(
        self, now: float, drill: Drill, status: DrillStatus | None = DrillStatus.STOPPED
    ) -> list[Event]:
        """Put another exercise in the current drill's place and start it from its get-ready.

        The drill being replaced is reported with `status` (stopped, when it hurt), or not at
        all when the person only chose a different version before starting it."""
        events = self.tick(now)
        if self._finished:
            return events
        step = self.current.step
        if status is not None:
            events.append(self._drill_done(step, status, self.position_ms(now)))
        self.plan = self.plan.with_drill(replace(drill, step=step))
        events.append(PlanChanged(self.plan))
        return events + self._jump(now, self.plan.drill_starts[step])

    def end(self, now: float, status: DrillStatus = DrillStatus.SKIPPED) -> list[Event]:
        """The user ends the session early; the current drill is skipped (or stopped)."""
        events = self.tick(now)
        if self._finished:
            return events
        events.append(self._drill_done(self.current.step, status, self.position_ms(now)))
        return events + self._finish(now, complete=False)

    # -- internals -------------------------------------------------------------------------

    def _freeze(self, now: float, reason: PauseReason) -> None:
        """Stop the position where it is now (tick(now) has already been run)."""
        self._anchor_ms = min(self.position_ms(now), float(self.current.end_ms))
        self._pause = reason

    def _jump(self, now: float, index: int) -> list[Event]:
        seg = self.plan.segments[index]
        if seg.step != self.current.step:
            self._sets_done = set()
        self._index = index
        self._anchor_ms = float(seg.start_ms)
        self._anchor_now = self._last_now = now
        self._waiting = False
        self._counted = (-1, 4)
        cue = cues.boundary_cue(None, seg, self.plan)
        events: list[Event] = [SegmentStarted(index, seg)]
        return events + ([cue] if cue else []) + self._clamp_self_paced(now)

    def _advance(self, pos: float, now: float, quiet: Segment | None = None) -> list[Event]:
        """Cross every boundary up to `pos`, in order. `quiet`: a confirmed self-paced rep."""
        events: list[Event] = []
        segs = self.plan.segments
        while True:
            seg = segs[self._index]
            if quiet is None and seg.counts_down:
                events += self._countdowns(seg, pos)
            if pos < seg.end_ms:
                return events
            events += self._boundary(seg)
            if self._index + 1 >= len(segs):
                return events + self._finish(now, complete=True)
            self._index += 1
            nxt = segs[self._index]
            events.append(SegmentStarted(self._index, nxt))
            cue = cues.boundary_cue(seg, nxt, self.plan)
            if cue is not None:
                events.append(cue)
            if self.self_paced and self._is_rep_start(nxt):
                self._waiting = True
                self._anchor_ms, self._anchor_now = float(nxt.start_ms), now
                return [*events, WaitingForRep(nxt)]
            quiet = None

    def _countdowns(self, seg: Segment, pos: float) -> list[Event]:
        """Countdown events for the last three seconds of `seg` crossed up to `pos`."""
        out: list[Event] = []
        for seconds in (3, 2, 1):
            already = self._counted[0] == self._index and self._counted[1] <= seconds
            if pos >= seg.end_ms - seconds * 1000 and not already:
                out += [Countdown(seconds, seg), cues.countdown_cue(seconds)]
                self._counted = (self._index, seconds)
        return out

    def _boundary(self, seg: Segment) -> list[Event]:
        events: list[Event] = []
        if seg.ends_rep and seg.rep is not None and seg.reps is not None:
            events.append(RepDone(seg.step, seg.exercise, seg.set, seg.side, seg.rep, seg.reps))
        if seg.ends_set and seg.set is not None and seg.sets is not None:
            self._sets_done.add(seg.set)
            events.append(SetDone(seg.step, seg.exercise, seg.set, seg.sets))
        last_of_drill = (
            self._index + 1 >= len(self.plan.segments)
            or self.plan.segments[self._index + 1].step != seg.step
        )
        if last_of_drill:
            events.append(self._drill_done(seg.step, DrillStatus.DONE))
            self._sets_done = set()
        return events

    def _drill_done(self, step: int, status: DrillStatus, at_ms: float | None = None) -> DrillDone:
        drill = self.plan.drills[step]
        sets = drill.dose.sets if drill.exercise.kind is not Kind.BREATHING else 1
        done = sets if status is DrillStatus.DONE else len(self._sets_done)
        fraction = 1.0
        if status is not DrillStatus.DONE and at_ms is not None:
            begins = self.plan.segments[self.plan.drill_starts[step]].end_ms  # after get-ready
            ends = self.plan.drill_end_ms(step)
            fraction = min(max((at_ms - begins) / max(ends - begins, 1), 0.0), 1.0)
        return DrillDone(
            step,
            drill.base,
            drill.exercise.id,
            status,
            done,
            self.plan.drill_start_ms(step),
            round(fraction, 3),
        )

    def _finish(self, now: float, complete: bool) -> list[Event]:
        pos = self.plan.total_ms if complete else self.position_ms(now)
        self._finished = True
        self._anchor_ms = float(pos)
        # The closing cue comes first: whoever hears SessionDone may stop listening.
        cue = cues.boundary_cue(self.current, None, self.plan) if complete else None
        return [*([cue] if cue else []), SessionDone(complete, round(pos))]

    def _is_rep_start(self, seg: Segment) -> bool:
        return seg.kind is SegmentKind.MOVE and seg.rep is not None

    def _clamp_self_paced(self, now: float) -> list[Event]:
        seg = self.current
        at_start = self.position_ms(now) <= seg.start_ms + 1 or self._waiting
        if self.self_paced and not self._finished and self._is_rep_start(seg) and at_start:
            self._waiting = True
            self._anchor_ms, self._anchor_now = float(seg.start_ms), now
            return [WaitingForRep(seg)]
        return []
