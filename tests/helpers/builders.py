"""Small in-memory exercises, routines and plans for tests that should not depend on content."""

from __future__ import annotations

from typing import Any

from sciatica_coach.core.constraints import validate
from sciatica_coach.core.library import Catalogue
from sciatica_coach.core.models import Exercise, Routine
from sciatica_coach.core.plan import Plan, build_plan


def exercise(id: str, **fields: Any) -> Exercise:
    data: dict[str, Any] = {
        "id": id,
        "name": id.replace("-", " ").capitalize(),
        "source": "001_ee699b751415854c.txt",
        "category": "core",
        "position": "quadruped",
        "kind": "reps",
        "cues": ["Move slowly."],
        "caution": "Stop if it hurts.",
        "stop_rule": "tolerable",
    }
    data.update(fields)
    return validate(Exercise, data)


def catalogue(*exercises: Exercise) -> Catalogue:
    cat = Catalogue()
    for ex in exercises:
        cat.exercises[ex.id] = ex
    return cat


def routine(*steps: dict[str, Any], id: str = "test-routine") -> Routine:
    return validate(
        Routine,
        {
            "schema_version": 1,
            "id": id,
            "title": "Test routine",
            "summary": "For tests.",
            "bias": "mixed",
            "audience": "Tests.",
            "sources": ["001_ee699b751415854c.txt"],
            "steps": list(steps),
        },
    )


def standard_catalogue() -> Catalogue:
    """A reps drill with a ladder, a hold drill, a timed drill, a side-lying drill, breathing."""
    return catalogue(
        exercise(
            "bird-dog",
            dosage={"sets": 2, "reps": 3, "hold_s": 2, "rest_s": 20, "sides": "alternating"},
            breathing={"move": "Breathe out as you reach."},
            regressions=["bird-dog-arm-only"],
        ),
        exercise(
            "bird-dog-arm-only",
            variant_of="bird-dog",
            dosage={"sets": 1, "reps": 4, "basis": "default"},
            progressions=["bird-dog"],
        ),
        exercise(
            "knee-hug",
            kind="hold",
            position="supine",
            dosage={"sets": 2, "hold_s": 20, "rest_s": 10, "sides": "each"},
            breathing={"throughout": "Breathe slowly."},
        ),
        exercise("ball", kind="timed", position="seated", dosage={"duration_s": 30}),
        exercise(
            "clam",
            position="side-lying",
            dosage={"sets": 1, "reps": 2, "sides": "each", "tempo": {"move_s": 1, "return_s": 1}},
        ),
        exercise(
            "slow-breathing",
            kind="breathing",
            category="breathing",
            position="supine",
            stop_rule="pain_free",
        ),
    )


def standard_plan() -> Plan:
    cat = standard_catalogue()
    r = routine(
        {"exercise": "bird-dog"},
        {"exercise": "knee-hug"},
        {"exercise": "ball"},
        {"exercise": "clam"},
        {"breathing": {"inhale_s": 4, "exhale_s": 6, "cycles": 2}},
    )
    return build_plan(r, cat)
