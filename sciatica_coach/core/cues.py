"""Which sound to play and what to say at each boundary of the timeline.

One sound per moment, each with one meaning: `start` work begins, `rep` the next rep, `tick` one
of the last three seconds, `done` let go of a hold, `switch_side`, `set_done`, `breathe_in`,
`breathe_out`, `session_done`, and `stop` when the session pauses because something hurt.
Speech is short; counts are marked so the player can leave them out unless asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .events import Cue
from .i18n import _
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
    return Cue("stop", _("Paused"), caption=_("Paused: this hurts"))


def boundary_cue(prev: Segment | None, nxt: Segment | None, plan: Plan) -> Cue | None:
    """The cue for the moment `prev` ends and `nxt` starts (either may be None)."""
    if nxt is None:
        return Cue(
            "session_done", _("Well done. That is the whole routine."), _("Session complete")
        )
    drill = plan.drills[nxt.step]
    held = prev is not None and _is_held(prev, plan)
    if nxt.kind is SegmentKind.GET_READY:
        if prev is None:
            ready = _("Get ready: {drill}").format(drill=drill.title)
            return Cue(None, ready, ready)
        sound = "done" if held else "set_done"
        following = _("Next: {drill}").format(drill=drill.title)
        return Cue(sound, following, following)
    if nxt.kind is SegmentKind.REST:
        seconds = round(nxt.duration_ms / 1000)
        sound = "done" if held else "set_done"
        rest = _("Rest, {seconds} seconds").format(seconds=seconds)
        return Cue(sound, rest, _("Set {set} done. Rest").format(set=nxt.set))
    if nxt.kind is SegmentKind.SWITCH_SIDE:
        return Cue("switch_side", _("Switch sides"), _switch_caption(nxt.side))
    if nxt.kind is SegmentKind.MOVE:
        return _rep_cue(prev, nxt)
    if nxt.kind is SegmentKind.HOLD:
        if nxt.rep is not None:
            spoken = _("Hold") if nxt.duration_ms >= SPOKEN_HOLD_MIN_MS else None
            return Cue(None, spoken, _("Hold")) if spoken else None
        said = _("Hold, {time}").format(time=_seconds(nxt))
        return Cue("start", said, _with_side(_("Hold"), nxt))
    if nxt.kind is SegmentKind.TIMED:
        said = _("Begin, {time}").format(time=_seconds(nxt))
        return Cue("start", said, _with_side(_("Begin"), nxt))
    if nxt.kind is SegmentKind.BREATHE_IN:
        return Cue("breathe_in", _("Breathe in") if nxt.cycle == 1 else None, _("Breathe in"))
    if nxt.kind is SegmentKind.BREATHE_OUT:
        return Cue("breathe_out", _("Breathe out") if nxt.cycle == 1 else None, _("Breathe out"))
    if nxt.kind is SegmentKind.BREATHE_HOLD:
        return Cue(None, _("Hold") if nxt.cycle == 1 else None, _("Hold the breath"))
    return None  # RETURN: the tempo carries on without a new sound


def _rep_cue(prev: Segment | None, nxt: Segment) -> Cue:
    first_of_block = prev is None or prev.kind in {
        SegmentKind.GET_READY,
        SegmentKind.REST,
        SegmentKind.SWITCH_SIDE,
    }
    last = nxt.rep == nxt.reps and nxt.side in {None, Side.RIGHT}
    rep = _("Rep {rep} of {reps}").format(rep=nxt.rep, reps=nxt.reps)
    caption = _with_side(rep, nxt)
    if first_of_block:
        if nxt.side is Side.LEFT:
            return Cue("start", _("Left side. Go"), caption)
        if nxt.side is Side.RIGHT:
            return Cue("start", _("Right side. Go"), caption)
        return Cue("start", _("Go"), caption)
    if last:
        return Cue("rep", _("Last one"), caption)
    counted = nxt.side in {None, Side.LEFT}
    return Cue("rep", str(nxt.rep) if counted else None, caption, count=True)


def _is_held(segment: Segment, plan: Plan) -> bool:
    kind = plan.drills[segment.step].exercise.kind
    return segment.kind in {SegmentKind.HOLD, SegmentKind.TIMED} and kind in {Kind.HOLD, Kind.TIMED}


def _seconds(segment: Segment) -> str:
    seconds = round(segment.duration_ms / 1000)
    if seconds >= 120 and seconds % 60 == 0:
        return _("{n} minutes").format(n=seconds // 60)
    return _("{n} seconds").format(n=seconds)


def _switch_caption(side: Side | None) -> str:
    if side is Side.LEFT:
        return _("Switch to your left side")
    if side is Side.RIGHT:
        return _("Switch to your right side")
    return _("Switch to your other side")


def _with_side(text: str, segment: Segment) -> str:
    """'Hold, left side': the caption with the side, when the drill has sides."""
    if segment.side is Side.LEFT:
        return _("{text}, left side").format(text=text)
    if segment.side is Side.RIGHT:
        return _("{text}, right side").format(text=text)
    return text
