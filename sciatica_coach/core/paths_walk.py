"""Which files a path names: the YAML files under a folder, walked safely, and how to name them.

Listing never reads a file and never raises: a link loop, a FIFO or a device named `*.yaml` is
listed, and the loader reports it as a problem with that file (a clear message naming the
path), while the rest of the library still loads.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

logger = logging.getLogger(__name__)

YAML_SUFFIXES = frozenset({".yaml", ".yml"})
WORDS_FOLDER = "i18n"
"""A folder of translations (routines/i18n/<lang>/, core.content_i18n): the words of other files,
not routines. A walk skips it, unless it is the folder asked for (`validate routines/i18n`)."""


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
    for path in out:
        key = real_path(path)
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


def display_name(path: Path) -> str:
    """The path as given (a link by its own name), from the current folder where it is below."""
    try:
        cwd = Path.cwd()
    except OSError:
        return str(path)
    for here, there in ((cwd, Path(os.path.abspath(path))), (real_path(cwd), real_path(path))):
        try:
            return str(there.relative_to(here))
        except ValueError:
            continue
    return str(path)
