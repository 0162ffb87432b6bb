"""The routines a person has: the shipped ones, and files their physio gave them.

An opened file is checked against the catalogue and, when valid, a copy is kept in the data
folder so it is there next time. The copy is written whole or not at all (a full disk must not
leave a physio's four-drill routine as two drills).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import paths
from ..core.constraints import plain
from ..core.content_i18n import original, translated
from ..core.digest import sha256
from ..core.i18n import language
from ..core.shipped import load_files, load_routine_file, load_shipped
from ..storage.files import write_atomically

if TYPE_CHECKING:
    from pathlib import Path

    from ..core.library import Library
    from ..core.models import Routine
    from ..core.problems import Problem

logger = logging.getLogger(__name__)

USER_ROUTINES = "routines"


def routine_hash(routine: Routine) -> str:
    """A digest of the routine as validated, so the log knows which version was run."""
    # As its file says it: the same digest whatever language the app speaks.
    canonical = json.dumps(plain(original(routine)), sort_keys=True)
    return sha256(canonical.encode()).hexdigest()


def user_folder(data_dir: Path, *, demo: bool) -> Path | None:
    """Where opened routines are kept (nowhere in demo mode)."""
    return None if demo else data_dir / USER_ROUTINES


def load_all(extra: list[Path], user: Path | None) -> Library:
    """The shipped library plus `extra` files and the routines kept from earlier."""
    paths_ = [*extra]
    if user is not None and user.is_dir():
        paths_.append(user)
    shipped = translated(load_shipped(), language())  # in the app's language (content_i18n)
    # From the catalogue cache when these files validated before (no YAML parsed at start).
    return load_files(paths_, base=shipped) if paths_ else shipped


@dataclass
class Opened:
    """What opening a routine file gave: the new library and the routine's id, or problems."""

    library: Library
    routine_id: str | None
    problems: list[Problem] = field(default_factory=list)
    copy_failed: str | None = None
    """Why the copy for next time could not be kept (the routine still opens now)."""


def open_routine(library: Library, path: Path, keep_in: Path | None) -> Opened:
    """Check `path` against `library`; on success keep a copy in `keep_in` for next time."""
    lib, routine = load_routine_file(path, base=library)
    if routine is None:
        return Opened(library, None, list(lib.problems))
    failed = _keep_copy(path, keep_in)
    return Opened(lib, routine.id, copy_failed=failed)


def _keep_copy(path: Path, folder: Path | None) -> str | None:
    if folder is None:
        return None
    here = path.resolve().parent
    if here in {folder.resolve(), paths.routines_dir().resolve()}:
        return None  # already one of ours: shipped, or kept earlier
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically(folder / path.name, path.read_bytes())
    except OSError as exc:
        logger.warning("could not keep a copy of %s: %s", path, exc)
        return exc.strerror or str(exc)
    return None
