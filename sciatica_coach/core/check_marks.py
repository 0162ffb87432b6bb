"""Remembering that a set of files passed a check, so `validate` need not run it again.

`sciatica-coach validate` with no paths checks everything shipped: the catalogue and routines
(kept in the catalogue cache once valid), the figures' poses and the translation files. The
last two are slow (the poses are solved, the translations parsed and checked id by id) and their
answer can only change when a file or the code that checks it changes. So once they pass, a
mark is written whose name is a digest of every file's bytes and place and of every module of
`core/` (the checks, the models, the loader): the same files with the same code pass again
without being read twice. A problem is never remembered: a check that found one runs again.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from .catalogue_cache import _file_bytes, _source_bytes, cache_dir
from .digest import key_hash
from .paths_walk import real_path

if TYPE_CHECKING:
    from collections.abc import Sequence

logger = logging.getLogger(__name__)

PREFIX = "passed-"


def _key(kind: str, files: Sequence[Path]) -> str:
    h = key_hash(f"{kind}:{__version__}".encode())
    here = Path(__file__).parent
    sources = sorted(here.glob("*.py")) or [here / "check_marks.py"]
    for source in sources:
        h.update(source.name.encode())
        h.update(_source_bytes(source))
    for path in files:
        h.update(str(real_path(path)).encode())
        h.update(_file_bytes(path))
    return h.hexdigest()


def passed(kind: str, files: Sequence[Path]) -> bool:
    """Whether exactly these files, as they are now, passed the check `kind` with this code."""
    try:
        return (cache_dir() / f"{PREFIX}{kind}-{_key(kind, files)}").is_file()
    except OSError as exc:  # a file gone, unreadable or not a regular file: check it again
        logger.debug("no mark for %s: %s", kind, exc)
        return False


def mark_passed(kind: str, files: Sequence[Path]) -> None:
    """Remember that these files passed `kind` (the older mark for `kind` goes); never fails."""
    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{PREFIX}{kind}-{_key(kind, files)}"
        target.touch()
        for old in folder.glob(f"{PREFIX}{kind}-*"):
            if old != target:
                old.unlink(missing_ok=True)
    except OSError as exc:
        logger.debug("mark for %s not written: %s", kind, exc)
