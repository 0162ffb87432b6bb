"""A cache of a library that validated, so the next start skips ~0.9 s of YAML parsing.

The key is a digest of every file's bytes, the models' source and the app version: any change
to a routine file, or to what a valid file means, misses the cache and the files are parsed and
validated again. Only a library with no problems is ever written. The cache holds nothing
personal (the shipped routines only) and a damaged or unreadable cache is simply ignored.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from .library import Library, RoutineEntry, Source
from .models import Exercise, Routine
from .paths_walk import display_name

if TYPE_CHECKING:
    from collections.abc import Sequence

logger = logging.getLogger(__name__)

CACHE_ENV = "SCIATICA_COACH_CACHE_DIR"
FORMAT = 1


def cache_dir() -> Path:
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("sciatica-coach", appauthor=False))


def digest(files: Sequence[Path]) -> str:
    h = hashlib.sha256(f"{FORMAT}:{__version__}".encode())
    models = Path(__file__).with_name("models.py")
    for path in (models, *files):
        # Where each file is counts too: the cache remembers paths for messages and sources.
        h.update(str(path.resolve()).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def load(files: Sequence[Path]) -> Library | None:
    """The cached library for exactly these files, or None."""
    try:
        path = cache_dir() / f"library-{digest(files)}.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        return _from_json(data)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        logger.debug("no usable catalogue cache: %s", exc)
        return None


def store(files: Sequence[Path], lib: Library) -> None:
    """Write the library for next time; never fails the caller."""
    if lib.problems:
        return
    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"library-{digest(files)}.json"
        fd, tmp = tempfile.mkstemp(prefix=".library-", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(_to_json(lib), out)
        os.replace(tmp, target)
        for old in folder.glob("library-*.json"):
            if old != target:
                old.unlink(missing_ok=True)
    except OSError as exc:
        logger.debug("catalogue cache not written: %s", exc)


def _source(src: Source) -> dict[str, Any]:
    return {"line": src.line, "path": None if src.path is None else str(src.path)}


def _to_json(lib: Library) -> dict[str, Any]:
    cat = lib.catalogue
    return {
        "files": lib.files,
        "exercises": [
            {"data": cat.exercises[i].model_dump(mode="json"), "source": _source(cat.sources[i])}
            for i in cat.exercises
        ],
        "routines": [
            {"data": r.routine.model_dump(mode="json"), "source": _source(r.source)}
            for r in lib.routines.values()
        ],
    }


def _from_json(data: dict[str, Any]) -> Library:
    lib = Library(files=int(data["files"]))
    for item in data["exercises"]:
        ex = Exercise.model_validate(item["data"])
        lib.catalogue.exercises[ex.id] = ex
        lib.catalogue.sources[ex.id] = _restore(item["source"])
    for item in data["routines"]:
        routine = Routine.model_validate(item["data"])
        lib.routines[routine.id] = RoutineEntry(routine, _restore(item["source"]))
    return lib


def _restore(src: dict[str, Any]) -> Source:
    path = None if src["path"] is None else Path(src["path"])
    name = "?" if path is None else display_name(path)
    return Source(name, src["line"], path)
