"""The big rep count: '7 of 10', the side, and the phase of the rep with its tempo bar."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.i18n import _
from .. import accessible
from ..theme import LIGHT, Colors

DIGITS_OF_HEIGHT = 0.46
DIGITS_OF_WIDTH = 0.32
"""The count's digits are drawn min(0.46 x height, 0.32 x width) pixels tall (font size), in
the top 55% of the widget; under them "of 6 · left leg", the phase and the tempo bar, which
ends at 93% of the height: no band of the widget is left empty."""


class RepCounter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colors: Colors = LIGHT
        self.rep = 0
        self.reps = 0
        self.side = ""
        self.phase = ""
        self.fraction = 0.0
        self.waiting = False
        self.steady = False
        """Reduced motion: no tempo bar sliding under the count (the phase word stays)."""
        self._drawn_fill: float | None = None
        """The tempo bar's filled width in pixels when a repaint was last asked for."""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 200)
        accessible.install()  # read as a progress bar: "Rep 7 of 10", value 7

    def sizeHint(self) -> QSize:
        return QSize(420, 300)  # no taller than it must be: the stage grows into any room

    @property
    def text(self) -> str:
        count = _("{n} of {total}").format(n=self.rep, total=self.reps)
        return f"{count}, {self.side}" if self.side else count

    def set_rep(
        self,
        rep: int,
        reps: int,
        side: str | None,
        phase: str,
        fraction: float,
        waiting: bool = False,
    ) -> None:
        before = (self.rep, self.reps, self.side, self.phase, self.waiting)
        self.rep, self.reps, self.side = rep, reps, side or ""
        self.phase, self.fraction, self.waiting = phase, max(0.0, min(fraction, 1.0)), waiting
        changed = before != (self.rep, self.reps, self.side, self.phase, self.waiting)
        if changed:
            accessible.changed(self, value=before[:2] != (rep, reps))
        self._repaint(changed)

    def _repaint(self, changed: bool) -> None:
        """Repaint all when the words or the count change; else only the tempo bar, once its
        filled part has grown by a pixel (it is not drawn while waiting or steady)."""
        bar = self._bar()
        filled, drawn = bar.width() * self.fraction, self._drawn_fill
        if changed or drawn is None:
            self._drawn_fill = filled
            self.update()
        elif abs(filled - drawn) >= 1.0 and not (self.waiting or self.steady):
            self._drawn_fill = filled
            self.update(bar.toAlignedRect().adjusted(-1, -1, 1, 1))

    def _bar(self) -> QRectF:
        w, h = self.width(), self.height()
        return QRectF(w * 0.2, h * 0.9, w * 0.6, max(8.0, h * 0.03))

    def accessible_words(self) -> str:
        """What a screen reader reads: 'Rep 7 of 10, left leg: Move'."""
        words = _("Rep {n} of {total}").format(n=self.rep, total=self.reps)
        if self.side:
            words = f"{words}, {self.side}"
        doing = _("Your pace: press Enter after each rep") if self.waiting else self.phase
        return f"{words}: {doing}" if doing else words

    def accessible_range(self) -> tuple[float, float, float]:
        return float(self.rep), 0.0, float(self.reps)

    def paintEvent(self, event: object) -> None:
        c = self.colors
        w, h = self.width(), self.height()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        big = QFont(self.font())
        big.setBold(True)
        big.setPixelSize(int(min(h * DIGITS_OF_HEIGHT, w * DIGITS_OF_WIDTH)))
        p.setFont(big)
        p.setPen(QColor(c.text))
        p.drawText(
            QRectF(0, 0, w, h * 0.55),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
            str(self.rep),
        )
        small = QFont(self.font())
        small.setPixelSize(int(min(h * 0.1, w * 0.07)))
        p.setFont(small)
        p.setPen(QColor(c.muted))
        side = f"  ·  {self.side}" if self.side else ""
        p.drawText(
            QRectF(0, h * 0.55, w, h * 0.14),
            Qt.AlignmentFlag.AlignCenter,
            _("of {total}").format(total=self.reps) + side,
        )
        phase = QFont(self.font())
        phase.setBold(True)
        phase.setPixelSize(int(min(h * 0.11, w * 0.08)))
        p.setFont(phase)
        p.setPen(QColor(c.accent))
        words = _("Your pace: press Enter after each rep") if self.waiting else self.phase
        p.drawText(QRectF(0, h * 0.7, w, h * 0.16), Qt.AlignmentFlag.AlignCenter, words)
        if not self.waiting and not self.steady:
            bar = self._bar()
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(c.track))
            p.drawRoundedRect(bar, bar.height() / 2, bar.height() / 2)
            p.setBrush(QColor(c.accent))
            filled = QRectF(bar.x(), bar.y(), bar.width() * self.fraction, bar.height())
            p.drawRoundedRect(filled, bar.height() / 2, bar.height() / 2)
        p.end()
