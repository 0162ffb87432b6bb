"""The menus that are not about running a session: look, help, export, history, settings.

Each action gets only what it uses: the look, the settings, the log, the library (through the
coach service) and the sound.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from .. import __version__
from ..core.i18n import _

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from ..services.coach import CoachService
    from ..services.settings_store import SettingsStore
    from ..storage.export import ExportFormat
    from ..storage.resilient import ResilientLog
    from .history_page import HistoryPage
    from .look import Look
    from .main_window import MainWindow
    from .sound import SoundCues

logger = logging.getLogger(__name__)


def keys_help() -> str:
    rows = (
        (_("Space"), _("Pause or resume")),
        (_("H or Esc"), _("Stop: this hurts")),
        (_("Right", "the arrow key"), _("Skip to the next drill")),
        (_("Left", "the arrow key"), _("Back to the previous drill")),
        (_("Enter"), _('Rep done (in "my pace" mode)')),
        ("P", _("My pace: confirm each rep yourself")),
        ("R", _("Restart the set")),
        ("+", _("Ten more seconds on a hold or rest")),
        ("F11", _("Full screen")),
        (_("Ctrl + / Ctrl - / Ctrl 0"), _("Larger, smaller, normal text")),
        (_("Ctrl H"), _("History and progress")),
        (_("Ctrl E"), _("End the session")),
    )
    cells = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
    return f'<table cellpadding="4">{cells}</table>'


class MenuActions(QObject):
    settingsSaved = Signal()  # the Settings dialog was saved (reminders may have changed)

    def __init__(
        self,
        window: MainWindow,
        service: CoachService,
        log: ResilientLog,
        settings: SettingsStore,
        look: Look,
        sound: SoundCues | None,
        *,
        data_dir: Path | None,
        save_path: Callable[..., str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.service = service
        self.log = log
        self.settings = settings
        self.look = look
        self.sound = sound
        self.data_dir = data_dir
        self.save_path = save_path or _ask_save_path
        self._history: HistoryPage | None = None
        # What the session view tells the menus (the shell wires them): is a session running,
        # pause it, and its page.
        self.session_running: Callable[[], bool] = lambda: False
        self.pause_session: Callable[[], None] = lambda: None
        self.session_page: Callable[[], QWidget | None] = lambda: None
        look.changed.connect(lambda _c: self.forget_history_page())
        w = window
        w.on("bigger", look.bigger)
        w.on("smaller", look.smaller)
        w.on("reset_size", lambda: look.set_scale(1.0))
        w.on("safety", self.safety)
        w.on("see_someone", self.see_someone)
        w.on("keys", self.keys)
        w.on("about", self.about)
        w.on("export", self.export)
        w.on("settings", self.open_settings)
        w.on("history", self.history)
        w.on("report", self.report)

    # -- help ------------------------------------------------------------------------------

    def safety(self) -> None:
        from .dialogs.notice import SafetyNotice

        SafetyNotice(self.window).open()

    def see_someone(self) -> None:
        from .dialogs.notice import SeeSomeone

        SeeSomeone(self.window).open()

    def keys(self) -> None:
        box = QMessageBox(self.window)
        box.setWindowTitle(_("Keyboard shortcuts"))
        box.setText(keys_help())
        box.open()

    def about(self) -> None:
        where = _("nowhere (demo mode)") if self.data_dir is None else str(self.data_dir)
        QMessageBox.about(
            self.window,
            _("About Sciatica Coach"),
            f"<h3>Sciatica Coach {__version__}</h3><p>"
            + _(
                "An offline coach for a home sciatica exercise routine. It guides exercise; it "
                "does not diagnose."
            )
            + "</p><p>"
            + _("Your log and settings are kept in:")
            + f"<br><code>{where}</code></p><p>"
            + _("The app never connects to the internet and sends nothing anywhere.")
            + "</p>",
        )

    # -- export ----------------------------------------------------------------------------

    def export(self) -> Path | None:
        from ..storage.export import write_export

        name = self.save_path(
            self.window,
            _("Export my log"),
            str(Path.home() / "sciatica-coach-log.csv"),
            _("Spreadsheet (CSV) (*.csv);;JSON (*.json)"),
        )
        if not name:
            return None
        path = Path(name)
        fmt: ExportFormat = "json" if path.suffix.lower() == ".json" else "csv"
        try:
            write_export(self.log, path, fmt)
        except OSError as exc:
            self._failed(_("Export failed"), path, exc)
            return None
        return path

    def _failed(self, title: str, path: Path, exc: OSError) -> None:
        logger.warning("could not write %s: %s", path, exc)
        QMessageBox.warning(
            self.window,
            title,
            _("Could not write {path}: {why}. Nothing was changed there.").format(
                path=path, why=exc.strerror or exc
            ),
        )

    # -- settings --------------------------------------------------------------------------

    def open_settings(self) -> None:
        from .dialogs.settings import SettingsDialog

        store = self.settings
        note = self.sound.voice_note if self.sound is not None else ""
        routines = [entry.routine for entry in self.service.library.routines.values()]
        from .motion import system_reduces_motion

        dialog = SettingsDialog(
            store.settings,
            voice_note=note,
            routines=routines,
            system_motion=system_reduces_motion(),
            parent=self.window,
        )
        dialog.setObjectName("settingsDialog")

        def done(result: int) -> None:
            dialog.deleteLater()  # one dialog per opening, not one more child each time
            if result != SettingsDialog.DialogCode.Accepted:
                return
            dialog.apply_to(store.settings)
            store.save()
            if self.sound is not None:
                self.sound.set_settings(store.settings)
            self.look.scale = store.settings.font_scale
            self.look.set_theme(store.settings.theme)
            self.settingsSaved.emit()

        dialog.finished.connect(done)
        dialog.open()

    # -- history and the physio report -----------------------------------------------------

    def history(self) -> None:
        """The History page, built on first visit (that is when pyqtgraph is imported)."""
        page = self._history
        if page is None:
            from PySide6.QtCore import Qt
            from PySide6.QtGui import QGuiApplication

            from .history_page import HistoryPage

            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                page = HistoryPage(
                    self.log,
                    self.service.library.catalogue,
                    self.look.colors,
                    now=self.service.now,
                )
            finally:
                QGuiApplication.restoreOverrideCursor()
            page.setObjectName("historyPage")
            page.backClicked.connect(self.leave_history)
            self._history = page
        else:
            page.refresh()
        during = self.session_running()
        if during:
            self.pause_session()  # nothing runs on unseen while the person reads the history
        page.set_back(to_session=during)
        self.window.show_page(page)

    def leave_history(self) -> None:
        """Back to the paused session it was opened from, or to the routines."""
        self.window.show_page(self.session_page() or self.window.home)

    def forget_history_page(self) -> None:
        """Colours or text size changed: the page is rebuilt (now, if it is on screen)."""
        page = self._history
        if page is not None:
            self._history = None
            showing = self.window.current_page() is page
            if showing:
                self.history()  # the person stays where they were
            page.deleteLater()

    def report(self) -> Path | None:
        from .report import write_report

        name = self.save_path(
            self.window,
            _("Physio report (PDF)"),
            str(Path.home() / "sciatica-coach-report.pdf"),
            "PDF (*.pdf)",
        )
        if not name:
            return None
        path = Path(name)
        try:
            write_report(self.log, self.service.library.catalogue, path, now=self.service.now())
        except OSError as exc:
            self._failed(_("Report not written"), path, exc)
            return None
        return path


def _ask_save_path(parent: object, caption: str, name: str, filters: str) -> str:
    path, _chosen = QFileDialog.getSaveFileName(parent, caption, name, filters)  # type: ignore[arg-type]
    return path
