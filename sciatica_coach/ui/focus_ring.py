"""A ring around the control that has the keyboard focus, drawn just outside it.

A style sheet can only change a control's own border, and on a filled button (the main button,
a chosen tile, a pressed toggle, the red Stop button) no border colour contrasts with both the
fill and the page in light and dark alike: focus there measured 1.2:1 to 2:1. This ring sits
outside the control, on the page, in the text colour, so it shows at the page's full text
contrast around any control: buttons, tiles, check boxes, lists, scroll areas, plots.

Where there is no room around the control (a scroll area filling the page) it is drawn just
inside its edge instead. It follows the keyboard: it shows when focus arrives by Tab, a
shortcut or the program, not when a click put it there (the click shows where the person is
already). Controls that draw their own focus ring (`OWN_FOCUS_RING = True`) are left to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen, QRegion
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMenu, QMenuBar, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

WIDTH = 3
GAP = 2
RADIUS = 12
_FOLLOW = {
    QEvent.Type.Move,
    QEvent.Type.Resize,
    QEvent.Type.Show,
    QEvent.Type.Hide,
    QEvent.Type.ParentChange,
}


class FocusRing(QWidget):
    """The ring of one window; `FocusRings` places it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._ring = QRect()
        self.hide()

    def place(self, ring: QRect, clip: QRect) -> None:
        """Draw `ring` (window coordinates), only where it lies inside `clip`."""
        shown = ring & clip
        if shown.isEmpty():
            self.hide()
            return
        self._ring = ring.translated(-shown.topLeft())
        self.setGeometry(shown)
        inner = self._ring.adjusted(WIDTH, WIDTH, -WIDTH, -WIDTH)
        self.setMask(QRegion(self._ring).subtracted(QRegion(inner)))
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.palette().color(QPalette.ColorRole.WindowText)
        p.setPen(QPen(colour, WIDTH))
        half = WIDTH / 2
        p.drawRoundedRect(QRectF(self._ring).adjusted(half, half, -half, -half), RADIUS, RADIUS)
        p.end()


class FocusRings(QObject):
    """Moves a ring to each newly focused control, in its window, and keeps it there."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._target: QWidget | None = None
        self._watched: list[QWidget] = []
        app.focusChanged.connect(self._focus_changed)

    @property
    def target(self) -> QWidget | None:
        """The control the ring is around, if one shows."""
        return self._target

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._release()
        clicked = QApplication.mouseButtons() != Qt.MouseButton.NoButton
        if new is None or clicked or not _wants_ring(new):
            return
        self._target = new
        widget: QWidget | None = new
        while widget is not None:
            widget.installEventFilter(self)
            self._watched.append(widget)
            if widget.isWindow():
                break
            widget = widget.parentWidget()
        self._place()

    def _release(self) -> None:
        for widget in self._watched:
            if shiboken6.isValid(widget):  # a page may have gone with its controls
                widget.removeEventFilter(self)
        self._watched = []
        target, self._target = self._target, None
        if target is not None and shiboken6.isValid(target):
            ring = _ring_of(target.window(), make=False)
            if ring is not None:
                ring.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _FOLLOW and self._target is not None:
            if event.type() == QEvent.Type.Hide and watched is self._target:
                self._release()
            else:
                self._place()
        return False

    def _place(self) -> None:
        target = self._target
        if target is None or not shiboken6.isValid(target):
            return
        window = target.window()
        ring = _ring_of(window, make=True)
        assert ring is not None
        if not target.isVisible():
            ring.hide()
            return
        at = target.mapTo(window, QPoint(0, 0))
        outset = GAP + WIDTH
        rect = QRect(at, target.size()).adjusted(-outset, -outset, outset, outset)
        clip = _clip(target, window)
        if not clip.contains(rect):  # no room around it (a page's edge): just inside its edge
            rect = QRect(at, target.size())
        ring.place(rect, clip)


def _wants_ring(widget: QWidget) -> bool:
    """A control Tab can reach: not a page holding the focus for its keys, not a menu."""
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.isWindow():
        return False
    if getattr(type(widget), "OWN_FOCUS_RING", False) or isinstance(widget, QMenuBar | QMenu):
        return False
    return widget.window().windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


def _ring_of(window: QWidget, *, make: bool) -> FocusRing | None:
    for child in window.children():
        if isinstance(child, FocusRing):
            return child
    return FocusRing(window) if make else None


def _clip(target: QWidget, window: QWidget) -> QRect:
    """The window, less what scroll areas around `target` hide (the ring is not drawn over the
    buttons below a scrolled list)."""
    clip = window.rect()
    widget = target.parentWidget()
    while widget is not None and widget is not window:
        owner = widget.parentWidget()
        if isinstance(owner, QAbstractScrollArea) and widget is owner.viewport():
            clip &= QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        widget = owner
    return clip


_installed: list[FocusRings] = []


def install(app: QApplication) -> FocusRings:
    """The rings for every window of `app` (once; later calls return the same). A control that
    has the focus already (Tab pressed before they came) gets its ring now."""
    if not _installed or _installed[0].parent() is not app:
        rings = FocusRings(app)
        _installed[:] = [rings]
        rings._focus_changed(None, QApplication.focusWidget())
    return _installed[0]
