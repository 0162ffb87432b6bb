"""What a screen reader and a keyboard user meet, read in the test process.

- `tree(root)`: the live accessibility tree (QAccessible: what Qt hands AT-SPI, so what Orca
  reads): each shown node's role, name, description, value and state.
- `unnamed(root)`: what a person can reach or operate with no name to hear: controls by role,
  and anything the Tab key stops on. A combo box counts as named by its label (Qt on Linux
  names a combo by its value and gives its label through the "labelled by" relation).
- `hidden_words(root)`: shown labels and buttons whose words are not in their accessible name
  (WCAG 2.5.3: a speech user says what they see; Orca reads a label only by its name). Words
  are compared, not symbols: "◀ Back" named "Back" is fine, "1 year" named "Show the last
  year" is not.
- `focus_ring(widget)`: the focus indication in the pixels: how much of the area around the
  widget changes by 3:1 or more between its unfocused and focused look (WCAG 2.4.13's measure:
  the same pixels focused and not), as a ring's width in pixels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QWidget,
)

from tests.helpers.seen import DIFFERS, _grab, _luminance, _ratio, _text, visible_text_widgets

R = QAccessible.Role
INTERACTIVE = {
    R.Button,
    R.CheckBox,
    R.RadioButton,
    R.ComboBox,
    R.SpinBox,
    R.EditableText,
    R.Slider,
    R.Dial,
    R.PageTab,
    R.ProgressBar,
    R.Table,
    R.List,
    R.Tree,
}
"""Roles a person operates or reads a value from (a progress bar: the rep count, the ring)."""
WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Node:
    role: QAccessible.Role
    name: str
    description: str
    value: Any
    focusable: bool
    checked: bool
    widget: QWidget | None
    label: str
    """A combo box's label, through the "labelled by" relation."""

    def __str__(self) -> str:
        value = "" if self.value is None else f" = {self.value!r}"
        return f"{self.role.name} {self.name!r}{value}"


def _label_of(iface: Any) -> str:
    for other, _relation in iface.relations(QAccessible.RelationFlag.Label):
        return other.text(QAccessible.Text.Name)
    return ""


def tree(root: QWidget) -> list[Node]:
    """Every shown node under `root`, depth first."""
    nodes: list[Node] = []

    def walk(iface: Any) -> None:
        state = iface.state()
        if state.invisible:
            return
        value = iface.valueInterface()
        obj = iface.object()
        nodes.append(
            Node(
                role=iface.role(),
                name=iface.text(QAccessible.Text.Name) or "",
                description=iface.text(QAccessible.Text.Description) or "",
                value=None if value is None else value.currentValue(),
                focusable=bool(state.focusable),
                checked=bool(state.checked),
                widget=obj if isinstance(obj, QWidget) else None,
                label=_label_of(iface) if iface.role() == R.ComboBox else "",
            )
        )
        for i in range(iface.childCount()):
            child = iface.child(i)
            if child is not None:
                walk(child)

    walk(QAccessible.queryAccessibleInterface(root))
    return nodes


def _tab_stop(widget: QWidget) -> bool:
    owner = widget.parentWidget()
    viewport = isinstance(owner, QAbstractScrollArea) and widget is owner.viewport()
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
        and widget.isEnabled()
        and not viewport  # the focus goes to the view, whose name is read
    )


def unnamed(root: QWidget) -> list[str]:
    found = []
    for node in tree(root):
        if node.name.strip() or (node.role == R.ComboBox and node.label.strip()):
            continue
        widget = node.widget
        stops = widget is not None and _tab_stop(widget)
        if node.role in INTERACTIVE or stops:
            where = "" if widget is None else f" ({type(widget).__name__}#{widget.objectName()})"
            found.append(f"{node}{where}")
    return found


def words(text: str) -> list[str]:
    return WORD.findall(text.casefold())


def says(name: str, shown: str) -> bool:
    """Whether `name` holds the shown words, in order (symbols and punctuation aside)."""
    wanted, heard = words(shown), words(name)
    at = 0
    for word in heard:
        if at < len(wanted) and word == wanted[at]:
            at += 1
    return at == len(wanted)


def hidden_words(root: QWidget) -> list[str]:
    found = []
    for widget in visible_text_widgets(root):
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) or ""
        if isinstance(widget, QComboBox):
            continue
        if not says(name, _text(widget)):
            found.append(f"{type(widget).__name__} {_text(widget)!r} is read {name!r}")
    return found


@dataclass
class RingSeen:
    thickness: float
    """The pixels that changed by at least 3:1 when the focus came, over the widget's
    perimeter: about how many pixels wide a ring at that contrast runs all round."""
    contrast: float
    """The median contrast of those pixels, focused against unfocused (1.0: none)."""

    @property
    def visible(self) -> bool:
        """WCAG 2.4.13's measure: an area at least a 2 px perimeter's, changed by 3:1 or more
        (the median of all changed pixels would count the words moving a pixel too)."""
        return self.thickness >= 2.0 and self.contrast >= 3.0


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def focus_ring(widget: QWidget, margin: int = 8) -> RingSeen:
    """How `widget`, which has the focus, looks different from itself without it."""
    assert widget.hasFocus(), f"{widget} has no focus"
    window = widget.window()
    _settle()
    focused, dpr = _grab(window)
    widget.clearFocus()
    _settle()
    plain, _ = _grab(window)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    _settle()
    at = widget.mapTo(window, QPoint(0, 0))
    area = QRect(at, widget.size()).adjusted(-margin, -margin, margin, margin) & window.rect()
    top, left = round(area.top() * dpr), round(area.left() * dpr)
    bottom, right = round((area.bottom() + 1) * dpr), round((area.right() + 1) * dpr)
    a = plain[top:bottom, left:right].reshape(-1, 3).astype(np.int32)
    b = focused[top:bottom, left:right].reshape(-1, 3).astype(np.int32)
    changed = np.abs(a - b).max(axis=1) > DIFFERS
    ratios = _ratio(_luminance(a[changed]), _luminance(b[changed]))
    strong = ratios[ratios >= 3.0]
    if not len(strong):
        return RingSeen(0.0, 1.0)
    perimeter = 2 * (widget.width() + widget.height()) * dpr
    return RingSeen(round(len(strong) / perimeter / dpr, 2), round(float(np.median(strong)), 2))
