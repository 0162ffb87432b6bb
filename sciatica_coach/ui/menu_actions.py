"""The menus that are not about running a session: look, help, export, history, settings."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from .. import __version__
from . import theme

if TYPE_CHECKING:
    from .coach import Coach
    from .history_page import HistoryPage

logger = logging.getLogger(__name__)

SCALE_STEP = 0.1
KEYS_HELP = """\
<table cellpadding="4">
<tr><td><b>Space</b></td><td>Pause or resume</td></tr>
<tr><td><b>H</b> or <b>Esc</b></td><td>Stop: this hurts</td></tr>
<tr><td><b>Right</b></td><td>Skip to the next drill</td></tr>
<tr><td><b>Left</b></td><td>Back to the previous drill</td></tr>
<tr><td><b>Enter</b></td><td>Rep done (in "my pace" mode)</td></tr>
<tr><td><b>P</b></td><td>My pace: confirm each rep yourself</td></tr>
<tr><td><b>R</b></td><td>Restart the set</td></tr>
<tr><td><b>+</b></td><td>Ten more seconds on a hold or rest</td></tr>
<tr><td><b>F11</b></td><td>Full screen</td></tr>
<tr><td><b>Ctrl +</b> / <b>Ctrl -</b> / <b>Ctrl 0</b></td><td>Larger, smaller, normal text</td></tr>
<tr><td><b>Ctrl H</b></td><td>History and progress</td></tr>
<tr><td><b>Ctrl E</b></td><td>End the session</td></tr>
</table>"""


class MenuActions(QObject):
    def __init__(self, coach: Coach) -> None:
        super().__init__(coach)
        self.coach = coach
        self._history: HistoryPage | None = None
        w = coach.window
        w.on("bigger", lambda: self.set_scale(coach.scale + SCALE_STEP))
        w.on("smaller", lambda: self.set_scale(coach.scale - SCALE_STEP))
        w.on("reset_size", lambda: self.set_scale(1.0))
        w.on("safety", self.safety)
        w.on("keys", self.keys)
        w.on("about", self.about)
        w.on("export", self.export)
        w.on("settings", self.settings)
        w.on("history", self.history)
        w.on("report", self.report)
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            lambda *_: self.set_theme(coach.theme_name)
        )

    # -- look ------------------------------------------------------------------------------

    def set_scale(self, scale: float) -> None:
        c = self.coach
        c.scale = theme.clamp_scale(round(scale, 2))
        self.apply_look()
        if c.settings is not None:
            c.settings.font_scale = c.scale
            c.save_settings()

    def set_theme(self, name: str) -> None:
        c = self.coach
        c.theme_name = name
        c.colors = theme.colors_for(name)
        self.apply_look()
        if c.settings is not None and c.settings.theme != name:
            c.settings.theme = name  # type: ignore[assignment]  # checked by the model
            c.save_settings()

    def apply_look(self) -> None:
        c = self.coach
        self.forget_history_page()
        app = QApplication.instance()
        colors = c.colors or theme.colors_for(c.theme_name)
        if isinstance(app, QApplication):
            theme.apply(app, colors, c.scale)
        c.recolor(colors)

    # -- help ------------------------------------------------------------------------------

    def safety(self) -> None:
        from .dialogs.notice import SafetyNotice

        dialog = SafetyNotice(self.coach.window)
        dialog.open()

    def keys(self) -> None:
        box = QMessageBox(self.coach.window)
        box.setWindowTitle("Keyboard shortcuts")
        box.setText(KEYS_HELP)
        box.open()

    def about(self) -> None:
        c = self.coach
        where = "nowhere (demo mode)" if c.options.demo else str(c.options.data_dir)
        QMessageBox.about(
            c.window,
            "About Sciatica Coach",
            f"<h3>Sciatica Coach {__version__}</h3>"
            "<p>An offline coach for a home sciatica exercise routine. It guides exercise; it "
            "does not diagnose.</p>"
            f"<p>Your log and settings are kept in:<br><code>{where}</code></p>"
            "<p>The app never connects to the internet and sends nothing anywhere.</p>",
        )

    # -- export ----------------------------------------------------------------------------

    def export(self) -> None:
        from ..storage.export import export_json, write_csv

        c = self.coach
        if c.log is None:
            return
        name, chosen = QFileDialog.getSaveFileName(
            c.window,
            "Export my log",
            str(Path.home() / "sciatica-coach-log.csv"),
            "Spreadsheet (CSV) (*.csv);;JSON (*.json)",
        )
        if not name:
            return
        path = Path(name)
        try:
            if path.suffix.lower() == ".json" or "json" in chosen.lower():
                path.write_text(json.dumps(export_json(c.log), indent=1), encoding="utf-8")
            else:
                write_csv(c.log, path)
        except OSError as exc:
            QMessageBox.warning(
                c.window, "Export failed", f"Could not write {path}: {exc.strerror or exc}"
            )

    # -- settings --------------------------------------------------------------------------

    def settings(self) -> None:
        from .dialogs.settings import SettingsDialog

        c = self.coach
        if c.settings is None:
            return
        note = c.sound.voice_note if c.sound is not None else ""
        dialog = SettingsDialog(c.settings, voice_note=note, parent=c.window)
        dialog.setObjectName("settingsDialog")

        def done(result: int) -> None:
            if result != SettingsDialog.DialogCode.Accepted or c.settings is None:
                return
            dialog.apply_to(c.settings)
            c.save_settings()
            if c.sound is not None:
                c.sound.set_settings(c.settings)
            c.scale = c.settings.font_scale
            self.set_theme(c.settings.theme)

        dialog.finished.connect(done)
        dialog.open()

    # -- history and the physio report -----------------------------------------------------

    def history(self) -> None:
        """The History page, built on first visit (that is when pyqtgraph is imported)."""
        c = self.coach
        if c.log is None or c.library is None:
            return
        page = self._history
        if page is None:
            from PySide6.QtCore import Qt
            from PySide6.QtGui import QGuiApplication

            from .history_page import HistoryPage

            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                page = HistoryPage(
                    c.log,
                    c.library.catalogue,
                    c.colors or theme.LIGHT,
                    now=None if c.options.now is None else c.now,
                )
            finally:
                QGuiApplication.restoreOverrideCursor()
            page.setObjectName("historyPage")
            self._history = page
        else:
            page.refresh()
        c.window.show_page(page)

    def forget_history_page(self) -> None:
        """Colours or text size changed: the page is rebuilt on the next visit."""
        page = self._history
        if page is not None:
            self._history = None
            if self.coach.window.current_page() is page:
                self.coach.window.show_page(self.coach.window.home)
            page.deleteLater()

    def report(self) -> None:
        from .report import write_report

        c = self.coach
        if c.log is None or c.library is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            c.window,
            "Physio report (PDF)",
            str(Path.home() / "sciatica-coach-report.pdf"),
            "PDF (*.pdf)",
        )
        if name:
            try:
                write_report(c.log, c.library.catalogue, Path(name))
            except OSError as exc:
                QMessageBox.warning(
                    c.window, "Report not written", f"Could not write {name}: {exc.strerror or exc}"
                )
