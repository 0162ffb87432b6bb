"""The readable timeline `sciatica-coach plan FILE` prints: one line per drill, and the total."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .plan import drill_json
from .plan_words import clock_text, dose_words, duration_words
from .segments import SegmentKind
from .words import frequency_words

if TYPE_CHECKING:
    from .plan import Plan


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
        inherited = drill_json(drill)["from_catalogue"]
        if inherited:
            lines.append(f"{'':>7}       from the catalogue: {', '.join(inherited)}")
        for label, value in (
            ("how often", frequency_words(drill.frequency) if drill.frequency else None),
            ("note", drill.note),
            ("if it hurts", drill.if_it_hurts),
            ("stop note", drill.stop_note),
        ):
            if value:
                lines.append(f"{'':>7}       {label}: {value}")
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
