"""The JSON Schema of routine and exercise files, for editors and third-party validators."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic.json_schema import models_json_schema

from .models import ExerciseFile, Routine, SingleExerciseFile

if TYPE_CHECKING:
    from pydantic import BaseModel

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema(kind: Literal["all", "routine", "exercises"] = "all") -> dict[str, Any]:
    choices: dict[str, list[type[BaseModel]]] = {
        "all": [Routine, ExerciseFile, SingleExerciseFile],
        "routine": [Routine],
        "exercises": [ExerciseFile, SingleExerciseFile],
    }
    models = choices[kind]
    refs, schema = models_json_schema([(m, "validation") for m in models])
    return {
        "$schema": DIALECT,
        "title": "Sciatica Coach routine and exercise files (schema_version 1)",
        "description": "A routine has 'steps'; an exercise file has 'exercises' or one exercise's "
        "fields. Ids that name other exercises are checked by `sciatica-coach validate`.",
        "anyOf": [refs[(m, "validation")] for m in models],
        "$defs": schema["$defs"],
    }
