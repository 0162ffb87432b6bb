"""The drill's figure, large, moving in step with the session's own clock.

It only draws what it is told: `show_drill` when a drill starts, `show_moment` on every frame
(`core.figure_motion.moment` says where along the rep the session is). It asks for a repaint,
of its own rectangle only, when the picture would change by about a pixel: a hold, a pause or a
rest costs nothing, and a move repaints at most once per frame of the session driver. With
`still` set (reduced motion) it shows the drill's end position and never moves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.figure_scene import frame, scene_at
from ...core.figures import fallback_figure, shipped_figures
from ...core.i18n import _
from ..figure_render import paint_scene
from ..theme import LIGHT, Colors

if TYPE_CHECKING:
    from collections.abc import Callable

    from ...core.figure_motion import Moment
    from ...core.figure_scene import Box, Scene
    from ...core.figures import FigureBook

STEPS = 400
"""How finely a rep's path is drawn: a 400 px figure moves about a pixel a step."""
BREATH_STEPS = 50
"""The chest rises about 4 cm: 50 steps are well under a pixel each."""


class DrillFigure(QWidget):
    def __init__(
        self,
        parent: QWidget | None = None,
        book: Callable[[], FigureBook] = shipped_figures,
    ) -> None:
        super().__init__(parent)
        self.colors: Colors = LIGHT
        self.still = False
        """Reduced motion: show the end position, do not move."""
        self._book = book
        self.exercise: str | None = None
        self.state: tuple[str, int, str | None, int] | None = None
        """(exercise, step along the path, side, breath step) of the picture shown."""
        self.repaints_asked = 0
        self._stand_in: str | None = None
        self._scene: Scene | None = None
        self._box: Box | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(180, 150)
        self.setAccessibleName(_("Exercise figure"))

    def sizeHint(self) -> QSize:
        return QSize(300, 300)

    def show_drill(self, exercise_id: str, position: str, name: str, sides: bool) -> None:
        """A new drill: fix the drawing box for its whole path (both sides if it has sides).
        An exercise without a figure of its own (a physio's new drill) shows a figure in its
        position, standing still."""
        book = self._book()
        self.exercise = exercise_id if exercise_id in book.figures else None
        self._stand_in = None if self.exercise else fallback_figure(position, book)
        shown = self.exercise or self._stand_in
        self._box = None if shown is None else frame(book, shown, sides)
        self.state = None
        self.setAccessibleDescription(_("A figure showing {name}").format(name=name))
        self.show_moment(None)

    def show_moment(self, moment: Moment | None) -> None:
        """Where the session is now; ask for a repaint only if the picture changes."""
        shown = self.exercise or self._stand_in
        if shown is None:
            self._scene = None
            return
        at, side, breath = 1.0, None, 0.0
        if moment is not None:
            at, breath = moment.at, moment.breath
            side = None if moment.side is None else moment.side.value
        if self.still:
            at, breath = 1.0, 0.0
        if self.exercise is None:  # a stand-in shows the position only
            at, breath = 0.0, 0.0
        state = (shown, round(at * STEPS), side, round(breath * BREATH_STEPS))
        if state == self.state:
            return
        self.state = state
        self._scene = scene_at(
            self._book(), shown, state[1] / STEPS, side, breath=state[3] / BREATH_STEPS
        )
        self.repaints_asked += 1
        self.update()

    @property
    def scene(self) -> Scene | None:
        return self._scene

    def paintEvent(self, event: object) -> None:
        if self._scene is None or self._box is None:
            return
        p = QPainter(self)
        paint_scene(p, QRectF(self.rect()), self._scene, self._box, self.colors)
        p.end()
