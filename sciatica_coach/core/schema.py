"""The JSON Schema of routine and exercise files, for editors and third-party validators."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic.json_schema import models_json_schema

from .models import ExerciseFile, Routine, SingleExerciseFile

if TYPE_CHECKING:
    from pydantic import BaseModel

DIALECT = "https://json-schema.org/draft/2020-12/schema"
OPTIONAL = frozenset({"id", "bias"})
"""Required in the model, optional in a file: the loader fills them in (DESIGN.md §3)."""


def json_schema(kind: Literal["all", "routine", "exercises"] = "all") -> dict[str, Any]:
    choices: dict[str, list[type[BaseModel]]] = {
        "all": [Routine, ExerciseFile, SingleExerciseFile],
        "routine": [Routine],
        "exercises": [ExerciseFile, SingleExerciseFile],
    }
    models = choices[kind]
    refs, schema = models_json_schema([(m, "validation") for m in models])
    routine = schema["$defs"].get("Routine")
    if routine is not None:  # a file may leave these out: the file name and the drills give them
        routine["required"] = [f for f in routine.get("required", []) if f not in OPTIONAL]
    return {
        "$schema": DIALECT,
        "title": "Sciatica Coach routine and exercise files (schema_version 1)",
        "description": "A routine has 'steps'; an exercise file has 'exercises' or one exercise's "
        "fields. Ids that name other exercises are checked by `sciatica-coach validate`.",
        "anyOf": [refs[(m, "validation")] for m in models],
        "$defs": schema["$defs"],
    }
