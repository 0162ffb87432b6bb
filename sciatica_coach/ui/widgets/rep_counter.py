"""The big rep count: '7 of 10', the side, and the phase of the rep with its tempo bar."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..theme import LIGHT, Colors


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
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 200)
        self.setAccessibleName("Rep counter")

    def sizeHint(self) -> QSize:
        return QSize(420, 360)

    @property
    def text(self) -> str:
        side = f", {self.side}" if self.side else ""
        return f"{self.rep} of {self.reps}{side}"

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
        if before != (self.rep, self.reps, self.side, self.phase, self.waiting):
            self.setAccessibleDescription(f"Rep {self.text}. {self.phase}")
        self.update()

    def paintEvent(self, event: object) -> None:
        c = self.colors
        w, h = self.width(), self.height()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        big = QFont(self.font())
        big.setBold(True)
        big.setPixelSize(int(min(h * 0.42, w * 0.32)))
        p.setFont(big)
        p.setPen(QColor(c.text))
        p.drawText(
            QRectF(0, 0, w, h * 0.5),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
            str(self.rep),
        )
        small = QFont(self.font())
        small.setPixelSize(int(min(h * 0.1, w * 0.07)))
        p.setFont(small)
        p.setPen(QColor(c.muted))
        side = f"  ·  {self.side}" if self.side else ""
        p.drawText(
            QRectF(0, h * 0.5, w, h * 0.13), Qt.AlignmentFlag.AlignCenter, f"of {self.reps}{side}"
        )
        phase = QFont(self.font())
        phase.setBold(True)
        phase.setPixelSize(int(min(h * 0.11, w * 0.08)))
        p.setFont(phase)
        p.setPen(QColor(c.accent))
        words = "Your pace: press Enter after each rep" if self.waiting else self.phase
        p.drawText(QRectF(0, h * 0.64, w, h * 0.15), Qt.AlignmentFlag.AlignCenter, words)
        if not self.waiting:
            bar = QRectF(w * 0.2, h * 0.84, w * 0.6, max(8.0, h * 0.03))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(c.track))
            p.drawRoundedRect(bar, bar.height() / 2, bar.height() / 2)
            p.setBrush(QColor(c.accent))
            filled = QRectF(bar.x(), bar.y(), bar.width() * self.fraction, bar.height())
            p.drawRoundedRect(filled, bar.height() / 2, bar.height() / 2)
        p.end()
