"""Parts of the History page: the side panel (the period in four numbers, and the practice
calendar) and the pain plot's key, which wraps onto a second line in a narrow window."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import _, ngettext
from .widgets.flow_row import FlowRow
from .widgets.practice_calendar import PracticeCalendar

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from PySide6.QtGui import QPixmap

    from ..storage.history import History
    from .theme import Colors


class PeriodPanel(QWidget):
    """Sessions, days, streak and minutes, each with its words beside it; then the calendar.

    The page's style sheet styles it (`QFrame#tile`, `QLabel#tileValue`, `QLabel#sectionTitle`).
    """

    def __init__(self, colors: Colors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        side = QVBoxLayout(self)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(8)
        card = QFrame()
        card.setObjectName("tile")
        grid = QGridLayout(card)
        grid.setContentsMargins(16, 6, 16, 6)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(0)
        self.tiles: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for row, key in enumerate(("sessions", "days", "streak", "minutes")):
            value, label = QLabel("0"), QLabel()
            value.setObjectName("tileValue")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setObjectName("muted")
            grid.addWidget(value, row, 0)
            grid.addWidget(label, row, 1)
            self.tiles[key], self.captions[key] = value, label
        grid.setColumnStretch(1, 1)
        side.addWidget(card)
        self.calendar_title = QLabel(_("Practice calendar"))
        self.calendar_title.setObjectName("sectionTitle")
        side.addSpacing(6)
        side.addWidget(self.calendar_title)
        self.calendar = PracticeCalendar(colors)
        side.addWidget(self.calendar)
        side.addStretch(1)
        self.setFixedWidth(max(380, self.fontMetrics().horizontalAdvance("M" * 24)))

    def set_history(self, h: History, first: date, last: date) -> None:
        self.calendar.set_practice(h.days, first, last)
        weeks = len(self.calendar.weeks_shown(self.calendar.width() or 400))
        mondays = [d - timedelta(days=d.weekday()) for d in (first, last)]
        if weeks > (mondays[1] - mondays[0]).days // 7:  # all of the period: no "last n"
            self.calendar_title.setText(_("Practice calendar"))
        else:
            self.calendar_title.setText(
                ngettext(
                    "Practice calendar, last {n} week", "Practice calendar, last {n} weeks", weeks
                ).format(n=weeks)
            )
        a, s = h.adherence, h.summary
        streak = a.current_streak
        under_a_minute = 0 < s.minutes < 0.5  # a demo at 50 times speed: not "0 minutes"
        minutes = 1 if under_a_minute else round(s.minutes)
        words = {
            "sessions": (
                f"{s.completed:,}",
                ngettext("session done", "sessions done", s.completed),
            ),
            "days": (
                f"{a.days_practised:,}",
                ngettext("of {n} day practised", "of {n} days practised", a.days).format(
                    n=f"{a.days:,}"
                ),
            ),
            "streak": (f"{streak:,}", ngettext("day in a row now", "days in a row now", streak)),
            "minutes": (
                "<1" if under_a_minute else f"{round(s.minutes):,}",
                ngettext("minute practised", "minutes practised", minutes),
            ),
        }
        for key, (value, caption) in words.items():
            self.tiles[key].setText(value)
            self.captions[key].setText(caption)


class Legend(QWidget):
    """The pain plot's key: an icon and its words per entry, in rows that wrap (at 1366x768
    all fit on one line; on a 1024x600 screen or with larger text they take two)."""

    def __init__(
        self, entries: Sequence[tuple[str, QPixmap, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        flow = FlowRow(self, spacing=14, line_spacing=2)
        self.items: dict[str, QWidget] = {}
        for key, pixmap, text in entries:
            unit = QWidget()
            row = QHBoxLayout(unit)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            icon = QLabel()
            icon.setPixmap(pixmap)
            icon.setAccessibleName(text)  # the mark's text alternative: what it stands for
            row.addWidget(icon)
            row.addWidget(QLabel(text))
            flow.addWidget(unit)
            self.items[key] = unit
