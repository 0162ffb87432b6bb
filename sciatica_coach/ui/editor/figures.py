"""A drill's figure as a small picture for lists and forms: drawn when first shown, then kept."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPixmap

from ...core.figures import fallback_figure, shipped_figures
from ..figure_render import render_image

if TYPE_CHECKING:
    from ...core.models import Exercise
    from ..theme import Colors

THUMB = (120, 80)
"""A list's picture, in logical pixels."""
LARGE = (210, 140)


def moments(ex: Exercise) -> tuple[float, ...]:
    """Where a rep starts and ends (a breathing exercise has one picture)."""
    return (0.0,) if ex.kind.value == "breathing" else (0.0, 1.0)


def figure_pixmap(
    ex: Exercise,
    at: float,
    size: tuple[int, int],
    colors: Colors,
    ratio: float = 1.0,
    *,
    card: bool = False,
) -> QPixmap:
    """The drill at `at` of a rep (a stand-in in its position when it has no figure); on a
    `card` of the window's colour, so it shows on a highlighted row too."""
    book = shipped_figures()
    shown = ex.id if ex.id in book.figures else fallback_figure(ex.position.value, book)
    return _pixmap(shown, at if shown == ex.id else 0.0, size, colors, ratio, card)


@lru_cache(maxsize=600)
def _pixmap(
    shown: str | None, at: float, size: tuple[int, int], colors: Colors, ratio: float, card: bool
) -> QPixmap:
    w, h = round(size[0] * ratio), round(size[1] * ratio)
    if shown is None:
        empty = QPixmap(w, h)
        empty.fill(QColor(colors.window) if card else QColor(0, 0, 0, 0))
        return empty
    image = render_image(shown, at, size=(w, h), colors=colors, background=card)
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
