"""The "Stop: this hurts" flow: what it feels like, a few red-flag questions, then a suggestion.

The session is already paused when this opens. The rules live in core.safety; this dialog only
asks and shows. A red-flag answer leaves one way out: end the session, with the advice in big,
plain words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.safety import (
    FEELING_WORDS,
    REACH_WORDS,
    RED_FLAGS,
    Action,
    Feeling,
    HurtAnswers,
    Reach,
    Suggestion,
)
from ..widgets.choices import ChoiceRow, PainScale

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QKeyEvent

ACTION_WORDS = {
    Action.REGRESS: "Switch to an easier version",
    Action.SKIP: "Skip this drill",
    Action.CONTINUE: "Carry on gently",
    Action.END: "End the session",
    Action.RED_FLAG: "End the session",
}


class HurtDialog(QDialog):
    """`suggest(answers) -> Suggestion` is passed in, so the rules stay in core."""

    def __init__(
        self,
        drill_name: str,
        easier_name: str | None,
        suggest: Callable[[HurtAnswers], Suggestion],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Stop: this hurts")
        self.setModal(True)
        self.setMinimumWidth(720)
        self._suggest = suggest
        self.easier_name = easier_name
        self.answers: HurtAnswers | None = None
        self.suggestion: Suggestion | None = None
        self.choice: Action | None = None
        lay = QVBoxLayout(self)
        self.pages = QStackedWidget()
        lay.addWidget(self.pages)
        self._build_feel(drill_name)
        self._build_flags()
        self._build_choice()
        self._build_red_flag()

    # -- pages -----------------------------------------------------------------------------

    def _page(self, title: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setSpacing(10)
        label = QLabel(title)
        label.setObjectName("cardTitle")
        label.setWordWrap(True)
        lay.addWidget(label)
        self.pages.addWidget(page)
        return page, lay

    def _build_feel(self, drill_name: str) -> None:
        self.feel_page, lay = self._page(f"Paused. What do you feel during {drill_name}?")
        lay.addWidget(QLabel("How bad is the pain right now? 0 = none, 10 = worst imaginable"))
        self.pain = PainScale("Pain now")
        lay.addWidget(self.pain)
        lay.addWidget(QLabel("How far down the leg does it reach?"))
        self.reach = ChoiceRow([(r.value, w) for r, w in REACH_WORDS.items()], name="Reaches")
        lay.addWidget(self.reach)
        lay.addWidget(QLabel("What does it feel like? (choose any)"))
        self.feelings = ChoiceRow(
            [(f.value, w) for f, w in FEELING_WORDS.items()], multiple=True, columns=3, name="Feels"
        )
        lay.addWidget(self.feelings)
        row = QHBoxLayout()
        self.cancel_button = QPushButton("Pressed by mistake: back to the session")
        self.cancel_button.setAccessibleName("Pressed by mistake, back to the session")
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        self.next_button = QPushButton("Next")
        self.next_button.setObjectName("primary")
        self.next_button.setAccessibleName("Next question")
        self.next_button.setEnabled(False)
        row.addWidget(self.next_button)
        lay.addLayout(row)
        self.pain.changed.connect(lambda: self.next_button.setEnabled(self.pain.pain() is not None))
        self.next_button.clicked.connect(lambda: self.pages.setCurrentWidget(self.flags_page))

    def _build_flags(self) -> None:
        self.flags_page, lay = self._page("Do any of these apply to you right now?")
        self.flags = ChoiceRow(
            [(f.id, f.question) for f in RED_FLAGS],
            multiple=True,
            columns=1,
            name="Warning sign",
            wrap=True,
        )
        lay.addWidget(self.flags)
        row = QHBoxLayout()
        self.none_button = QPushButton("None of these")
        self.none_button.setObjectName("primary")
        self.none_button.setAccessibleName("None of these apply")
        self.some_button = QPushButton("Yes, I have ticked what applies")
        self.some_button.setAccessibleName("Some of these apply")
        self.some_button.setEnabled(False)
        row.addStretch(1)
        row.addWidget(self.some_button)
        row.addWidget(self.none_button)
        lay.addLayout(row)
        self.flags.changed.connect(self._flags_changed)
        self.none_button.clicked.connect(self._assess)
        self.some_button.clicked.connect(self._assess)

    def _flags_changed(self) -> None:
        ticked = bool(self.flags.values())
        self.some_button.setEnabled(ticked)
        self.none_button.setEnabled(not ticked)

    def _build_choice(self) -> None:
        self.choice_page, lay = self._page("What now?")
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setObjectName("cueText")
        lay.addWidget(self.why)
        self.choice_buttons_host = QVBoxLayout()
        lay.addLayout(self.choice_buttons_host)
        self.choice_buttons: dict[Action, QPushButton] = {}
        note = QLabel("The app never diagnoses: if you are unsure, stop and ask your physio.")
        note.setObjectName("muted")
        note.setWordWrap(True)
        lay.addWidget(note)

    def _build_red_flag(self) -> None:
        self.red_page, lay = self._page("Please stop now")
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setObjectName("cueText")
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.advice)
        self.end_button = QPushButton("End the session")
        self.end_button.setObjectName("stopButton")
        self.end_button.setAccessibleName("End the session")
        self.end_button.clicked.connect(lambda: self._choose(Action.RED_FLAG))
        lay.addWidget(self.end_button)

    # -- flow ------------------------------------------------------------------------------

    def _assess(self) -> None:
        pain = self.pain.pain() or 0
        reach = self.reach.value()
        self.answers = HurtAnswers(
            pain=pain,
            reach=None if reach is None else Reach(reach),
            feelings=frozenset(Feeling(f) for f in self.feelings.values()),
            red_flags=frozenset(self.flags.values()),
        )
        self.suggestion = s = self._suggest(self.answers)
        if s.action is Action.RED_FLAG:
            self.advice.setText(s.why)
            self.pages.setCurrentWidget(self.red_page)
            return
        self.why.setText(s.why)
        for action in s.options:
            text = ACTION_WORDS[action]
            if action is Action.REGRESS and self.easier_name:
                text = f"Switch to {self.easier_name}"
            if action is s.action:
                text = f"{text} (suggested)"
            b = QPushButton(text)
            b.setMinimumHeight(52)
            b.setAccessibleName(ACTION_WORDS[action])
            if action is s.action:
                b.setObjectName("primary")
            b.clicked.connect(lambda _=False, a=action: self._choose(a))
            self.choice_buttons_host.addWidget(b)
            self.choice_buttons[action] = b
        self.pages.setCurrentWidget(self.choice_page)

    def _choose(self, action: Action) -> None:
        self.choice = action
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc is also the 'this hurts' key: it must not dismiss the questions by accident."""
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)
