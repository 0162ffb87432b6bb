"""Clocks the session machine reads: the real one and a scaled one for demos (tests bring a fake).

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


_BOOTTIME = getattr(time, "CLOCK_BOOTTIME", None)


class RealClock:
    """Seconds that keep counting while the computer sleeps (Linux's CLOCK_BOOTTIME; DESIGN.md
    §11): `time.monotonic()` stops during suspend, so a session would never notice the sleep
    and would not pause itself. Elsewhere, the platform's monotonic clock."""

    def monotonic(self) -> float:
        if _BOOTTIME is not None:
            return time.clock_gettime(_BOOTTIME)
        return time.monotonic()


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
