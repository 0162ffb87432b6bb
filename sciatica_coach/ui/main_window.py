"""The main window: composes the pages, the menus and the keys. No logic lives here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from .home_page import HomePage

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

ROUTINE_SUFFIXES = (".yaml", ".yml")


class MainWindow(QMainWindow):
    fileDropped = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sciatica Coach")
        self.setAcceptDrops(True)
        self.setMinimumSize(800, 480)  # works from a 1024x600 netbook screen up
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.home = HomePage()
        self.stack.addWidget(self.home)
        self.close_guard: Callable[[], bool] | None = None
        """Asked before the window closes: False keeps it open (a session running, history
        not saved yet); the guard asks the person and closes the window again itself."""
        self.actions_by_name: dict[str, QAction] = {}
        self.session_actions: list[QAction] = []
        self._build_menus()
        self.stack.currentChanged.connect(self._page_changed)
        self._page_changed()

    # -- pages -----------------------------------------------------------------------------

    def add_page(self, page: QWidget) -> None:
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)

    def show_page(self, page: QWidget) -> None:
        self.add_page(page)
        self.stack.setCurrentWidget(page)

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def set_player(self, page: QWidget) -> None:
        self._player = page
        self.add_page(page)

    def _page_changed(self, *_: object) -> None:
        on_player = getattr(self, "_player", None) is not None and (
            self.stack.currentWidget() is self._player
        )
        for action in self.session_actions:
            action.setEnabled(on_player)

    # -- menus and keys --------------------------------------------------------------------

    def _action(
        self,
        menu_name: str,
        name: str,
        text: str,
        keys: list[QKeySequence | QKeySequence.StandardKey | str] | None = None,
        *,
        session: bool = False,
        checkable: bool = False,
    ) -> QAction:
        menu = self._menus[menu_name]
        action = QAction(text, self)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.setCheckable(checkable)
        menu.addAction(action)
        self.addAction(action)  # shortcuts work in full screen with the menu bar hidden
        self.actions_by_name[name] = action
        if session:
            self.session_actions.append(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._menus = {
            name: bar.addMenu(title)
            for name, title in (
                ("file", "&File"),
                ("session", "&Session"),
                ("view", "&View"),
                ("help", "&Help"),
            )
        }
        a = self._action
        a("file", "home", "&Routines", ["Ctrl+Home"])
        a("file", "open", "&Open a routine file…", [QKeySequence.StandardKey.Open])
        a("file", "history", "&History and progress", ["Ctrl+H"])
        a("file", "export", "&Export my log…")
        a("file", "report", "Physio &report (PDF)…")
        self._menus["file"].addSeparator()
        a("file", "settings", "&Settings…", ["Ctrl+,"])
        a("file", "quit", "&Quit", [QKeySequence.StandardKey.Quit])
        a("session", "pause", "&Pause / resume", ["Space"], session=True)
        a("session", "skip", "&Skip to the next drill", ["Right"], session=True)
        a("session", "back", "&Back to the previous drill", ["Left"], session=True)
        a("session", "rep", "Rep &done (my pace)", ["Return", "Enter"], session=True)
        a("session", "restart", "&Restart the set", ["R"], session=True)
        a("session", "more", "Ten more &seconds", ["+", "="], session=True)
        a(
            "session",
            "self_paced",
            "&My pace (self-paced reps)",
            ["P"],
            session=True,
            checkable=True,
        )
        a("session", "hurt", "Stop: this &hurts", ["H", "Escape"], session=True)
        a("session", "end", "&End the session", ["Ctrl+E"], session=True)
        a("view", "fullscreen", "&Full screen", ["F11"], checkable=True)
        a("view", "bigger", "&Larger text", [QKeySequence.StandardKey.ZoomIn, "Ctrl+="])
        a("view", "smaller", "&Smaller text", [QKeySequence.StandardKey.ZoomOut])
        a("view", "reset_size", "&Normal text size", ["Ctrl+0"])
        a("help", "safety", "&Safety information")
        a("help", "see_someone", "&When to see your GP or physio")
        a("help", "keys", "&Keyboard shortcuts")
        a("help", "about", "&About Sciatica Coach")
        self.actions_by_name["fullscreen"].toggled.connect(self.set_full_screen)

    def on(self, name: str, slot: Callable[[], object]) -> None:
        """Connect a menu action to a slot (without the `checked` argument)."""
        self.actions_by_name[name].triggered.connect(lambda *_: slot())

    def set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()
        self.menuBar().setVisible(not on)
        action = self.actions_by_name["fullscreen"]
        if action.isChecked() != on:
            action.setChecked(on)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_guard is not None and not self.close_guard():
            event.ignore()
            return
        super().closeEvent(event)

    # -- drag and drop ---------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(u.toLocalFile().lower().endswith(ROUTINE_SUFFIXES) for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            self.fileDropped.emit(url.toLocalFile())
        event.acceptProposedAction()
