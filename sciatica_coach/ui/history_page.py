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

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import N_, _
from ..core.words import exercise_name, level_words
from ..storage import history
from ..storage.export import write_export
from .history_panel import Legend, PeriodPanel
from .theme import LIGHT, Colors

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import tzinfo

    from ..core.library import Catalogue

logger = logging.getLogger(__name__)

THREE_MONTHS = 91
RANGES = (("4 weeks", 28), ("3 months", THREE_MONTHS), ("1 year", 365), ("All", None))
RANGE_WORDS = {
    "4 weeks": (N_("4 weeks"), N_("Show the last 4 weeks")),
    "3 months": (N_("3 months"), N_("Show the last 3 months")),
    "1 year": (N_("1 year"), N_("Show the last year")),
    "All": (N_("Since you started"), N_("Show everything since your first session")),
}
"""Each range's button (short: the header must fit a 1366x768 screen) and what it shows."""
DEFAULT_RANGE = "3 months"
"""What someone with more than three months of history sees first (see `default_range`)."""
COLUMNS = (N_("Drill"), N_("Done"), N_("Skipped"), N_("Stopped"), N_("Next time"), N_("Why"))
HOVER_HINT = N_("Point at a plot to read its values.")


def default_range(first_session: date | None, today: date) -> str:
    """Since the first session (RANGES "All") when it was under three months ago or there is
    none yet; else the last three months."""
    if first_session is None or (today - first_session).days < THREE_MONTHS:
        return "All"
    return DEFAULT_RANGE


def ask_save_path(parent: QWidget, caption: str, name: str, filters: str) -> str:
    """The save dialog; tests pass their own. Returns "" when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, caption, name, filters)
    return path


def preload() -> None:
    """Import the plots ahead of the first visit (call from an idle timer, on the UI thread)."""
    from . import plots  # noqa: F401


class _DrillsTable(QTableWidget):
    """Asks for no more than its minimum (three rows): the page's stretch gives it the rest,
    up to its rows, and the table scrolls inside itself before the page has to."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


