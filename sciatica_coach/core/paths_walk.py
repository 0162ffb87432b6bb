"""Which files a path names: the YAML files under a folder, walked safely, and how to name them.

Listing never reads a file and never raises: a link loop, a FIFO or a device named `*.yaml` is
listed, and the loader reports it as a problem with that file (a clear message naming the
path), while the rest of the library still loads.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from .lazy_log import LazyLogger

if TYPE_CHECKING:
    from collections.abc import Iterable

logger = LazyLogger(__name__)

YAML_SUFFIXES = frozenset({".yaml", ".yml"})
WORDS_FOLDER = "i18n"
"""A folder of translations (routines/i18n/<lang>/, core.translation_files): the words of other
files, not routines. A walk skips it, unless it is the folder asked for
(`validate routines/i18n`)."""


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the *.yaml / *.yml files under each folder, in a stable order.

    Never raises. Files are only listed here, not read: a FIFO, a device or a link loop named
    `*.yaml` is kept, and the loader reports it like any bad file. Folders are walked with a
    stack, following links to folders but never into one already walked, so a link loop (or
    two links to one folder) is read once; a folder that cannot be listed is skipped with a
    logged warning.
    """
    out: list[Path] = []
    for path in paths:
        if _is_dir(path):
            out.extend(_yaml_files_under(path))
        else:
            out.append(path)
    seen: set[Path] = set()
    unique = []
    for path, key in zip(out, real_paths(out), strict=True):
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def _yaml_files_under(root: Path) -> list[Path]:
    found: list[Path] = []
    walked: set[tuple[int, int]] = set()
    todo = [root]
    words_asked = WORDS_FOLDER in root.parts
    while todo:
        folder = todo.pop()
        try:
            info = folder.stat()
            if (info.st_dev, info.st_ino) in walked:
                logger.warning(
                    "not reading %s again: it leads back to a folder already read", folder
                )
                continue
            walked.add((info.st_dev, info.st_ino))
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as exc:
            logger.warning("skipped the folder %s: %s", folder, exc.strerror or exc)
            continue
        for entry in entries:
            wanted = os.path.splitext(entry.name)[1] in YAML_SUFFIXES
            try:
                is_dir = entry.is_dir()
            except OSError as exc:  # a link loop, or a folder we may not look into
                if not wanted:
                    logger.warning("skipped %s: %s", entry.path, exc.strerror or exc)
                is_dir = False
            if is_dir and (entry.name != WORDS_FOLDER or words_asked):
                todo.append(Path(entry.path))
            elif wanted:
                found.append(Path(entry.path))
    return sorted(found)


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False  # then it is treated as a file, and reading it says what is wrong


def real_path(path: Path) -> Path:
    """Where `path` leads, to compare paths. Never raises: in Python 3.11 `Path.resolve()`
    raises RuntimeError on a link loop, and a loop must be a problem with a file, not a crash."""
    try:
        return Path(os.path.realpath(path))
    except (OSError, RuntimeError, ValueError):
        return Path(os.path.abspath(path))


def real_paths(paths: Iterable[Path]) -> list[Path]:
    """`real_path` of each, the same answers, with each folder resolved once: a file that is
    not a link is where its folder leads, under its own name (a library's 120 files sit in
    a few folders, and resolving every part of every path again costs some milliseconds)."""
    folders: dict[str, str] = {}
    out = []
    for path in paths:
        head, tail = os.path.split(os.fspath(path))
        if tail in ("", ".", "..") or os.path.islink(path):
            out.append(real_path(path))
            continue
        folder = folders.get(head)
        if folder is None:
            folder = folders[head] = str(real_path(Path(head or os.curdir)))
        out.append(Path(os.path.join(folder, tail)))
    return out


def display_name(path: Path) -> str:
    """The path as given (a link by its own name), from the current folder where it is below."""
    return display_names([path])[0]


def display_names(paths: Iterable[Path]) -> list[str]:
    """`display_name` of each, the current folder and each file's folder resolved once."""
    given = list(paths)
    try:
        cwd = os.getcwd()
    except OSError:
        return [str(path) for path in given]
    names = [_below(os.path.abspath(path), cwd) for path in given]
    away = [i for i, name in enumerate(names) if name is None]
    if away:
        real_cwd = str(real_path(Path(cwd)))
        for i, real in zip(away, real_paths(given[i] for i in away), strict=True):
            names[i] = _below(str(real), real_cwd) or str(given[i])
    return [
        name if name is not None else str(path) for name, path in zip(names, given, strict=True)
    ]


def _below(path: str, folder: str) -> str | None:
    """`path` from `folder` (both absolute and normal), as `PurePath.relative_to` says it, or
    None when it is not below: by the strings alone, a few microseconds a path."""
    if os.path.normcase(path) == os.path.normcase(folder):
        return os.curdir
    prefix = os.path.join(folder, "")
    if os.path.normcase(path).startswith(os.path.normcase(prefix)):
        return path[len(prefix) :]
    return None
