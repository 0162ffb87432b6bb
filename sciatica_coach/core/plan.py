"""Expand a routine into a flat, contiguous timeline of segments (DESIGN.md §4).

Times are whole milliseconds so that segments are exactly contiguous and the total is exactly
their sum; the JSON contract gives them in seconds. Semantics: `reps` counts per side; `sides:
each` runs all reps on one side, then switches; `alternating` runs left, right, left...; there is
a rest after every set but the last, and a get-ready before each drill (longer when the position
changes, so a person on the floor has time to move).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from .constraints import plain
from .dosage import Dose, resolve
from .models import BreathingStep, Exercise, ExerciseStep, Kind, Position, Sides
from .plan_words import (
    clock_text,
    dose_words,
    duration_words,
    segment_text,
)
from .segments import (
    COUNTDOWN_KINDS,
    COUNTDOWN_MIN_MS,
    Change,
    ChangeCause,
    Drill,
    Segment,
    SegmentKind,
    Side,
)
from .words import frequency_words

__all__ = [  # the plan's pieces and words live in segments.py and plan_words.py
    "COUNTDOWN_KINDS",
    "COUNTDOWN_MIN_MS",
    "Change",
    "ChangeCause",
    "Drill",
    "Plan",
    "Segment",
    "SegmentKind",
    "Side",
    "build_plan",
    "clock_text",
    "dose_words",
    "duration_words",
    "expand",
    "make_drill",
    "plan_json",
    "segment_text",
    "swap_drill",
]

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .library import Catalogue
    from .models import Routine

DOSE_FIELDS = frozenset(
    {"sets", "reps", "hold_s", "rest_s", "tempo", "sides", "duration_s", "breath"}
)
GET_READY_SAME_POSITION_MS = 6_000
GET_READY_NEW_POSITION_MS = 12_000
SWITCH_SIDE_MS = 5_000
SWITCH_SIDE_LYING_MS = 10_000
"""Rolling over to the other side takes longer than swapping legs."""


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
    change: Change | None = None,
) -> Drill:
    """Resolve one routine step; `variant` (with the `change` behind it) overrides the file's."""
    base = catalogue[routine_step.exercise]
    if isinstance(routine_step, BreathingStep):
        return Drill(
            step,
            base.id,
            base,
            resolve(base, routine_step),
            routine_step.title or base.name,
            routine_step.note,
            set_here=frozenset({"breath"}),
        )
    own = routine_step.variant or base.id
    chosen = variant or own
    ex = catalogue[chosen]
    fallback, stop_note = routine_step.if_it_hurts, routine_step.stop_note
    if chosen == own:
        dose = resolve(ex, routine_step)
        change = None
    else:
        # The routine's own exercise takes the routine's dose; one swapped in because a drill
        # hurt (or by the next-time rules) starts on that exercise's own default, on the
        # prescribed side.
        dose = _one_sided(resolve(ex), routine_step)
    set_here = (
        frozenset(f for f in DOSE_FIELDS if getattr(routine_step, f) is not None)
        if change is None
        else frozenset()
    )
    return Drill(
        step, base.id, ex, dose, ex.name, routine_step.note, change,
        if_it_hurts=fallback, stop_note=stop_note, side_means=ex.side_means or base.side_means,
        set_here=set_here, frequency=routine_step.frequency,
    )  # fmt: skip


def swap_drill(drill: Drill, exercise: Exercise, change: Change | None) -> Drill:
    """The same step on another exercise of its ladder, at that exercise's own default dose
    (on the one side prescribed, when the step was for one side only)."""
    dose = resolve(exercise)
    if drill.dose.sides in (Sides.LEFT, Sides.RIGHT) and dose.sides is not Sides.NONE:
        dose = replace(dose, sides=drill.dose.sides)
    means = exercise.side_means or drill.side_means
    return replace(
        drill, exercise=exercise, dose=dose, title=exercise.name, change=change, side_means=means
    )


def _one_sided(dose: Dose, step: ExerciseStep) -> Dose:
    """A prescription for one side stays one-sided on an easier variant."""
    if step.sides in (Sides.LEFT, Sides.RIGHT) and dose.sides is not Sides.NONE:
        return replace(dose, sides=step.sides)
    return dose


def build_plan(
    routine: Routine,
    catalogue: Catalogue,
    variants: Mapping[int, tuple[str, Change]] | None = None,
) -> Plan:
    """Expand a routine; `variants` maps a step index to (exercise id, why) to start it on."""
    chosen = variants or {}
    drills = []
    for index, step in enumerate(routine.steps):
        variant, change = chosen.get(index, (None, None))
        drills.append(make_drill(step, index, catalogue, variant, change))
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
        segments.append(clock.add(drill, SegmentKind.GET_READY, ready_ms))
        if ex.kind is Kind.BREATHING:
            _expand_breathing(drill, clock, segments)
        else:
            _expand_sets(drill, clock, segments)
    return Plan(routine_id, title, tuple(drills), tuple(segments), tuple(starts))


