"""The routine's time as a bar: a block per step as long as the player will take over it, with
the total; a click on a block picks that step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.i18n import _
from ...core.plan_words import duration_words
from ..theme import LIGHT

if TYPE_CHECKING:
    from ...core.draft_check import Timeline
    from ..theme import Colors


class TimelineBar(QWidget):
    stepClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colors: Colors = LIGHT
        self.timeline: Timeline | None = None
        self.selected = -1
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(_("Timeline"))
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(400, self.fontMetrics().height() + 14)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.sizeHint().height())

    def show_timeline(self, timeline: Timeline, selected: int) -> None:
        self.timeline, self.selected = timeline, selected
        parts = [
            f"{s.step + 1}. {s.title}: {duration_words(s.duration_ms)}" for s in timeline.spans
        ]
        self.setAccessibleDescription("; ".join(parts))
        self.setToolTip("\n".join(parts))
        self.update()

    def _rects(self) -> list[tuple[int, QRectF]]:
        t = self.timeline
        if t is None or not t.total_ms:
            return []
        width = self.width() - 2.0
        out, x = [], 1.0
        for span in t.spans:
            w = width * span.duration_ms / t.total_ms
            out.append((span.step, QRectF(x, 1.0, w, self.height() - 2.0)))
            x += w
        return out

    def paintEvent(self, event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = self.colors
        p.fillRect(self.rect(), QColor(c.track))
        font = QFont(self.font())
        p.setFont(font)
        for i, (step, rect) in enumerate(self._rects()):
            chosen = step == self.selected
            fill = QColor(c.accent if chosen else (c.surface if i % 2 else c.window))
            p.fillRect(rect, fill)
            p.setPen(QPen(QColor(c.muted), 1))
            p.drawRect(rect)
            p.setPen(QColor(c.accent_text if chosen else c.text))
            label = str(step + 1)
            if rect.width() > p.fontMetrics().horizontalAdvance(label) + 6:
                p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), label)
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for step, rect in self._rects():
            if rect.contains(event.position()):
                self.stepClicked.emit(step)
                return
