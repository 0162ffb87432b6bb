"""Libraries that validated, kept so the next start neither parses YAML nor validates again.

Two kinds of entry, each written only for a library with no problems:
- the shipped library (`load`, `store`): every shipped exercise and routine;
- a person's own files checked against the shipped library (`load_extra`, `store_extra`): the
  routines kept in the data folder, a physio's file given to `sciatica-coach plan`.

The key is a digest of every file's bytes and place, the app version, and the source of what a
valid file means (the models, the loader, the cross-checks, the migrations): any change to any
of them misses the cache, and the files are parsed and validated again.

An entry holds the validated models as a tree tagged with each model's class and each enum's
class, and is rebuilt with the models' own constructors (they are plain dataclasses): the values
were checked when the entry was written, so nothing is validated again and pydantic is not even
imported on the way to the first usable page (`constraints`). A
damaged, unreadable or unknown entry is simply ignored. The cache is in the person's own cache
folder and holds what their routine files hold (a physio's file may name them), like the copies
kept in the data folder; at most KEEP_EXTRA entries for their own files are kept.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from dataclasses import fields, is_dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from .digest import sha256
from .lazy_log import LazyLogger
from .library import Library, RoutineEntry, Source
from .paths_walk import display_names, real_paths

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

logger = LazyLogger(__name__)

CACHE_ENV = "SCIATICA_COACH_CACHE_DIR"
FORMAT = 3
SOURCES = (
    "models.py",
    "loader.py",
    "library.py",
    "migrations.py",
    "yaml_io.py",
    "catalogue_cache.py",
    "constraints.py",
)
"""What decides whether a file is valid, and how an entry is written: part of every key."""
MAX_FILE_BYTES = 256 * 1024
"""yaml_io.MAX_FILE_BYTES (not imported from there: that would import the YAML parser)."""
KEEP_EXTRA = 16
"""Entries for a person's own files kept at most (the newest); the shipped one is always kept."""
APP_FOLDER = "sciatica-coach"
XDG_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd")
"""Where platformdirs keeps a cache by the XDG rule (`$XDG_CACHE_HOME`, else `~/.cache`)."""


def cache_dir() -> Path:
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    if sys.platform.startswith(XDG_PLATFORMS):
        # platformdirs' answer here, by the XDG rule it follows, without importing it (and the
        # tempfile, random and shutil it imports) on every start.
        base = os.environ.get("XDG_CACHE_HOME", "")
        if not os.path.isabs(base):  # unset, empty or relative: the spec says ignore it
            base = os.path.expanduser("~/.cache")
        return Path(base) / APP_FOLDER
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_FOLDER, appauthor=False))


def digest(files: Sequence[Path], base: str = "") -> str:
    """The key for these files (checked against the library whose key is `base`)."""
    h = sha256(f"{FORMAT}:{__version__}:{base}".encode())
    for source in SOURCES:
        h.update(_source_bytes(Path(__file__).with_name(source)))
    for path, real in zip(files, real_paths(files), strict=True):
        # Where each file is counts too: the cache remembers paths for messages and sources.
        h.update(str(real).encode())  # never raises, unlike resolve() on a loop
        h.update(_file_bytes(path))
    return h.hexdigest()


