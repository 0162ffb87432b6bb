"""The "Stop: this hurts" flow: how it feels, the warning signs, then what to do.

The session is already paused when this opens. It only asks and shows: the rules are
`core.safety`, the words `core.safety_words`, and the answer goes back to the session service.
Every page fits a 1366x768 or 1280x720 screen whole; on smaller screens or with larger text the
questions scroll and the buttons stay in view. A warning sign leaves one way out: end the
session, with the advice in big, plain words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import _
from ...core.safety import (
    RED_FLAGS,
    Action,
    Feeling,
    HurtAnswers,
    Reach,
    Spread,
    Suggestion,
    flags_to_highlight,
)
from ...core.safety_words import (
    action_label,
    advice,
    feeling_label,
    reach_label,
    red_flag_question,
    red_flags_prompt,
    spread_label,
    spread_question,
    suggestion_text,
    unsure_text,
)
from ...core.words import lower_name
from ..widgets.choices import AnyOf, OneOf, PainScale
from .fitting import FittingDialog

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from ...services.session_run import HurtQuestion


class Pages(QWidget):
    """One page shown at a time. Unlike QStackedWidget, the hidden pages take no room, so the
    dialog is as tall as the page in view (a stack is as tall as its tallest page)."""

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current = -1

    def addWidget(self, page: QWidget) -> None:
        self._pages.append(page)
        self._layout.addWidget(page)
        if self._current < 0:
            self._current = 0
        else:
            page.hide()

    def count(self) -> int:
        return len(self._pages)

    def widget(self, index: int) -> QWidget:
        return self._pages[index]

    def currentIndex(self) -> int:
        return self._current

    def currentWidget(self) -> QWidget:
        return self._pages[self._current]

    def setCurrentIndex(self, index: int) -> None:
        for i, page in enumerate(self._pages):
            page.setVisible(i == index)
        if index != self._current:
            self._current = index
            self.currentChanged.emit(index)

    def setCurrentWidget(self, page: QWidget) -> None:
        self.setCurrentIndex(self._pages.index(page))


class HurtDialog(FittingDialog):
    """Asks, then holds `answers`, `suggestion` and `choice` (None if pressed by mistake)."""

    def __init__(self, question: HurtQuestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Stop: this hurts"))
        self.question = question
        self.drill_name = lower_name(question.drill.title)
        easier = question.easier
        self.easier_name = None if easier is None else lower_name(easier.name)
        self.answers: HurtAnswers | None = None
        self.suggestion: Suggestion | None = None
        self.choice: Action | None = None
        self.pages = Pages()
        self.body.addWidget(self.pages)
        self.button_pages = Pages()
        self.buttons.addWidget(self.button_pages)
        self._build_feel()
        self._build_flags()
        self._build_choice()
        self._build_red_flag()
        self.pages.currentChanged.connect(self._page_changed)
        self._page_changed(0)

    # -- pages -----------------------------------------------------------------------------

    def _page(self, title: str) -> tuple[QWidget, QVBoxLayout, QHBoxLayout]:
        """A page of questions under a heading, and its own row of buttons."""
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        heading = QLabel(title)
        heading.setObjectName("cardTitle")
        heading.setWordWrap(True)
        lay.addWidget(heading)
        self.pages.addWidget(page)
        row_host = QWidget()
        self._action_column = QVBoxLayout(row_host)
        self._action_column.setContentsMargins(0, 0, 0, 0)
        self._action_column.setSpacing(8)
        row = QHBoxLayout()
        row.setSpacing(10)
        self._action_column.addLayout(row)
        self.button_pages.addWidget(row_host)
        return page, lay, row

    def _build_feel(self) -> None:
        self.feel_page, lay, row = self._page(
            _("Paused. What do you feel during {drill}?").format(drill=self.drill_name)
        )
        self.back = PainScale(_("Back pain now: 0 (none) to 10 (worst)"))
        self.leg = PainScale(_("Leg pain now: 0 (none) to 10 (worst)"))
        self.reach = OneOf(
            _("How far down the leg does it reach now?"),
            [(r.value, reach_label(r)) for r in Reach],
        )
        baseline = self.question.baseline
        self.spread: OneOf | None = None
        widgets: list[QWidget] = [self.back, self.leg, self.reach]
        if baseline is None or baseline.reach is None:
            self.spread = OneOf(spread_question(), [(s.value, spread_label(s)) for s in Spread])
            widgets.append(self.spread)
        self.feelings = AnyOf(
            _("What does it feel like? Tick any."),
            [(f.value, feeling_label(f)) for f in Feeling],
            columns=3,
        )
        widgets.append(self.feelings)
        for widget in widgets:
            lay.addWidget(widget)
        lay.addStretch(1)
        self.cancel_button = QPushButton(_("Pressed by mistake"))
        self.cancel_button.setToolTip(_("Back to the session, still paused"))
        self.cancel_button.clicked.connect(self.reject)
        self.next_button = QPushButton(_("Next"))
        self.next_button.setObjectName("primary")
        self.next_button.setEnabled(False)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        for scale in (self.back, self.leg):
            scale.changed.connect(self._pain_changed)
        self.next_button.clicked.connect(self._to_flags)

    def _pain_changed(self) -> None:
        self.next_button.setEnabled(self.back.pain() is not None and self.leg.pain() is not None)

    def _build_flags(self) -> None:
        self.flags_page, lay, row = self._page(_("Warning signs"))
        self.flags = AnyOf(red_flags_prompt(), [(f.id, red_flag_question(f.id)) for f in RED_FLAGS])
        lay.addWidget(self.flags)
        lay.addStretch(1)
        self.back_button = QPushButton(_("Back"))
        self.back_button.clicked.connect(lambda: self.pages.setCurrentWidget(self.feel_page))
        self.some_button = QPushButton(_("Yes: the ticked ones"))
        self.some_button.setEnabled(False)
        self.none_button = QPushButton(_("None of these"))
        self.none_button.setObjectName("primary")
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.some_button)
        row.addWidget(self.none_button)
        self.flags.changed.connect(self._flags_changed)
        self.none_button.clicked.connect(self._assess)
        self.some_button.clicked.connect(self._assess)

    def _flags_changed(self) -> None:
        ticked = bool(self.flags.values())
        self.some_button.setEnabled(ticked)
        self.none_button.setEnabled(not ticked)
        self.some_button.setObjectName("primary" if ticked else "")
        self.none_button.setObjectName("" if ticked else "primary")
        self.some_button.setDefault(ticked)
        self.none_button.setDefault(not ticked)
        for b in (self.some_button, self.none_button):
            b.style().unpolish(b)
            b.style().polish(b)

    def _build_choice(self) -> None:
        self.choice_page, lay, row = self._page(_("What now?"))
        # The choices stay in view below the words (which scroll if the text is large).
        self.choices_box = QVBoxLayout()
        self.choices_box.setSpacing(8)
        self._action_column.insertLayout(0, self.choices_box)
        self.choice_back_button = QPushButton(_("Back"))
        self.choice_back_button.clicked.connect(self.back_to_signs)
        row.addWidget(self.choice_back_button)
        row.addStretch(1)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setObjectName("lead")
        lay.addWidget(self.why)
        self.stop_note = QLabel()
        self.stop_note.setObjectName("notice")
        self.stop_note.setWordWrap(True)
        stop_note = self.question.stop_note
        if stop_note:
            self.stop_note.setText(_("Your physio says: {note}").format(note=stop_note))
        lay.addWidget(self.stop_note)  # in its layout first: shown alone it would be a window
        self.stop_note.setVisible(bool(stop_note))
        self.unsure = note = QLabel(unsure_text(self.question.contact))
        note.setObjectName("muted")
        note.setWordWrap(True)
        lay.addWidget(note)
        lay.addStretch(1)
        self.choice_buttons: dict[Action, QPushButton] = {}

    def _build_red_flag(self) -> None:
        self.red_page, lay, row = self._page(_("Please stop now"))
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setObjectName("advice")
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.advice)
        lay.addStretch(1)
        self.end_button = QPushButton(_("End the session"))
        self.end_button.setObjectName("stopButton")
        self.end_button.clicked.connect(lambda: self._choose(Action.RED_FLAG))
        row.addStretch(1)
        row.addWidget(self.end_button)

    def _page_changed(self, index: int) -> None:
        self.button_pages.setCurrentIndex(index)
        self.scroll_area.verticalScrollBar().setValue(0)
        if self.isVisible():
            self.fit()
        # Enter presses the page's main button once it can be pressed (keyboard users).
        default = {0: self.next_button, 1: self.none_button, 3: self.end_button}.get(index)
        for b in (self.next_button, self.none_button, self.end_button):
            b.setDefault(b is default)
        first = {0: self.back, 1: self.flags, 2: None, 3: self.end_button}.get(index)
        if isinstance(first, PainScale | AnyOf):
            next(iter(first.buttons.values())).setFocus()
        elif first is not None:
            first.setFocus()

    # -- flow ------------------------------------------------------------------------------

    def _to_flags(self) -> None:
        highlight = flags_to_highlight(self._answers())
        for flag_id in highlight:  # e.g. after weakness: make sure the foot-drop sign is seen
            box = self.flags.buttons[flag_id]
            box.setStyleSheet("font-weight: 700;")
        self.pages.setCurrentWidget(self.flags_page)

    def _answers(self) -> HurtAnswers:
        reach = self.reach.value()
        spread = self.spread.value() if self.spread is not None else None
        return HurtAnswers(
            back_pain=self.back.pain(),
            leg_pain=self.leg.pain(),
            reach=None if reach is None else Reach(reach),
            spread=None if spread is None else Spread(spread),
            feelings=frozenset(Feeling(f) for f in self.feelings.values()),
            red_flags=frozenset(self.flags.values()),
        )

    def _assess(self) -> None:
        self.answers = answers = self._answers()
        self.suggestion = s = self.question.suggest(answers)
        if s.action is Action.RED_FLAG:
            assert s.urgency is not None
            self.advice.setText(advice(s.urgency, self.question.contact))
            self.pages.setCurrentWidget(self.red_page)
            return
        self.why.setText(
            suggestion_text(s, self.drill_name, self.easier_name, contact=self.question.contact)
        )
        for old in self.choice_buttons.values():
            self.choices_box.removeWidget(old)
            old.deleteLater()
        self.choice_buttons = {}
        for action in s.options:
            text = action_label(action, self.easier_name)
            if action is s.action:
                text = _("{action} (suggested)").format(action=text)
            b = QPushButton(text)
            b.setMinimumHeight(48)
            if action is s.action:
                b.setObjectName("primary")
            b.clicked.connect(lambda _=False, a=action: self._choose(a))
            self.choices_box.addWidget(b)
            self.choice_buttons[action] = b
        self.pages.setCurrentWidget(self.choice_page)
        self.choice_buttons[s.action].setFocus()

    def back_to_signs(self) -> None:
        """Change an answer: back to the warning signs (and from there to the pain)."""
        self.pages.setCurrentWidget(self.flags_page)

    def _choose(self, action: Action) -> None:
        self.choice = action
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc is also the 'this hurts' key: it must not dismiss the questions by accident."""
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)
