"""The words of a plan: what each segment says, and the readable timeline of `plan`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .models import BreathPhase, Kind, Sides
from .segments import SegmentKind, Side

if TYPE_CHECKING:
    from .plan import Drill, Plan


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != "I " else text


def _side_words(side: Side | None) -> str:
    return "" if side is None else f" ({side.value})"


def ready_text(drill: Drill) -> str:
    ex = drill.exercise
    where = ex.position_text or f"Position: {ex.position.value.replace('-', ' ')}."
    return f"Get ready: {drill.title}. {where}"


def switch_text(side: Side | None) -> str:
    return f"Switch sides: now your {side.value if side else 'other'} side."


def rest_text(drill: Drill, next_set: int) -> str:
    return f"Rest. Next: {drill.title}, set {next_set} of {drill.dose.sets}."


def hold_text(drill: Drill, kind: SegmentKind, side: Side | None) -> str:
    ex = drill.exercise
    breath = ex.breathing.get("hold") or ex.breathing.get("throughout")
    head = "Hold" if kind is SegmentKind.HOLD else "Keep going"
    text = f"{head}{_side_words(side)}."
    return f"{text} {breath}" if breath else text


_PHASE_WORDS = {SegmentKind.MOVE: "Move", SegmentKind.HOLD: "Hold", SegmentKind.RETURN: "Return"}
_PHASE_BREATH: dict[SegmentKind, BreathPhase] = {
    SegmentKind.MOVE: "move",
    SegmentKind.HOLD: "hold",
    SegmentKind.RETURN: "return",
}


def rep_text(drill: Drill, kind: SegmentKind, rep: int, side: Side | None) -> str:
    ex = drill.exercise
    text = f"{_PHASE_WORDS[kind]}{_side_words(side)}."
    breath = ex.breathing.get(_PHASE_BREATH[kind]) or ex.breathing.get("throughout")
    if breath:
        text = f"{text} {breath}"
    if ex.halfway_cue and kind is SegmentKind.MOVE and rep == drill.dose.reps // 2 + 1:
        text = f"{ex.halfway_cue} {text}"
    return text


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


def dose_words(drill: Drill) -> str:
    """A short description of the dose, e.g. '3 sets x 10 reps each side, 2 s hold'."""
    d, kind = drill.dose, drill.exercise.kind
    per_side = {Sides.EACH: " each side", Sides.ALTERNATING: " each side, alternating"}.get(
        d.sides, ""
    )
    sets = f"{d.sets} sets x " if d.sets > 1 else ""
    if kind is Kind.BREATHING:
        b = d.breath
        parts = [f"in {b.inhale_s:g} s"]
        if b.hold_in_s:
            parts.append(f"hold {b.hold_in_s:g} s")
        parts.append(f"out {b.exhale_s:g} s")
        if b.hold_out_s:
            parts.append(f"hold {b.hold_out_s:g} s")
        return f"{b.cycles} breaths: " + ", ".join(parts)
    if kind is Kind.REPS:
        hold = f", {d.hold_s:g} s hold" if d.hold_s else ""
        return f"{sets}{d.reps} reps{per_side}{hold}"
    if kind is Kind.HOLD:
        holds = "holds" if d.sets > 1 else "hold"
        return f"{d.sets} {holds} of {d.hold_s:g} s{per_side}"
    return f"{sets}{duration_words(round(d.duration_s * 1000))}{per_side}"


def format_timeline(plan: Plan) -> str:
    """A readable timeline: one line per drill and per set, and the total."""
    lines = [
        f"{plan.title} ({plan.routine_id}): {len(plan.drills)} drills, "
        f"{duration_words(plan.total_ms)}",
        "",
    ]
    for drill in plan.drills:
        first = plan.segments[plan.drill_starts[drill.step]]
        ex = drill.exercise
        name = drill.title + (f" [instead of {drill.base}]" if drill.is_variant else "")
        lines.append(
            f"{clock_text(first.start_ms):>7}  {drill.step + 1}. {name}: "
            f"{dose_words(drill)} ({ex.position.value})"
        )
        end = plan.drill_end_ms(drill.step)
        segs = [s for s in plan.segments[plan.drill_starts[drill.step] :] if s.step == drill.step]
        for s in segs:
            if s.kind is SegmentKind.REST:
                lines.append(
                    f"{clock_text(s.start_ms):>7}       rest {duration_words(s.duration_ms)}"
                )
        lines.append(f"{'':>7}       done at {clock_text(end)}")
    lines += ["", f"Total: {clock_text(plan.total_ms)} ({duration_words(plan.total_ms)})"]
    return "\n".join(lines)