def _file_bytes(path: Path) -> bytes:
    """A routine file's bytes; OSError (a miss: the loader then says what is wrong) for what
    the loader refuses to read, a FIFO, a device or a huge file, before reading it."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
        raise OSError(f"{path}: not a routine file to cache")
    return path.read_bytes()


def _source_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        # A bundle keeps no sources: its code changes only with the bundle itself.
        if getattr(sys, "frozen", False):
            return str(Path(sys.executable).stat().st_mtime_ns).encode()
        raise


def load(files: Sequence[Path]) -> Library | None:
    """The cached library for exactly these files, or None."""
    return _load(lambda: f"library-{digest(files)}.json")


def store(files: Sequence[Path], lib: Library) -> None:
    """Write the library for next time; never fails the caller."""
    _store(lambda: f"library-{digest(files)}.json", lib, keep=1)


def load_extra(files: Sequence[Path], base: Sequence[Path]) -> Library | None:
    """What loading `files` against the shipped library (from `base`) gave last time: only
    their own exercises and routines, to be laid over the shipped library. None on a miss."""
    return _load(lambda: f"files-{digest(files, digest(base))}.json")


def store_extra(files: Sequence[Path], base: Sequence[Path], lib: Library) -> None:
    """Keep `lib` (the exercises and routines that came from `files`) for next time."""
    _store(lambda: f"files-{digest(files, digest(base))}.json", lib, keep=KEEP_EXTRA)


def _load(name: Callable[[], str]) -> Library | None:
    try:
        path = cache_dir() / name()
        data = json.loads(path.read_text(encoding="utf-8"))
        return _from_json(data)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        logger.debug("no usable catalogue cache: %s", exc)
        return None


def _store(name: Callable[[], str], lib: Library, keep: int) -> None:
    if lib.problems:
        return
    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / name()
        text = json.dumps(_to_json(lib), separators=(",", ":"))
        import tempfile  # only to write: a start that finds its entry never needs it

        fd, tmp = tempfile.mkstemp(prefix=".library-", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(tmp, target)
        prefix = target.name.split("-", 1)[0]
        older = sorted(
            (p for p in folder.glob(f"{prefix}-*.json") if p != target),
            key=lambda p: p.stat().st_mtime_ns,
            reverse=True,
        )
        for old in older[keep - 1 :]:
            old.unlink(missing_ok=True)
    except (OSError, TypeError, ValueError) as exc:
        logger.debug("catalogue cache not written: %s", exc)


# -- the entry: validated models as a tagged tree -----------------------------------------------


def _classes() -> dict[str, type]:
    """The models and enums an entry may name, by class name."""
    from . import models

    return {
        name: value
        for name, value in vars(models).items()
        if isinstance(value, type)
        and (is_dataclass(value) or issubclass(value, Enum))
        and value.__module__ == models.__name__
        and value.__name__ == name
    }


def _encode(value: Any, classes: dict[str, type]) -> Any:
    if isinstance(value, Enum) or (is_dataclass(value) and not isinstance(value, type)):
        cls = type(value)
        if classes.get(cls.__name__) is not cls:
            raise TypeError(f"{cls.__qualname__} is not a routine model")
        if isinstance(value, Enum):
            return {"e": cls.__name__, "v": value.value}
        kept = {f.name: _encode(getattr(value, f.name), classes) for f in fields(value)}
        return {"m": cls.__name__, "f": kept}
    if isinstance(value, list):
        return {"l": [_encode(v, classes) for v in value]}
    if isinstance(value, tuple):
        return {"t": [_encode(v, classes) for v in value]}
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise TypeError("a mapping with keys that are not text")
        return {"d": {k: _encode(v, classes) for k, v in value.items()}}
    if value is None or isinstance(value, str | int | float):
        return value
    raise TypeError(f"cannot keep a {type(value).__name__} in the cache")


def _decode(node: Any, classes: dict[str, type]) -> Any:
    if not isinstance(node, dict):
        return node
    if "m" in node:
        model: Any = classes[node["m"]]
        return model(**{k: _decode(v, classes) for k, v in node["f"].items()})
    if "e" in node:
        return classes[node["e"]](node["v"])
    if "l" in node:
        return [_decode(v, classes) for v in node["l"]]
    if "t" in node:
        return tuple(_decode(v, classes) for v in node["t"])
    return {k: _decode(v, classes) for k, v in node["d"].items()}


def _source(src: Source) -> list[Any]:
    return [src.line, None if src.path is None else str(src.path)]


def _restore(sources: list[list[Any]]) -> list[Source]:
    """The entries' [line, path] back as Sources, each named as it is from here."""
    paths = [None if where is None else Path(where) for _line, where in sources]
    names = iter(display_names(p for p in paths if p is not None))
    return [
        Source("?" if path is None else next(names), line, path)
        for (line, _where), path in zip(sources, paths, strict=True)
    ]


def _to_json(lib: Library) -> dict[str, Any]:
    classes = _classes()
    cat = lib.catalogue
    return {
        "format": FORMAT,
        "files": lib.files,
        "exercises": [
            [_encode(ex, classes), _source(cat.sources[i])] for i, ex in cat.exercises.items()
        ],
        "routines": [
            [_encode(r.routine, classes), _source(r.source)] for r in lib.routines.values()
        ],
    }


def _from_json(data: dict[str, Any]) -> Library:
    if data["format"] != FORMAT:
        raise ValueError(f"cache format {data['format']}, not {FORMAT}")
    classes = _classes()
    lib = Library(files=int(data["files"]))
    exercises, routines = data["exercises"], data["routines"]
    sources = iter(_restore([src for _tree, src in exercises + routines]))
    for tree, _src in exercises:
        ex = _decode(tree, classes)
        lib.catalogue.exercises[ex.id] = ex
        lib.catalogue.sources[ex.id] = next(sources)
    for tree, _src in routines:
        routine = _decode(tree, classes)
        lib.routines[routine.id] = RoutineEntry(routine, next(sources))
    return lib
