"""The two shapes of an exercises file (DESIGN.md §3): several exercises under `exercises:`,
or one exercise's own fields at the top.

Only reading a file (`loader`) and `sciatica-coach schema` need them: a start that reads the
library from its cache never builds these two classes.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Annotated

from .constraints import STRICT, Check

# Field types, looked up by name when a file is validated: needed at run time.
from .models import Exercise, SchemaVersion


@dataclass(frozen=True, slots=True, kw_only=True)
class ExerciseFile:
    """A file holding several exercises."""

    __pydantic_config__ = STRICT

    schema_version: SchemaVersion
    exercises: Annotated[list[Exercise], Check(min_length=1, max_length=200)]


@dataclass(frozen=True, slots=True, kw_only=True)
class SingleExerciseFile(Exercise):
    """A file holding one exercise: the exercise's fields plus `schema_version`."""

    schema_version: SchemaVersion

    def exercise(self) -> Exercise:
        return Exercise(**{f.name: getattr(self, f.name) for f in fields(Exercise)})
