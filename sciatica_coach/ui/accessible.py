"""What a screen reader reads from the widgets that draw themselves, and what it is told unasked.

Qt gives a widget that paints itself the role "client", no name but the one set, and no value: a
screen reader found the rep count, the hold ring and the breathing pacer silent. A widget that
has `accessible_words()` and `accessible_range()` (see `LiveValue`) is given here the role of a
progress bar whose name is its words ("Rep 3 of 10, left leg: move") and whose value is its number
(3, from 0 to 10), as AT-SPI hands them to Orca. `changed()` tells the screen reader when the
number or the words change (a rep, a second of a hold: never a frame); `announce()` says a
sentence unasked (a new drill, pause), which Qt 6.8 and later carry as an announcement event.
"""

from __future__ import annotations

import atexit
import re
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleValueChangeEvent,
    QAccessibleValueInterface,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QObject


class LiveValue(Protocol):
    """A self-drawn widget with a number a screen reader should read."""

    def accessible_words(self) -> str: ...

    def accessible_range(self) -> tuple[float, float, float]:
        """(current, minimum, maximum)."""
        ...


class _Value(QAccessibleValueInterface):
    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self._widget = widget

    def _range(self) -> tuple[float, float, float]:
        return self._widget.accessible_range()  # type: ignore[attr-defined, no-any-return]

    def currentValue(self) -> float:
        return self._range()[0]

    def minimumValue(self) -> float:
        return self._range()[1]

    def maximumValue(self) -> float:
        return self._range()[2]

    def minimumStepSize(self) -> float:
        return 1.0

    def setCurrentValue(self, value: object) -> None:
        """Read only: the session sets it."""


class _LiveFace(QAccessibleWidget):
    """A progress bar to the screen reader: the widget's words as its name, its number as
    its value."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.ProgressBar, "")
        self._value = _Value(widget)

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name:
            return self.widget().accessible_words()  # type: ignore[attr-defined, no-any-return]
        if t == QAccessible.Text.Value:
            current = self._value.currentValue()
            return f"{current:g}"
        return super().text(t)

    def interface_cast(self, t: QAccessible.InterfaceType) -> int:
        # WORKAROUND for PySide6 mapping C++ `void *interface_cast()` to a Python int: Qt
        # takes the address back only from a shiboken6.VoidPtr (a plain int is read as the
        # Python object itself, and crashes).
        if t == QAccessible.InterfaceType.ValueInterface:
            address = shiboken6.getCppPointer(self._value)[0]
        else:  # the widget's own (its actions), or none: handed back the same way
            address = super().interface_cast(t)
        return shiboken6.VoidPtr(address)  # type: ignore[return-value]


_SYMBOLS = re.compile("[\u2190-\u21ff\u23ce\u25a0-\u25ff]")
"""Arrows, the return symbol and the triangles: drawn on buttons, not words to say."""


def words_only(text: str) -> str:
    """A label's words without its symbols: '◀ Back' is named 'Back', 'Rep done ⏎' 'Rep done'
    (a screen reader would read 'black left-pointing triangle'; a speech user says 'Back')."""
    return " ".join(_SYMBOLS.sub(" ", text).split())


def _is_live(obj: QObject) -> bool:
    return isinstance(obj, QWidget) and callable(getattr(obj, "accessible_words", None))


_faces: dict[int, _LiveFace] = {}
"""The interfaces made here and still held by Qt's cache, by the id of their widget."""


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if not _is_live(obj):
        return None
    assert isinstance(obj, QWidget)
    face = _LiveFace(obj)
    key = id(obj)
    _faces[key] = face
    obj.destroyed.connect(lambda *_: _faces.pop(key, None))  # Qt's cache deletes it then
    return face


def _forget_faces() -> None:
    """Hand Qt's cache back the interfaces made in Python while Python still runs: the cache
    outlives the interpreter and would otherwise call into it on its way out (a crash)."""
    for face in list(_faces.values()):
        if shiboken6.isValid(face):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(face))
    _faces.clear()


_installed: list[bool] = []


def install() -> None:
    """Give every LiveValue widget its interface (once per process; cheap to call again)."""
    if not _installed:
        QAccessible.installFactory(_factory)
        atexit.register(_forget_faces)
        _installed.append(True)


def changed(widget: QWidget, *, words: bool = True, value: bool = True) -> None:
    """Tell a listening screen reader that the widget's words or number changed. Nothing is
    sent (and nothing costs) while no assistive technology is listening."""
    if not QAccessible.isActive():
        return
    if words:
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
    if value and _is_live(widget):
        current = widget.accessible_range()[0]  # type: ignore[attr-defined]
        QAccessible.updateAccessibility(QAccessibleValueChangeEvent(widget, current))


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Say `text` through the screen reader, after what it is saying (or at once, `urgent`)."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)
