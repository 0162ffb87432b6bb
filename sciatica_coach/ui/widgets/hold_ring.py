"""A ring that empties as a hold, rest or timed stretch counts down, with the seconds inside."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..theme import LIGHT, Colors

FINAL_SECONDS_MS = 3000


class HoldRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colors: Colors = LIGHT
        self.total_ms = 1.0
        self.left_ms = 0.0
        self.label = ""
        self.rest = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 200)
        self.setAccessibleName("Countdown ring")

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def set_state(self, total_ms: float, left_ms: float, label: str, rest: bool = False) -> None:
        seconds_before = self.seconds_left
        changed = (total_ms, label, rest) != (self.total_ms, self.label, self.rest)
        self.total_ms = max(total_ms, 1.0)
        self.left_ms = max(0.0, min(left_ms, self.total_ms))
        self.label = label
        self.rest = rest
        if changed or self.seconds_left != seconds_before:
            self.setAccessibleDescription(f"{label}: {self.seconds_left} seconds left")
        self.update()

    @property
    def seconds_left(self) -> int:
        return math.ceil(self.left_ms / 1000 - 1e-9)

    @property
    def remaining_fraction(self) -> float:
        return self.left_ms / self.total_ms

    @property
    def final_seconds(self) -> bool:
        return 0 < self.left_ms <= FINAL_SECONDS_MS

    def paintEvent(self, event: object) -> None:
        c = self.colors
        side = min(self.width(), self.height()) - 16
        if side <= 0:
            return
        thick = max(10.0, side * 0.07)
        rect = QRectF(
            (self.width() - side) / 2 + thick / 2,
            (self.height() - side) / 2 + thick / 2,
            side - thick,
            side - thick,
        )
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor(c.track), thick, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        p.drawEllipse(rect)
        colour = c.warn if self.final_seconds else (c.rest if self.rest else c.accent)
        p.setPen(QPen(QColor(colour), thick, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        span = int(-360 * 16 * self.remaining_fraction)
        if span:
            p.drawArc(rect, 90 * 16, span)
        # Marks for the last three seconds, so the end can be seen coming.
        if self.total_ms > FINAL_SECONDS_MS * 2:
            p.setPen(QPen(QColor(c.warn), max(2.0, thick / 5)))
            r_out, r_in = rect.width() / 2 + thick / 2, rect.width() / 2 - thick / 2
            for s in (1, 2, 3):
                angle = math.radians(90 + 360 * (s * 1000) / self.total_ms)
                cx, cy = rect.center().x(), rect.center().y()
                p.drawLine(
                    int(cx + r_in * math.cos(angle)),
                    int(cy - r_in * math.sin(angle)),
                    int(cx + r_out * math.cos(angle)),
                    int(cy - r_out * math.sin(angle)),
                )
        p.setPen(QColor(colour if self.final_seconds else c.text))
        font = QFont(self.font())
        font.setPixelSize(int(side * 0.32))
        font.setBold(True)
        p.setFont(font)
        number_rect = QRectF(
            rect.x(), rect.y() + rect.height() * 0.12, rect.width(), rect.height() * 0.58
        )
        p.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, str(self.seconds_left))
        font.setPixelSize(int(side * 0.085))
        font.setBold(False)
        p.setFont(font)
        p.setPen(QColor(c.muted))
        label_rect = QRectF(
            rect.x(), rect.y() + rect.height() * 0.64, rect.width(), rect.height() * 0.2
        )
        p.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, self.label)
        p.end()
