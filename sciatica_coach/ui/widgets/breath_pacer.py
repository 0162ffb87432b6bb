"""A circle that grows on the in-breath, shrinks on the out-breath and rests on a hold."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..theme import LIGHT, Colors

MIN_RADIUS = 0.35
"""Smallest circle, as a share of the largest."""


class BreathPacer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colors: Colors = LIGHT
        self.phase = "in"  # in | hold_full | out | hold_empty
        self.fraction = 0.0
        self.words = ""
        self.count = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 200)
        self.setAccessibleName("Breathing pacer")

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def set_breath(self, phase: str, fraction: float, words: str, count: str) -> None:
        changed = (phase, words, count) != (self.phase, self.words, self.count)
        self.phase, self.fraction = phase, max(0.0, min(fraction, 1.0))
        self.words, self.count = words, count
        if changed:
            self.setAccessibleDescription(f"{words}. {count}")
        self.update()

    @property
    def size_fraction(self) -> float:
        """0 = smallest, 1 = largest; eased so the circle moves like a breath."""
        eased = (1 - math.cos(math.pi * self.fraction)) / 2
        return {"in": eased, "out": 1 - eased, "hold_full": 1.0}.get(self.phase, 0.0)

    def paintEvent(self, event: object) -> None:
        c = self.colors
        side = min(self.width(), self.height()) - 16
        if side <= 0:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(self.width() / 2, self.height() / 2)
        r_max = side / 2
        r = r_max * (MIN_RADIUS + (1 - MIN_RADIUS) * self.size_fraction)
        p.setPen(Qt.PenStyle.NoPen)
        track = QColor(c.track)
        p.setBrush(track)
        p.drawEllipse(centre, r_max, r_max)
        fill = QColor(c.rest if self.phase.startswith("hold") else c.accent)
        fill.setAlpha(220)
        p.setBrush(fill)
        p.drawEllipse(centre, r, r)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(int(side * 0.1))
        p.setFont(font)
        p.setPen(QColor(c.accent_text if r > side * 0.3 else c.text))
        p.drawText(
            QRectF(0, centre.y() - side * 0.12, self.width(), side * 0.14),
            Qt.AlignmentFlag.AlignCenter,
            self.words,
        )
        font.setBold(False)
        font.setPixelSize(int(side * 0.065))
        p.setFont(font)
        p.drawText(
            QRectF(0, centre.y() + side * 0.03, self.width(), side * 0.1),
            Qt.AlignmentFlag.AlignCenter,
            self.count,
        )
        p.end()
