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
from .digest import key_hash
from .lazy_log import LazyLogger
from .library import Library, RoutineEntry, Source
from .paths_walk import display_names, real_paths

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

logger = LazyLogger(__name__)

CACHE_ENV = "SCIATICA_COACH_CACHE_DIR"
FORMAT = 4
SOURCES = (
    "models.py",
    "exercise_files.py",
    "loader.py",
    "library.py",
    "library_load.py",
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
    h = key_hash(f"{FORMAT}:{__version__}:{base}".encode())
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


def load(files: Sequence[Path], key: str | None = None) -> Library | None:
    """The cached library for exactly these files (whose `digest` is `key`, when it is known
    already), or None."""
    return _load(lambda: f"library-{key or digest(files)}.json")


def store(files: Sequence[Path], lib: Library, key: str | None = None) -> None:
    """Write the library for next time; never fails the caller."""
    _store(lambda: f"library-{key or digest(files)}.json", lib, keep=1)


def load_extra(files: Sequence[Path], base_key: str) -> Library | None:
    """What loading `files` against the shipped library (whose key is `base_key`) gave last
    time: only their own exercises and routines, to be laid over the shipped library. None on
    a miss."""
    return _load(lambda: f"files-{digest(files, base_key)}.json")


def store_extra(files: Sequence[Path], base_key: str, lib: Library) -> None:
    """Keep `lib` (the exercises and routines that came from `files`) for next time."""
    _store(lambda: f"files-{digest(files, base_key)}.json", lib, keep=KEEP_EXTRA)


def _load(name: Callable[[], str]) -> Library | None:
    try:
        path = cache_dir() / name()
        return _from_json(path.read_text(encoding="utf-8"))
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
    """`value` as JSON: a model as its fields beside `$m` (its class), an enum as `$e` and
    `v`, a tuple as `$t`, a mapping as `$d` (its pairs: its keys are anyone's words, never
    mistaken for a tag); lists and plain values as they are."""
    if isinstance(value, Enum) or (is_dataclass(value) and not isinstance(value, type)):
        cls = type(value)
        if classes.get(cls.__name__) is not cls:
            raise TypeError(f"{cls.__qualname__} is not a routine model")
        if isinstance(value, Enum):
            return {"$e": cls.__name__, "v": value.value}
        kept = {f.name: _encode(getattr(value, f.name), classes) for f in fields(value)}
        return {"$m": cls.__name__, **kept}
    if isinstance(value, list):
        return [_encode(v, classes) for v in value]
    if isinstance(value, tuple):
        return {"$t": [_encode(v, classes) for v in value]}
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise TypeError("a mapping with keys that are not text")
        return {"$d": [[k, _encode(v, classes)] for k, v in value.items()]}
    if value is None or isinstance(value, str | int | float):
        return value
    raise TypeError(f"cannot keep a {type(value).__name__} in the cache")


def _decoder(classes: dict[str, type]) -> Callable[[dict[str, Any]], Any]:
    """The JSON parser's hook that rebuilds each tagged object as it is read (innermost
    first), so the models are made in the same pass as the parse."""

    def rebuild(node: dict[str, Any]) -> Any:
        name = node.pop("$m", None)
        if name is not None:
            return classes[name](**node)
        if "$e" in node:
            return classes[node["$e"]](node["v"])
        if "$t" in node:
            return tuple(node["$t"])
        if "$d" in node:
            return dict(node["$d"])
        if "format" in node:
            return node  # the entry itself
        raise ValueError(f"an object with no tag: {sorted(node)[:5]}")

    return rebuild


def _source(src: Source) -> list[Any]:
    return [src.line, None if src.path is None else str(src.path)]


def _restore(sources: list[list[Any]]) -> list[Source]:
    """The entries' [line, path] back as Sources, each named as it is from here (each file
    once: a file of exercises is the source of each of them)."""
    paths = {where: Path(where) for _line, where in sources if where is not None}
    names = dict(zip(paths, display_names(paths.values()), strict=True))
    return [
        Source("?", line, None) if where is None else Source(names[where], line, paths[where])
        for line, where in sources
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


def _from_json(text: str) -> Library:
    data = json.loads(text, object_hook=_decoder(_classes()))
    if data["format"] != FORMAT:
        raise ValueError(f"cache format {data['format']}, not {FORMAT}")
    lib = Library(files=int(data["files"]))
    exercises, routines = data["exercises"], data["routines"]
    sources = iter(_restore([src for _ex, src in exercises + routines]))
    for ex, _src in exercises:
        lib.catalogue.exercises[ex.id] = ex
        lib.catalogue.sources[ex.id] = next(sources)
    for routine, _src in routines:
        lib.routines[routine.id] = RoutineEntry(routine, next(sources))
    return lib
