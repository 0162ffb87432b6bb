"""The readable timeline `sciatica-coach plan FILE` prints: one line per drill, and the total."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .i18n import _, ngettext
from .plan import drill_json
from .plan_words import clock_text, dose_words, duration_words
from .segments import SegmentKind
from .words import frequency_words

if TYPE_CHECKING:
    from .plan import Plan


def format_timeline(plan: Plan) -> str:
    """A readable timeline: one line per drill and per set, and the total."""
    drills = ngettext("{n} drill", "{n} drills", len(plan.drills)).format(n=len(plan.drills))
    lines = [
        f"{plan.title} ({plan.routine_id}): {drills}, {duration_words(plan.total_ms)}",
        "",
    ]
    for drill in plan.drills:
        first = plan.segments[plan.drill_starts[drill.step]]
        ex = drill.exercise
        instead = " " + _("[instead of {base}]").format(base=drill.base)
        name = drill.title + (instead if drill.is_variant else "")
        lines.append(
            f"{clock_text(first.start_ms):>7}  {drill.step + 1}. {name}: "
            f"{dose_words(drill)} ({ex.position.value})"
        )
        inherited = drill_json(drill)["from_catalogue"]
        if inherited:
            said = _("from the catalogue: {fields}").format(fields=", ".join(inherited))
            lines.append(f"{'':>7}       {said}")
        for label, value in (
            (_("how often"), frequency_words(drill.frequency) if drill.frequency else None),
            (_("note"), drill.note),
            (_("if it hurts"), drill.if_it_hurts),
            (_("stop note"), drill.stop_note),
        ):
            if value:
                lines.append(f"{'':>7}       {label}: {value}")
        end = plan.drill_end_ms(drill.step)
        segs = [s for s in plan.segments[plan.drill_starts[drill.step] :] if s.step == drill.step]
        for s in segs:
            if s.kind is SegmentKind.REST:
                rest = _("rest {time}").format(time=duration_words(s.duration_ms))
                lines.append(f"{clock_text(s.start_ms):>7}       {rest}")
        lines.append(f"{'':>7}       " + _("done at {time}").format(time=clock_text(end)))
    total = _("Total: {clock} ({words})").format(
        clock=clock_text(plan.total_ms), words=duration_words(plan.total_ms)
    )
    lines += ["", total]
    return "\n".join(lines)