class HistoryPage(QWidget):
    """Pain, practice and drills over a period; CSV, JSON and a one-page PDF for the physio.

    `log` is the open log (anything with `connection`, and the readers the export uses);
    `now` returns the current time on the person's clock (tests pass a fixed one).
    """

    backClicked = Signal()
    """The person wants to leave: to the routines, or back to the paused session."""

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

        # The header stays in view; the rest scrolls where the window is too short for it (from
        # 1024x600, or with large text) rather than squeezing the plots over each other.
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        head = QWidget()
        head_row = self._header()
        head_row.setContentsMargins(28, 12, 28, 6)
        head.setLayout(head_row)
        page.addWidget(head)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setAccessibleName(_("History"))  # a Tab stop: arrows scroll the page
        content = QWidget()
        self.scroll_area.setWidget(content)
        page.addWidget(self.scroll_area, 1)
        outer = QVBoxLayout(content)
        outer.setContentsMargins(28, 0, 28, 12)
        outer.setSpacing(8)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        outer.addWidget(self.notice)
        self.trend = QLabel()
        self.trend.setObjectName("trend")
        self.trend.setWordWrap(True)
        outer.addWidget(self.trend)

        body = QHBoxLayout()
        body.setSpacing(20)
        left = QVBoxLayout()
        left.setSpacing(4)
        left.addWidget(self._legend(plots))
        font = self.font()
        self.pain_plot = plots.PainPlot(colors, font, self.names)
        self.pain_plot.setAccessibleName(_("Pain before and after sessions"))
        self.pain_plot.setMinimumHeight(170)
        left.addWidget(self.pain_plot, 5)
        self.minutes_title = QLabel(_("Minutes practised each day"))
        self.minutes_title.setObjectName("sectionTitle")
        left.addWidget(self.minutes_title)
        self.minutes_plot = plots.MinutesPlot(colors, font)
        self.minutes_plot.setAccessibleName(_("Minutes practised"))
        self.minutes_plot.setMinimumHeight(100)
        left.addWidget(self.minutes_plot, 3)
        self.readout = QLabel(_(HOVER_HINT))
        self.readout.setObjectName("muted")
        self.readout.setWordWrap(True)
        self.readout.setMinimumHeight(self.fontMetrics().height() * 2 + 2)
        self.readout.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.readout)
        for plot in (self.pain_plot, self.minutes_plot):
            plot.hovered.connect(lambda text: self.readout.setText(text or _(HOVER_HINT)))
        body.addLayout(left, 1)
        self.side = PeriodPanel(colors, self)
        self.tiles, self.captions = self.side.tiles, self.side.captions
        self.calendar, self.calendar_title = self.side.calendar, self.side.calendar_title
        body.addWidget(self.side)
        outer.addLayout(body, 3)
        outer.addLayout(self._files_row())

        self.table = _DrillsTable(0, len(COLUMNS))
        self.table.setAccessibleName(_("Drills"))
        self.table.setHorizontalHeaderLabels([_(c) for c in COLUMNS])
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
        self.table.setMinimumHeight(self._table_height(3))
        outer.addWidget(self.table, 2)
        self.setStyleSheet(
            f"QLabel#sectionTitle {{ font-weight: 700; }}"
            f"QLabel#trend {{ font-size: {font.pointSizeF() * 1.15:.1f}pt; font-weight: 600; }}"
            f"QLabel#tileValue {{ font-size: {font.pointSizeF() * 1.35:.1f}pt; font-weight: 700;"
            f" color: {colors.text}; }}"
            f"QFrame#tile {{ background: {colors.surface}; border: 2px solid {colors.track};"
            f" border-radius: 12px; }}"
        )
        self.chosen = False
        """True once the person picked a period; until then each visit shows the default."""
        self.select_range(self.default_range(), chosen=False)

    # Building.

    def _header(self) -> QVBoxLayout:
        """Back and the title on one line, the period on the next: neither squeezes the other
        at 1024x600 or with larger text."""
        rows = QVBoxLayout()
        rows.setSpacing(6)
        row = QHBoxLayout()
        row.setSpacing(8)
        rows.addLayout(row)
        # The way back (also Esc): to the routines, or to the paused session it was opened from.
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.backClicked.emit)
        self.set_back(to_session=False)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WindowShortcut)  # only while the page is shown
        back.activated.connect(self.backClicked.emit)
        row.addWidget(self.back_button)
        row.addSpacing(8)
        title = QLabel(_("History"))
        title.setObjectName("pageTitle")
        row.addWidget(title)
        row.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(8)
        rows.addLayout(row)
        self.range_group = QButtonGroup(self)
        self.range_buttons: dict[str, QPushButton] = {}
        for label, _days in RANGES:
            text, shows = RANGE_WORDS[label]
            button = QPushButton(_(text))
            button.setCheckable(True)
            button.setAccessibleDescription(_(shows))  # named by its words ("1 year")
            button.setToolTip(_(shows))
            button.clicked.connect(lambda _=False, name=label: self.select_range(name))
            self.range_group.addButton(button)
            self.range_buttons[label] = button
            row.addWidget(button)
        row.addStretch(1)
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        for caption, name, edit in (
            (_("From"), _("From date"), self.from_edit),
            (_("to"), _("To date"), self.to_edit),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._custom_range)
            row.addWidget(QLabel(caption))
            row.addWidget(edit)
        return rows

    def set_back(self, *, to_session: bool) -> None:
        """Say where Back (and Esc) goes: the paused session, or the routines."""
        text = _("◀ Back to the session") if to_session else _("◀ Routines")
        self.back_button.setText(text)
        self.back_button.setObjectName("primary" if to_session else "")
        self.back_button.setAccessibleName(text.removeprefix("◀ "))
        self.back_button.style().unpolish(self.back_button)
        self.back_button.style().polish(self.back_button)

    def _files_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        title = QLabel(_("Drills"))
        title.setObjectName("sectionTitle")
        row.addWidget(title)
        row.addStretch(1)
        self.csv_button = QPushButton(_("Export CSV…"))
        self.json_button = QPushButton(_("Export JSON…"))
        self.report_button = QPushButton(_("Physio report (PDF)…"))
        self.report_button.setObjectName("primary")
        for button, slot, name in (
            (self.csv_button, self.export_csv, _("Export the whole history as a CSV table")),
            (self.json_button, self.export_json, _("Export the whole history as JSON")),
            (self.report_button, self.export_report, _("Save a one-page report for your physio")),
        ):
            button.setAccessibleDescription(name)  # named by its words ("Export CSV…")
            button.setToolTip(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        return row

    def _legend(self, plots: Any) -> Legend:
        size = QSize(26, self.fontMetrics().height())
        icon = plots.legend_icon
        self.legend = Legend([(k, icon(self.colors, k, size), _(t)) for k, t in plots.LEGEND])
        return self.legend

    def _table_height(self, rows: int) -> int:
        """The drills table's height for `rows` rows and its header."""
        row = self.fontMetrics().height() + 10
        return self.table.horizontalHeader().sizeHint().height() + rows * row + 4

    # The period.

    def today(self) -> date:
        return self.now().astimezone(self.tz).date()

    def default_range(self) -> str:
        """The period shown first (RANGES label): everything since the first session when that
        was less than three months ago, so someone new sees their sessions rather than one
        sliver at the edge of an empty quarter (the plots widen a short period to a week)."""
        conn = history.connection_of(self.log)
        first = None if conn is None else history.first_session_day(conn, self.tz)
        return default_range(first, self.today())

    def select_range(self, name: str, *, chosen: bool = True) -> None:
        """One of RANGES by label: the last N days up to today, or everything."""
        self.chosen = self.chosen or chosen
        days = dict(RANGES)[name]
        self.range_buttons[name].setChecked(True)
        today = self.today()
        self.set_period(None if days is None else today - timedelta(days=days - 1), today)

    def refresh(self) -> None:
        """Read the log again for the same choice (call when the page is shown again)."""
        checked = [name for name, button in self.range_buttons.items() if button.isChecked()]
        if not self.chosen:
            self.select_range(self.default_range(), chosen=False)
        elif checked:
            self.select_range(checked[0])
        else:
            self.set_period(*self.period)

    def set_period(self, first: date | None, last: date) -> None:
        """Show [first, last] (whole days, on the person's clock); None = from the first session."""
        conn = history.connection_of(self.log)
        if conn is None:
            self._say(_("Your history can't be read right now."))
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
        self.chosen = True
        self.range_group.setExclusive(False)
        for button in self.range_buttons.values():
            button.setChecked(False)
        self.range_group.setExclusive(True)
        self.set_period(first, last)

    def _show(self, h: history.History, first: date, last: date) -> None:
        self.pain_plot.set_history(h, first, last)
        self.minutes_plot.set_practice(h.days, first, last)
        self.minutes_title.setText(
            _("Minutes practised each week")
            if self.minutes_plot.weekly
            else _("Minutes practised each day")
        )
        self.side.set_history(h, first, last)
        if not h.summary.sessions and self.range_buttons["All"].isChecked():
            self.trend.setText(
                _("No sessions yet. After your first, your pain and practice are shown here.")
            )
        else:
            self.trend.setText(" ".join(h.summary.sentences[:2]))
        # The plots' text alternative: what they show, in words (their points are on hover).
        self.pain_plot.setAccessibleDescription(" ".join(h.summary.sentences) or self.trend.text())
        self.minutes_plot.setAccessibleDescription(
            "; ".join(f"{self.tiles[k].text()} {self.captions[k].text()}" for k in self.tiles)
        )
        self._fill_table(h.drills)
        self.readout.setText(_(HOVER_HINT))
        # Only the marks the plot holds: a new user's legend is not a list of alarms.
        for key, shown in (("hurt", bool(h.hurts)), ("red_flag", bool(h.red_flags))):
            self.legend.items[key].setVisible(shown)

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
        # No taller than its rows: a few drills leave the room to the plots.
        used = sum(self.table.rowHeight(r) for r in range(len(rows)))
        used += self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth() + 2
        self.table.setMaximumHeight(max(used, self.table.minimumHeight()))

    # Files.

    def export_csv(self) -> Path | None:
        return self._save(
            _("Export CSV"),
            "csv",
            _("CSV table (*.csv)"),
            lambda p: write_export(self.log, p, "csv"),
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

        return self._save(_("Physio report"), "pdf", "PDF (*.pdf)", write)

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
            self._say(
                _("Could not save {file}: {why}.").format(file=path.name, why=exc.strerror or exc)
            )
            return None
        self._say(_("Saved {file}.").format(file=path))
        return path

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
