"""Stand-ins for the clock and the sound player, so tests control time and hear nothing."""

from __future__ import annotations

from dataclasses import dataclass

from sciatica_coach.audio.notice import NO_DEVICE, Notice
from sciatica_coach.audio.player import PlayerStatus
from sciatica_coach.core.clock import RealClock


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


@dataclass(frozen=True, slots=True)
class Played:
    at: float
    sound: str


class RecordingPlayer(Notice):
    """Remembers every sound asked for, in order, with the clock's time."""

    def __init__(self, clock: FakeClock | RealClock | None = None) -> None:
        super().__init__()
        self.clock = clock or RealClock()
        self.played: list[Played] = []
        self.closed = False
        self.warmed_up = 0

    @property
    def status(self) -> PlayerStatus:
        if self.closed:
            return PlayerStatus.CLOSED
        return PlayerStatus.READY if self.problem is None else PlayerStatus.UNAVAILABLE

    @property
    def sounds(self) -> list[str]:
        return [p.sound for p in self.played]

    def play(self, sound_id: str) -> None:
        self.played.append(Played(self.clock.monotonic(), sound_id))

    def warm_up(self) -> None:
        self.warmed_up += 1

    def fail(self, message: str = NO_DEVICE) -> None:
        """Act as if sound just failed (as the worker thread would report it)."""
        self._report(message)

    def close(self) -> None:
        self.closed = True
