"""Read the history without touching it: `export` and `report` on the command line.

The database (with its -wal and -shm, so committed writes not yet checkpointed are seen) is
copied into a temporary folder and opened there: an older file is brought up to date in the
copy only, a damaged one is reported and left where it is, never renamed. Writes an earlier run
could not make (the journal beside it, `storage.journal`) are added to the copy, so an export
holds everything the person logged.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import StorageError
from .journal import Journal, JournalError, decode
from .log import SessionLog

if TYPE_CHECKING:
    from collections.abc import Iterator


class UnreadableHistoryError(StorageError):
    """The history file cannot be read; it has been left exactly as it was."""


@contextmanager
def read_only(db: Path) -> Iterator[SessionLog]:
    """The log at `db`, opened from a copy: nothing in the data folder changes."""
    with tempfile.TemporaryDirectory(prefix="sciatica-coach-read-") as tmp:
        copy = Path(tmp) / db.name
        for suffix in ("", "-wal", "-shm"):
            source = db.with_name(db.name + suffix)
            if source.is_file():
                shutil.copyfile(source, copy.with_name(copy.name + suffix))
        log = SessionLog.open(copy)
        try:
            if log.notice is not None:
                raise UnreadableHistoryError(
                    f"{db} could not be read (it seems damaged); it was left as it is. The app "
                    "sets a damaged history aside and starts a new one when it next opens."
                )
            for place in Journal(db).places:
                if place.is_file():
                    try:
                        records = decode(place.read_bytes(), str(place))
                    except (OSError, UnicodeDecodeError, JournalError):
                        continue  # the app reports it when it next opens
                    for record in records:
                        try:
                            log.write(record)
                        except (sqlite3.Error, StorageError):
                            continue  # already in the copy (the app merged it and crashed)
            yield log
        finally:
            log.close()
