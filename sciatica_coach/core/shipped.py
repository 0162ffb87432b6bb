"""The routines and exercises that ship with the app, and loading a user's file against them.

Both go through the catalogue cache (`catalogue_cache`): a start, `plan`, `validate` and
`exercises` read the validated entries back without parsing YAML or building validators, as
long as no file (and nothing that decides what a valid file is) has changed.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .. import paths
from . import catalogue_cache
from .library import Library
from .paths_walk import expand_paths

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from pathlib import Path

    from .models import Routine
    from .problems import Problem


def shipped_files() -> list[Path]:
    """Every shipped exercise and routine file: listed once a run, as they are loaded once
    (`load_shipped`)."""
    return list(_shipped_files())


@cache
def _shipped_files() -> tuple[Path, ...]:
    return tuple(
        expand_paths([paths.exercises_dir(), *sorted(paths.routines_dir().glob("*.y*ml"))])
    )


@cache
def shipped_key() -> str:
    """The catalogue cache's key for the shipped files: worked out once a run, as the shipped
    library is loaded once (`load_shipped`); every key for a person's own files includes it."""
    return catalogue_cache.digest(shipped_files())


@cache
def load_shipped() -> Library:
    """Every shipped exercise and routine, from the validated cache when the files match it."""
    files = shipped_files()
    cached = catalogue_cache.load(files, shipped_key())
    if cached is not None:
        return cached
    lib = _checked(files)
    catalogue_cache.store(files, lib, shipped_key())
    return lib


def load_files(paths_: Iterable[Path], base: Library | None = None) -> Library:
    """`load_library(paths_, base)`, from the cache when `base` is the shipped library and these
    files validated against it before (the routines kept in the data folder, at each start)."""
    files = expand_paths(paths_)
    shipped = load_shipped()
    if not files:
        return _checked(files, base=base)
    if base is not shipped:
        # A routine opened in the app is checked against the app's library: the shipped one
        # plus the routines the person keeps. What validated against the shipped catalogue
        # alone holds against it too, when its exercises are the shipped ones and no kept
        # routine of another file has the same id (then load_library says so).
        if base is not None and base.catalogue.exercises == shipped.catalogue.exercises:
            alone = load_files(files, base=shipped)  # from the cache, or kept in it for next time
            own = alone.subset(files)
            if not alone.problems and _fits(base, shipped, own):
                return _over(base, own)
        return _checked(files, base=base)
    kept = catalogue_cache.load_extra(files, shipped_key())
    if kept is not None:
        return _over(shipped, kept)
    lib = _checked(files, base=shipped)
    if not lib.problems:
        mine = lib.subset(files)
        mine.files = lib.files
        catalogue_cache.store_extra(files, shipped_key(), mine)
    return lib


def _fits(base: Library, shipped: Library, own: Library) -> bool:
    """Whether `own` (valid against `shipped`, whose exercises `base` has) is valid against
    `base` as it is: no routine of `base` from another file has one of its ids."""
    for routine_id, entry in own.routines.items():
        earlier = base.routines.get(routine_id)
        if earlier is None or earlier.routine == entry.routine:
            continue
        here, there = entry.source.path, earlier.source.path
        if here is None or there is None or here.resolve() != there.resolve():
            return False
    return True


def _over(base: Library, own: Library) -> Library:
    """`own`'s exercises and routines laid over `base`'s, as `load_library` lays them."""
    lib = Library(files=own.files)
    for source in (base, own):
        lib.catalogue.exercises.update(source.catalogue.exercises)
        lib.catalogue.sources.update(source.catalogue.sources)
        lib.routines.update(source.routines)
    return lib


def load_routine_file(path: Path, base: Library | None = None) -> tuple[Library, Routine | None]:
    """Load a routine file against the shipped catalogue; the routine is None if it is not valid."""
    shipped = load_shipped() if base is None else base
    lib = load_files([path], base=shipped)
    if lib.problems:
        return lib, None
    mine = lib.subset([path])
    if len(mine.routines) != 1:
        name = str(path)
        what = "exercises" if mine.catalogue.exercises else "nothing"
        lib.problems.append(
            _problem(name, f"this file holds {what}, not a routine (which has 'steps')")
        )
        return lib, None
    return lib, next(iter(mine.routines.values())).routine


def _checked(files: Sequence[Path], base: Library | None = None) -> Library:
    """The files read and checked (`library_load.load_library`): imported only on a miss of
    the cache, with the problems and the checks across files it brings."""
    from .library_load import load_library

    return load_library(files, base=base)


def _problem(name: str, message: str) -> Problem:
    from .problems import Problem

    return Problem(name, None, "", message)
