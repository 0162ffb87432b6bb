"""Drive the real main window on a fake clock: build it as `app.py` does, start a routine, let
time pass."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from sciatica_coach import app as app_module
from sciatica_coach.ui import theme
from sciatica_coach.ui.look import Look
from sciatica_coach.ui.main_window import MainWindow
from tests.helpers.doubles import FakeClock, RecordingPlayer

if TYPE_CHECKING:
    from pathlib import Path

    from sciatica_coach.ui.shell import Shell


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
    shell: Shell
    clock: FakeClock
    wall: WallClock
    sounds: RecordingPlayer

    @property
    def service(self):
        return self.shell.service

    @property
    def sessions(self):
        return self.shell.sessions

    @property
    def run(self):
        return self.shell.sessions.run

    @property
    def driver(self):
        return self.shell.sessions.driver

    @property
    def prompts(self):
        return self.shell.prompts

    def start_routine(self, routine_id: str, **kw) -> None:
        self.sessions.start(routine_id, **kw)

    def open_routine_file(self, path, **kw):
        return self.shell.files.open(path, **kw)

    def advance(self, seconds: float, step: float = 0.1) -> None:
        """Let `seconds` pass, ticking the driver as its timer would."""
        target = self.clock.now + seconds
        while self.clock.now < target - 1e-9:
            self.clock.advance(min(step, target - self.clock.now))
            driver = self.driver
            if driver is None:
                return
            driver.tick()

    def seek(self, step: int, kind: str, nth: int = 0, into: float = 0.5) -> None:
        """Let time pass until `into` seconds into the nth `kind` segment of `step`."""
        run = self.run
        assert run is not None
        segs = [s for s in run.plan.segments if s.step == step and s.kind == kind]
        target_ms = segs[nth].start_ms + into * 1000
        now_ms = run.snapshot().position_ms
        assert target_ms >= now_ms, "seek only goes forward"
        self.advance((target_ms - now_ms) / 1000)

    def run_to_end(self, step: float = 0.5, limit: float = 7200) -> None:
        end = self.clock.now + limit
        while self.run is not None and self.clock.now < end:
            self.advance(step, step)

    @property
    def player(self):
        return self.sessions.player_page()


def make_harness(
    qtbot,
    data_dir: Path,
    *,
    demo: bool = False,
    speed: float = 1.0,
    start: datetime | None = None,
    first_run: bool = False,
    start_mode: bool = False,
    colors: theme.Colors = theme.LIGHT,
    scale: float = 1.0,
    size: tuple[int, int] = (1280, 800),
) -> Harness:
    """A window on a fake clock, wired by `app.wire` as the real one is, with the start-up
    questions asked (answer them through `harness.prompts.current`). Unless `first_run`, the
    safety notice counts as seen."""
    if not first_run:
        data_dir.mkdir(parents=True, exist_ok=True)
        settings = data_dir / "settings.json"
        if not settings.exists():
            settings.write_text('{"schema_version": 1, "first_run_seen": true}')
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, colors, scale)
    clock = FakeClock()
    wall = WallClock(clock, start)
    window = MainWindow()
    # At the end of a test the window just closes (a person closing it is asked first).
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "close_guard", None))
    sounds = RecordingPlayer(clock)  # what was asked to sound, with no real audio
    options = app_module.Options(
        data_dir=data_dir,
        demo=demo,
        speed=speed,
        start=start_mode,
        make_clock=lambda _speed: clock,
        now=wall,
        make_player=lambda: sounds,
    )
    look = Look("dark" if colors.dark else "light", scale, parent=window)
    window.resize(*size)
    window.show()
    shell = app_module.wire(window, options, app_module.load(options), look)
    shell.begin()
    if shell.prompts.current is None:
        # The window a person is looking at: its keys (Space, H) work before anything is done.
        QApplication.processEvents()  # what showing and beginning asked the window system
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return Harness(window, shell, clock, wall, sounds)


def active_timers(*roots) -> list[QTimer]:
    timers = []
    for root in roots:
        timers += [t for t in root.findChildren(QTimer) if t.isActive()]
    return timers
