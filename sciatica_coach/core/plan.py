"""Expand a routine into a flat, contiguous timeline of segments (DESIGN.md §4).

Times are whole milliseconds so that segments are exactly contiguous and the total is exactly
their sum; the JSON contract gives them in seconds. Semantics: `reps` counts per side; `sides:
each` runs all reps on one side, then switches; `alternating` runs left, right, left...; there is
a rest after every set but the last, and a get-ready before each drill (longer when the position
changes, so a person on the floor has time to move).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from .dosage import Dose, resolve
from .models import BreathingStep, BreathPhase, Exercise, ExerciseStep, Kind, Position, Sides

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .library import Catalogue
    from .models import Routine

GET_READY_SAME_POSITION_MS = 6_000
GET_READY_NEW_POSITION_MS = 12_000
SWITCH_SIDE_MS = 5_000
SWITCH_SIDE_LYING_MS = 10_000
"""Rolling over to the other side takes longer than swapping legs."""
COUNTDOWN_MIN_MS = 5_000
"""Segments at least this long count down their last three seconds."""


class SegmentKind(StrEnum):
    GET_READY = "get_ready"
    MOVE = "move"
    HOLD = "hold"
    RETURN = "return"
    REST = "rest"
    SWITCH_SIDE = "switch_side"
    BREATHE_IN = "breathe_in"
    BREATHE_HOLD = "breathe_hold"
    BREATHE_OUT = "breathe_out"
    TIMED = "timed"


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"


COUNTDOWN_KINDS = frozenset(
    {SegmentKind.GET_READY, SegmentKind.HOLD, SegmentKind.REST, SegmentKind.TIMED}
)


@dataclass(frozen=True, slots=True)
class Segment:
    """One stretch of the timeline: what to do, for how long, and where it sits in the drill."""

    step: int
    exercise: str
    kind: SegmentKind
    start_ms: int
    duration_ms: int
    text: str
    set: int | None = None
    sets: int | None = None
    side: Side | None = None
    rep: int | None = None
    reps: int | None = None
    cycle: int | None = None
    cycles: int | None = None
    ends_rep: bool = False
    ends_set: bool = False

    @property
    def end_ms(self) -> int:
        return self.start_ms + self.duration_ms

    @property
    def counts_down(self) -> bool:
        return self.kind in COUNTDOWN_KINDS and self.duration_ms >= COUNTDOWN_MIN_MS

    def to_json(self) -> dict[str, Any]:
        return {
            "step": self.step,
            "exercise": self.exercise,
            "set": self.set,
            "side": None if self.side is None else self.side.value,
            "rep": self.rep,
            "kind": self.kind.value,
            "start_s": self.start_ms / 1000,
            "duration_s": self.duration_ms / 1000,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Drill:
    """A routine step resolved against the catalogue: what is done, at which dose, and why."""

    step: int
    base: str
    exercise: Exercise
    dose: Dose
    title: str
    note: str | None = None
    reason: str | None = None
    """Why a variant is used instead of the routine's exercise, shown to the user."""

    @property
    def is_variant(self) -> bool:
        return self.exercise.id != self.base


@dataclass(frozen=True, slots=True)
class Plan:
    routine_id: str
    title: str
    drills: tuple[Drill, ...]
    segments: tuple[Segment, ...]
    drill_starts: tuple[int, ...]
    """Index of each drill's first segment (its get-ready)."""

    @property
    def total_ms(self) -> int:
        return self.segments[-1].end_ms if self.segments else 0

    def drill_start_ms(self, step: int) -> int:
        return self.segments[self.drill_starts[step]].start_ms

    def drill_end_ms(self, step: int) -> int:
        nxt = step + 1
        return self.total_ms if nxt >= len(self.drills) else self.drill_start_ms(nxt)

    def with_drill(self, drill: Drill) -> Plan:
        """The plan with one drill replaced (a variant swapped in); later segments re-expand."""
        drills = list(self.drills)
        drills[drill.step] = drill
        return expand(self.routine_id, self.title, drills)