class _Cursor:
    """Hands out contiguous start times."""

    def __init__(self) -> None:
        self.ms = 0

    def add(self, drill: Drill, kind: SegmentKind, duration_ms: int, **fields: Any) -> Segment:
        seg = Segment(drill.step, drill.exercise.id, kind, self.ms, duration_ms, **fields)
        self.ms += duration_ms
        return seg


def _ms(seconds: float) -> int:
    return round(seconds * 1000)


def _sides(dose: Dose) -> list[list[Side | None]]:
    """The order of sides within one set, grouped by how reps repeat inside each group."""
    if dose.sides in (Sides.EACH, Sides.AFFECTED):  # affected: not known here, so both
        return [[Side.LEFT], [Side.RIGHT]]
    if dose.sides is Sides.ALTERNATING:
        return [[Side.LEFT, Side.RIGHT]]
    if dose.sides is Sides.LEFT:
        return [[Side.LEFT]]
    if dose.sides is Sides.RIGHT:
        return [[Side.RIGHT]]
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
                    clock.add(drill, SegmentKind.SWITCH_SIDE, switch_ms, side=side, **common)
                )
            if ex.kind is Kind.REPS:
                for rep in range(1, dose.reps + 1):
                    for side in group:
                        _expand_rep(drill, clock, out, rep, side, common)
            else:
                side = group[0]
                kind = SegmentKind.HOLD if ex.kind is Kind.HOLD else SegmentKind.TIMED
                length = dose.hold_s if ex.kind is Kind.HOLD else dose.duration_s
                out.append(clock.add(drill, kind, _ms(length), side=side, **common))
        out[-1] = replace(out[-1], ends_set=True)
        if set_no < sets and _ms(dose.rest_s) > 0:
            out.append(clock.add(drill, SegmentKind.REST, _ms(dose.rest_s), **common))


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
    out.append(clock.add(drill, SegmentKind.MOVE, _ms(dose.move_s), **fields))
    if _ms(dose.hold_s) > 0:
        out.append(clock.add(drill, SegmentKind.HOLD, _ms(dose.hold_s), **fields))
    out.append(clock.add(drill, SegmentKind.RETURN, _ms(dose.return_s), ends_rep=True, **fields))


def _expand_breathing(drill: Drill, clock: _Cursor, out: list[Segment]) -> None:
    b = drill.dose.breath
    for cycle in range(1, b.cycles + 1):
        fields = {"cycle": cycle, "cycles": b.cycles, "set": 1, "sets": 1}
        phases = [
            (SegmentKind.BREATHE_IN, b.inhale_s, False),
            (SegmentKind.BREATHE_HOLD, b.hold_in_s, True),
            (SegmentKind.BREATHE_OUT, b.exhale_s, False),
            (SegmentKind.BREATHE_HOLD, b.hold_out_s, False),
        ]
        for kind, seconds, full in phases:
            if _ms(seconds) > 0:
                out.append(clock.add(drill, kind, _ms(seconds), lungs_full=full, **fields))
    out[-1] = replace(out[-1], ends_set=True)


def plan_json(plan: Plan) -> dict[str, Any]:
    """The plan in the JSON contract of `sciatica-coach plan --json` (DESIGN.md §4), with each
    drill's effective dose and which of its values came from the catalogue."""
    return {
        "routine": plan.routine_id,
        "total_s": plan.total_ms / 1000,
        "segments": [s.to_json(segment_text(s, plan.drills[s.step])) for s in plan.segments],
        "drills": [drill_json(d) for d in plan.drills],
    }


def drill_json(drill: Drill) -> dict[str, Any]:
    d, kind = drill.dose, drill.exercise.kind
    dose: dict[str, Any] = {"sets": d.sets, "sides": d.sides.value}
    if kind is Kind.REPS:
        dose.update(
            reps=d.reps, hold_s=d.hold_s, tempo={"move_s": d.move_s, "return_s": d.return_s}
        )
    elif kind is Kind.HOLD:
        dose.update(hold_s=d.hold_s)
    elif kind is Kind.TIMED:
        dose.update(duration_s=d.duration_s)
    else:
        dose = {"breath": plain(d.breath)}
    if kind is not Kind.BREATHING and d.sets > 1:
        dose["rest_s"] = d.rest_s
    # A drill done on no particular side has no side to inherit: that is not worth a mention.
    quiet = {"sides"} if d.sides is Sides.NONE else set()
    from_catalogue = sorted(k for k in dose if k not in drill.set_here | quiet)
    return {
        "step": drill.step,
        "exercise": drill.exercise.id,
        "base": drill.base,
        "name": drill.title,
        "kind": kind.value,
        "dose": dose,
        "from_catalogue": from_catalogue,
        "note": drill.note,
        "stop_note": drill.stop_note,
        "if_it_hurts": drill.if_it_hurts,
        "frequency": frequency_words(drill.frequency) if drill.frequency else None,
    }
