"""Answers a person in pain can give from the floor: big targets, plain words, keyboard too.

- `OneOf`: pick one (radio buttons drawn as large tiles): a 0-10 pain scale, how far down the leg.
- `AnyOf`: tick any (real check boxes whose words wrap): what it feels like, the warning signs.

Each is a titled group (`QGroupBox`): a screen reader says the question, then each choice by its
own visible words, with its role (radio button or check box) and whether it is chosen. Arrow keys
move between choices, Space chooses, Tab moves to the next question; on a pain scale the digit
keys pick a score directly (0-9; 1 then 0 for 10).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

TILE_MIN_HEIGHT = 44
BOX_MIN_HEIGHT = 34


class Tile(QRadioButton):
    """One choice of a pick-one question, drawn as a large tile (styled in `theme`)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("tile")
        self.setMinimumHeight(TILE_MIN_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


class WrapCheckBox(QCheckBox):
    """A check box whose words wrap onto more lines instead of being cut off.

    It stays a real QCheckBox (role "check box", its name is its text, Space ticks it); only the
    drawing and the size are ours, so long warning signs fit a narrow dialog."""

    GAP = 10
    OWN_FOCUS_RING = True  # drawn below, inside its edge: the boxes stand close together

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _indicator(self) -> QRect:
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        return self.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, opt, self)

    def _text_rect(self, width: int) -> QRect:
        left = self._indicator().right() + 1 + self.GAP
        return QRect(left, 2, max(1, width - left - 4), 10_000)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        flags = int(Qt.TextFlag.TextWordWrap)
        text = self.fontMetrics().boundingRect(self._text_rect(width), flags, self.text())
        return max(text.height() + 8, self._indicator().height() + 8, BOX_MIN_HEIGHT)

    def sizeHint(self) -> QSize:
        width = max(320, min(self.fontMetrics().horizontalAdvance(self.text()) + 60, 900))
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """Narrow, one line high: the layout asks heightForWidth() for the real height (a
        minimum taken at 200 px wide would wrap into many lines and waste the screen)."""
        line = self.fontMetrics().height() + 8
        return QSize(200, max(line, self._indicator().height() + 8, BOX_MIN_HEIGHT))

    def hitButton(self, pos: QPoint) -> bool:
        """The words are part of the target, not only the little box."""
        return bool(self.rect().contains(pos))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        indicator = self._indicator()
        top = (min(self.height(), 2 * indicator.height()) - indicator.height()) // 2
        indicator.moveTop(max(2, top))
        opt.rect = indicator
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, opt, painter, self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignVCenter)
        rect = self._text_rect(self.width())
        rect.setHeight(self.height() - 4)
        painter.drawText(rect, flags, self.text())
        if self.hasFocus():
            pen = painter.pen()
            pen.setColor(self.palette().color(self.palette().ColorRole.Highlight))
            pen.setWidth(3)
            painter.setPen(pen)
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -2, -2), 6, 6)
        painter.end()


class _Choices(QGroupBox):
    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setFlat(True)
        self.buttons: dict[str, QAbstractButton] = {}

    def _add(self, value: str, button: QAbstractButton) -> None:
        self.buttons[value] = button
        button.toggled.connect(lambda _on: self.changed.emit())

    def values(self) -> list[str]:
        return [v for v, b in self.buttons.items() if b.isChecked()]

    def value(self) -> str | None:
        chosen = self.values()
        return chosen[0] if chosen else None

    def choose(self, value: str) -> None:
        self.buttons[value].click()


class OneOf(_Choices):
    """Pick one, as a row (or `columns` wide grid) of tiles; nothing is chosen at first."""

    def __init__(
        self,
        title: str,
        options: list[tuple[str, str]],
        *,
        columns: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        # One choice: a radio group is one Tab stop, arrows move within it (the usual way).
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        lay: QHBoxLayout | QGridLayout = QGridLayout(self) if columns else QHBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.setSpacing(6)
        for i, (value, text) in enumerate(options):
            tile = Tile(text, self)
            self.group.addButton(tile)
            self._add(value, tile)
            if isinstance(lay, QGridLayout):
                lay.addWidget(tile, i // columns, i % columns)
            else:
                lay.addWidget(tile)


class PainScale(OneOf):
    """0 (none) to 10 (worst imaginable). Digits pick a score: 0-9, or 1 then 0 for 10."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, [(str(n), str(n)) for n in range(11)], parent=parent)
        self._typed = ""

    def pain(self) -> int | None:
        v = self.value()
        return None if v is None else int(v)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit():
            typed = self._typed + text if self._typed == "1" and text == "0" else text
            self._typed = typed
            self.choose(typed)
            self.buttons[typed].setFocus()
            event.accept()
            return
        super().keyPressEvent(event)


class AnyOf(_Choices):
    """Tick any number of check boxes (their words wrap)."""

    def __init__(
        self,
        title: str,
        options: list[tuple[str, str]],
        *,
        columns: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        # No QButtonGroup: Qt would leave only one of its buttons on the Tab chain, so the
        # other boxes could not be reached from the keyboard. Each box is its own Tab stop.
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.setHorizontalSpacing(12)
        lay.setVerticalSpacing(2)
        for i, (value, text) in enumerate(options):
            box = WrapCheckBox(text, self)
            self._add(value, box)
            lay.addWidget(box, i // columns, i % columns)

    def clear(self) -> None:
        for b in self.buttons.values():
            b.setChecked(False)
