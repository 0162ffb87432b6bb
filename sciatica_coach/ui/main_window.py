"""The main window: composes the pages, the menus and the keys. No logic lives here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from ..core.i18n import _
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
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        # On every page of a clinic demo (also full screen, where the menu bar is hidden).
        self.demo_banner = QLabel(_("Demo: nothing is written to anyone's history"))
        self.demo_banner.setObjectName("demoBanner")
        # Centred by style, not setAlignment(Qt...): the first use of the Qt namespace makes
        # all of its ~90 enums (about 45 ms), which the first frame need not wait for.
        self.demo_banner.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.demo_banner.hide()
        column.addWidget(self.demo_banner)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.home = HomePage()
        self.stack.addWidget(self.home)
        self.home.setFocus()  # no control focused (nor ringed) at first: Tab starts at the top
        self.close_guard: Callable[[], bool] | None = None
        """Asked before the window closes: False keeps it open (a session running, history
        not saved yet); the guard asks the person and closes the window again itself."""
        self.actions_by_name: dict[str, QAction] = {}
        self.session_actions: list[QAction] = []
        self._build_menus()
        self.stack.currentChanged.connect(self._page_changed)
        self._page_changed()

    def set_demo(self, on: bool) -> None:
        self.demo_banner.setVisible(on)
        # The window system adds the app's name after any other title ("Demo — Sciatica
        # Coach"), so the title is only what is special about this window.
        self.setWindowTitle(_("Demo") if on else "Sciatica Coach")

    # -- pages -----------------------------------------------------------------------------

    def add_page(self, page: QWidget) -> None:
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)

    def show_page(self, page: QWidget) -> None:
        self.add_page(page)
        self.stack.setCurrentWidget(page)
        # The page says where the keyboard starts (the summary on its main button; the player
        # on no button, so Space pauses); otherwise the focus goes to its first control.
        focus = getattr(page, "focus_on_show", None)
        if callable(focus):
            focus()

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
                ("file", _("&File")),
                ("session", _("&Session")),
                ("view", _("&View")),
                ("help", _("&Help")),
            )
        }
        a = self._action
        a("file", "home", _("&Routines"), ["Ctrl+Home"])
        a("file", "open", _("&Open a routine file…"), [QKeySequence.StandardKey.Open])
        a("file", "new_routine", _("&New routine…"), [QKeySequence.StandardKey.New])
        a("file", "edit_routine", _("E&dit or copy a routine…"))
        a("file", "history", _("&History and progress"), ["Ctrl+H"])
        a("file", "export", _("&Export my log…"))
        a("file", "report", _("Physio &report (PDF)…"))
        self._menus["file"].addSeparator()
        a("file", "switch_profile", _("Switch &profile…"))
        a("file", "new_profile", _("New pro&file…"))
        a("file", "settings", _("&Settings…"), ["Ctrl+,"])
        a("file", "quit", _("&Quit"), [QKeySequence.StandardKey.Quit])
        a("session", "pause", _("&Pause / resume"), ["Space"], session=True)
        a("session", "skip", _("&Skip to the next drill"), ["Right"], session=True)
        a("session", "back", _("&Back to the previous drill"), ["Left"], session=True)
        a("session", "rep", _("Rep &done (my pace)"), ["Return", "Enter"], session=True)
        a("session", "restart", _("&Restart the set"), ["R"], session=True)
        a("session", "more", _("Ten more &seconds"), ["+", "="], session=True)
        a(
            "session",
            "self_paced",
            _("&My pace (self-paced reps)"),
            ["P"],
            session=True,
            checkable=True,
        )
        a("session", "hurt", _("Stop: this &hurts"), ["H", "Escape"], session=True)
        a("session", "end", _("&End the session"), ["Ctrl+E"], session=True)
        a("view", "fullscreen", _("&Full screen"), ["F11"], checkable=True)
        a("view", "bigger", _("&Larger text"), [QKeySequence.StandardKey.ZoomIn, "Ctrl+="])
        a("view", "smaller", _("&Smaller text"), [QKeySequence.StandardKey.ZoomOut])
        a("view", "reset_size", _("&Normal text size"), ["Ctrl+0"])
        a("help", "safety", _("&Safety information"))
        a("help", "see_someone", _("&When to see your GP or physio"))
        a("help", "keys", _("&Keyboard shortcuts"))
        a("help", "about", _("&About Sciatica Coach"))
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
