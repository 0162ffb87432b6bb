"""What the routine editor shows of a draft: the problems `validate` would report, each placed
beside the editor's field it belongs to, and the time each step takes, as the player will run it.

The problems come from the loader and the library checks run on the very text the editor would
save (`Draft.text()`), so they are `validate`'s own, line numbers and all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .constraints import Invalid, validate
from .library_load import check_bias, check_routine
from .loader import load_text
from .models import BreathingStep, ExerciseStep, Step, check_step_fits
from .paths_walk import real_path
from .plan import expand, make_drill
from .problems import Problem, RoutineFileError

if TYPE_CHECKING:
    from pathlib import Path

    from .library import Catalogue, Library
    from .models import Routine
    from .plan import Drill
    from .routine_edit import Draft


@dataclass(frozen=True)
class Checked:
    """What `validate` would say of the draft's file: the routine when valid, else problems."""

    routine: Routine | None
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return self.routine is not None and not self.problems


def check(
    draft: Draft, library: Library, own: Path | None = None, replacing: str | None = None
) -> Checked:
    """Check the text the editor would save, as `validate` checks a file against the shipped
    catalogue and the routines already there (`own`: the file being edited, whose id it may
    keep; `replacing`: the id of the routine it will replace)."""
    name = draft.name
    try:
        loaded = load_text(draft.text(), name)
    except RoutineFileError as exc:
        return Checked(None, tuple(exc.problems))
    routine = loaded.routine
    if routine is None:
        return Checked(None, (Problem(name, 1, "steps", "this is not a routine"),))
    problems = check_routine(routine, library.catalogue, loaded)
    if not problems:
        routine, problems = check_bias(routine, library.catalogue, loaded)
    earlier = library.routines.get(routine.id)
    if earlier is not None and earlier.routine != routine and routine.id != replacing:
        theirs = earlier.source.path
        if own is None or theirs is None or real_path(theirs) != real_path(own):
            problems.append(
                Problem(
                    name,
                    loaded.line_of("id"),
                    "id",
                    f"routine id '{routine.id}' is already used by {earlier.source.name}",
                )
            )
    if problems:
        return Checked(None, tuple(problems))
    return Checked(routine, ())


_STEP_FIELD = re.compile(r"^step (\d+)(?: \([^)]*\))?(?::\s*(.*))?$")


def place(problem: Problem) -> tuple[int | None, str]:
    """Where a problem goes in the editor: (step index or None for the routine, field name;
    '' for the step or file as a whole)."""
    found = _STEP_FIELD.match(problem.field)
    if found is not None:
        rest = found[2] or ""
        return int(found[1]) - 1, re.split(r"[.\[ ]", rest.strip(), maxsplit=1)[0]
    if problem.field.startswith("steps"):
        return None, "steps"
    return None, re.split(r"[.\[ ]", problem.field.strip(), maxsplit=1)[0]


def message(problem: Problem) -> str:
    """The words shown beside a field: validate's message, and its line in the file."""
    return problem.message if problem.line is None else f"{problem.message} (line {problem.line})"


# -- the timeline ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """One step's share of the routine's time."""

    step: int
    start_ms: int
    duration_ms: int
    title: str


@dataclass(frozen=True)
class Timeline:
    spans: tuple[Span, ...]
    left_out: tuple[int, ...]
    """Steps that cannot be timed yet (an unknown drill, a field that does not fit it)."""

    @property
    def total_ms(self) -> int:
        return sum(s.duration_ms for s in self.spans)


def timeline(draft: Draft, catalogue: Catalogue) -> Timeline:
    """How long each step takes, as the player will run it: drawn while the routine is still
    being written, so a step that cannot be run yet is left out rather than stopping the rest."""
    drills: list[Drill] = []
    left_out: list[int] = []
    for index, raw in enumerate(draft.steps()):
        drill = _drill(raw, index, catalogue)
        if drill is None:
            left_out.append(index)
        else:
            drills.append(drill)
    plan = expand("draft", "draft", drills)
    spans: dict[int, list[int]] = {}
    for seg in plan.segments:
        span = spans.setdefault(seg.step, [seg.start_ms, 0])
        span[1] += seg.duration_ms
    titles = {d.step: d.title for d in drills}
    return Timeline(
        tuple(Span(step, s[0], s[1], titles[step]) for step, s in spans.items()),
        tuple(left_out),
    )


def step_model(raw: dict[str, Any]) -> ExerciseStep | BreathingStep | None:
    """One step as the routine model reads it, or None while it is not valid on its own."""
    try:
        return validate(Step, raw)  # type: ignore[arg-type]
    except Invalid:
        return None


def _drill(raw: dict[str, Any], index: int, catalogue: Catalogue) -> Drill | None:
    step = step_model(raw)
    if step is None:
        return None
    if step.exercise not in catalogue:
        return None
    if isinstance(step, ExerciseStep):
        target = step.variant or step.exercise
        if target not in catalogue or (
            step.variant is not None and step.variant not in catalogue.ladder(step.exercise)
        ):
            return None
        if check_step_fits(catalogue[target].kind, step) is not None:
            return None
    return make_drill(step, index, catalogue)
