"""The editor's small inputs: a number that shows the catalogue's default until it is changed,
how often, which side, and the line under a field that says what `validate` says of it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from ...core.i18n import _

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtGui import QResizeEvent


class DefaultSpin(QDoubleSpinBox):
    """A number the step may set. At its lowest position it shows the catalogue's default
    ("default: 10") and means "not set here": the file then says nothing and the default runs.
    Stepping up or down from there starts from the default; stepping below the lowest real
    value goes back to it."""

    edited = Signal()

    def __init__(
        self,
        low: float,
        high: float,
        *,
        decimals: int = 0,
        step: float = 1.0,
        suffix: str = "",
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._low = low
        self._unset = low - step
        self._default: float | None = None
        self.setDecimals(decimals)
        self.setSingleStep(step)
        self.setRange(self._unset, high)
        self.setSuffix(suffix)
        self.setAccessibleName(name)
        self.setKeyboardTracking(False)
        self.setSpecialValueText(_("default"))
        self.setValue(self._unset)
        self.valueChanged.connect(lambda _v: self.edited.emit())

    def set_default(self, value: float | None, words: str | None = None) -> None:
        """What runs when the step sets nothing, shown in place of a number."""
        self._default = value
        shown = words if words is not None else self.textFromValue(value or 0) + self.suffix()
        self.setSpecialValueText(_("default: {value}").format(value=shown))

    def value_or_none(self) -> float | int | None:
        if self.value() <= self._unset:
            return None
        value = round(self.value(), self.decimals())
        return int(value) if self.decimals() == 0 else value

    def show_value(self, value: float | None) -> None:
        """Show a value without telling anyone (when a step is selected)."""
        self.blockSignals(True)
        self.setValue(self._unset if value is None else float(value))
        self.blockSignals(False)

    def stepBy(self, steps: int) -> None:
        if self.value() <= self._unset and self._default is not None:
            start = self._default + steps * self.singleStep()
            self.setValue(max(self._low, min(start, self.maximum())))
            return
        if self.value() + steps * self.singleStep() < self._low:
            self.setValue(self._unset)
            return
        super().stepBy(steps)


class ElidedLabel(QLabel):
    """One line that ends in "…" when the window is too narrow for all of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setAccessibleName(text)
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        self.setText(shown)


class FieldProblem(QLabel):
    """What `validate` says of the field above it; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reason")
        self.setWordWrap(True)
        self.hide()

    def say(self, texts: Sequence[str]) -> None:
        text = "\n".join(texts)
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))


FREQUENCY_KINDS = ("none", "hours", "times", "words")


class FrequencyEdit(QWidget):
    """How often: every N to M hours (while awake), N times a day, or in words; a reminder can
    follow the first two. `value()` is what the file says: None, a mapping, or words."""

    edited = Signal()

    def __init__(self, name: str, *, reminders: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.kind = shrinkable(QComboBox(), 8)
        self.kind.setAccessibleName(name)
        labels = {
            "none": _("Not said"),
            "hours": _("Every few hours"),
            "times": _("Times a day"),
            "words": _("In words"),
        }
        for key in FREQUENCY_KINDS:
            self.kind.addItem(labels[key], key)
        self.low = QDoubleSpinBox()
        self.high = QDoubleSpinBox()
        for spin, said in ((self.low, _("Every (hours, from)")), (self.high, _("to (hours)"))):
            spin.setRange(0.5, 24)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setSuffix(" h")
            spin.setAccessibleName(said)
        self.low.setValue(2)
        self.high.setValue(3)
        self.awake = QCheckBox(_("while awake"))
        self.awake.setAccessibleName(_("while awake"))
        self.awake.setChecked(True)
        self.times = QSpinBox()
        self.times.setRange(1, 12)
        self.times.setValue(3)
        self.times.setSuffix(_(" times a day"))
        self.times.setAccessibleName(_("Times a day"))
        self.days = QSpinBox()
        self.days.setRange(0, 7)
        self.days.setSpecialValueText(_("every day"))
        self.days.setSuffix(_(" days a week"))
        self.days.setAccessibleName(_("Days a week"))
        self.words = QLineEdit()
        self.words.setAccessibleName(_("{what}, in words").format(what=name))
        self.words.setPlaceholderText(_("e.g. Every few hours while it helps"))
        self.to = QLabel(_("to"))
        for widget in (self.kind, self.low, self.to, self.high, self.awake, self.times):
            row.addWidget(widget)
        row.addWidget(self.days)
        row.addWidget(self.words, 1)
        if not reminders:  # a step's frequency: plain words are what it needs
            for key in ("hours", "times"):
                self.kind.removeItem(self.kind.findData(key))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for box in (self.low, self.high, self.times, self.days):
            box.valueChanged.connect(lambda _v: self.edited.emit())
        self.awake.toggled.connect(lambda _v: self.edited.emit())
        self.words.textEdited.connect(lambda _t: self.edited.emit())
        self._shown()

    def _kind_changed(self, _index: int) -> None:
        self._shown()
        self.edited.emit()

    def _shown(self) -> None:
        kind = self.kind.currentData()
        for widget in (self.low, self.to, self.high, self.awake):
            widget.setVisible(kind == "hours")
        self.times.setVisible(kind == "times")
        self.days.setVisible(kind in ("hours", "times"))
        self.words.setVisible(kind == "words")

    def value(self) -> Any:
        kind = self.kind.currentData()
        if kind == "words":
            return self.words.text().strip() or None
        if kind not in ("hours", "times"):
            return None
        out: dict[str, Any]
        if kind == "hours":
            low, high = self.low.value(), self.high.value()
            hours: Any = low if low == high else [low, high]
            out = {"every_hours": hours, "while_awake": self.awake.isChecked()}
        else:
            out = {"times_per_day": self.times.value()}
        if self.days.value():
            out["days_per_week"] = self.days.value()
        return out

    def show_value(self, value: Any) -> None:
        widgets = (self.kind, self.low, self.high, self.awake, self.times, self.days, self.words)
        for w in widgets:
            w.blockSignals(True)
        kind = "none"
        if isinstance(value, str):
            kind = "words"
            self.words.setText(value)
        elif isinstance(value, dict):
            hours = value.get("every_hours")
            if hours is not None:
                kind = "hours"
                low, high = (hours[0], hours[-1]) if isinstance(hours, list) else (hours, hours)
                self.low.setValue(float(low))
                self.high.setValue(float(high))
                self.awake.setChecked(bool(value.get("while_awake", True)))
            else:
                kind = "times"
                self.times.setValue(int(value.get("times_per_day") or 1))
            self.days.setValue(int(value.get("days_per_week") or 0))
        if self.kind.findData(kind) < 0:
            kind = "words"
        self.kind.setCurrentIndex(self.kind.findData(kind))
        for w in widgets:
            w.blockSignals(False)
        self._shown()


def shrinkable(combo: QComboBox, letters: int = 14) -> QComboBox:
    """A combo box that may be narrower than its longest choice (larger text, a small screen):
    its list still shows every choice whole."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)
    return combo


def show_combo(combo: QComboBox, data: object) -> None:
    """Select the item holding `data` without telling anyone (the first if none does)."""
    combo.blockSignals(True)
    index = combo.findData(data)
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


def show_text(edit: QLineEdit, text: str | None) -> None:
    edit.blockSignals(True)
    edit.setText(text or "")
    edit.setCursorPosition(0)  # the start of a long note shows, not its end
    edit.blockSignals(False)
