"""The routine's own fields, as the patient will read them on the card and the handout: its
title, who it is for, how often, the physio's contact, cautions, and its direction."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import _
from ...core.models import Category
from .fields import FieldProblem, FrequencyEdit, show_combo, show_text, shrinkable
from .labels import bias_label

if TYPE_CHECKING:
    from ...core.routine_edit import Draft

BIASES = (*(c.value for c in Category), "mixed")


class RoutineForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft: Draft | None = None
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.problems: dict[str, FieldProblem] = {}
        self.title = self._line("title", _("Title"), _("e.g. J. D.'s extension routine"))
        self.for_ = self._line("for", _("For"), _("The person's name or initials"))
        self.frequency = FrequencyEdit(_("How often"))
        self.frequency.edited.connect(lambda: self._set("frequency", self.frequency.value()))
        self._row(_("How often"), self.frequency, "frequency")
        self.contact_name = QLineEdit()
        self.contact_name.setAccessibleName(_("Contact name"))
        self.contact_name.setPlaceholderText(_("e.g. Sam (physio)"))
        self.contact_phone = QLineEdit()
        self.contact_phone.setAccessibleName(_("Contact phone"))
        self.contact_phone.setPlaceholderText(_("e.g. 01234 567890"))
        for edit in (self.contact_name, self.contact_phone):
            edit.textEdited.connect(lambda _t: self._contact())
        self._row(_("Contact name"), self.contact_name, "contact")
        self._row(_("Contact phone"), self.contact_phone, "contact_phone")
        self.cautions = QPlainTextEdit()
        self.cautions.setAccessibleName(_("Cautions, one a line"))
        self.cautions.setPlaceholderText(
            _("e.g. Stop and ring me if the tingling reaches your foot.")
        )
        self.cautions.setTabChangesFocus(True)
        self.cautions.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        self.cautions.textChanged.connect(self._cautions)
        self._row(_("Cautions, one a line"), self.cautions, "cautions")
        self.bias = shrinkable(QComboBox())
        self.bias.setAccessibleName(_("Direction"))
        self.bias.addItem(_("Worked out from the drills"), None)
        for bias in BIASES:
            self.bias.addItem(bias_label(bias), bias)
        self.bias.currentIndexChanged.connect(lambda _i: self._set("bias", self.bias.currentData()))
        self._row(_("Direction"), self.bias, "bias")
        self.summary = self._line("summary", _("Summary"), _("One or two sentences: who it is for"))
        self.general = FieldProblem()
        self.form.addRow(self.general)

    def _row(self, label: str, widget: QWidget, field: str) -> None:
        host = QWidget()
        lay = QVBoxLayout(host)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        problem = FieldProblem()
        lay.addWidget(problem)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, host)
        self.problems[field] = problem

    def _line(self, key: str, label: str, hint: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(label)
        edit.setPlaceholderText(hint)
        edit.textEdited.connect(lambda text: self._set(key, text))
        self._row(label, edit, key)
        return edit

    def show_draft(self, draft: Draft) -> None:
        self.draft = draft
        show_text(self.title, _text(draft.value("title")))
        show_text(self.for_, _text(draft.value("for")))
        show_text(self.summary, _text(draft.value("summary")))
        self.frequency.show_value(draft.value("frequency"))
        contact = draft.value("contact")
        contact = contact if isinstance(contact, dict) else {}
        show_text(self.contact_name, _text(contact.get("name")))
        show_text(self.contact_phone, _text(contact.get("phone")))
        cautions = draft.value("cautions")
        self.cautions.blockSignals(True)
        lines = [str(c) for c in cautions] if isinstance(cautions, list) else []
        self.cautions.setPlainText("\n".join(lines))
        self.cautions.blockSignals(False)
        show_combo(self.bias, draft.value("bias"))

    def show_problems(self, by_field: dict[str, list[str]]) -> list[str]:
        """Each problem beside its field; returns those that belong to none here."""
        rest: list[str] = []
        for field, target in self.problems.items():
            target.say(by_field.get(field, []))
        for field, texts in by_field.items():
            if field not in self.problems:
                rest += texts
        return rest

    def _set(self, key: str, value: Any) -> None:
        if self.draft is not None and self.draft.set_value(key, value):
            self.edited.emit()

    def _contact(self) -> None:
        name, phone = self.contact_name.text().strip(), self.contact_phone.text().strip()
        value: dict[str, str] | None = None
        if name or phone:
            value = {"name": name} if name else {}
            if phone:
                value["phone"] = phone
        self._set("contact", value)

    def _cautions(self) -> None:
        lines = [line.strip() for line in self.cautions.toPlainText().splitlines()]
        self._set("cautions", [line for line in lines if line])


def _text(value: Any) -> str:
    return "" if value is None else str(value)
