"""A row that wraps onto more lines rather than squeezing what is in it (Qt's flow layout).

With large text the player's controls no longer fit one line of a laptop screen: squeezed, the
Stop button read "this". Here every item keeps its full width; those that do not fit go on the
next line, and an `end` item (the red Stop button) sits at the right of the last line, or alone
on a line of its own. Hidden items take no room. History's plot keys wrap the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowRow(QLayout):
    def __init__(
        self, parent: QWidget | None = None, spacing: int = 8, line_spacing: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setContentsMargins(0, 0, 0, 0)
        self._items: list[QLayoutItem] = []
        self._end: QLayoutItem | None = None
        self._gap = spacing
        self._line_gap = spacing if line_spacing is None else line_spacing

    def add_end(self, widget: QWidget) -> None:
        """The button that closes the row, at its right."""
        self.addWidget(widget)
        self._end = self._items[-1]

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        if item is self._end:
            self._end = None
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        shown = [i.sizeHint() for i in self._items if not i.isEmpty()]
        width = sum(s.width() for s in shown) + self._gap * max(0, len(shown) - 1)
        return QSize(width, max((s.height() for s in shown), default=0))

    def minimumSize(self) -> QSize:
        """As wide as the widest item: narrower, one would have to be cut."""
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.sizeHint())
        return size

    def lines(self, width: int) -> int:
        """How many lines the items take at `width`."""
        return len(self._lines(width))

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._items:
            if item.isEmpty():
                continue
            wide = item.sizeHint().width()
            if lines[-1] and used + self._gap + wide > width:
                lines.append([])
                used = 0
            used += (self._gap if lines[-1] else 0) + wide
            lines[-1].append(item)
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        y = rect.y()
        lines = self._lines(rect.width())
        for n, line in enumerate(lines):
            height = max(i.sizeHint().height() for i in line)
            x = rect.x()
            for item in line:
                hint = item.sizeHint()
                if item is self._end and n == len(lines) - 1:
                    x = rect.x() + rect.width() - hint.width()  # Stop: at the right
                if move:
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), hint))
                x += hint.width() + self._gap
            y += height + (self._line_gap if n + 1 < len(lines) else 0)
        return y - rect.y()
