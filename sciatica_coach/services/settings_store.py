"""The person's settings and where they are kept: read once at start, saved when changed.

In demo mode (a physio's clinic demo) nothing is written: the settings live for the run.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ..storage.errors import DataDirError
from ..storage.settings import Settings, load_settings, save_settings

if TYPE_CHECKING:
    from pathlib import Path

logger = logging.getLogger(__name__)


class SettingsStore:
    def __init__(self, settings: Settings, folder: Path | None, notice: str | None = None) -> None:
        self.settings = settings
        self.folder = folder
        """None in demo mode: nothing is saved."""
        self.notice = notice
        """Said once when the file could not be used as it was (a bad value was reset)."""

    @classmethod
    def load(cls, folder: Path, *, demo: bool = False) -> SettingsStore:
        if demo:
            return cls(Settings(first_run_seen=True), None)
        loaded = load_settings(folder)
        return cls(loaded.settings, folder, loaded.notice)

    def save(self) -> bool:
        """Write the settings now; False (and a warning logged) if they could not be."""
        if self.folder is None:
            return False
        try:
            saved = save_settings(self.folder, self.settings)
        except DataDirError as exc:
            logger.warning("settings were not saved: %s", exc)
            return False
        if not saved:
            logger.warning("settings were not saved in %s", self.folder)
        return saved
