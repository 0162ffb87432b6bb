"""Parts of the History page: the side panel (the period in four numbers, and the practice
calendar) and the pain plot's key, which wraps onto a second line in a narrow window."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import _, ngettext
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
        flow = _FlowLayout(self)
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


class _FlowLayout(QLayout):
    """Left to right, wrapping to a new line when the next item does not fit (Qt's flow
    layout example, trimmed): hidden items take no room."""

    def __init__(self, parent: QWidget, spacing: tuple[int, int] = (14, 2)) -> None:
        super().__init__(parent)
        self.setContentsMargins(0, 0, 0, 0)
        self._items: list[QLayoutItem] = []
        self._gap = spacing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        shown = [i.sizeHint() for i in self._items if not i.isEmpty()]
        width = sum(s.width() for s in shown) + self._gap[0] * max(0, len(shown) - 1)
        return QSize(width, max((s.height() for s in shown), default=0))

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and x > rect.x():
                x, y, line = rect.x(), y + line + self._gap[1], 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap[0]
            line = max(line, hint.height())
        return y + line - rect.y()
