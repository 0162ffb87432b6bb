"""The routines and exercises that ship with the app, and loading a user's file against them."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .. import paths
from .library import Library, load_library
from .problems import Problem

if TYPE_CHECKING:
    from pathlib import Path

    from .models import Routine


@cache
def load_shipped() -> Library:
    """Every shipped exercise and routine (cached: the files do not change while the app runs)."""
    return load_library([paths.exercises_dir(), *sorted(paths.routines_dir().glob("*.y*ml"))])


def load_routine_file(path: Path, base: Library | None = None) -> tuple[Library, Routine | None]:
    """Load a routine file against the shipped catalogue; the routine is None if it is not valid."""
    shipped = load_shipped() if base is None else base
    lib = load_library([path], base=shipped)
    if lib.problems:
        return lib, None
    mine = lib.subset([path])
    if len(mine.routines) != 1:
        name = str(path)
        what = "exercises" if mine.catalogue.exercises else "nothing"
        lib.problems.append(
            Problem(name, None, "", f"this file holds {what}, not a routine (which has 'steps')")
        )
        return lib, None
    return lib, next(iter(mine.routines.values())).routine
