"""The one QObject between a running session and the widgets.

It owns one parented QTimer, asks the session (`services.session_run`) for its events, and
re-emits them as typed signals. The timer only decides how often the screen is redrawn: it wakes
at the next change a person could see (a segment boundary, the countdown's next second, the
ring's next step) and at no other time, and a late or early wake changes nothing about the time
(the machine reads the clock).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ..core import events as ev

if TYPE_CHECKING:
    from ..core.segments import Segment
    from ..core.session import SessionMachine, Snapshot
    from ..services.session_run import SessionRun

IDLE_FRAME_MS = 1000
"""While nothing moves smoothly (reps, get-ready), redraw once a second for the clock text."""
MIN_FRAME_MS = 33
"""At most 30 frames a second: smooth enough for the ring and pacer, no more."""
RING_PIXELS_PER_FRAME = 8.0
"""The hold ring and pacer move about this far per redraw: a 60 s hold redraws twice a second
(invisible steps from a metre away), a 2 s rep phase up to 30 times."""
RING_CIRCUMFERENCE_PX = 1000.0


class SessionDriver(QObject):
    segmentStarted = Signal(object)  # SegmentStarted
    repDone = Signal(object)  # RepDone
    setDone = Signal(object)  # SetDone
    drillDone = Signal(object)  # DrillDone
    countdown = Signal(int)
    cue = Signal(object)  # Cue
    paused = Signal(object)  # PauseReason
    resumed = Signal()
    waitingForRep = Signal(object)  # Segment
    planChanged = Signal(object)  # Plan
    sessionDone = Signal(object)  # SessionDone
    frame = Signal(object)  # Snapshot
    happened = Signal(object)  # every event, in order

    def __init__(self, run: SessionRun, speed: float = 1.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self.speed = speed
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer)

    @property
    def machine(self) -> SessionMachine:
        return self.run.machine

    # -- controls (slots forward to the session) -------------------------------------------

    def start(self) -> None:
        self.emit_events(self.run.start())

    def stop(self) -> None:
        """Stop redrawing (the window is closing or the session was left)."""
        self._timer.stop()

    @property
    def timer_active(self) -> bool:
        return self._timer.isActive()

    def toggle_pause(self) -> None:
        self.emit_events(self.run.toggle_pause())

    def pause(self) -> None:
        self.emit_events(self.run.pause())

    def resume(self) -> None:
        self.emit_events(self.run.resume())

    def skip(self) -> None:
        self.emit_events(self.run.skip())

    def back(self) -> None:
        self.emit_events(self.run.back())

    def restart_set(self) -> None:
        self.emit_events(self.run.restart_set())

    def add_time(self, seconds: float = 10.0) -> None:
        self.emit_events(self.run.add_time(seconds))

    def set_self_paced(self, on: bool) -> None:
        self.emit_events(self.run.set_self_paced(on))

    def confirm_rep(self) -> None:
        self.emit_events(self.run.confirm_rep())

    def end(self) -> None:
        self.emit_events(self.run.end())

    def snapshot(self) -> Snapshot:
        return self.run.snapshot()

    def tick(self) -> None:
        """Ask the session now (the timer does this; tests may too)."""
        self._on_timer()

    # -- internals -------------------------------------------------------------------------

    def _on_timer(self) -> None:
        self.emit_events(self.run.tick())

    def emit_events(self, events: list[ev.Event]) -> None:
        """Re-emit the session's events as signals, redraw, and plan the next wake."""
        for e in events:
            self.happened.emit(e)
            if isinstance(e, ev.SegmentStarted):
                self.segmentStarted.emit(e)
            elif isinstance(e, ev.RepDone):
                self.repDone.emit(e)
            elif isinstance(e, ev.SetDone):
                self.setDone.emit(e)
            elif isinstance(e, ev.DrillDone):
                self.drillDone.emit(e)
            elif isinstance(e, ev.Countdown):
                self.countdown.emit(e.seconds)
            elif isinstance(e, ev.Cue):
                self.cue.emit(e)
            elif isinstance(e, ev.Paused):
                self.paused.emit(e.reason)
            elif isinstance(e, ev.Resumed):
                self.resumed.emit()
            elif isinstance(e, ev.WaitingForRep):
                self.waitingForRep.emit(e.segment)
            elif isinstance(e, ev.PlanChanged):
                self.planChanged.emit(e.plan)
            elif isinstance(e, ev.SessionDone):
                self.sessionDone.emit(e)
        snap = self.snapshot()  # one snapshot per wake: drawn, then used to plan the next
        if not self.machine.finished or events:
            self.frame.emit(snap)
        self._schedule(snap)

    def _schedule(self, snap: Snapshot | None = None) -> None:
        """Wake at the next boundary or the next frame; sleep while paused or finished."""
        if snap is None:
            snap = self.snapshot()
        if self.machine.finished or snap.paused or snap.waiting_for_rep:
            self._timer.stop()
            return
        to_boundary_ms = snap.segment_left_ms / self.speed
        frame_ms = self.frame_interval_ms(snap)
        self._timer.start(max(1, min(int(to_boundary_ms) + 1, frame_ms)))

    def frame_interval_ms(self, snap: Snapshot) -> int:
        """Redraw often enough that the ring, pacer or tempo bar moves a few pixels, no more."""
        seg = snap.segment
        if _shows_ring(seg):
            return self._ring_interval_ms(snap)
        px_per_ms = RING_CIRCUMFERENCE_PX / max(seg.duration_ms / self.speed, 1.0)
        interval = int(RING_PIXELS_PER_FRAME / px_per_ms)
        # Text shows whole seconds: wake when the shown second changes, not just after.
        to_second = int(((snap.segment_left_ms - 1) % 1000 + 1) / self.speed) + 1
        return max(MIN_FRAME_MS, min(interval, to_second, IDLE_FRAME_MS))

    def _ring_interval_ms(self, snap: Snapshot) -> int:
        """A countdown ring changes to the eye when its number does (once a second) and when
        its arc has moved a few pixels. The arc's steps split each second evenly, so the number
        changes on one of them and a wake never draws just one of the two: a hold of a minute
        or more wakes once or twice a second, a 20 s hold about six times."""
        seg = snap.segment
        px_per_s = RING_CIRCUMFERENCE_PX * 1000 / max(seg.duration_ms, 1)
        step_ms = 1000 / max(1, round(px_per_s / RING_PIXELS_PER_FRAME))
        left = snap.segment_left_ms
        # The next multiple of step_ms below `left` (every whole second is one).
        to_step = left - step_ms * math.floor((left - 1e-6) / step_ms)
        return max(MIN_FRAME_MS, int(to_step / self.speed) + 1)


def _shows_ring(seg: Segment) -> bool:
    """The player shows this segment on the countdown ring (not the rep count or the pacer)."""
    return seg.rep is None and not seg.kind.value.startswith("breathe")