def make_drill(
    routine_step: ExerciseStep | BreathingStep,
    step: int,
    catalogue: Catalogue,
    variant: str | None = None,
    reason: str | None = None,
) -> Drill:
    """Resolve one routine step; `variant` (with the `reason` shown for it) overrides the file's."""
    base = catalogue[routine_step.exercise]
    if isinstance(routine_step, BreathingStep):
        return Drill(
            step,
            base.id,
            base,
            resolve(base, routine_step),
            routine_step.title or base.name,
            routine_step.note,
        )
    chosen = variant or routine_step.variant
    if chosen is None or chosen == base.id:
        return Drill(step, base.id, base, resolve(base, routine_step), base.name, routine_step.note)
    ex = catalogue[chosen]
    # A variant the routine names takes the routine's dose; one swapped in because a drill hurt
    # (or by the next-time rules) starts on the variant's own, gentler default.
    dose = resolve(ex, routine_step) if variant is None else resolve(ex)
    return Drill(step, base.id, ex, dose, ex.name, routine_step.note, reason)


def swap_drill(drill: Drill, exercise: Exercise, reason: str | None) -> Drill:
    """The same step on another exercise of its ladder, at that exercise's own default dose."""
    return replace(
        drill, exercise=exercise, dose=resolve(exercise), title=exercise.name, reason=reason
    )


def build_plan(
    routine: Routine,
    catalogue: Catalogue,
    variants: Mapping[int, tuple[str, str | None]] | None = None,
) -> Plan:
    """Expand a routine; `variants` maps a step index to (exercise id, reason) to start it on."""
    chosen = variants or {}
    drills = []
    for index, step in enumerate(routine.steps):
        variant, reason = chosen.get(index, (None, None))
        drills.append(make_drill(step, index, catalogue, variant, reason))
    return expand(routine.id, routine.title, drills)


def expand(routine_id: str, title: str, drills: list[Drill]) -> Plan:
    segments: list[Segment] = []
    starts: list[int] = []
    clock = _Cursor()
    previous: Position | None = None
    for drill in drills:
        starts.append(len(segments))
        ex = drill.exercise
        ready_ms = (
            GET_READY_SAME_POSITION_MS if ex.position is previous else GET_READY_NEW_POSITION_MS
        )
        previous = ex.position
        segments.append(clock.add(drill, SegmentKind.GET_READY, ready_ms, _ready_text(drill)))
        if ex.kind is Kind.BREATHING:
            _expand_breathing(drill, clock, segments)
        else:
            _expand_sets(drill, clock, segments)
    return Plan(routine_id, title, tuple(drills), tuple(segments), tuple(starts))


class _Cursor:
    """Hands out contiguous start times."""

    def __init__(self) -> None:
        self.ms = 0

    def add(
        self, drill: Drill, kind: SegmentKind, duration_ms: int, text: str, **fields: Any
    ) -> Segment:
        seg = Segment(drill.step, drill.exercise.id, kind, self.ms, duration_ms, text, **fields)
        self.ms += duration_ms
        return seg


def _ms(seconds: float) -> int:
    return round(seconds * 1000)


def _sides(dose: Dose) -> list[list[Side | None]]:
    """The order of sides within one set, grouped by how reps repeat inside each group."""
    if dose.sides is Sides.EACH:
        return [[Side.LEFT], [Side.RIGHT]]
    if dose.sides is Sides.ALTERNATING:
        return [[Side.LEFT, Side.RIGHT]]
    return [[None]]


def _expand_sets(drill: Drill, clock: _Cursor, out: list[Segment]) -> None:
    ex, dose = drill.exercise, drill.dose
    sets = dose.sets
    switch_ms = SWITCH_SIDE_LYING_MS if ex.position is Position.SIDE_LYING else SWITCH_SIDE_MS
    for set_no in range(1, sets + 1):
        common = {"set": set_no, "sets": sets}
        groups = _sides(dose)
        if ex.kind is not Kind.REPS and dose.sides is Sides.ALTERNATING:
            groups = [[Side.LEFT], [Side.RIGHT]]
        for g_index, group in enumerate(groups):
            if g_index > 0:
                side = group[0]
                out.append(
                    clock.add(
                        drill,
                        SegmentKind.SWITCH_SIDE,
                        switch_ms,
                        _switch_text(side),
                        side=side,
                        **common,
                    )
                )
            if ex.kind is Kind.REPS:
                for rep in range(1, dose.reps + 1):
                    for side in group:
                        _expand_rep(drill, clock, out, rep, side, common)
            else:
                side = group[0]
                kind = SegmentKind.HOLD if ex.kind is Kind.HOLD else SegmentKind.TIMED
                length = dose.hold_s if ex.kind is Kind.HOLD else dose.duration_s
                out.append(
                    clock.add(
                        drill, kind, _ms(length), _hold_text(drill, kind, side), side=side, **common
                    )
                )
        out[-1] = replace(out[-1], ends_set=True)
        if set_no < sets and _ms(dose.rest_s) > 0:
            out.append(
                clock.add(
                    drill,
                    SegmentKind.REST,
                    _ms(dose.rest_s),
                    _rest_text(drill, set_no + 1),
                    **common,
                )
            )


