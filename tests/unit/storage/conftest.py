"""Fixtures for the storage tests: a log in tmp_path and record builders with valid defaults."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from sciatica_coach.storage.log import SessionLog
from sciatica_coach.storage.records import (
    CheckIn,
    DrillResult,
    ExerciseLevel,
    HurtEvent,
    SessionStart,
)

ROUTINE_HASH = "0123456789abcdef" * 4
T0 = datetime(2026, 11, 22, 2, 15, tzinfo=UTC)


def at(minutes: float = 0) -> str:
    """A log timestamp `minutes` after T0."""
    return (T0 + timedelta(minutes=minutes)).isoformat()


class Records:
    """Valid records with overridable fields; `session_id` defaults to the last session made."""

    routine_hash = ROUTINE_HASH
    at = staticmethod(at)

    def __init__(self) -> None:
        self.session_id = uuid.uuid4().hex

    def session(self, **fields: Any) -> SessionStart:
        values: dict[str, Any] = {
            "id": uuid.uuid4().hex,
            "routine_id": "disc-extension",
            "routine_title": "Disc / extension bias",
            "routine_hash": ROUTINE_HASH,
            "started_at": at(0),
        }
        start = SessionStart(**{**values, **fields})
        self.session_id = start.id
        return start

    def checkin(self, **fields: Any) -> CheckIn:
        values: dict[str, Any] = {
            "session_id": self.session_id,
            "moment": "before",
            "at": at(0),
            "back_pain": 4,
            "leg_pain": 3,
            "reach": "thigh",
        }
        return CheckIn(**{**values, **fields})

    def drill(self, **fields: Any) -> DrillResult:
        values: dict[str, Any] = {
            "session_id": self.session_id,
            "step": 0,
            "exercise_id": "prone-mini-push-up",
            "variant_id": "prone-mini-push-up",
            "status": "done",
            "sets_done": 1,
            "started_at": at(1),
            "ended_at": at(3),
        }
        return DrillResult(**{**values, **fields})

    def hurt(self, **fields: Any) -> HurtEvent:
        values: dict[str, Any] = {
            "session_id": self.session_id,
            "at": at(5),
            "step": 1,
            "exercise_id": "double-knees-to-chest",
            "variant_id": "single-knee-to-chest",
            "set": 1,
            "side": "left",
            "rep": 4,
            "phase": "move",
            "elapsed_s": 301.5,
            "pain": 6,
            "reach": "below_knee",
            "feelings": ("sharp", "numbness_tingling"),
            "red_flags": (),
            "suggestion": "regress",
            "choice": "skip",
            "variant_offered": "supine-knee-rock",
        }
        return HurtEvent(**{**values, **fields})

    def level(self, **fields: Any) -> ExerciseLevel:
        values: dict[str, Any] = {
            "base_id": "double-knees-to-chest",
            "level_id": "single-knee-to-chest",
            "about_id": "double-knees-to-chest",
            "since": at(6),
            "source": "stopped",
            "session_id": self.session_id,
        }
        return ExerciseLevel(**{**values, **fields})


@pytest.fixture
def rec() -> Records:
    return Records()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.db"


@pytest.fixture
def log(db_path: Path) -> Iterator[SessionLog]:
    with SessionLog.open(db_path) as opened:
        yield opened


class Unwritable:
    """A data folder that cannot be written, until `restore()`.

    chmod where it works; root ignores permission bits, so there the folder's parent is made a
    regular file instead. `how` says which, so a failure report shows what was simulated.
    """

    def __init__(self, root: Path) -> None:
        self._parent = root / "blocked"
        self.folder = self._parent / "data"
        self.folder.mkdir(parents=True)
        self.folder.chmod(0o555)
        if _can_write(self.folder):
            self.folder.chmod(0o755)
            shutil.rmtree(self._parent)
            self._parent.write_text("a file where a folder should be\n")
            self.how = "parent is a file"
        else:
            self.how = "chmod 555"
        self.blocked = True

    def restore(self) -> None:
        if not self.blocked:
            return
        if self.how == "chmod 555":
            self.folder.chmod(0o755)
        else:
            self._parent.unlink()
            self.folder.mkdir(parents=True)
        self.blocked = False


def _can_write(folder: Path) -> bool:
    try:
        (folder / "probe").write_text("x")
    except OSError:
        return False
    (folder / "probe").unlink()
    return True


@pytest.fixture
def unwritable(tmp_path: Path) -> Iterator[Unwritable]:
    blocked = Unwritable(tmp_path)
    yield blocked
    blocked.restore()
