"""Painting a drill's figure with QPainter, on screen or offscreen.

One painter for every place a figure is shown: the player's widget, the routine preview and its
PDF, `sciatica-coach figure` (imported inside that command only, like `report`) and
`tools/figures_sheet.py`. The geometry comes from `core.figure_scene`; this module only scales
it into a rectangle and colours it. Offscreen rendering needs a QGuiApplication: one is made on
the offscreen platform when none is running and there is no display.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QImageWriter,
    QPainter,
    QPen,
    QPolygonF,
)

from ..core.figure_scene import Box, Scene, frame, scene_at
from ..core.figures import FigureBook, shipped_figures
from .theme import LIGHT, Colors

if TYPE_CHECKING:
    from pathlib import Path

MARGIN = 0.06
"""Room left round the figure, as a share of the smaller side."""
_APP: list[QGuiApplication] = []


def role_colors(colors: Colors) -> dict[str, QColor]:
    accent, window = QColor(colors.accent), QColor(colors.window)
    far = QColor(
        (accent.red() + window.red()) // 2,
        (accent.green() + window.green()) // 2,
        (accent.blue() + window.blue()) // 2,
    )
    return {
        "floor": QColor(colors.muted),
        "mat": QColor(colors.track),
        "prop_soft": QColor(colors.track),
        "prop": QColor(colors.muted),
        "far": far,
        "body": accent,
        "head": accent,
        "near": accent,
        "tie": QColor(colors.warn),
        "face": QColor(colors.surface),
    }


class Mapping:
    """Centimetres of a figure's box to pixels of a rectangle (y flipped: up is up)."""

    def __init__(self, box: Box, rect: QRectF) -> None:
        x0, y0, x1, y1 = box
        margin = MARGIN * min(rect.width(), rect.height())
        w, h = max(x1 - x0, 1.0), max(y1 - y0, 1.0)
        self.scale = min((rect.width() - 2 * margin) / w, (rect.height() - 2 * margin) / h)
        self.left = rect.x() + (rect.width() - w * self.scale) / 2 - x0 * self.scale
        self.bottom = rect.y() + (rect.height() + h * self.scale) / 2 + y0 * self.scale

    def point(self, x: float, y: float) -> QPointF:
        return QPointF(self.left + x * self.scale, self.bottom - y * self.scale)


def paint_scene(p: QPainter, rect: QRectF, scene: Scene, box: Box, colors: Colors = LIGHT) -> None:
    """Draw `scene` inside `rect`, scaled so that `box` (the drill's whole path) fits."""
    m = Mapping(box, rect)
    palette = role_colors(colors)
    p.save()
    p.setClipRect(rect)  # a mat may run off the picture, never into its neighbour
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if scene.floor_y is not None:
        y = m.point(0, scene.floor_y).y()
        p.setPen(QPen(palette["floor"], max(2.0, 1.2 * m.scale)))
        p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
    for st in scene.strokes:
        colour = palette[st.role]
        points = [m.point(x, y) for x, y in st.points]
        if st.radius:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawEllipse(points[0], st.radius * m.scale, st.radius * m.scale)
        elif st.filled:
            pen = QPen(colour, max(1.0, st.width * m.scale))
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            p.setPen(pen)
            p.setBrush(colour)
            p.drawPolygon(QPolygonF(points))
        else:
            pen = QPen(
                colour,
                max(1.0, st.width * m.scale),
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPolyline(QPolygonF(points))
    p.restore()


def ensure_gui() -> QGuiApplication:
    """The running Qt application, or a new one, offscreen when there is no display (for the
    command line and tools). A QApplication, so that the report's plots (widgets) can be drawn
    in the same process after a figure or a handout."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    from PySide6.QtWidgets import QApplication

    linux = sys.platform.startswith("linux")
    if linux and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _APP.append(QApplication([]))
    return _APP[-1]


def render_image(
    exercise_id: str,
    at: float = 1.0,
    side: str | None = None,
    size: tuple[int, int] = (480, 320),
    *,
    colors: Colors = LIGHT,
    book: FigureBook | None = None,
    breath: float = 0.0,
    background: bool = True,
) -> QImage:
    """The figure `at` (0 start, 1 end) of a rep, on `side`, as an image (`size` in pixels)."""
    ensure_gui()
    book = shipped_figures() if book is None else book
    image = QImage(QSize(*size), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(colors.window) if background else QColor(0, 0, 0, 0))
    scene = scene_at(book, exercise_id, at, side, breath=breath)
    box = frame(book, exercise_id, side is not None)
    p = QPainter(image)
    paint_scene(p, QRectF(0, 0, size[0], size[1]), scene, box, colors)
    p.end()
    return image


def write_png(
    exercise_id: str,
    path: Path,
    at: float = 1.0,
    side: str | None = None,
    size: tuple[int, int] = (480, 320),
) -> Path:
    """Save one pose as a PNG; raises OSError when it cannot be written."""
    save_png(render_image(exercise_id, at, side, size), path)
    return path


def save_png(image: QImage, path: Path) -> None:
    """Write `image` as a PNG whatever the file is called; OSError says why it could not."""
    writer = QImageWriter(str(path), QByteArray(b"png"))
    if not writer.write(image):
        raise OSError(f"cannot write {path}: {writer.errorString()}")