def _expand_rep(
    drill: Drill,
    clock: _Cursor,
    out: list[Segment],
    rep: int,
    side: Side | None,
    common: dict[str, Any],
) -> None:
    dose = drill.dose
    fields = {**common, "side": side, "rep": rep, "reps": dose.reps}
    out.append(
        clock.add(
            drill,
            SegmentKind.MOVE,
            _ms(dose.move_s),
            _rep_text(drill, SegmentKind.MOVE, rep, side),
            **fields,
        )
    )
    if _ms(dose.hold_s) > 0:
        out.append(
            clock.add(
                drill,
                SegmentKind.HOLD,
                _ms(dose.hold_s),
                _rep_text(drill, SegmentKind.HOLD, rep, side),
                **fields,
            )
        )
    out.append(
        clock.add(
            drill,
            SegmentKind.RETURN,
            _ms(dose.return_s),
            _rep_text(drill, SegmentKind.RETURN, rep, side),
            ends_rep=True,
            **fields,
        )
    )


def _expand_breathing(drill: Drill, clock: _Cursor, out: list[Segment]) -> None:
    b = drill.dose.breath
    breathing = drill.exercise.breathing
    for cycle in range(1, b.cycles + 1):
        fields = {"cycle": cycle, "cycles": b.cycles, "set": 1, "sets": 1}
        phases = [
            (SegmentKind.BREATHE_IN, b.inhale_s, "Breathe in", breathing.get("move")),
            (SegmentKind.BREATHE_HOLD, b.hold_in_s, "Hold the breath gently", None),
            (SegmentKind.BREATHE_OUT, b.exhale_s, "Breathe out", breathing.get("return")),
            (SegmentKind.BREATHE_HOLD, b.hold_out_s, "Rest before the next breath", None),
        ]
        for kind, seconds, words, extra in phases:
            if _ms(seconds) > 0:
                text = words if extra is None else f"{words}: {_lower_first(extra)}"
                out.append(clock.add(drill, kind, _ms(seconds), text, **fields))
    out[-1] = replace(out[-1], ends_set=True)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != "I " else text


def _side_words(side: Side | None) -> str:
    return "" if side is None else f" ({side.value})"


def _ready_text(drill: Drill) -> str:
    ex = drill.exercise
    where = ex.position_text or f"Position: {ex.position.value.replace('-', ' ')}."
    return f"Get ready: {drill.title}. {where}"


def _switch_text(side: Side | None) -> str:
    return f"Switch sides: now your {side.value if side else 'other'} side."


def _rest_text(drill: Drill, next_set: int) -> str:
    return f"Rest. Next: {drill.title}, set {next_set} of {drill.dose.sets}."


def _hold_text(drill: Drill, kind: SegmentKind, side: Side | None) -> str:
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


def _rep_text(drill: Drill, kind: SegmentKind, rep: int, side: Side | None) -> str:
    ex = drill.exercise
    text = f"{_PHASE_WORDS[kind]}{_side_words(side)}."
    breath = ex.breathing.get(_PHASE_BREATH[kind]) or ex.breathing.get("throughout")
    if breath:
        text = f"{text} {breath}"
    if ex.halfway_cue and kind is SegmentKind.MOVE and rep == drill.dose.reps // 2 + 1:
        text = f"{ex.halfway_cue} {text}"
    return text


def plan_json(plan: Plan) -> dict[str, Any]:
    """The plan in the JSON contract of `sciatica-coach plan --json` (DESIGN.md §4)."""
    return {
        "routine": plan.routine_id,
        "total_s": plan.total_ms / 1000,
        "segments": [s.to_json() for s in plan.segments],
    }


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
    return f"{sets}{duration_words(_ms(d.duration_s))}{per_side}"


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
