"""A circle that grows on the in-breath, shrinks on the out-breath and rests on a hold."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.i18n import _
from .. import accessible
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
        self.stepped = False
        """Reduced motion: the circle changes size once a second, in steps, not smoothly."""
        self._phase_seconds = 1
        self._drawn_radius: float | None = None
        """The circle's radius in pixels when a repaint was last asked for."""
        accessible.install()  # read as a progress bar: "Breathe in: 3", value 3

    def sizeHint(self) -> QSize:
        return QSize(300, 300)  # the stage grows into any room

    def set_breath(self, phase: str, fraction: float, words: str, count: str) -> None:
        changed = (phase, words, count) != (self.phase, self.words, self.count)
        if count.isdigit():  # a new breath (another phase, or more seconds left): its length
            seconds = int(count)
            if phase != self.phase or not self.count.isdigit() or seconds > int(self.count):
                self._phase_seconds = max(1, seconds)
        self.phase, self.fraction = phase, max(0.0, min(fraction, 1.0))
        self.words, self.count = words, count
        if changed:
            accessible.changed(self)
        self._repaint(changed)

    def _repaint(self, changed: bool) -> None:
        """Repaint when the words change, or the circle by a pixel; then only the circle's box
        (a breath moves it about 25 pixels a second: most frames change nothing seen)."""
        radius, drawn = self._radius_px(), self._drawn_radius
        if not changed and drawn is not None and abs(radius - drawn) < 1.0:
            return
        self._drawn_radius = radius
        if changed or drawn is None:
            self.update()
            return
        reach = math.ceil(max(radius, drawn)) + 2
        centre = self.rect().center()
        self.update(centre.x() - reach, centre.y() - reach, 2 * reach + 1, 2 * reach + 1)

    def _radius_px(self) -> float:
        r_max = max(min(self.width(), self.height()) - 16, 0) / 2
        return r_max * (MIN_RADIUS + (1 - MIN_RADIUS) * self.size_fraction)

    @property
    def size_fraction(self) -> float:
        """0 = smallest, 1 = largest; eased so the circle moves like a breath (stepped: a
        step each second of the breath, full at its last second)."""
        eased = (1 - math.cos(math.pi * self.fraction)) / 2
        if self.stepped:
            steps = self._phase_seconds
            eased = min(1.0, math.ceil(self.fraction * steps - 1e-9) / steps)
        return {"in": eased, "out": 1 - eased, "hold_full": 1.0}.get(self.phase, 0.0)

    def accessible_words(self) -> str:
        doing = {
            "in": _("Breathe in"),
            "out": _("Breathe out"),
            "hold_full": _("Hold the breath gently"),
        }.get(self.phase) or _("Rest before the next breath")
        return f"{doing}: {self.count}" if self.count else doing

    def accessible_range(self) -> tuple[float, float, float]:
        left = float(self.count) if self.count.isdigit() else 0.0
        return left, 0.0, float(max(self._phase_seconds, left))

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
        # The seconds left, big, and the phase in a word, both inside the smallest circle so
        # they never spill onto the track whatever the text size (the cue below says the rest).
        room = 2 * r_max * MIN_RADIUS * 0.86
        p.setPen(QColor(c.accent_text))
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(8, int(room * 0.55)))
        p.setFont(font)
        number = QRectF(centre.x() - room / 2, centre.y() - room * 0.42, room, room * 0.6)
        p.drawText(number, Qt.AlignmentFlag.AlignCenter, self.count)
        font.setBold(False)
        font.setPixelSize(max(8, int(room * 0.2)))
        while font.pixelSize() > 8 and QFontMetricsF(font).horizontalAdvance(self.words) > room:
            font.setPixelSize(font.pixelSize() - 1)
        p.setFont(font)
        word = QRectF(centre.x() - room / 2, centre.y() + room * 0.16, room, room * 0.3)
        p.drawText(word, Qt.AlignmentFlag.AlignCenter, self.words)
        p.end()
