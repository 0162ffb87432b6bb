"""History: pain and practice over a chosen period, each drill's progress, and files for the physio.

This module imports cheaply. The plots (and pyqtgraph with them, most of a second) are imported
when a page is built, which the main window does the first time History is opened; `preload()`
lets it do that earlier, in idle time.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import _
from ..core.words import exercise_name, level_words
from ..storage import history
from ..storage.export import write_export
from .history_panel import PeriodPanel
from .theme import LIGHT, Colors

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import tzinfo

    from ..core.library import Catalogue

logger = logging.getLogger(__name__)

RANGES = (("4 weeks", 28), ("3 months", 91), ("1 year", 365), ("All", None))
DEFAULT_RANGE = "3 months"
COLUMNS = ("Drill", "Done", "Skipped", "Stopped", "Starts on now", "Why")
HOVER_HINT = "Point at a plot to read its values."


def ask_save_path(parent: QWidget, caption: str, name: str, filters: str) -> str:
    """The save dialog; tests pass their own. Returns "" when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, caption, name, filters)
    return path


def preload() -> None:
    """Import the plots ahead of the first visit (call from an idle timer, on the UI thread)."""
    from . import plots  # noqa: F401


class HistoryPage(QWidget):
    """Pain, practice and drills over a period; CSV, JSON and a one-page PDF for the physio.

    `log` is the open log (anything with `connection`, and the readers the export uses);
    `now` returns the current time on the person's clock (tests pass a fixed one).
    """

    def __init__(
        self,
        log: Any,
        catalogue: Catalogue | None = None,
        colors: Colors = LIGHT,
        *,
        now: Callable[[], datetime] | None = None,
        tz: tzinfo | None = None,
        save_path: Callable[[QWidget, str, str, str], str] = ask_save_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from . import plots

        self.log, self.catalogue, self.colors, self.tz = log, catalogue, colors, tz
        self.names: Callable[[str], str] = lambda i: exercise_name(catalogue, i)
        self.now = now or (lambda: datetime.now().astimezone(tz))
        self.save_path = save_path
        self.history: history.History | None = None
        self.period: tuple[date, date] = (self.today(), self.today())
        self.bounds: tuple[datetime | None, datetime] = (None, history.day_start(self.today(), tz))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 14, 28, 14)
        outer.setSpacing(8)
        outer.addLayout(self._header())
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        outer.addWidget(self.notice)
        self.trend = QLabel()
        self.trend.setObjectName("trend")
        self.trend.setWordWrap(True)
        self.trend.setAccessibleName("Pain trend")
        outer.addWidget(self.trend)

        body = QHBoxLayout()
        body.setSpacing(20)
        left = QVBoxLayout()
        left.setSpacing(4)
        left.addLayout(self._legend(plots))
        font = self.font()
        self.pain_plot = plots.PainPlot(colors, font, self.names)
        self.pain_plot.setAccessibleName("Pain before and after sessions")
        self.pain_plot.setMinimumHeight(180)
        left.addWidget(self.pain_plot, 5)
        self.minutes_title = QLabel("Minutes practised each day")
        self.minutes_title.setObjectName("sectionTitle")
        left.addWidget(self.minutes_title)
        self.minutes_plot = plots.MinutesPlot(colors, font)
        self.minutes_plot.setAccessibleName("Minutes practised")
        self.minutes_plot.setMinimumHeight(100)
        left.addWidget(self.minutes_plot, 3)
        self.readout = QLabel(HOVER_HINT)
        self.readout.setObjectName("muted")
        self.readout.setWordWrap(True)
        self.readout.setMinimumHeight(self.fontMetrics().height() * 2 + 2)
        self.readout.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.readout)
        for plot in (self.pain_plot, self.minutes_plot):
            plot.hovered.connect(lambda text: self.readout.setText(text or HOVER_HINT))
        body.addLayout(left, 1)
        self.side = PeriodPanel(colors, self)
        self.tiles, self.captions = self.side.tiles, self.side.captions
        self.calendar, self.calendar_title = self.side.calendar, self.side.calendar_title
        body.addWidget(self.side)
        outer.addLayout(body, 3)
        outer.addLayout(self._files_row())

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Drills")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        for col in range(len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(180)
        outer.addWidget(self.table, 2)
        self.setStyleSheet(
            f"QLabel#sectionTitle {{ font-weight: 700; }}"
            f"QLabel#trend {{ font-size: {font.pointSizeF() * 1.15:.1f}pt; font-weight: 600; }}"
            f"QLabel#tileValue {{ font-size: {font.pointSizeF() * 1.6:.1f}pt; font-weight: 700;"
            f" color: {colors.text}; }}"
            f"QFrame#tile {{ background: {colors.surface}; border: 2px solid {colors.track};"
            f" border-radius: 12px; }}"
        )
        self.select_range(DEFAULT_RANGE)

    # Building.

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        title = QLabel("History")
        title.setObjectName("pageTitle")
        row.addWidget(title)
        row.addSpacing(16)
        self.range_group = QButtonGroup(self)
        self.range_buttons: dict[str, QPushButton] = {}
        for label, _days in RANGES:
            button = QPushButton("All time" if label == "All" else f"Last {label}")
            button.setCheckable(True)
            button.setAccessibleName(f"Show {button.text().lower()}")
            button.clicked.connect(lambda _=False, name=label: self.select_range(name))
            self.range_group.addButton(button)
            self.range_buttons[label] = button
            row.addWidget(button)
        row.addStretch(1)
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        for caption, edit in (("From", self.from_edit), ("to", self.to_edit)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(f"{caption} date")
            edit.dateChanged.connect(self._custom_range)
            row.addWidget(QLabel(caption))
            row.addWidget(edit)
        return row

    def _files_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        title = QLabel("Drills")
        title.setObjectName("sectionTitle")
        row.addWidget(title)
        row.addStretch(1)
        self.csv_button = QPushButton("Export CSV…")
        self.json_button = QPushButton("Export JSON…")
        self.report_button = QPushButton("Physio report (PDF)…")
        self.report_button.setObjectName("primary")
        for button, slot, name in (
            (self.csv_button, self.export_csv, "Export the whole history as a CSV table"),
            (self.json_button, self.export_json, "Export the whole history as JSON"),
            (self.report_button, self.export_report, "Save a one-page report for your physio"),
        ):
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        return row

    def _legend(self, plots: Any) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(4)
        size = QSize(30, self.fontMetrics().height())
        for key, text in plots.LEGEND:
            icon = QLabel()
            icon.setPixmap(plots.legend_icon(self.colors, key, size))
            row.addWidget(icon)
            row.addWidget(QLabel(text))
            row.addSpacing(10)
        row.addStretch(1)
        return row

    # The period.

    def today(self) -> date:
        return self.now().astimezone(self.tz).date()

    def select_range(self, name: str) -> None:
        """One of RANGES by label: the last N days up to today, or everything."""
        days = dict(RANGES)[name]
        self.range_buttons[name].setChecked(True)
        today = self.today()
        self.set_period(None if days is None else today - timedelta(days=days - 1), today)

    def refresh(self) -> None:
        """Read the log again for the same choice (call when the page is shown again)."""
        checked = [name for name, button in self.range_buttons.items() if button.isChecked()]
        if checked:
            self.select_range(checked[0])
        else:
            self.set_period(*self.period)

    def set_period(self, first: date | None, last: date) -> None:
        """Show [first, last] (whole days, on the person's clock); None = from the first session."""
        conn = history.connection_of(self.log)
        if conn is None:
            self._say("Your history can't be read right now.")
            return
        since = None if first is None else history.day_start(first, self.tz)
        until = history.day_start(last + timedelta(days=1), self.tz)
        h = history.load(conn, since, until, today=min(last, self.today()), tz=self.tz)
        first = first or h.adherence.first_day or last
        self.history, self.period, self.bounds = h, (first, last), (since, until)
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self._show(h, first, last)

    def _custom_range(self) -> None:
        first, last = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        assert isinstance(first, date)
        assert isinstance(last, date)
        if last < first:
            first, last = last, first
        self.range_group.setExclusive(False)
        for button in self.range_buttons.values():
            button.setChecked(False)
        self.range_group.setExclusive(True)
        self.set_period(first, last)

    def _show(self, h: history.History, first: date, last: date) -> None:
        self.pain_plot.set_history(h, first, last)
        self.minutes_plot.set_practice(h.days, first, last)
        self.minutes_title.setText(
            f"Minutes practised each {'week' if self.minutes_plot.weekly else 'day'}"
        )
        self.side.set_history(h, first, last)
        self.trend.setText(" ".join(h.summary.sentences[:2]))
        self._fill_table(h.drills)
        self.readout.setText(HOVER_HINT)

    def _fill_table(self, rows: list[history.DrillStats]) -> None:
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            level, why = level_words(
                row.exercise_id, row.level_id, row.level_source, row.level_about,
                row.level_since, self.names, self.now(),
            )  # fmt: skip
            cells = (self.names(row.exercise_id), row.done, row.skipped,
                     row.stopped, level, why)  # fmt: skip
            for c, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                if isinstance(value, int):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if c == len(cells) - 1:
                    item.setToolTip(why)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()

    # Files.

    def export_csv(self) -> Path | None:
        return self._save(
            _("Export CSV"), "csv", "CSV table (*.csv)", lambda p: write_export(self.log, p, "csv")
        )

    def export_json(self) -> Path | None:
        return self._save(
            _("Export JSON"), "json", "JSON (*.json)", lambda p: write_export(self.log, p, "json")
        )

    def export_report(self) -> Path | None:
        from .report import write_report

        since, until = self.bounds

        def write(path: Path) -> None:
            write_report(self.log, self.catalogue, path, since=since, until=until,
                         now=self.now(), tz=self.tz)  # fmt: skip

        return self._save("Physio report", "pdf", "PDF (*.pdf)", write)

    def _save(
        self, caption: str, ext: str, filters: str, write: Callable[[Path], Any]
    ) -> Path | None:
        kind = "report" if ext == "pdf" else "history"
        chosen = self.save_path(self, caption, f"sciatica-{kind}-{self.today()}.{ext}", filters)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{ext}":
            path = path.with_name(f"{path.name}.{ext}")
        try:
            write(path)
        except OSError as exc:
            logger.warning("could not write %s: %s", path, exc)
            self._say(f"Could not save {path.name}: {exc.strerror or exc}.")
            return None
        self._say(f"Saved {path}.")
        return path

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
