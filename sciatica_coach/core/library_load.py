"""Load exercise and routine files into a `Library`, checked against each other.

Files are loaded one by one (a bad file is rejected whole); then ids are resolved across files:
unknown ids, duplicate ids, a variant that cannot be reached from its base, a ladder that loops,
and step fields that do not fit the exercise's kind are all problems with a file and a line.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .library import DIRECTIONS, Catalogue, Library, RoutineEntry, Source, easier_than
from .models import (
    Bias,
    BreathingStep,
    Category,
    ExerciseStep,
    Kind,
    Routine,
    check_step_fits,
)
from .paths_walk import display_name, expand_paths
from .problems import Problem, RoutineFileError, step_label

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from pathlib import Path

    from .loader import LoadedFile


def load_library(paths: Iterable[Path], base: Library | None = None) -> Library:
    """Load exercise and routine files and resolve them against each other (and `base`)."""
    lib = Library()
    if base is not None:
        lib.catalogue.exercises.update(base.catalogue.exercises)
        lib.catalogue.sources.update(base.catalogue.sources)
        lib.routines.update(base.routines)
    from .loader import load_file  # the YAML parser is only needed when files are read

    loaded: list[tuple[LoadedFile, Path]] = []
    for path in expand_paths(paths):
        lib.files += 1
        try:
            loaded.append((load_file(path, display_name(path)), path))
        except RoutineFileError as exc:
            lib.problems.extend(exc.problems)
    exercise_files = [(f, p) for f, p in loaded if f.kind == "exercises"]
    routine_files = [(f, p) for f, p in loaded if f.kind == "routine"]
    for f, path in exercise_files:
        _add_exercises(lib, f, path)
    lib.problems.extend(check_ladders(lib.catalogue))
    for f, path in routine_files:
        _add_routine(lib, f, path)
    return lib


def _add_exercises(lib: Library, f: LoadedFile, path: Path) -> None:
    new: dict[str, Source] = {}
    problems = []
    for index, ex in enumerate(f.exercises):
        many = "exercises" in f.doc
        line = f.line_of("exercises", index, "id") if many else f.line_of("id")
        where = f"exercises[{index + 1}].id" if many else "id"
        earlier = new.get(ex.id) or lib.catalogue.sources.get(ex.id)
        if ex.id not in new and lib.catalogue.exercises.get(ex.id) == ex:
            continue  # the same exercise word for word (a copy of a shipped file): no clash
        if earlier is not None and (ex.id in new or not _same_file(earlier, path)):
            at = earlier.name if earlier.line is None else f"{earlier.name}:{earlier.line}"
            problems.append(Problem(f.name, line, where, f"id '{ex.id}' is already used at {at}"))
            continue
        new[ex.id] = Source(f.name, line, path)
    if problems:
        lib.problems.extend(problems)
        return
    for ex in f.exercises:
        if ex.id in new:
            lib.catalogue.exercises[ex.id] = ex
            lib.catalogue.sources[ex.id] = new[ex.id]


def _same_file(source: Source, path: Path) -> bool:
    return source.path is not None and source.path.resolve() == path.resolve()


def check_ladders(cat: Catalogue) -> list[Problem]:
    """Every ladder id resolves, variants hang off a base, and 'harder than' never loops."""
    problems: list[Problem] = []
    harder: dict[str, set[str]] = {i: set() for i in cat.exercises}  # x -> things easier than x
    for ex in cat.exercises.values():
        src = cat.sources[ex.id]
        for rel in ("regressions", "progressions"):
            for other in getattr(ex, rel):
                if other not in cat.exercises:
                    problems.append(
                        Problem(src.name, src.line, f"{ex.id}.{rel}", f"unknown exercise '{other}'")
                    )
                elif rel == "regressions":
                    harder[ex.id].add(other)
                else:
                    harder[other].add(ex.id)
        if ex.variant_of is not None:
            base = cat.exercises.get(ex.variant_of)
            if base is None:
                problems.append(
                    Problem(
                        src.name,
                        src.line,
                        f"{ex.id}.variant_of",
                        f"unknown exercise '{ex.variant_of}'",
                    )
                )
            elif base.variant_of is not None:
                problems.append(
                    Problem(
                        src.name,
                        src.line,
                        f"{ex.id}.variant_of",
                        f"'{ex.variant_of}' is itself a variant; name the base drill",
                    )
                )
            elif ex.id not in cat.ladder(base.id):
                problems.append(
                    Problem(
                        src.name,
                        src.line,
                        f"{ex.id}.variant_of",
                        f"'{ex.variant_of}' does not reach '{ex.id}' through its "
                        "regressions or progressions",
                    )
                )
    for cycle in _cycles(harder):
        first = cat.sources[cycle[0]]
        path = " -> ".join([*cycle, cycle[0]])
        problems.append(
            Problem(
                first.name,
                first.line,
                f"{cycle[0]}.regressions",
                f"the ladder loops: {path} (each is marked harder than the next)",
            )
        )
    return problems


def _cycles(graph: dict[str, set[str]]) -> Iterator[list[str]]:
    """Yield one cycle per strongly tangled region, found by depth-first search."""
    state: dict[str, int] = {}
    reported: set[str] = set()
    for start in sorted(graph):
        if state.get(start):
            continue
        stack: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        path = [start]
        state[start] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                path.pop()
                state[node] = 2
            elif state.get(child) == 1:
                cycle = path[path.index(child) :]
                if not reported.intersection(cycle):
                    reported.update(cycle)
                    yield cycle
            elif not state.get(child):
                state[child] = 1
                path.append(child)
                stack.append((child, iter(sorted(graph.get(child, ())))))


def _add_routine(lib: Library, f: LoadedFile, path: Path) -> None:
    routine = f.routine
    assert routine is not None
    problems = check_routine(routine, lib.catalogue, f)
    if not problems:
        routine, problems = check_bias(routine, lib.catalogue, f)
    earlier = lib.routines.get(routine.id)
    if earlier is not None and earlier.routine == routine and not problems:
        # The same routine word for word (say, a copy of a shipped file): use it under its
        # own name, so that opening it works like opening the original.
        lib.routines[routine.id] = RoutineEntry(routine, Source(f.name, f.line_of("id"), path))
        return
    if earlier is not None and not _same_file(earlier.source, path):
        at = earlier.source.name
        problems.append(
            Problem(
                f.name, f.line_of("id"), "id", f"routine id '{routine.id}' is already used by {at}"
            )
        )
    if problems:
        lib.problems.extend(problems)
        return
    lib.routines[routine.id] = RoutineEntry(routine, Source(f.name, f.line_of("id"), path))


def check_routine(routine: Routine, cat: Catalogue, f: LoadedFile) -> list[Problem]:
    """Resolve a routine's exercise and variant ids, and check each step fits its exercise."""
    problems = []
    for index, step in enumerate(routine.steps):
        where = step_label(index, f.doc)
        ex = cat.exercises.get(step.exercise)
        if ex is None:
            problems.append(
                Problem(
                    f.name,
                    f.line_of("steps", index, "exercise"),
                    f"{where}: exercise",
                    f"unknown exercise '{step.exercise}'{_suggest(step.exercise, cat)}",
                )
            )
            continue
        if isinstance(step, BreathingStep):
            if ex.kind is not Kind.BREATHING:
                problems.append(
                    Problem(
                        f.name,
                        f.line_of("steps", index, "exercise"),
                        f"{where}: exercise",
                        f"'{ex.id}' is a {ex.kind.value} drill, not a breathing exercise",
                    )
                )
            continue
        assert isinstance(step, ExerciseStep)
        kinds = [ex]
        if step.variant is not None:
            variant = cat.exercises.get(step.variant)
            if variant is None:
                problems.append(
                    Problem(
                        f.name,
                        f.line_of("steps", index, "variant"),
                        f"{where}: variant",
                        f"unknown exercise '{step.variant}'{_suggest(step.variant, cat)}",
                    )
                )
                continue
            if step.variant not in cat.ladder(ex.id):
                problems.append(
                    Problem(
                        f.name,
                        f.line_of("steps", index, "variant"),
                        f"{where}: variant",
                        f"'{step.variant}' is not a regression or progression of '{ex.id}'",
                    )
                )
                continue
            kinds = [variant]
        for target in kinds:
            why = check_step_fits(target.kind, step)
            if why is not None:
                problems.append(
                    Problem(f.name, f.line_of("steps", index), where, f"{why} ('{target.id}')")
                )
            if target.clinician_only and not step.clinician_chose:
                problems.append(
                    Problem(
                        f.name,
                        f.line_of("steps", index, "variant" if step.variant else "exercise"),
                        f"{where}: clinician_chose",
                        f"'{target.id}' is only for when a clinician chooses it: start on an "
                        f"easier variant ({', '.join(target.regressions) or 'none'}), or add "
                        "`clinician_chose: true` if the person's clinician chose it",
                    )
                )
        if step.if_it_hurts is not None:
            easier = easier_than(cat, step.variant or ex.id)
            if step.if_it_hurts not in easier:
                offered = ", ".join(sorted(easier)) or "none"
                problems.append(
                    Problem(
                        f.name,
                        f.line_of("steps", index, "if_it_hurts"),
                        f"{where}: if_it_hurts",
                        f"'{step.if_it_hurts}' is not an easier variant of "
                        f"'{step.variant or ex.id}'{_suggest(step.if_it_hurts, cat)} "
                        f"(its easier variants: {offered})",
                    )
                )
    return problems


