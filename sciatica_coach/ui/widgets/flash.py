"""The screen flash that goes with each sound, for people who cannot hear it.

Drawn over the stage (the figure and the count, ring or pacer) rather than behind it: the ring
paints its own opaque background, and a flash set as the stage's background was hidden under it
during get-ready, holds and rests. A thick frame and a light wash in the accent colour, for a
moment, over whatever is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ..theme import LIGHT, Colors

FRAME_PX = 14
WASH_ALPHA = 70


class Flash(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.colors: Colors = LIGHT
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def flash(self, ms: int) -> None:
        """Show over the parent, whole, for `ms` milliseconds."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self._timer.start(ms)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        accent = QColor(self.colors.accent)
        wash = QColor(accent)
        wash.setAlpha(WASH_ALPHA)
        p.fillRect(self.rect(), wash)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(accent, FRAME_PX))
        inset = FRAME_PX / 2
        p.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 16, 16)
        p.end()
