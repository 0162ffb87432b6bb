"""A simple figure of the starting position, so a person can see at a glance how to lie or sit."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..theme import LIGHT, Colors

# Each figure: a head (x, y) and limbs as polylines, on a 200 x 120 board; y = 110 is the floor.
Figure = tuple[tuple[float, float], list[list[tuple[float, float]]]]
FIGURES: dict[str, Figure] = {
    "prone": ((30, 96), [[(42, 100), (150, 104), (185, 106)], [(52, 101), (50, 108), (70, 109)]]),
    "supine": (
        (30, 96),
        [[(42, 101), (115, 103)], [(115, 103), (140, 75), (160, 108)], [(60, 101), (85, 108)]],
    ),
    "seated": (
        (88, 22),
        [
            [(90, 34), (92, 72)],
            [(92, 72), (130, 72), (132, 108)],
            [(91, 45), (112, 62)],
            [(70, 74), (70, 110)],
            [(70, 74), (120, 74)],
        ],
    ),
    "quadruped": (
        (42, 52),
        [[(54, 58), (130, 58)], [(60, 58), (60, 108)], [(130, 58), (130, 108), (165, 108)]],
    ),
    "side-lying": (
        (30, 92),
        [
            [(42, 98), (110, 100)],
            [(110, 100), (140, 80), (160, 104)],
            [(110, 100), (138, 86), (158, 100)],
            [(40, 104), (60, 108)],
        ],
    ),
    "standing": (
        (100, 16),
        [
            [(100, 28), (100, 70)],
            [(100, 70), (88, 108)],
            [(100, 70), (112, 108)],
            [(100, 38), (84, 62)],
            [(100, 38), (116, 62)],
        ],
    ),
}


class PositionFigure(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colors: Colors = LIGHT
        self.position = "standing"
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(150, 90)
        self.setAccessibleName("Starting position")

    def sizeHint(self) -> QSize:
        return QSize(220, 132)

    def set_position(self, position: str) -> None:
        self.position = position
        self.setAccessibleDescription(position.replace("-", " "))
        self.update()

    def paintEvent(self, event: object) -> None:
        head, limbs = FIGURES.get(self.position, FIGURES["standing"])
        scale = min(self.width() / 200, self.height() / 120)
        ox = (self.width() - 200 * scale) / 2
        oy = (self.height() - 120 * scale) / 2

        def pt(x: float, y: float) -> QPointF:
            return QPointF(ox + x * scale, oy + y * scale)

        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor(self.colors.track), 3 * scale))
        p.drawLine(pt(5, 112), pt(195, 112))
        pen = QPen(
            QColor(self.colors.accent),
            7 * scale,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
        p.setPen(pen)
        for limb in limbs:
            for a, b in itertools.pairwise(limb):
                p.drawLine(pt(*a), pt(*b))
        p.setBrush(QColor(self.colors.accent))
        p.drawEllipse(pt(*head), 9 * scale, 9 * scale)
        p.end()
