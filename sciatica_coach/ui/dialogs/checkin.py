"""Check-ins before and after a session, and the morning after: each one can be skipped."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.safety import REACH_WORDS
from ..widgets.choices import ChoiceRow, PainScale

TITLES = {
    "before": "Before you start: how are you right now?",
    "after": "How are you now, after the session?",
    "morning_after": "How did you feel the morning after your last session?",
}


@dataclass(frozen=True)
class CheckinAnswers:
    moment: str
    back_pain: int | None = None
    leg_pain: int | None = None
    reach: str | None = None
    morning: str | None = None


class CheckinDialog(QDialog):
    def __init__(self, moment: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.moment = moment
        self.setWindowTitle("Check-in")
        self.setModal(True)
        self.answers: CheckinAnswers | None = None
        lay = QVBoxLayout(self)
        lay.setSpacing(12)
        title = QLabel(TITLES[moment])
        title.setObjectName("cardTitle")
        title.setWordWrap(True)
        lay.addWidget(title)
        self.back = PainScale("Back pain")
        self.leg = PainScale("Leg pain")
        self.reach = ChoiceRow([(r.value, w) for r, w in REACH_WORDS.items()], name="Reaches")
        self.morning = ChoiceRow(
            [("better", "Better"), ("same", "About the same"), ("worse", "Worse")],
            name="The morning after",
        )
        if moment == "morning_after":
            lay.addWidget(self.morning)
        else:
            for text, widget in (
                ("Back pain, 0 (none) to 10 (worst)", self.back),
                ("Leg pain, 0 (none) to 10 (worst)", self.leg),
                ("How far down the leg do symptoms reach?", self.reach),
            ):
                label = QLabel(text)
                lay.addWidget(label)
                lay.addWidget(widget)
        note = QLabel("Answer what you can; anything can be left out.")
        note.setObjectName("muted")
        lay.addWidget(note)
        row = QHBoxLayout()
        self.save_button = QPushButton("Save")
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName("Save check-in")
        self.skip_button = QPushButton("Skip")
        self.skip_button.setAccessibleName("Skip check-in")
        row.addStretch(1)
        row.addWidget(self.skip_button)
        row.addWidget(self.save_button)
        lay.addLayout(row)
        self.save_button.clicked.connect(self._save)
        self.skip_button.clicked.connect(self.reject)

    def _save(self) -> None:
        self.answers = CheckinAnswers(
            self.moment,
            back_pain=self.back.pain(),
            leg_pain=self.leg.pain(),
            reach=self.reach.value(),
            morning=self.morning.value(),
        )
        empty = CheckinAnswers(self.moment)
        if self.answers == empty:
            self.answers = None
            self.reject()
            return
        self.accept()
