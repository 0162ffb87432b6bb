"""The affected side: a routine step may say `sides: affected` (a seed's "the affected leg");
the person is asked once which side their sciatica is on, and the routine is run for it."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Literal

from .models import ExerciseStep, Sides

if TYPE_CHECKING:
    from .models import Routine

AffectedSide = Literal["left", "right", "both"]
"""What the person said: one side, or both (or not sure), which runs each side in turn."""

_RESOLVED = {"left": Sides.LEFT, "right": Sides.RIGHT, "both": Sides.EACH}


def needs_side(routine: Routine) -> bool:
    """Whether any step is for the affected side (so the app must know which it is)."""
    return any(
        isinstance(step, ExerciseStep) and step.sides is Sides.AFFECTED for step in routine.steps
    )


def for_side(routine: Routine, side: AffectedSide | None) -> Routine:
    """The routine with each `sides: affected` step on that side (both, each in turn, when the
    side is not known): what the session runs."""
    if not needs_side(routine):
        return routine
    sides = _RESOLVED[side or "both"]
    steps = [
        replace(step, sides=sides)
        if isinstance(step, ExerciseStep) and step.sides is Sides.AFFECTED
        else step
        for step in routine.steps
    ]
    return replace(routine, steps=steps)
