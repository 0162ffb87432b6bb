"""A ring that empties as a hold, rest or timed stretch counts down, with the seconds inside."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QRegion,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.i18n import _
from .. import accessible
from ..theme import LIGHT, Colors

if TYPE_CHECKING:
    from collections.abc import Iterable

FINAL_SECONDS_MS = 3000


class HoldRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colors: Colors = LIGHT
        self.total_ms = 1.0
        self.left_ms = 0.0
        self.label = ""
        self.rest = False
        self._layer = QPixmap()
        self._layer_key: tuple[object, ...] | None = None
        self._number_key: tuple[object, ...] | None = None
        self._number: tuple[QFont, QRectF, QFontMetricsF] = (
            QFont(),
            QRectF(),
            QFontMetricsF(QFont()),
        )
        self._boxes: dict[str, QRect] = {}
        """The number's box for each text drawn at the size in `_number_key`."""
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 200)
        self.stepped = False
        """Reduced motion: the arc moves once a second, with the number, not smoothly."""
        accessible.install()  # read as a progress bar: "Hold: 12 seconds left", value 12

    def sizeHint(self) -> QSize:
        return QSize(300, 300)  # the stage grows into any room

    def set_state(self, total_ms: float, left_ms: float, label: str, rest: bool = False) -> None:
        before = (self.seconds_left, self.final_seconds, self.remaining_fraction)
        changed = (total_ms, label, rest) != (self.total_ms, self.label, self.rest)
        self.total_ms = max(total_ms, 1.0)
        self.left_ms = max(0.0, min(left_ms, self.total_ms))
        self.label = label
        self.rest = rest
        arc = self._arc_end_rect(before[2], self.remaining_fraction)
        if changed or self.final_seconds != before[1]:  # new words or colours: all of it
            accessible.changed(self)
            self.update()
        elif self.seconds_left != before[0]:
            # The number (its old box and its new one) and the end of the arc, as two areas:
            # the box around both would be a third of the ring, repainted for nothing.
            accessible.changed(self)
            self.update(self._digits_box(before[0]).united(self._digits_box()))
            self.update(arc)
        else:  # only the end of the arc moved: repaint just that corner of the ring
            self.update(arc)

    def _arc_end_rect(self, a: float, b: float) -> QRect:
        geometry = self._geometry()
        if geometry is None:
            return self.rect()
        _, thick, rect = geometry
        cx, cy, r = rect.center().x(), rect.center().y(), rect.width() / 2
        xs, ys = [], []
        for fraction in (a, b):
            angle = math.radians(90 - 360 * fraction)
            xs.append(cx + r * math.cos(angle))
            ys.append(cy - r * math.sin(angle))
        pad = thick
        if abs(a - b) > 0.05:  # a big jump: the chord's box would not cover the arc
            return self.rect()
        return QRect(
            int(min(xs) - pad),
            int(min(ys) - pad),
            int(max(xs) - min(xs) + 2 * pad) + 1,
            int(max(ys) - min(ys) + 2 * pad) + 1,
        )

    @property
    def seconds_left(self) -> int:
        return math.ceil(self.left_ms / 1000 - 1e-9)

    @property
    def remaining_fraction(self) -> float:
        if self.stepped:
            return min(1.0, self.seconds_left * 1000 / self.total_ms)
        return self.left_ms / self.total_ms

    def accessible_words(self) -> str:
        return _("{label}: {n} seconds left").format(label=self.label, n=self.seconds_left)

    def accessible_range(self) -> tuple[float, float, float]:
        return float(self.seconds_left), 0.0, float(math.ceil(self.total_ms / 1000 - 1e-9))

    @property
    def final_seconds(self) -> bool:
        return 0 < self.left_ms <= FINAL_SECONDS_MS

    def _geometry(self) -> tuple[float, float, QRectF] | None:
        side = min(self.width(), self.height()) - 16
        if side <= 0:
            return None
        thick = max(10.0, side * 0.07)
        rect = QRectF(
            (self.width() - side) / 2 + thick / 2,
            (self.height() - side) / 2 + thick / 2,
            side - thick,
            side - thick,
        )
        return side, thick, rect

    def _colour(self) -> str:
        c = self.colors
        return c.warn if self.final_seconds else (c.rest if self.rest else c.accent)

    def paintEvent(self, event: object) -> None:
        """The moving arc and the number over a cached layer (track, marks, label) that changes
        only with the segment: a hold redraws a few times a second, and once a second only the
        number's box and the arc's end, so each redraw must be cheap."""
        geometry = self._geometry()
        if geometry is None:
            return
        side, thick, rect = geometry
        key = (
            self.width(),
            self.height(),
            self.devicePixelRatioF(),
            self.colors,
            self.total_ms,
            self.label,
        )
        if self._layer_key != key:
            self._layer = self._paint_layer(side, thick, rect)
            self._layer_key = key
        p = QPainter(self)
        region = event.region() if isinstance(event, QPaintEvent) else QRegion(self.rect())
        # The layer is copied one rectangle at a time, each as the only clip: over a clip of
        # several rectangles (the number's box and the arc's end, repainted together) Qt
        # copies through its thread pool, waking two threads each second of a hold.
        for part in _rects(region):
            p.setClipRect(part)
            p.drawPixmap(part, self._layer, self._source(part))
        p.setClipRegion(region)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if region.intersects(self._digits_box()):
            font, number_rect = self._number_font(side, rect)
            p.setFont(font)
            p.setPen(QColor(self._colour() if self.final_seconds else self.colors.text))
            p.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, str(self.seconds_left))
        pen = QPen(QColor(self._colour()), thick, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        span = int(-360 * 16 * self.remaining_fraction)
        if span:
            p.drawArc(rect, 90 * 16, span)
        p.end()

    def _number_font(self, side: float, rect: QRectF) -> tuple[QFont, QRectF]:
        """The number's font and box for this size of ring: made once per size and font (a
        hold asks for them twice a second, and a font's metrics are not free). The font is
        the one kept: copy it before changing it."""
        key = (side, rect.x(), rect.y(), rect.width(), rect.height(), self.font().key())
        if self._number_key != key:
            font = QFont(self.font())
            font.setPixelSize(int(side * 0.32))
            font.setBold(True)
            number_rect = QRectF(
                rect.x(), rect.y() + rect.height() * 0.12, rect.width(), rect.height() * 0.58
            )
            self._number = (font, number_rect, QFontMetricsF(font))
            self._number_key = key
            self._boxes.clear()
        font, number_rect, _metrics = self._number
        return font, number_rect

    def _digits_box(self, seconds: int | None = None) -> QRect:
        """Where the number (`seconds`, else the one shown now) is drawn, a pixel to spare."""
        geometry = self._geometry()
        if geometry is None:
            return QRect()
        side, _thick, rect = geometry
        _font, number_rect = self._number_font(side, rect)
        text = str(self.seconds_left if seconds is None else seconds)
        box = self._boxes.get(text)
        if box is None:
            metrics = self._number[2]
            bounds = metrics.boundingRect(number_rect, Qt.AlignmentFlag.AlignCenter, text)
            box = self._boxes[text] = bounds.toAlignedRect().adjusted(-2, -2, 2, 2)
        return QRect(box)

    def _source(self, target: QRect) -> QRect:
        ratio = self._layer.devicePixelRatio()
        return QRect(
            int(target.x() * ratio),
            int(target.y() * ratio),
            int(target.width() * ratio),
            int(target.height() * ratio),
        )

    def _paint_layer(self, side: float, thick: float, rect: QRectF) -> QPixmap:
        c = self.colors
        ratio = self.devicePixelRatioF()
        layer = QPixmap(int(self.width() * ratio), int(self.height() * ratio))
        layer.setDevicePixelRatio(ratio)
        layer.fill(QColor(c.window))  # opaque: nothing behind the ring is repainted
        p = QPainter(layer)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor(c.track), thick, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        p.drawEllipse(rect)
        # Marks for the last three seconds, so the end can be seen coming.
        if self.total_ms > FINAL_SECONDS_MS * 2:
            p.setPen(QPen(QColor(c.warn), max(2.0, thick / 5)))
            r_out, r_in = rect.width() / 2 + thick / 2, rect.width() / 2 - thick / 2
            cx, cy = rect.center().x(), rect.center().y()
            for s in (1, 2, 3):
                angle = math.radians(90 + 360 * (s * 1000) / self.total_ms)
                p.drawLine(
                    int(cx + r_in * math.cos(angle)),
                    int(cy - r_in * math.sin(angle)),
                    int(cx + r_out * math.cos(angle)),
                    int(cy - r_out * math.sin(angle)),
                )
        number_font, _number_rect = self._number_font(side, rect)  # the number is drawn on top
        font = QFont(number_font)  # a copy: the number's own is kept for every repaint
        font.setPixelSize(int(side * 0.085))
        font.setBold(False)
        p.setFont(font)
        p.setPen(QColor(c.muted))
        label_rect = QRectF(
            rect.x(), rect.y() + rect.height() * 0.64, rect.width(), rect.height() * 0.2
        )
        p.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, self.label)
        p.end()
        return layer


def _rects(region: QRegion) -> list[QRect]:
    """The region's rectangles (PySide6 iterates a QRegion; its type stubs do not say so)."""
    return list(cast("Iterable[QRect]", region))
