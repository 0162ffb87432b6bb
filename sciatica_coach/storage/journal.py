"""Writes the database could not take, kept on disk until it can (a full disk, a read-only
folder): nothing a person logged is lost when the app is closed before the disk comes back.

The journal is a small file of JSON lines, one record each, beside the database
(`history.db.unsaved.jsonl`); if that folder cannot be written, in the user's state folder, then
in the temporary folder, named after the database so two data folders never mix. The next start
merges it into the database, then removes it. A journal that cannot be read is set aside,
never deleted.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.constraints import plain
from ..core.digest import sha256
from .files import write_atomically
from .records import (
    CheckIn,
    ClinicianReview,
    DrillResult,
    ExerciseLevel,
    HurtAnswer,
    HurtEvent,
    Progress,
    Record,
    SessionEnd,
    SessionStart,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

logger = logging.getLogger(__name__)

SUFFIX = ".unsaved.jsonl"
MAX_BYTES = 16 * 1024 * 1024
KINDS: dict[str, type[Record]] = {
    kind.__name__: kind
    for kind in (
        SessionStart,
        SessionEnd,
        Progress,
        CheckIn,
        DrillResult,
        HurtEvent,
        HurtAnswer,
        ExerciseLevel,
        ClinicianReview,
    )
}


class JournalError(ValueError):
    """A journal line that is not a record this app writes."""


def encode(records: Iterable[Record]) -> bytes:
    lines = (json.dumps({"record": type(r).__name__, "fields": plain(r)}) for r in records)
    return "".join(f"{line}\n" for line in lines).encode("utf-8")


def decode(data: bytes, name: str = "journal") -> list[Record]:
    records = []
    for number, line in enumerate(data.decode("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            kind = KINDS[item["record"]]
            records.append(kind(**item["fields"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise JournalError(f"{name}:{number}: {exc}") from exc
    return records


def _state_dir() -> Path:
    from platformdirs import user_state_path

    return user_state_path("sciatica-coach") / "unsaved"


def places(db_path: Path) -> list[Path]:
    """Where the journal of `db_path` may be, in the order they are tried."""
    tag = sha256(str(db_path.resolve()).encode()).hexdigest()[:12]
    name = f"history-{tag}{SUFFIX}"
    uid = os.getuid() if hasattr(os, "getuid") else "user"
    return [
        db_path.with_name(db_path.name + SUFFIX),
        _state_dir() / name,
        Path(tempfile.gettempdir()) / f"sciatica-coach-{uid}" / name,
    ]


class Journal:
    """The journal of one database: saved whole each time, found again at the next start."""

    def __init__(self, db_path: Path) -> None:
        self.places = places(db_path)
        self.where: Path | None = None
        """Where the waiting writes are on disk now (None: nothing waiting, or nowhere)."""

    def save(self, records: list[Record]) -> Path | None:
        """Keep `records` on disk, in the first place that takes them; None if none does."""
        data = encode(records)
        for place in self.places:
            try:
                place.parent.mkdir(parents=True, exist_ok=True)
                write_atomically(place, data)
            except OSError as exc:
                logger.debug("journal not kept in %s: %s", place, exc)
                continue
            if self.where is not None and self.where != place:
                self._remove(self.where)
            self.where = place
            return place
        logger.error("%d unsaved writes could not be kept on disk anywhere", len(records))
        return None

    def clear(self) -> None:
        """Everything is in the database: no journal any more."""
        for place in self.places:
            if place.exists():
                self._remove(place)
        self.where = None

    def load(self, now: datetime | None = None) -> tuple[list[Record], list[str]]:
        """The records of every journal found (oldest file first), and notices for any set
        aside because it could not be read."""
        found: list[tuple[float, Path]] = []
        for place in self.places:
            try:
                if place.is_file():
                    found.append((place.stat().st_mtime, place))
            except OSError:
                continue
        records: list[Record] = []
        notices: list[str] = []
        for _mtime, place in sorted(found):
            try:
                with place.open("rb") as stream:
                    data = stream.read(MAX_BYTES + 1)
                if len(data) > MAX_BYTES:
                    raise JournalError(f"{place}: larger than {MAX_BYTES} bytes")
                records += decode(data, str(place))
            except (OSError, UnicodeDecodeError, JournalError) as exc:
                aside = place.with_name(
                    f"{place.name}.damaged-{(now or datetime.now()):%Y%m%d-%H%M%S}"
                )
                try:
                    place.rename(aside)
                except OSError:
                    aside = place
                logger.warning("could not read unsaved writes from %s: %s", place, exc)
                notices.append(
                    f"Some unsaved history in {place} could not be read. It is kept, "
                    f"unchanged, at {aside}."
                )
        return records, notices

    @staticmethod
    def _remove(place: Path) -> None:
        try:
            place.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            logger.warning("could not remove %s: %s", place, exc)
