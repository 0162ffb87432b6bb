"""Load one routine or exercise file: read, parse, migrate, validate. A bad file is rejected whole.

Every failure is a `RoutineFileError` carrying `Problem` records (file, line, field, message); no
other exception leaves this module for any input (a hypothesis fuzz test holds it to that).
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from . import yaml_io
from .constraints import Invalid, field_names, validate
from .exercise_files import ExerciseFile, SingleExerciseFile
from .migrations import VersionError, migrate
from .models import FIELD_NAMES, STEP_TAGS, Exercise, Routine
from .problems import Problem, RoutineFileError, step_label

FileKind = Literal["routine", "exercises"]


@dataclass(frozen=True)
class LoadedFile:
    """A file that validated on its own. `doc` keeps ruamel's tree for line numbers."""

    name: str
    kind: FileKind
    doc: Any
    routine: Routine | None = None
    exercises: tuple[Exercise, ...] = field(default=())
    bias_given: bool = True
    """The routine file named its bias (else the library works it out from the drills)."""

    def line_of(self, *loc: int | str) -> int | None:
        return yaml_io.line_of(self.doc, loc, STEP_TAGS)


def load_file(path: Path, name: str | None = None) -> LoadedFile:
    """Load a routine or exercise file from disk. `name` is how messages refer to it."""
    shown = name if name is not None else str(path)
    return load_text(yaml_io.read_text(path, shown), shown)


def load_bytes(data: bytes, name: str) -> LoadedFile:
    return load_text(yaml_io.decode(data, name), name)


def load_text(text: str, name: str) -> LoadedFile:
    doc = yaml_io.parse(text, name)
    if doc is None:
        raise _fail(name, None, "", "the file is empty; a routine or exercise file is a mapping")
    if not isinstance(doc, MutableMapping):
        what = "a list" if isinstance(doc, list) else f"a single value ({type(doc).__name__})"
        raise _fail(
            name,
            yaml_io.line_of(doc, ()) or 1,
            "",
            f"the file holds {what}; it must be a mapping starting with 'schema_version: 1'",
        )
    try:
        migrated = migrate(doc)
    except VersionError as exc:
        line = yaml_io.line_of(doc, ("schema_version",))
        raise _fail(name, line, "schema_version", str(exc)) from exc
    data = yaml_io.to_plain(migrated)
    kind = detect_kind(data)
    if kind is None:
        raise _fail(
            name,
            yaml_io.line_of(doc, ()),
            "",
            "cannot tell what this file is: a routine has 'steps', an exercise file has "
            "'exercises' (or the fields of one exercise: 'id', 'name', 'kind', ...)",
        )
    try:
        if kind == "routine":
            bias_given = "bias" in data
            data.setdefault("id", slug_of(name))
            data.setdefault("bias", "mixed")  # until the library works it out from the drills
            routine = validate(Routine, data)
            return LoadedFile(name, kind, doc, routine=routine, bias_given=bias_given)
        if "exercises" in data:
            many = validate(ExerciseFile, data)
            return LoadedFile(name, "exercises", doc, exercises=tuple(many.exercises))
        one = validate(SingleExerciseFile, data)
        return LoadedFile(name, "exercises", doc, exercises=(one.exercise(),))
    except Invalid as exc:
        raise RoutineFileError(validation_problems(exc, name, doc)) from exc


def detect_kind(data: Mapping[str, Any]) -> FileKind | None:
    if "steps" in data:
        return "routine"
    if "exercises" in data or "kind" in data or "cues" in data:
        return "exercises"
    return None


def slug_of(name: str) -> str:
    """A routine's id from its file name: 'My Routine (week 2).yaml' -> 'my-routine-week-2'."""
    stem = Path(name).stem.lower()
    words = re.findall(r"[a-z0-9]+", stem)
    slug = "-".join(words)[:60].strip("-")
    return slug if len(slug) >= 2 else f"routine-{slug or 'x'}"


def validation_problems(exc: Invalid, name: str, doc: Any) -> list[Problem]:
    """Turn pydantic's errors into problems with the line of the offending value."""
    problems = []
    for err in exc.errors():
        loc = tuple(
            FIELD_NAMES.get(p, p) if isinstance(p, str) else p
            for p in err["loc"]
            if not (isinstance(p, str) and p in STEP_TAGS)
        )
        err = {**err, "loc": loc}
        line = yaml_io.line_of(doc, loc)
        problems.append(Problem(name, line, field_path(loc, doc), _message(err)))
    return sorted(problems, key=lambda p: (p.line or 0, p.field))


def field_path(loc: tuple[int | str, ...], doc: Any = None) -> str:
    """Where a problem is, as a physio counts: 'step 3 (bird-dog): sets' (steps from 1)."""
    out = ""
    rest = loc
    if len(loc) >= 2 and loc[0] == "steps" and isinstance(loc[1], int):
        out = step_label(loc[1], doc)
        rest = loc[2:]
        if rest:
            out += ":"
    for part in rest:
        if isinstance(part, int):
            out += f"[{part + 1}]" if out.endswith(":") is False else f" [{part + 1}]"
        else:
            out += f" {part}" if out.endswith(":") else (f".{part}" if out else str(part))
    return out


def _message(err: Any) -> str:
    kind = err["type"]
    got = err.get("input")
    if kind in ("missing", "missing_keyword_only_argument"):
        return "this required field is missing"
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        unknown = str(err["loc"][-1]) if err["loc"] else ""
        close = difflib.get_close_matches(unknown, sorted(known_fields()), n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else "; check the spelling"
        return f"unknown field{hint} (see `sciatica-coach schema` for the fields)"
    ctx = err.get("ctx") or {}
    if kind == "too_short" and isinstance(got, list | tuple | dict):
        least = ctx.get("min_length", 1)
        return f"needs at least {least} {'entry' if least == 1 else 'entries'}; it has {len(got)}"
    if kind == "too_long" and isinstance(got, list | tuple | dict):
        most = ctx.get("max_length")
        return f"has {len(got)} entries; at most {most} are allowed"
    if kind == "string_too_short" and ctx.get("min_length") == 1:
        return "this is empty: write something here"
    if kind == "string_pattern_mismatch":
        return f"{got!r} is not a valid id: use lower-case words joined by hyphens, e.g. 'bird-dog'"
    msg = str(err["msg"])
    msg = msg.removeprefix("Value error, ")
    msg = msg.replace("Input should be", "should be")
    if kind in _SHOW_INPUT or kind.endswith(("_type", "_parsing", "_fraction")):
        shown = repr(got) if not isinstance(got, dict | list) else type(got).__name__
        if len(shown) > 60:
            shown = shown[:57] + "..."
        msg = f"{msg} (got {shown})"
    return msg


_SHOW_INPUT = frozenset(
    {
        "greater_than_equal",
        "less_than_equal",
        "greater_than",
        "less_than",
        "enum",
        "literal_error",
        "too_short",
        "too_long",
        "string_too_short",
        "string_too_long",
    }
)


@functools.cache
def known_fields() -> frozenset[str]:
    """Every field name of the file formats, for 'did you mean' on a misspelt one."""
    from . import models

    names: set[str] = set()
    for model in (
        models.Routine,
        models.ExerciseStep,
        models.BreathingStep,
        models.Breath,
        models.Tempo,
        models.Frequency,
        models.Contact,
        models.Exercise,
        models.Dosage,
    ):
        names.update(FIELD_NAMES.get(name, name) for name in field_names(model))
    return frozenset(names)


def _fail(name: str, line: int | None, field_name: str, message: str) -> RoutineFileError:
    return RoutineFileError([Problem(name, line, field_name, message)])
