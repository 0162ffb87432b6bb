"""A dialog that always fits the screen: its content scrolls, its buttons stay in view.

Patients' laptops are often 1366x768 or 1280x720, and larger text makes every page taller.
Content goes in a scroll area (no frame, so it looks like a plain page when it fits) and the
action buttons sit below it, outside the scrolling part; the dialog is never taller or wider
than the screen's available area (DESIGN.md §7).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

FRAME_ALLOWANCE = (16, 48)
"""Room for a window manager's frame and title bar, in pixels (width, height)."""
WANTED_WIDTH = 900
SCROLLBAR_ALLOWANCE = 24


class FittingDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, width: int = WANTED_WIDTH) -> None:
        super().__init__(parent)
        self.setModal(True)
        self._wanted_width = width
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 14)
        outer.setSpacing(10)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget()
        self.content.setObjectName("dialogContent")
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(0, 0, 6, 0)
        self.body.setSpacing(10)
        self.scroll_area.setWidget(self.content)
        outer.addWidget(self.scroll_area, 1)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(10)
        outer.addLayout(self.buttons)

    def available(self) -> QSize:
        """The room the dialog may use: the screen's available area less a window frame."""
        parent = self.parentWidget()
        screen = (parent.screen() if parent is not None else None) or self.screen()
        area = (screen or QGuiApplication.primaryScreen()).availableGeometry().size()
        return QSize(area.width() - FRAME_ALLOWANCE[0], area.height() - FRAME_ALLOWANCE[1])

    def fit(self) -> None:
        """Size to the content, up to the available area (then the content scrolls)."""
        room = self.available()
        outer = self.layout()
        assert outer is not None
        margins = outer.contentsMargins()
        sides = margins.left() + margins.right() + SCROLLBAR_ALLOWANCE
        # Wider than wanted only when the content needs it (larger text), never past the screen.
        needed = max(self.content.minimumSizeHint().width(), self.buttons.minimumSize().width())
        width = min(max(self._wanted_width, needed + sides), room.width())
        inner = width - margins.left() - margins.right() - 8
        content_h = self.body.totalHeightForWidth(inner) if self.body.hasHeightForWidth() else 0
        content_h = max(content_h, self.content.sizeHint().height())
        buttons_h = self.buttons.sizeHint().height()
        height = content_h + buttons_h + margins.top() + margins.bottom() + 14
        self.setMaximumSize(room)
        self.resize(width, min(height, room.height()))
        # The estimate above can fall a few pixels short (fonts, wrapping): grow by whatever is
        # still left to scroll, while the screen has room.
        for _ in range(3):
            outer.activate()
            self.body.activate()
            left = self.scroll_area.verticalScrollBar().maximum()
            if left <= 0 or self.height() >= room.height():
                break
            self.resize(width, min(self.height() + left, room.height()))

    def showEvent(self, event: object) -> None:
        self.fit()
        # The scrolling part is a Tab stop (arrows scroll long words): named as the dialog is.
        if not self.scroll_area.accessibleName():
            self.scroll_area.setAccessibleName(self.windowTitle())
        super().showEvent(event)  # type: ignore[arg-type]
