"""A step's dosage with every gap filled: the step's own fields, then the exercise's, then ours."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from .models import Breath, BreathingStep, DosageFields, Exercise, Kind, Sides

T = TypeVar("T")

FALLBACK_REPS = 10
FALLBACK_HOLD_S = 30.0
FALLBACK_REST_S = 30.0
FALLBACK_TEMPO_S = 2.0
FALLBACK_DURATION_S = 60.0
FALLBACK_BREATH = Breath()
"""Breath()'s defaults, made without building a validator (a plan is made on the fast path)."""
NOTHING_SET = DosageFields()
"""A step that sets nothing (DosageFields()), made the same way."""


@dataclass(frozen=True, slots=True)
class Dose:
    """What the plan expands: every field set, in the units the plan uses."""

    sets: int
    reps: int
    hold_s: float
    rest_s: float
    move_s: float
    return_s: float
    sides: Sides
    duration_s: float
    breath: Breath


def resolve(exercise: Exercise, step: DosageFields | BreathingStep | None = None) -> Dose:
    """Fill a dose from the step, then the exercise's default dosage, then fallbacks.

    Fields that do not apply to the exercise's kind are ignored here (validation refuses them in
    files); a hold drill's `sets` is its number of holds per side.
    """
    d = exercise.dosage
    if isinstance(step, BreathingStep):
        return Dose(
            1,
            1,
            0.0,
            0.0,
            FALLBACK_TEMPO_S,
            FALLBACK_TEMPO_S,
            Sides.NONE,
            FALLBACK_DURATION_S,
            step.breathing,
        )
    s = step if step is not None else NOTHING_SET

    tempo_step = s.tempo
    tempo_default = d.tempo
    move_s = pick(
        tempo_step.move_s if tempo_step else None,
        tempo_default.move_s if tempo_default else None,
        FALLBACK_TEMPO_S,
    )
    return_s = pick(
        tempo_step.return_s if tempo_step else None,
        tempo_default.return_s if tempo_default else None,
        FALLBACK_TEMPO_S,
    )
    kind = exercise.kind
    return Dose(
        sets=pick(s.sets, d.sets, 1),
        reps=pick(s.reps, d.reps, FALLBACK_REPS) if kind is Kind.REPS else 1,
        hold_s=pick(s.hold_s, d.hold_s, FALLBACK_HOLD_S if kind is Kind.HOLD else 0.0),
        rest_s=pick(s.rest_s, d.rest_s, FALLBACK_REST_S),
        move_s=move_s,
        return_s=return_s,
        sides=pick(s.sides, d.sides, Sides.NONE),
        duration_s=pick(s.duration_s, d.duration_s, FALLBACK_DURATION_S),
        breath=pick(s.breath, d.breath, FALLBACK_BREATH),
    )


def pick(mine: T | None, default: T | None, fallback: T) -> T:
    """The first of the step's value, the exercise's default and our fallback that is set."""
    if mine is not None:
        return mine
    return default if default is not None else fallback
