"""The History page's side panel: the period in four numbers, and the practice calendar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from .widgets.practice_calendar import PracticeCalendar

if TYPE_CHECKING:
    from datetime import date

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
        grid.setContentsMargins(16, 8, 16, 8)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
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
        self.calendar_title = QLabel("Practice calendar")
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
        self.calendar_title.setText(f"Practice calendar, last {weeks} weeks")
        a, s = h.adherence, h.summary
        streak = a.current_streak
        words = {
            "sessions": (f"{s.completed:,}", "sessions done"),
            "days": (f"{a.days_practised:,}", f"of {a.days:,} days practised"),
            "streak": (f"{streak:,}", f"day{'s' if streak != 1 else ''} in a row now"),
            "minutes": (f"{round(s.minutes):,}", "minutes practised"),
        }
        for key, (value, caption) in words.items():
            self.tiles[key].setText(value)
            self.captions[key].setText(caption)
