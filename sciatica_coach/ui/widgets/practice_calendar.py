"""The History page's practice calendar: a square per day, weeks as columns.

Plain QPainter, no pyqtgraph: it costs nothing to import before the plots are needed.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ...core.i18n import N_, _, ngettext
from ...core.words import day_words, month_words, weekday

if TYPE_CHECKING:
    from ...storage.history import DayPractice
    from ..theme import Colors


def _day_names() -> list[tuple[int, str]]:
    """The rows that are named: Monday, Wednesday, Friday and Sunday, shortened."""
    monday = date(2024, 1, 1)
    return [(row, weekday(monday + timedelta(days=row))[:3]) for row in (0, 2, 4, 6)]


class PracticeCalendar(QWidget):
    """Weeks as columns, Monday to Sunday down: a square per day, filled when practised.
    Shows the latest weeks of the period that fit at a readable size."""

    KEY = (
        ("done", N_("done")),
        ("partial", N_("not finished")),
        ("red_flag", N_("warning sign")),
        (None, N_("none")),
    )

    def __init__(self, colors: Colors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colors = colors
        self.status: dict[date, str] = {}
        self.first = self.last = date.today()
        self.cell, self.min_cell = 24, 18
        self.setAccessibleName(_("Practice calendar"))
        self._fit_height()

    def _key_places(self, width: int) -> list[tuple[float, int]]:
        """Where each entry of the key goes: (x, line), onto a new line when it would not fit."""
        fm = self.fontMetrics()
        box, x, line, places = fm.height() - 6, 0.0, 0, []
        for _status, english in self.KEY:
            wide = box + 7 + fm.horizontalAdvance(_(english))
            if x > 0 and x + wide > width:
                x, line = 0.0, line + 1
            places.append((x, line))
            x += wide + 16
        return places

    def _fit_height(self) -> None:
        lines = self._key_places(self.width())[-1][1] + 1
        line = self.fontMetrics().height() + 4
        self.setFixedHeight(self._top() + 7 * self.cell + 8 + lines * line)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_height()  # a narrow column puts the key on two lines, never cut off

    def set_practice(self, days: list[DayPractice], first: date, last: date) -> None:
        self.first, self.last = first, last
        self.status = {
            d.day: "red_flag" if d.red_flag else "done" if d.completed else "partial" for d in days
        }
        done = sum(1 for s in self.status.values() if s == "done")
        self.setAccessibleDescription(
            ngettext(
                "{n} day practised from {first} to {last}",
                "{n} days practised from {first} to {last}",
                done,
            ).format(n=done, first=day_words(first), last=day_words(last))
        )
        self.update()

    def weeks_shown(self, width: int | None = None) -> list[date]:
        """The Mondays of the columns that fit: the latest weeks of the period."""
        room = max(1, ((width or self.width()) - self._left()) // self.min_cell)
        last_monday = self.last - timedelta(days=self.last.weekday())
        weeks = (last_monday - (self.first - timedelta(days=self.first.weekday()))).days // 7 + 1
        return [last_monday - timedelta(weeks=k) for k in reversed(range(min(room, weeks)))]

    def sizeHint(self) -> QSize:
        return QSize(self._left() + 14 * self.cell, self.height())

    def _left(self) -> int:
        return max(self.fontMetrics().horizontalAdvance(n) for _r, n in _day_names()) + 10

    def _top(self) -> int:
        return self.fontMetrics().height() + 6

    def paintEvent(self, event: Any) -> None:
        c, fm = self.colors, self.fontMetrics()
        weeks, left, top = self.weeks_shown(), self._left(), self._top()
        cell = min(self.cell, (self.width() - left) / max(1, len(weeks)))
        gap = max(2.0, cell / 7)
        partial = QColor(c.accent)
        partial.setAlphaF(0.4)
        fills = {"done": QColor(c.accent), "partial": partial, "red_flag": QColor(c.stop)}
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)

        def square(rect: QRectF, status: str | None) -> None:
            p.setPen(QPen(QColor(c.track), 1.5) if status is None else Qt.PenStyle.NoPen)
            p.setBrush(fills[status] if status else QColor(c.surface))
            p.drawRoundedRect(rect, 3, 3)

        p.setPen(QColor(c.muted))
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, name in _day_names():
            p.drawText(QRectF(0, top + row * cell, left - 8, cell), align, name)
        month, free_x = None, 0.0
        for col, monday in enumerate(weeks):
            x = left + col * cell
            name = month_words(monday.month)
            if (
                monday.month != month
                and x >= free_x
                and x + fm.horizontalAdvance(name) <= self.width()
            ):
                p.setPen(QColor(c.text))
                p.drawText(QPointF(x + gap / 2, fm.ascent()), name)
                month, free_x = monday.month, x + fm.horizontalAdvance(name) + 6
            for row in range(7):
                day = monday + timedelta(days=row)
                if self.first <= day <= self.last:
                    rect = QRectF(x + gap / 2, top + row * cell + gap / 2, cell - gap, cell - gap)
                    square(rect, self.status.get(day))
        y0, box = top + 7 * cell + 8, fm.height() - 6
        places = self._key_places(self.width())
        for (status, english), (x, line) in zip(self.KEY, places, strict=True):
            label, y = _(english), y0 + line * (fm.height() + 4)
            square(QRectF(x + 1, y + 3, box, box), status)
            p.setPen(QColor(c.muted))
            p.drawText(QPointF(x + box + 7, y + fm.ascent()), label)
        p.end()
