"""Where the routine editor's drafts come from and go: a new routine, a copy of one, or a kept
file edited in place; saved into the person's routines (so its card is there next time) or
exported anywhere (a USB stick for the patient). Files are written whole or not at all."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core import yaml_io
from ..core.library import Library
from ..core.loader import slug_of
from ..core.paths_walk import real_path
from ..core.routine_edit import Draft
from ..storage.files import write_atomically
from .routine_files import open_routine

if TYPE_CHECKING:
    from pathlib import Path

    from .routine_files import Opened as FileOpened

logger = logging.getLogger(__name__)

SUFFIX = ".yaml"
UNTITLED = "my-routine"


@dataclass
class Opened:
    """A draft and the file it is saved to (None until the first save: a new routine, a copy)."""

    draft: Draft
    path: Path | None
    replaces: str | None = None
    """The id of the routine it will replace when saved (the kept file being edited)."""


def new_draft() -> Opened:
    return Opened(Draft.new(), None)


def kept_file(library: Library, routine_id: str, keep_in: Path | None) -> Path | None:
    """The person's own file of a routine (kept in their routines folder when it was opened),
    or None for a shipped one (which the editor copies)."""
    entry = library.routines.get(routine_id)
    path = None if entry is None else entry.source.path
    if keep_in is None or path is None:
        return None
    if real_path(path.parent) == real_path(keep_in):
        return path
    copy = keep_in / path.name  # opened this run from elsewhere: its kept copy
    return copy if copy.is_file() else None


def editable(library: Library, routine_id: str, keep_in: Path | None) -> bool:
    return kept_file(library, routine_id, keep_in) is not None


def open_draft(library: Library, routine_id: str, keep_in: Path | None) -> Opened:
    """A kept routine to edit in place, or a copy of any other (a shipped one): the copy loses
    its id (the file name it is saved under gives one) and is titled as a copy."""
    entry = library.routines[routine_id]
    kept = kept_file(library, routine_id, keep_in)
    if kept is not None:
        return Opened(Draft.from_text(yaml_io.read_text(kept, kept.name), kept.name), kept,
                      routine_id)  # fmt: skip
    path = entry.source.path
    if path is None:
        raise FileNotFoundError(f"the file of {routine_id} is not known")
    draft = Draft.from_text(yaml_io.read_text(path, path.name), path.name)
    draft.set_value("id", None)
    draft.set_value("title", copy_title(entry.routine.title))
    return Opened(draft, None)


def reload(library: Library, path: Path, replaces: str | None) -> FileOpened:
    """The library with the routine saved at `path` in place of `replaces` (its earlier
    version, wherever that was read from)."""
    rest = {k: v for k, v in library.routines.items() if k != replaces}
    base = Library(library.catalogue, rest, list(library.problems), library.files)
    return open_routine(base, path, None)


def copy_title(title: str) -> str:
    return f"{title} (copy)"[:120]


def file_name(title: str, keep_in: Path | None, library: Library) -> str:
    """A new file's name from its title, used by no file kept there and no routine's id (the
    id of a routine that names none is its file name)."""
    stem = slug_of(f"{title or UNTITLED}{SUFFIX}")
    taken = set(library.routines)
    candidate, n = stem, 1
    while candidate in taken or (
        keep_in is not None and (keep_in / f"{candidate}{SUFFIX}").exists()
    ):
        n += 1
        candidate = f"{stem[:55]}-{n}"
    return f"{candidate}{SUFFIX}"


def save(draft: Draft, path: Path) -> Path:
    """Write the draft to `path` (the folder is made if needed); OSError says why not."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, draft.text().encode("utf-8"))
    logger.info("routine saved: %s", path)
    return path
