"""The JSON Schema of routine and exercise files, for editors and third-party validators."""

from __future__ import annotations

from typing import Any, Literal, Union

from .constraints import json_schema as schema_of
from .exercise_files import ExerciseFile, SingleExerciseFile
from .models import Routine

DIALECT = "https://json-schema.org/draft/2020-12/schema"
OPTIONAL = frozenset({"id", "bias"})
"""Required in the model, optional in a file: the loader fills them in (DESIGN.md §3)."""


def json_schema(kind: Literal["all", "routine", "exercises"] = "all") -> dict[str, Any]:
    choices: dict[str, list[type]] = {
        "all": [Routine, ExerciseFile, SingleExerciseFile],
        "routine": [Routine],
        "exercises": [ExerciseFile, SingleExerciseFile],
    }
    models = choices[kind]
    union = schema_of(Union[tuple(models)])  # noqa: UP007 (a run-time union of these types)
    schema = {"$defs": union.pop("$defs", {})}
    refs = []
    for each in union["anyOf"] if len(models) > 1 else [union]:
        if "$ref" not in each:  # written in place (a model with its own hook): give it a name
            schema["$defs"][each["title"]] = each
            each = {"$ref": f"#/$defs/{each['title']}"}
        refs.append(each)
    routine = schema["$defs"].get("Routine")
    if routine is not None:  # a file may leave these out: the file name and the drills give them
        routine["required"] = [f for f in routine.get("required", []) if f not in OPTIONAL]
    return {
        "$schema": DIALECT,
        "title": "Sciatica Coach routine and exercise files (schema_version 1)",
        "description": "A routine has 'steps'; an exercise file has 'exercises' or one exercise's "
        "fields. Ids that name other exercises are checked by `sciatica-coach validate`.",
        "anyOf": refs,
        "$defs": schema["$defs"],
    }
