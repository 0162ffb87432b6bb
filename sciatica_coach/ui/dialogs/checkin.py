"""Check-ins before and after a session, and the morning after: each one can be skipped.

Esc, like the Skip button, skips that check-in (nothing is saved); it never saves half-answers.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ...core.i18n import _
from ...core.safety import Reach
from ...core.safety_words import reach_label
from ...services.prompts import CheckinAnswers
from ..widgets.choices import OneOf, PainScale
from .fitting import FittingDialog


def titles() -> dict[str, str]:
    return {
        "before": _("Before you start: how are you right now?"),
        "after": _("How are you now, after the session?"),
        "morning_after": _("How did you feel the morning after your last session?"),
    }


class CheckinDialog(FittingDialog):
    def __init__(self, moment: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.moment = moment
        self.setWindowTitle(_("Check-in"))
        self.answers: CheckinAnswers | None = None
        title = QLabel(titles()[moment])
        title.setObjectName("cardTitle")
        title.setWordWrap(True)
        self.body.addWidget(title)
        # Parented to the dialog, shown or not: a widget with no parent would outlive it.
        self.back = PainScale(_("Back pain, 0 (none) to 10 (worst)"), self)
        self.leg = PainScale(_("Leg pain, 0 (none) to 10 (worst)"), self)
        self.reach = OneOf(
            _("How far down the leg do symptoms reach?"),
            [(r.value, reach_label(r)) for r in Reach],
            parent=self,
        )
        self.morning = OneOf(
            _("The morning after"),
            [("better", _("Better")), ("same", _("About the same")), ("worse", _("Worse"))],
            parent=self,
        )
        if moment == "morning_after":
            self.body.addWidget(self.morning)
            for widget in (self.back, self.leg, self.reach):
                widget.hide()
        else:
            for widget in (self.back, self.leg, self.reach):
                self.body.addWidget(widget)
            self.morning.hide()
        note = QLabel(_("Answer what you can; anything can be left out."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        self.body.addWidget(note)
        self.body.addStretch(1)
        self.skip_button = QPushButton(_("Skip"))
        self.save_button = QPushButton(_("Save"))
        self.save_button.setObjectName("primary")
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.skip_button)
        self.buttons.addWidget(self.save_button)
        self.save_button.clicked.connect(self._save)
        self.skip_button.clicked.connect(self.reject)
        # From the keyboard: the first question has the focus (digits pick a score, Tab goes
        # on) and Enter saves.
        self.save_button.setDefault(True)
        first = self.morning if moment == "morning_after" else self.back
        next(iter(first.buttons.values())).setFocus()

    def _save(self) -> None:
        answers = CheckinAnswers(
            back_pain=self.back.pain(),
            leg_pain=self.leg.pain(),
            reach=self.reach.value(),
            morning=self.morning.value(),
        )
        if answers.empty:
            self.reject()
            return
        self.answers = answers
        self.accept()

    def reject(self) -> None:
        """Skip (the button or Esc): nothing from this check-in is kept."""
        self.answers = None
        super().reject()
