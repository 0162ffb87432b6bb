"""Start the window: only what the first frame needs runs before it is shown.

The routine catalogue, the log, pydantic-based settings and anything heavier load after the
window is on screen (DESIGN.md §11); `app.py` says what to load and wires the parts.
The window opens inside the screen's available area, where it was last time if that still fits.
"""

from __future__ import annotations

import logging
import sys
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLockFile, QObject, QRect, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from . import theme
from .main_window import MainWindow

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

APP_ID = "org.sciaticacoach.SciaticaCoach"
DEFAULT_SIZE = (1280, 800)
FRAME_ALLOWANCE = (8, 40)
"""Room for a window manager's frame and title bar (width, height), in pixels."""
RINGS_AFTER_MS = 100
"""The keyboard's focus rings come this long after the routines are on the home page: after
its paint (a window's repaint waits for the next frame), before anyone could Tab to a card."""

logger = logging.getLogger(__name__)


def read_settings_cheaply(data_dir: Path) -> dict[str, Any]:
    """The settings file as plain JSON (no pydantic) for frame one: {} when unusable (nested,
    huge, a FIFO...): the settings proper are loaded, repaired and reported after the frame."""
    from ..storage.settings_file import read_settings_json

    return read_settings_json(data_dir / "settings.json")


def appearance(raw: dict[str, Any]) -> tuple[str, float]:
    """Theme and text size from the settings, checked by hand."""
    chosen = raw.get("theme")
    scale = raw.get("font_scale")
    chosen = chosen if chosen in theme.THEMES else "system"
    if isinstance(scale, int | float) and not isinstance(scale, bool):
        return chosen, theme.clamp_scale(float(scale))
    return chosen, 1.0


def make_app(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        from .platform_check import explain_if_qt_fails

        with explain_if_qt_fails():  # Qt aborts when it finds no screen: say what to check
            app = QApplication(argv)
    app.setApplicationName("sciatica-coach")
    app.setApplicationDisplayName("Sciatica Coach")
    app.setDesktopFileName(APP_ID)
    return app


def build_window(theme_name: str, scale: float) -> MainWindow:
    """The window in its colours; nothing heavy has run, no routine is loaded yet."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, theme.colors_for(theme_name), scale, rings=False)  # after_first_frame
    window = MainWindow()
    window.setWindowIcon(QIcon(str(_icon())))
    return window


def place(window: MainWindow, saved: object = None) -> None:
    """Size and place the window inside the screen's available area.

    `saved` is [x, y, width, height] from last time: used when it still fits (a laptop that was
    on a big monitor last week may not be now), else the default size, shrunk to fit, centred."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    room = QRect(
        area.x(), area.y(), area.width() - FRAME_ALLOWANCE[0], area.height() - FRAME_ALLOWANCE[1]
    )
    rect = _saved_rect(saved)
    if rect is None or not room.contains(rect):
        width = min(DEFAULT_SIZE[0], room.width())
        height = min(DEFAULT_SIZE[1], room.height())
        rect = QRect(0, 0, width, height)
        rect.moveCenter(room.center())
    min_w, min_h = window.minimumWidth(), window.minimumHeight()
    window.setMinimumSize(min(min_w, room.width()), min(min_h, room.height()))
    window.resize(rect.width(), rect.height())
    window.move(rect.x(), rect.y())


def _saved_rect(saved: object) -> QRect | None:
    if (
        isinstance(saved, list)
        and len(saved) == 4
        and all(isinstance(v, int) and not isinstance(v, bool) for v in saved)
        and saved[2] > 0
        and saved[3] > 0
    ):
        return QRect(*saved)
    return None


LOCK_FILE = ".sciatica-coach.lock"


def lock_data_folder(data_dir: Path) -> QLockFile | bool:
    """Hold the data folder for this window: the lock, False if another running app holds it,
    or True when there is nothing to lock (the folder cannot be made: the log says so later).

    QLockFile writes the holder's process id; a lock left by a process that was killed is
    stale and taken over at once (Qt checks that the process still runs)."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        return True
    lock = QLockFile(str(data_dir / LOCK_FILE))
    lock.setStaleLockTime(0)  # never stale by age: only when its process is gone
    if lock.tryLock(0):
        return lock
    # Held by a running app: False. The folder cannot be written: nothing to guard, True.
    return lock.error() != QLockFile.LockError.LockFailedError


def say_already_open(data_dir: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ..core.i18n import _

    QMessageBox.information(
        None,
        _("Sciatica Coach is already open"),
        _(
            "Sciatica Coach is already open with this history ({folder}). Only one window can "
            "use it at a time: switch to that window (it may be on another desktop or behind "
            "other windows)."
        ).format(folder=data_dir),
    )


def _icon() -> Path:
    from ..paths import asset

    return asset("icons/hicolor/256x256/apps/org.sciaticacoach.SciaticaCoach.png")


RELEASE_AFTER_MS = 3000


def release_memory_later(parent: QObject) -> None:
    """Soon after start-up (and the session it may begin at once), hand the memory that loading
    freed back to the system, once: glibc keeps freed heap pages, a few megabytes here, which
    the rest of a long session would otherwise carry."""
    QTimer.singleShot(RELEASE_AFTER_MS, parent, release_memory)


def release_memory() -> None:
    import gc
    import linecache

    linecache.clearcache()  # source lines read at start-up (see import_hook): re-read if needed
    gc.collect()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):  # not glibc (musl): nothing to hand back this way
            logger.debug("malloc_trim is not available")


LOADING_SWITCH_S = 0.0005
"""Python's thread switch interval while the library loads off the UI thread (usually 5 ms)."""


class _Loader(QObject):
    """Runs `work` off the UI thread; `loaded` brings its result back to the UI thread."""

    loaded = Signal(object)

    def start(self, work: Callable[[], object]) -> None:
        # While it loads, the UI thread may wait for Python's lock at every event it handles
        # in Python (the first paint has several): hand the lock over sooner than every 5 ms.
        usual = sys.getswitchinterval()
        sys.setswitchinterval(LOADING_SWITCH_S)

        def run() -> None:
            try:
                result = work()
            finally:
                sys.setswitchinterval(usual)
            self.loaded.emit(result)

        threading.Thread(target=run, daemon=True, name="library-loader").start()


def after_first_frame(
    window: MainWindow, work: Callable[[], object], then: Callable[[object], None]
) -> None:
    """Once the window is drawn: `work()` on a thread, then `then(result)` on the UI thread.
    The focus rings come RINGS_AFTER_MS later, once the page `then` fills has been painted:
    their module's first use of the Qt namespace (its ~90 enums made at once, some 15 ms) is
    not waited for by the page. A control focused before them gets its ring then."""
    loader = _Loader(window)

    def loaded(result: object) -> None:
        then(result)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            QTimer.singleShot(RINGS_AFTER_MS, window, lambda: theme.install_focus_rings(app))

    loader.loaded.connect(loaded)
    QTimer.singleShot(0, lambda: loader.start(work))
