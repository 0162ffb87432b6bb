"""The exercise catalogue and the routines: what a library holds once its files are loaded.

Loading files and checking them against each other is `library_load`'s (`load_library`): a
start that reads the validated library from its cache never imports that module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .models import Category
from .paths_walk import real_paths

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

    from .models import Exercise, Routine
    from .problems import Problem


@dataclass(frozen=True)
class Source:
    """Where a routine or exercise came from, for messages and for the window's title bar."""

    name: str
    line: int | None
    path: Path | None = None


@dataclass
class Catalogue:
    """Every exercise by id, with the ladders between them."""

    exercises: dict[str, Exercise] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self.exercises

    def __getitem__(self, exercise_id: str) -> Exercise:
        return self.exercises[exercise_id]

    def __len__(self) -> int:
        return len(self.exercises)

    def bases(self) -> list[Exercise]:
        return [e for e in self.exercises.values() if e.variant_of is None]

    def variants(self) -> list[Exercise]:
        return [e for e in self.exercises.values() if e.variant_of is not None]

    def first_regression(self, exercise_id: str) -> Exercise | None:
        ex = self.exercises.get(exercise_id)
        if ex is None or not ex.regressions:
            return None
        return self.exercises.get(ex.regressions[0])

    def first_progression(self, exercise_id: str) -> Exercise | None:
        ex = self.exercises.get(exercise_id)
        if ex is None or not ex.progressions:
            return None
        return self.exercises.get(ex.progressions[0])

    def ladder(self, exercise_id: str) -> set[str]:
        """Every exercise reachable from this one through regressions and progressions."""
        seen: set[str] = set()
        todo = [exercise_id]
        while todo:
            current = todo.pop()
            ex = self.exercises.get(current)
            if ex is None:
                continue
            for nxt in (*ex.regressions, *ex.progressions):
                if nxt not in seen and nxt != exercise_id:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen


@dataclass(frozen=True)
class RoutineEntry:
    routine: Routine
    source: Source


@dataclass
class Library:
    """What loaded cleanly, and the problems with what did not."""

    catalogue: Catalogue = field(default_factory=Catalogue)
    routines: dict[str, RoutineEntry] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    files: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def routine(self, routine_id: str) -> Routine:
        return self.routines[routine_id].routine

    def subset(self, paths: Iterable[Path]) -> Library:
        """The exercises and routines that came from these files."""
        wanted = set(real_paths(paths))
        # Each file once: a file of exercises is the source of each of them.
        sources = list(
            dict.fromkeys(
                [s.path for s in self.catalogue.sources.values() if s.path is not None]
                + [r.source.path for r in self.routines.values() if r.source.path is not None]
            )
        )
        kept = {p for p, real in zip(sources, real_paths(sources), strict=True) if real in wanted}

        def keep(src: Source) -> bool:
            return src.path in kept

        cat = Catalogue()
        for ex_id, src in self.catalogue.sources.items():
            if keep(src):
                cat.exercises[ex_id] = self.catalogue.exercises[ex_id]
                cat.sources[ex_id] = src
        routines = {i: r for i, r in self.routines.items() if keep(r.source)}
        return Library(catalogue=cat, routines=routines, files=len(wanted))


def easier_than(cat: Catalogue, exercise_id: str) -> set[str]:
    """Every exercise reachable from this one through regressions (the easier ones)."""
    seen: set[str] = set()
    todo = [exercise_id]
    while todo:
        ex = cat.exercises.get(todo.pop())
        for nxt in () if ex is None else ex.regressions:
            if nxt not in seen and nxt != exercise_id:
                seen.add(nxt)
                todo.append(nxt)
    return seen


DIRECTIONS = (Category.EXTENSION, Category.FLEXION)