def check_bias(routine: Routine, cat: Catalogue, f: LoadedFile) -> tuple[Routine, list[Problem]]:
    """The routine's bias, worked out from its drills when the file leaves it out, and checked
    against them when it names one: extension and flexion drills are often opposite treatments
    (CLINICAL.md §1), so a routine holding both must say `bias: mixed` (a clinician's choice)."""
    drills: dict[Category, list[str]] = {}
    for index, step in enumerate(routine.steps):
        ex = cat.exercises.get(step.exercise)
        if ex is not None and ex.kind is not Kind.BREATHING:
            drills.setdefault(ex.category, []).append(f"{ex.id} (step {index + 1})")
    found = [d for d in DIRECTIONS if d in drills]
    line = f.line_of("bias") if f.bias_given else f.line_of("steps")
    if len(found) == 2 and (routine.bias.value != "mixed" or not f.bias_given):
        listed = "; ".join(f"{d.value}: {', '.join(drills[d])}" for d in DIRECTIONS)
        said = f"it says bias: {routine.bias.value}" if f.bias_given else "it names no bias"
        return routine, [
            Problem(
                f.name,
                line,
                "bias",
                f"{said}, but it holds both extension and flexion drills ({listed}), often "
                "opposite treatments: set bias: mixed if a clinician chose both",
            )
        ]
    if f.bias_given:
        for direction in DIRECTIONS:
            other = DIRECTIONS[1 - DIRECTIONS.index(direction)]
            if routine.bias.value == direction.value and other in drills:
                return routine, [
                    Problem(
                        f.name,
                        line,
                        "bias",
                        f"it says bias: {direction.value}, but these are {other.value} drills: "
                        f"{', '.join(drills[other])}",
                    )
                ]
        return routine, []
    if found:
        worked = found[0].value
    else:
        kinds = set(drills)
        worked = next(iter(kinds)).value if len(kinds) == 1 else "mixed"
    return replace(routine, bias=Bias(worked)), []


def _suggest(unknown: str, cat: Catalogue) -> str:
    import difflib

    close = difflib.get_close_matches(unknown, list(cat.exercises), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""
