"""Clocks the session machine reads: the real one, a fake one for tests, a scaled one for demos.

The machine only ever asks `monotonic()`; it never sleeps and never counts timer ticks, so a timer
that fires early or late (QTBUG-124496) changes how often the screen is redrawn, not the time.
"""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds from an arbitrary start; never goes backwards."""
        ...


class RealClock:
    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that moves only when a test says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def monotonic(self) -> float:
        return self.now

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("a monotonic clock does not go backwards")
        self.now += seconds
        return self.now


class ScaledClock:
    """Time runs `speed` times faster than `base`, from the moment the clock is made."""

    def __init__(self, speed: float, base: Clock | None = None) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self.speed = speed
        self.base = base if base is not None else RealClock()
        self._origin = self.base.monotonic()

    def monotonic(self) -> float:
        return self._origin + (self.base.monotonic() - self._origin) * self.speed
