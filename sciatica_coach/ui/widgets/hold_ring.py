"""A ring that empties as a hold, rest or timed stretch counts down, with the seconds inside."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
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
DIGITS = "0123456789"


class _Sizes:
    """Where a ring of one size and font draws, worked out once: a hold asks for it every
    second, and a font's metrics are not free."""

    __slots__ = ("boxes", "font", "metrics", "number_rect", "rect", "side", "size", "thick")

    def __init__(self, width: int, height: int, font: QFont) -> None:
        self.size = (width, height)
        self.side = min(width, height) - 16
        self.thick = max(10.0, self.side * 0.07)
        self.rect = QRectF(
            (width - self.side) / 2 + self.thick / 2,
            (height - self.side) / 2 + self.thick / 2,
            self.side - self.thick,
            self.side - self.thick,
        )
        self.font = QFont(font)
        self.font.setPixelSize(max(1, int(self.side * 0.32)))
        self.font.setBold(True)
        rect = self.rect
        self.number_rect = QRectF(
            rect.x(), rect.y() + rect.height() * 0.12, rect.width(), rect.height() * 0.58
        )
        self.metrics = QFontMetricsF(self.font)
        self.boxes: dict[int, QRect] = {}

    def digits_box(self, text: str) -> QRect:
        """Where any number as long as `text` is drawn, a pixel to spare: the box around each
        digit written that many times covers every mix of them, so a countdown measures each
        length once, not each second."""
        box = self.boxes.get(len(text))
        if box is None:
            united = QRectF()
            for digit in DIGITS:
                united = united.united(
                    self.metrics.boundingRect(
                        self.number_rect, Qt.AlignmentFlag.AlignCenter, digit * len(text)
                    )
                )
            box = self.boxes[len(text)] = united.toAlignedRect().adjusted(-2, -2, 2, 2)
        return QRect(box)


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
        self._sizes: _Sizes | None = None
        """For the size and font in it; a new font (FontChange) drops it."""
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
            sizes = self._geometry()
            if sizes is None:
                self.update()
            else:
                old, new = str(before[0]), str(self.seconds_left)
                self.update(sizes.digits_box(old).united(sizes.digits_box(new)))
            self.update(arc)
        else:  # only the end of the arc moved: repaint just that corner of the ring
            self.update(arc)

    def _arc_end_rect(self, a: float, b: float) -> QRect:
        sizes = self._geometry()
        if sizes is None:
            return self.rect()
        thick, rect = sizes.thick, sizes.rect
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

    def _geometry(self) -> _Sizes | None:
        """The ring's sizes now; None when it is too small to draw."""
        sizes = self._sizes
        if sizes is None or sizes.size != (self.width(), self.height()):
            sizes = self._sizes = _Sizes(self.width(), self.height(), self.font())
        return sizes if sizes.side > 0 else None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._sizes = self._layer_key = None  # the number's size and the label's
        super().changeEvent(event)

    def _colour(self) -> str:
        c = self.colors
        return c.warn if self.final_seconds else (c.rest if self.rest else c.accent)

    def paintEvent(self, event: object) -> None:
        """The moving arc and the number over a cached layer (track, marks, label) that changes
        only with the segment: a hold redraws a few times a second, and once a second only the
        number's box and the arc's end, so each redraw must be cheap."""
        sizes = self._geometry()
        if sizes is None:
            return
        thick, rect = sizes.thick, sizes.rect
        key = (
            self.width(),
            self.height(),
            self.devicePixelRatioF(),
            self.colors,
            self.total_ms,
            self.label,
        )
        if self._layer_key != key:
            self._layer = self._paint_layer(sizes)
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
        number = str(self.seconds_left)
        if region.intersects(sizes.digits_box(number)):
            p.setFont(sizes.font)
            p.setPen(QColor(self._colour() if self.final_seconds else self.colors.text))
            p.drawText(sizes.number_rect, Qt.AlignmentFlag.AlignCenter, number)
        pen = QPen(QColor(self._colour()), thick, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        span = int(-360 * 16 * self.remaining_fraction)
        if span:
            p.drawArc(rect, 90 * 16, span)
        p.end()

    def _source(self, target: QRect) -> QRect:
        ratio = self._layer.devicePixelRatio()
        return QRect(
            int(target.x() * ratio),
            int(target.y() * ratio),
            int(target.width() * ratio),
            int(target.height() * ratio),
        )

    def _paint_layer(self, sizes: _Sizes) -> QPixmap:
        c, side, thick, rect = self.colors, sizes.side, sizes.thick, sizes.rect
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
        font = QFont(sizes.font)  # a copy: the number's own is kept for every repaint
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
