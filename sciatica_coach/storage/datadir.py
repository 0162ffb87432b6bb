"""The user's data folder (DESIGN.md §6): the platform's per-user folder, or `--data-dir`."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from platformdirs import user_data_dir

from .errors import DataDirError

APP_DIR_NAME = "sciatica-coach"


def default_data_dir() -> Path:
    """The platform's data folder for the app. Only a path: `ensure_data_dir` creates it."""
    return Path(user_data_dir(APP_DIR_NAME, appauthor=False))


def ensure_data_dir(folder: Path) -> Path:
    """Create `folder` if needed and prove a file can be written in it.

    A real write is the only honest test: permission bits say nothing for root, a read-only
    mount, or a full disk. Raises DataDirError naming the folder and the OS error.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".write-test-", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise DataDirError(folder, exc) from exc
    return folder
