"""Big toggle buttons for answers: a 0-10 pain scale, one-of choices and many-of choices.

Large targets and plain words, for someone answering from the floor with one hand.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)


class ChoiceRow(QWidget):
    """Buttons of which one (or, with `multiple`, several) may be chosen."""

    changed = Signal()

    def __init__(
        self,
        options: list[tuple[str, str]],
        *,
        multiple: bool = False,
        columns: int = 0,
        name: str = "",
        wrap: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not multiple)
        self.buttons: dict[str, QPushButton] = {}
        lay: QHBoxLayout | QGridLayout = QGridLayout(self) if columns else QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        for i, (value, text) in enumerate(options):
            b = QPushButton("" if wrap else text)
            if wrap:  # long answers wrap inside the button instead of being cut off
                label = QLabel(text, b)
                label.setWordWrap(True)
                label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
                inner = QHBoxLayout(b)
                inner.setContentsMargins(14, 8, 14, 8)
                inner.addWidget(label)
                b.setMinimumHeight(label.sizeHint().height() + 18)
                b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
            b.setCheckable(True)
            b.setMinimumHeight(max(48, b.minimumHeight()))
            b.setAccessibleName(f"{name}: {text}" if name else text)
            self.group.addButton(b)
            self.buttons[value] = b
            if isinstance(lay, QGridLayout):
                lay.addWidget(b, i // columns, i % columns)
            else:
                lay.addWidget(b)
            b.toggled.connect(lambda _on: self.changed.emit())

    def value(self) -> str | None:
        chosen = self.values()
        return chosen[0] if chosen else None

    def values(self) -> list[str]:
        return [v for v, b in self.buttons.items() if b.isChecked()]

    def choose(self, value: str) -> None:
        self.buttons[value].click()


class PainScale(ChoiceRow):
    """0 (no pain) to 10 (worst imaginable)."""

    def __init__(self, name: str = "Pain", parent: QWidget | None = None) -> None:
        super().__init__([(str(n), str(n)) for n in range(11)], name=name, parent=parent)
        for b in self.buttons.values():
            b.setMinimumWidth(48)

    def pain(self) -> int | None:
        v = self.value()
        return None if v is None else int(v)
