"""Reading the settings file safely, without pydantic: what the window's first frame uses.

The file is read only if it is a regular file, at most 64 KB (enforced while reading), opened
without waiting (a FIFO never blocks the start), and parsed without letting a nested file crash
the app. `storage.settings` checks the values; `ui.launch` only needs the theme and text size
before the window is shown, and must not load pydantic (about 85 ms) for that.
"""

from __future__ import annotations

import json
import os
import stat
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from pathlib import Path

MAX_SETTINGS_BYTES: Final = 64 * 1024
"""A settings file is about 300 bytes; past this it is not ours (and is not read further)."""


class SettingsFileError(Exception):
    """The settings file is there but cannot be used; `damaged` says whether to set it aside."""

    def __init__(self, why: str, *, damaged: bool) -> None:
        super().__init__(why)
        self.why = why
        self.damaged = damaged


def read_settings_bytes(path: Path) -> bytes:
    """The file's bytes, if it is a regular file of at most MAX_SETTINGS_BYTES.

    Raises FileNotFoundError when there is none, and SettingsFileError otherwise: `damaged` for
    a file that is too big (set it aside), not for one that cannot be read at all (a folder, a
    FIFO, no permission: leave it alone). A FIFO never blocks the start: it is opened without
    waiting and refused on the open descriptor; the size is enforced while reading.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise SettingsFileError(f"{exc.strerror or exc}", damaged=False) from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise SettingsFileError("it is not a regular file", damaged=False)
        data = b""
        while len(data) <= MAX_SETTINGS_BYTES:
            chunk = os.read(fd, MAX_SETTINGS_BYTES + 1 - len(data))
            if not chunk:
                break
            data += chunk
    except OSError as exc:
        raise SettingsFileError(f"{exc.strerror or exc}", damaged=False) from exc
    finally:
        os.close(fd)
    if len(data) > MAX_SETTINGS_BYTES:
        raise SettingsFileError(
            f"the file is larger than {MAX_SETTINGS_BYTES // 1024} KB", damaged=True
        )
    return data


def parse_settings_json(raw: bytes) -> dict[str, Any] | None:
    """The JSON object in `raw`, or None when it is not one (not UTF-8, not JSON, not an object,
    or nested so deeply that the parser gives up with RecursionError: `[[[[...` is valid JSON
    syntax up to the end, and json's recursion is linear, so catching it is cheap)."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def read_settings_json(path: Path) -> dict[str, Any]:
    """The settings file as plain JSON, {} for anything unusable; never raises, never blocks.

    For the first frame (`ui/launch.py`), before the settings are loaded properly."""
    try:
        return parse_settings_json(read_settings_bytes(path)) or {}
    except (OSError, SettingsFileError):
        return {}
