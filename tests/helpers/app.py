"""Drive the real main window on a fake clock: build it, start a routine, let time pass."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from sciatica_coach.audio.player import RecordingPlayer
from sciatica_coach.core.clock import FakeClock
from sciatica_coach.ui import theme
from sciatica_coach.ui.coach import Coach, Options
from sciatica_coach.ui.main_window import MainWindow

if TYPE_CHECKING:
    from pathlib import Path


class WallClock:
    """A wall clock for log timestamps that moves with the fake monotonic clock."""

    def __init__(self, clock: FakeClock, start: datetime | None = None) -> None:
        self.clock = clock
        self.origin = clock.now
        self.start = start or datetime(2026, 11, 17, 9, 0, tzinfo=UTC)  # a Tuesday

    def __call__(self) -> datetime:
        return self.start + timedelta(seconds=self.clock.now - self.origin)


@dataclass
class Harness:
    window: MainWindow
    coach: Coach
    clock: FakeClock
    wall: WallClock
    sounds: RecordingPlayer

    def advance(self, seconds: float, step: float = 0.1) -> None:
        """Let `seconds` pass, ticking the driver as its timer would."""
        target = self.clock.now + seconds
        while self.clock.now < target - 1e-9:
            self.clock.advance(min(step, target - self.clock.now))
            flow = self.coach.flow
            if flow is None:
                return
            flow.driver.tick()

    def seek(self, step: int, kind: str, nth: int = 0, into: float = 0.5) -> None:
        """Let time pass until `into` seconds into the nth `kind` segment of `step`."""
        flow = self.coach.flow
        assert flow is not None
        plan = flow.driver.machine.plan
        segs = [s for s in plan.segments if s.step == step and s.kind == kind]
        target_ms = segs[nth].start_ms + into * 1000
        now_ms = flow.driver.snapshot().position_ms
        assert target_ms >= now_ms, "seek only goes forward"
        self.advance((target_ms - now_ms) / 1000)

    def run_to_end(self, step: float = 0.5, limit: float = 7200) -> None:
        end = self.clock.now + limit
        while self.coach.flow is not None and self.clock.now < end:
            self.advance(step, step)

    @property
    def player(self):
        return self.coach.player_page()


def make_harness(
    qtbot,
    data_dir: Path,
    *,
    demo: bool = False,
    speed: float = 1.0,
    start: datetime | None = None,
    first_run: bool = False,
) -> Harness:
    """A window on a fake clock. Unless `first_run`, the safety notice counts as seen."""
    if not first_run:
        data_dir.mkdir(parents=True, exist_ok=True)
        settings = data_dir / "settings.json"
        if not settings.exists():
            settings.write_text('{"schema_version": 1, "first_run_seen": true}')
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, theme.LIGHT, 1.0)
    clock = FakeClock()
    wall = WallClock(clock, start)
    window = MainWindow()
    qtbot.addWidget(window)
    player = RecordingPlayer(clock)  # what was asked to sound, with no real audio
    options = Options(
        data_dir=data_dir,
        demo=demo,
        speed=speed,
        make_clock=lambda _speed: clock,
        now=wall,
        make_player=lambda: player,
    )
    coach = Coach(window, options, colors=theme.LIGHT)
    window.resize(1280, 800)
    window.show()
    coach.begin(background=False)
    return Harness(window, coach, clock, wall, player)


def active_timers(*roots) -> list[QTimer]:
    timers = []
    for root in roots:
        timers += [t for t in root.findChildren(QTimer) if t.isActive()]
    return timers
