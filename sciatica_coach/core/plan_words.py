"""The words of a plan: what each segment says, and the readable timeline of `plan`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .i18n import _, ngettext
from .models import BreathPhase, Kind, Position, Sides
from .segments import SegmentKind, Side

if TYPE_CHECKING:
    from .segments import Drill, Segment


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != "I " else text


def segment_text(seg: Segment, drill: Drill) -> str:
    """What the screen says during `seg`, made now (in the language chosen now)."""
    kind = seg.kind
    if kind is SegmentKind.GET_READY:
        return ready_text(drill)
    if kind is SegmentKind.SWITCH_SIDE:
        return switch_text(seg.side, drill)
    if kind is SegmentKind.REST:
        return rest_text(drill, (seg.set or 0) + 1)
    if kind in _PHASE_WORDS and seg.rep is not None:
        return rep_text(drill, kind, seg.rep, seg.side)
    if kind in (SegmentKind.HOLD, SegmentKind.TIMED):
        return hold_text(drill, kind, seg.side)
    return breath_text(drill, seg)


def ready_text(drill: Drill) -> str:
    ex = drill.exercise
    where = ex.position_text or _("Position: {position}.").format(
        position=position_words(ex.position)
    )
    only = only_side_words(drill)
    title = drill.title if only is None else f"{drill.title}, {only}"
    return _("Get ready: {drill}. {where}").format(drill=title, where=where)


def only_side_words(drill: Drill) -> str | None:
    """'left leg only' for a drill the physio prescribed on one side; None otherwise."""
    side = {Sides.LEFT: Side.LEFT, Sides.RIGHT: Side.RIGHT}.get(drill.dose.sides)
    if side is None:
        return None
    return _("{side} only").format(side=side_words(drill, side))


def position_words(position: Position) -> str:
    return {
        Position.PRONE: _("lying face down"),
        Position.SUPINE: _("lying on your back"),
        Position.SEATED: _("sitting"),
        Position.QUADRUPED: _("on hands and knees"),
        Position.SIDE_LYING: _("lying on your side"),
        Position.STANDING: _("standing"),
    }[position]


def side_words(drill: Drill, side: Side) -> str:
    """What a side means for this drill, e.g. 'left leg', 'right arm and left leg'."""
    template = drill.side_means or _("{side} side")
    names = {Side.LEFT: _("left"), Side.RIGHT: _("right")}
    # After a feminine noun, for languages that agree ("pierna izquierda"; content_i18n).
    feminine = {
        Side.LEFT: _("left", "after a feminine noun"),
        Side.RIGHT: _("right", "after a feminine noun"),
    }
    other = Side.RIGHT if side is Side.LEFT else Side.LEFT
    return template.format(
        side=names[side], other=names[other], side_f=feminine[side], other_f=feminine[other]
    )


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def switch_text(side: Side | None, drill: Drill | None = None) -> str:
    if side is None or drill is None:
        return _("Switch sides: now your other side.")
    return _("Switch sides: now the {side}.").format(side=side_words(drill, side))


def rest_text(drill: Drill, next_set: int) -> str:
    return _("Rest. Next: {drill}, set {set} of {sets}.").format(
        drill=drill.title, set=next_set, sets=drill.dose.sets
    )


def _side_words(drill: Drill, side: Side | None) -> str:
    return "" if side is None else f" ({side_words(drill, side)})"


def hold_text(drill: Drill, kind: SegmentKind, side: Side | None) -> str:
    ex = drill.exercise
    breath = ex.breathing.get("hold") or ex.breathing.get("throughout")
    head = _("Hold") if kind is SegmentKind.HOLD else _("Keep going")
    text = f"{head}{_side_words(drill, side)}."
    return f"{text} {breath}" if breath else text


def _phase_word(kind: SegmentKind) -> str:
    return {SegmentKind.MOVE: _("Move"), SegmentKind.HOLD: _("Hold")}.get(kind) or _("Return")


_PHASE_WORDS = frozenset({SegmentKind.MOVE, SegmentKind.HOLD, SegmentKind.RETURN})
_PHASE_BREATH: dict[SegmentKind, BreathPhase] = {
    SegmentKind.MOVE: "move",
    SegmentKind.HOLD: "hold",
    SegmentKind.RETURN: "return",
}


def rep_text(drill: Drill, kind: SegmentKind, rep: int, side: Side | None) -> str:
    ex = drill.exercise
    text = f"{_phase_word(kind)}{_side_words(drill, side)}."
    breath = ex.breathing.get(_PHASE_BREATH[kind]) or ex.breathing.get("throughout")
    if breath:
        text = f"{text} {breath}"
    if ex.halfway_cue and kind is SegmentKind.MOVE and rep == drill.dose.reps // 2 + 1:
        text = f"{ex.halfway_cue} {text}"
    return text


def breath_text(drill: Drill, seg: Segment) -> str:
    breathing = drill.exercise.breathing
    if seg.kind is SegmentKind.BREATHE_IN:
        words, extra = _("Breathe in"), breathing.get("move")
    elif seg.kind is SegmentKind.BREATHE_OUT:
        words, extra = _("Breathe out"), breathing.get("return")
    elif seg.lungs_full:
        words, extra = _("Hold the breath gently"), None
    else:
        words, extra = _("Rest before the next breath"), None
    return words if extra is None else f"{words}: {lower_first(extra)}"


def clock_text(ms: int) -> str:
    """'m:ss' (or 'h:mm:ss') for a time in milliseconds, rounded to the second."""
    seconds = round(ms / 1000)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def duration_words(ms: int) -> str:
    """'12 min 30 s', '45 s', '1 h 5 min'."""
    seconds = round(ms / 1000)
    if seconds < 60:
        return f"{seconds} s"
    minutes, secs = divmod(seconds, 60)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return f"{hours} h {minutes} min"
    return f"{minutes} min {secs} s" if secs else f"{minutes} min"


def seconds_words(seconds: float) -> str:
    """'1.5 s', '45 s', '2 min', '1 min 30 s': as a physio would write the hold."""
    if seconds < 60 or seconds != int(seconds):
        return f"{seconds:g} s"
    return duration_words(round(seconds * 1000))


def dose_words(drill: Drill) -> str:
    """A short description of the dose, e.g. '3 sets x 10 reps each side, 2 s hold'."""
    d, kind = drill.dose, drill.exercise.kind
    if kind is Kind.BREATHING:
        b = d.breath
        parts = [_("in {time}").format(time=f"{b.inhale_s:g} s")]
        if b.hold_in_s:
            parts.append(_("hold {time}").format(time=f"{b.hold_in_s:g} s"))
        parts.append(_("out {time}").format(time=f"{b.exhale_s:g} s"))
        if b.hold_out_s:
            parts.append(_("hold {time}").format(time=f"{b.hold_out_s:g} s"))
        return ngettext("{n} breath: {pattern}", "{n} breaths: {pattern}", b.cycles).format(
            n=b.cycles, pattern=", ".join(parts)
        )
    if kind is Kind.HOLD:
        text = ngettext("{n} hold of {time}", "{n} holds of {time}", d.sets).format(
            n=d.sets, time=seconds_words(d.hold_s)
        )
    else:
        if kind is Kind.REPS:
            text = ngettext("{n} rep", "{n} reps", d.reps).format(n=d.reps)
        else:
            text = duration_words(round(d.duration_s * 1000))
        if d.sets > 1:
            text = _("{sets} sets x {dose}").format(sets=d.sets, dose=text)
    text = _with_sides(text, drill)
    if kind is Kind.REPS and d.hold_s:
        text = _("{dose}, {time} hold").format(dose=text, time=f"{d.hold_s:g} s")
    return text


def _with_sides(text: str, drill: Drill) -> str:
    only = only_side_words(drill)
    if only is not None:
        return _("{dose}, {only}").format(dose=text, only=only)
    sides = drill.dose.sides
    if sides is Sides.EACH:
        return _("{dose} each side").format(dose=text)
    if sides is Sides.ALTERNATING:
        return _("{dose} each side, alternating").format(dose=text)
    if sides is Sides.AFFECTED:
        return _("{dose} on the affected side (each side until the person says which)").format(
            dose=text
        )
    return text
