"""The routines and exercises that ship with the app, and loading a user's file against them."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .. import paths
from . import catalogue_cache
from .library import Library, load_library
from .paths_walk import expand_paths
from .problems import Problem

if TYPE_CHECKING:
    from pathlib import Path

    from .models import Routine


def shipped_files() -> list[Path]:
    return expand_paths([paths.exercises_dir(), *sorted(paths.routines_dir().glob("*.y*ml"))])


@cache
def load_shipped() -> Library:
    """Every shipped exercise and routine, from the validated cache when the files match it."""
    files = shipped_files()
    cached = catalogue_cache.load(files)
    if cached is not None:
        return cached
    lib = load_library(files)
    catalogue_cache.store(files, lib)
    return lib


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
