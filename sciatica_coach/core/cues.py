"""Which sound to play and what to say at each boundary of the timeline.

One sound per moment, each with one meaning: `start` work begins, `rep` the next rep, `tick` one
of the last three seconds, `done` let go of a hold, `switch_side`, `set_done`, `breathe_in`,
`breathe_out`, `session_done`, and `stop` when the session pauses because something hurt.
Speech is short; counts are marked so the player can leave them out unless asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .events import Cue
from .models import Kind
from .plan import SegmentKind, Side

if TYPE_CHECKING:
    from .plan import Plan, Segment

SOUNDS = (
    "start",
    "tick",
    "done",
    "rep",
    "breathe_in",
    "breathe_out",
    "switch_side",
    "set_done",
    "session_done",
    "stop",
)
SPOKEN_HOLD_MIN_MS = 3_000


def countdown_cue(seconds: int) -> Cue:
    return Cue("tick", str(seconds), caption=f"{seconds}", count=True)


def stop_cue() -> Cue:
    return Cue("stop", "Paused", caption="Paused: this hurts")


def boundary_cue(prev: Segment | None, nxt: Segment | None, plan: Plan) -> Cue | None:
    """The cue for the moment `prev` ends and `nxt` starts (either may be None)."""
    if nxt is None:
        return Cue("session_done", "Well done. That is the whole routine.", "Session complete")
    drill = plan.drills[nxt.step]
    held = prev is not None and _is_held(prev, plan)
    if nxt.kind is SegmentKind.GET_READY:
        if prev is None:
            return Cue(None, f"Get ready: {drill.title}", f"Get ready: {drill.title}")
        sound = "done" if held else "set_done"
        return Cue(sound, f"Next: {drill.title}", f"Next: {drill.title}")
    if nxt.kind is SegmentKind.REST:
        seconds = round(nxt.duration_ms / 1000)
        sound = "done" if held else "set_done"
        return Cue(sound, f"Rest, {seconds} seconds", f"Set {nxt.set} done. Rest")
    if nxt.kind is SegmentKind.SWITCH_SIDE:
        return Cue("switch_side", "Switch sides", f"Switch to your {_side(nxt.side)} side")
    if nxt.kind is SegmentKind.MOVE:
        return _rep_cue(prev, nxt)
    if nxt.kind is SegmentKind.HOLD:
        if nxt.rep is not None:
            spoken = "Hold" if nxt.duration_ms >= SPOKEN_HOLD_MIN_MS else None
            return Cue(None, spoken, "Hold") if spoken else None
        return Cue("start", f"Hold, {_seconds(nxt)}", f"Hold{_side_caption(nxt)}")
    if nxt.kind is SegmentKind.TIMED:
        return Cue("start", f"Begin, {_seconds(nxt)}", f"Begin{_side_caption(nxt)}")
    if nxt.kind is SegmentKind.BREATHE_IN:
        return Cue("breathe_in", "Breathe in" if nxt.cycle == 1 else None, "Breathe in")
    if nxt.kind is SegmentKind.BREATHE_OUT:
        return Cue("breathe_out", "Breathe out" if nxt.cycle == 1 else None, "Breathe out")
    if nxt.kind is SegmentKind.BREATHE_HOLD:
        return Cue(None, "Hold" if nxt.cycle == 1 else None, "Hold the breath")
    return None  # RETURN: the tempo carries on without a new sound


def _rep_cue(prev: Segment | None, nxt: Segment) -> Cue:
    first_of_block = prev is None or prev.kind in {
        SegmentKind.GET_READY,
        SegmentKind.REST,
        SegmentKind.SWITCH_SIDE,
    }
    last = nxt.rep == nxt.reps and nxt.side in {None, Side.RIGHT}
    caption = f"Rep {nxt.rep} of {nxt.reps}{_side_caption(nxt)}"
    if first_of_block:
        side = f"{_side(nxt.side).capitalize()} side. " if nxt.side else ""
        return Cue("start", f"{side}Go", caption)
    if last:
        return Cue("rep", "Last one", caption)
    counted = nxt.side in {None, Side.LEFT}
    return Cue("rep", str(nxt.rep) if counted else None, caption, count=True)


def _is_held(segment: Segment, plan: Plan) -> bool:
    kind = plan.drills[segment.step].exercise.kind
    return segment.kind in {SegmentKind.HOLD, SegmentKind.TIMED} and kind in {Kind.HOLD, Kind.TIMED}


def _seconds(segment: Segment) -> str:
    seconds = round(segment.duration_ms / 1000)
    if seconds >= 120 and seconds % 60 == 0:
        return f"{seconds // 60} minutes"
    return f"{seconds} seconds"


def _side(side: Side | None) -> str:
    return "other" if side is None else side.value


def _side_caption(segment: Segment) -> str:
    return "" if segment.side is None else f", {segment.side.value} side"
