"""Start the window: only what the first frame needs runs before it is shown.

The routine catalogue (about 0.6 s of YAML parsing and validation), the log, pydantic-based
settings and anything heavier load after the window is on screen (DESIGN.md §11).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from . import theme
from .main_window import MainWindow

if TYPE_CHECKING:
    import argparse

    from .coach import Coach

APP_ID = "org.sciaticacoach.SciaticaCoach"
SELF_CHECK_ROUTINE = "quick-tour"
SELF_CHECK_SPEED = 50.0
SELF_CHECK_TIMEOUT_MS = 120_000

logger = logging.getLogger(__name__)


def appearance(data_dir: Path) -> tuple[str, float]:
    """Theme and text size from the settings file, read cheaply (no pydantic) for frame one."""
    try:
        raw = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "system", 1.0
    if not isinstance(raw, dict):
        return "system", 1.0
    chosen = raw.get("theme")
    scale = raw.get("font_scale")
    chosen = chosen if chosen in {"system", "light", "dark"} else "system"
    if isinstance(scale, int | float) and not isinstance(scale, bool):
        return chosen, theme.clamp_scale(float(scale))
    return chosen, 1.0


def data_dir_from(args: argparse.Namespace) -> Path:
    if args.data_dir is not None:
        return Path(args.data_dir)
    from ..storage.datadir import default_data_dir

    return default_data_dir()


def make_app(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName("sciatica-coach")
    app.setApplicationDisplayName("Sciatica Coach")
    app.setDesktopFileName(APP_ID)
    return app


def build_window(args: argparse.Namespace, app: QApplication) -> MainWindow:
    """The window in its colours; nothing heavy has run, no routine is loaded yet."""
    chosen, scale = appearance(data_dir_from(args))
    theme.apply(app, theme.colors_for(chosen), scale)
    window = MainWindow()
    window.setWindowIcon(QIcon(str(_icon())))
    return window


def build_coach(args: argparse.Namespace, window: MainWindow) -> Coach:
    """The coach that wires the window (imported after the first frame: it pulls in more)."""
    from .coach import Coach, Options

    data_dir = data_dir_from(args)
    chosen, scale = appearance(data_dir)
    options = Options(
        data_dir=data_dir,
        routine=args.routine,
        start=args.start,
        speed=args.speed,
        demo=args.demo or args.self_check,
    )
    return Coach(window, options, colors=theme.colors_for(chosen), scale=scale, theme_name=chosen)


def _icon() -> Path:
    from ..paths import asset

    return asset("icons/hicolor/256x256/apps/org.sciaticacoach.SciaticaCoach.png")


def run_window(args: argparse.Namespace, argv: list[str]) -> int:
    app = make_app(argv)
    window = build_window(args, app)
    window.resize(1280, 800)
    if args.fullscreen:
        window.set_full_screen(True)
    else:
        window.show()
    coaches: list[Coach] = []

    def after_first_frame() -> None:
        coach = build_coach(args, window)
        coaches.append(coach)
        if args.self_check:
            _self_check(app, coach)
        coach.begin()

    QTimer.singleShot(0, after_first_frame)
    code = app.exec()
    for coach in coaches:
        coach.shutdown()
    return code


def _self_check(app: QApplication, coach: Coach) -> None:
    """For a built bundle: every routine loads, the window opens, a short routine runs."""

    def loaded() -> None:
        lib = coach.library
        assert lib is not None
        if lib.problems or SELF_CHECK_ROUTINE not in lib.routines:
            found = "found" if SELF_CHECK_ROUTINE in lib.routines else "missing"
            _say(f"FAILED: {len(lib.problems)} problem(s) in the shipped routines; {found}: "
                 f"{SELF_CHECK_ROUTINE}")  # fmt: skip
            app.exit(1)
            return
        coach.options.speed = SELF_CHECK_SPEED
        coach.start_routine(SELF_CHECK_ROUTINE, checkins=False)

    def finished(tally: object) -> None:
        count = len(coach.library.routines) if coach.library is not None else 0
        _say(f"ok: {count} routines loaded, {SELF_CHECK_ROUTINE} ran to the end "
             f"(Qt {qVersion()}, {app.platformName()} platform)")  # fmt: skip
        app.exit(0)

    def timeout() -> None:
        _say(f"FAILED: {SELF_CHECK_ROUTINE} did not end in {SELF_CHECK_TIMEOUT_MS // 1000} s")
        app.exit(1)

    coach.ready.connect(loaded)
    coach.sessionFinished.connect(finished)
    QTimer.singleShot(SELF_CHECK_TIMEOUT_MS, timeout)


def _say(text: str) -> None:
    """The self-check's one line on stdout; `print` skips it where there is none (windowed .exe)."""
    print(f"self-check: {text}", flush=True)  # noqa: T201
