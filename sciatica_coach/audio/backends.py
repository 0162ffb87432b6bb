"""What actually starts a sound: playsound3's chosen backend, or a command of our own.

A backend turns a file into a running player process and hands back that process, so the cue
player can read its exit status. playsound3 never looks at the exit status itself: with no audio
device `aplay` prints an error and exits 1 and playsound3 raises nothing (DESIGN.md §8). Its
non-blocking `playsound(..., block=False)` returns a `Sound` whose `subprocess` attribute is the
backend's `Popen` (or a Popen-like object on Windows and macOS), checked here with playsound3
3.3.2. We use that object's `poll()` rather than running `aplay` ourselves, so the app keeps
playsound3's choice of player on every platform (gst-play, ffplay, afplay, WinMM...).

Limits: `gst-play-1.0` plays into a fake sink when there is no device and exits 0, so with the
GStreamer backend a missing device cannot be seen; `aplay` (the `alsa` backend) can.
"""

from __future__ import annotations

import logging
import subprocess
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from pathlib import Path

logger = logging.getLogger(__name__)


class ProcessLike(Protocol):
    """The part of `subprocess.Popen` the cue player needs (playsound3's `PopenLike`)."""

    def poll(self) -> int | None: ...

    def wait(self) -> int: ...

    def terminate(self) -> None: ...


class Backend(Protocol):
    name: str

    def open(self, path: Path) -> ProcessLike:
        """Start playing `path` and return at once with the running player."""
        ...


class BackendUnavailable(Exception):
    """No way to play sound here (no player program, or loading playsound3 failed)."""


class _NoStatus:
    """Stands in for a backend object without an exit status (an older playsound3)."""

    def poll(self) -> int | None:
        return 0

    def wait(self) -> int:
        return 0

    def terminate(self) -> None:
        pass


class Playsound3Backend:
    def __init__(self, playsound: Callable[..., Any], name: str) -> None:
        self._playsound = playsound
        self.name = name

    def open(self, path: Path) -> ProcessLike:
        sound = self._playsound(str(path), block=False, backend=self.name)
        process: ProcessLike | None = getattr(sound, "subprocess", None)
        if process is None:
            logger.debug("playsound3 gave no process for %s: exit status unknown", path)
            return _NoStatus()
        return process


def load_playsound3(name: str | None = None) -> Backend:
    """Import playsound3 and pick its backend (`name`, else its own choice).

    Slow (importing runs every player's `--version`, about 130 ms) and can raise if a player is
    broken, so call it off the UI thread; every failure becomes BackendUnavailable.
    """
    try:
        import playsound3
    except Exception as exc:
        raise BackendUnavailable(f"loading playsound3 failed: {exc!r}") from exc
    available = list(playsound3.AVAILABLE_BACKENDS)
    chosen = name or playsound3.DEFAULT_BACKEND
    if chosen is None:
        raise BackendUnavailable("no sound player program found (playsound3 found none)")
    if name is not None and name not in available:
        raise BackendUnavailable(f"the {name!r} sound player is not installed (found: {available})")
    logger.info("sound: playsound3 backend %r (available: %s)", chosen, available)
    return Playsound3Backend(playsound3.playsound, chosen)


class CommandBackend:
    """Runs `argv + [file]` directly: for tests (a real process that exits 1) and experiments."""

    def __init__(self, argv: Sequence[str], name: str = "command") -> None:
        self.argv = list(argv)
        self.name = name

    def open(self, path: Path) -> ProcessLike:
        return subprocess.Popen(
            [*self.argv, str(path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
