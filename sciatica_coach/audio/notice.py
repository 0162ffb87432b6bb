"""Saying a sound problem once: the calm notices, and the listener list every player shares."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from ..core.i18n import N_

if TYPE_CHECKING:
    from collections.abc import Callable

logger = logging.getLogger(__name__)


def unavailable(reason: str) -> str:
    return f"Sound is unavailable on this computer ({reason}). The on-screen cues carry on."


# Whole sentences, in English (the window shows them through `_()`: ui/sound.py).
NO_DEVICE = N_(
    "Sound is unavailable on this computer (no audio device found). The on-screen cues carry on."
)
NO_PLAYER = N_(
    "Sound is unavailable on this computer (no sound player program found). "
    "The on-screen cues carry on."
)
PLAYER_FAILED = N_(
    "Sound is unavailable on this computer (the sound player failed). The on-screen cues carry on."
)
PLAYER_STUCK = N_(
    "Sound is unavailable on this computer (the sound player stopped responding). "
    "The on-screen cues carry on."
)


class Notice:
    """Says a problem once to every listener, however many failures follow."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[Callable[[str], None]] = []
        self._problem: str | None = None

    @property
    def problem(self) -> str | None:
        return self._problem

    def on_problem(self, callback: Callable[[str], None]) -> None:
        with self._lock:
            self._listeners.append(callback)
            problem = self._problem
        if problem is not None:
            _call(callback, problem)

    def _report(self, message: str) -> bool:
        """Record the first problem and tell the listeners; False if one was already told."""
        with self._lock:
            if self._problem is not None:
                return False
            self._problem = message
            listeners = list(self._listeners)
        for callback in listeners:
            _call(callback, message)
        return True


def _call(callback: Callable[[str], None], message: str) -> None:
    try:
        callback(message)
    except Exception:
        logger.exception("a sound-problem listener failed")
