"""Try a routine being written: it runs at demo speed in a window of its own, with the player,
the keys and "Stop: this hurts" as a patient will have them, on a history kept in memory only
(as `--demo` does), so nothing is written to anyone's history."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication

from ...core.i18n import _
from ...services.coach import CoachService, StartOptions
from ...services.settings_store import SettingsStore
from ...storage.resilient import ResilientLog
from ...storage.settings import Settings
from ..main_window import MainWindow
from ..prompts import QtPrompts
from ..session_view import SessionView

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from PySide6.QtWidgets import QWidget

    from ...core.clock import Clock
    from ...core.library import Library
    from ...core.sides import AffectedSide
    from ..theme import Colors

CONTROLS = ("pause", "skip", "back", "rep", "restart", "more")


class TryRun(QObject):
    """One try: its window, its session and a log in memory, all gone when the window closes."""

    closed = Signal()

    def __init__(
        self,
        library: Library,
        routine_id: str,
        *,
        clock_for: Callable[[float], Clock],
        now: Callable[[], datetime],
        speed: float,
        colors: Colors,
        affected_side: AffectedSide | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.routine_id = routine_id
        window = MainWindow()
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.set_demo(True)
        title = library.routine(routine_id).title
        window.setWindowTitle(
            _("Trying {title} at {speed:g} times the speed: nothing is recorded").format(
                title=title, speed=speed
            )
        )
        self.window = window
        self.log = ResilientLog(":memory:")
        settings = SettingsStore(Settings(first_run_seen=True, affected_side=affected_side), None)
        names: list[Callable[[str], str]] = []
        self.prompts = QtPrompts(window, lambda i: names[0](i), now)
        self.service = CoachService(
            library=library,
            log=self.log,
            prompts=self.prompts,
            settings=settings,
            clock_for=clock_for,
            now=now,
            options=StartOptions(start=True, demo=True, speed=speed),
            keep_routines_in=None,
        )
        names.append(self.service.name)
        self.sessions = SessionView(
            window, self.service, None, self.prompts, lambda: colors, lambda: None, parent=self
        )
        window.home.set_cards(self.service.cards())
        window.home.startRoutine.connect(lambda rid: self.sessions.start(rid, checkins=False))
        for name in CONTROLS:
            window.on(name, partial(self.sessions.control, name))
        window.on("hurt", self.sessions.hurt)
        window.on("end", self.sessions.end)
        window.on("home", self.sessions.go_home)
        window.on("quit", window.close)
        for name in (
            "open",
            "new_routine",
            "edit_routine",
            "history",
            "export",
            "report",
            "switch_profile",
            "new_profile",
            "settings",
        ):
            window.actions_by_name[name].setEnabled(False)  # a try has none of these
        window.close_guard = self._closing
        window.destroyed.connect(lambda *_a: self.closed.emit())

    def start(self, like: QWidget | None = None) -> None:
        """Show the window (the size and place of `like`) and begin at once."""
        if like is not None:
            self.window.setGeometry(like.geometry())
        self.window.show()
        if QGuiApplication.platformName() != "offscreen":  # where there is a stack to raise
            self.window.raise_()
        self.window.activateWindow()
        self.sessions.start(self.routine_id, checkins=False)

    def _closing(self) -> bool:
        self.sessions.close()
        self.log.close()
        return True
