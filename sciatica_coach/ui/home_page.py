"""Home: a card per routine, and a way to open a routine file of your own."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import N_, _, ngettext

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from ..core.overview import RoutineCard


@dataclass(frozen=True)
class Notice:
    text: str
    button: str | None = None
    action: Callable[[], None] | None = None


def last_done_words(moment: datetime) -> str:
    from ..core.words import day_words  # not at import: this page is on the first frame's path

    local = moment.astimezone()
    return _("{day}, {time}").format(day=day_words(local), time=local.strftime("%H:%M"))


SCROLL_BAR_ALWAYS_OFF = 1
"""Qt.ScrollBarPolicy.ScrollBarAlwaysOff, set on the cards' scroll area by value: naming it
would make PySide build all ~90 enums of the Qt namespace (some 15 ms) before the cards show."""
BIAS_WORDS = {
    "extension": N_("Extension bias"),
    "flexion": N_("Flexion bias"),
    "nerve": N_("Nerve glides"),
    "core": N_("Core strength"),
    "mobility": N_("Mobility"),
    "stretch": N_("Stretching"),
    "muscle": N_("Muscle and SIJ"),
    "sij": N_("SIJ"),
    "strength": N_("Strength"),
    "breathing": N_("Breathing"),
    "mixed": N_("Mixed"),
}
INCLUDES_WORDS = {"extension": N_("Includes extension"), "flexion": N_("Includes flexion")}
"""Said beside the bias when drills of a direction are in a routine its bias does not name
(flexion and extension are often opposite treatments)."""


class RoutineCardWidget(QFrame):
    startClicked = Signal(str)
    previewClicked = Signal(str)

    def __init__(self, card: RoutineCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.setObjectName("card")
        self.setAccessibleName(_("Routine: {title}").format(title=card.title))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 16, 18, 16)
        lay.setSpacing(8)
        title = QLabel(card.title)
        title.setObjectName("cardTitle")
        title.setWordWrap(True)
        lay.addWidget(title)
        chips = QHBoxLayout()
        chips.setSpacing(6)
        includes = [_(INCLUDES_WORDS[d]) for d in card.includes if d in INCLUDES_WORDS]
        for text in (
            _(BIAS_WORDS[card.bias]) if card.bias in BIAS_WORDS else card.bias,
            *includes,
            card.duration_text,
            ngettext("{n} drill", "{n} drills", card.drills).format(n=card.drills),
        ):
            chip = QLabel(text)
            chip.setObjectName("chip")
            chips.addWidget(chip)
        chips.addStretch(1)
        lay.addLayout(chips)
        origin = ""
        if card.for_:
            origin = _("From your physio")
        elif card.from_file:
            origin = _("Added from a file")
        self.origin = QLabel(origin)
        self.origin.setObjectName("origin")
        self.for_whom = QLabel(_("For {name}").format(name=card.for_) if card.for_ else "")
        self.for_whom.setObjectName("forWhom")
        self.for_whom.setWordWrap(True)
        self.how_often = QLabel(card.frequency or "")
        self.how_often.setWordWrap(True)
        who = QLabel(card.audience or "")
        who.setWordWrap(True)
        who.setObjectName("muted")
        who.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        for label in (self.origin, self.for_whom, self.how_often, who):
            lay.addWidget(label)
            # Hidden only: showing a label before it has a parent makes it a window of its
            # own for a moment, which takes the main window's focus away.
            if not label.text():
                label.hide()
        self.last_done = QLabel(
            _("Last done: {when}").format(when=last_done_words(card.last_done))
            if card.last_done
            else _("Not done yet")
        )
        self.last_done.setObjectName("muted")
        lay.addWidget(self.last_done)
        lay.addStretch(1)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(_("Start"))
        self.start_button.setObjectName("primary")
        self.start_button.setAccessibleName(_("Start {title}").format(title=card.title))
        self.start_button.clicked.connect(lambda: self.startClicked.emit(card.id))
        self.preview_button = QPushButton(_("Preview"))
        self.preview_button.setAccessibleName(_("Preview {title}").format(title=card.title))
        self.preview_button.clicked.connect(lambda: self.previewClicked.emit(card.id))
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        lay.addLayout(buttons)


class HomePage(QWidget):
    startRoutine = Signal(str)
    previewRoutine = Signal(str)
    openFile = Signal()
    newRoutine = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 20)
        head = QHBoxLayout()
        title = QLabel(_("Choose a routine"))
        title.setObjectName("pageTitle")
        head.addWidget(title)
        head.addStretch(1)
        self.open_button = QPushButton(_("Open a routine file…"))
        self.open_button.setAccessibleName(_("Open a routine file"))
        self.open_button.clicked.connect(self.openFile.emit)
        self.new_button = QPushButton(_("New routine…"))
        self.new_button.setAccessibleName(_("New routine"))
        self.new_button.clicked.connect(self.newRoutine.emit)
        head.addWidget(self.new_button)
        head.addWidget(self.open_button)
        outer.addLayout(head)
        self.notice = QLabel()  # all notices' words, for tests and copy-paste; not shown
        self.notices_box = QVBoxLayout()
        self.notices_box.setSpacing(6)
        outer.addLayout(self.notices_box)
        self.notice_widgets: list[QLabel] = []
        hint = QLabel(
            _(
                "Pick the routine your physio chose for you. Extension-bias and flexion-bias "
                "routines are opposite treatments: do not mix them without a clinician's advice."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        outer.addWidget(hint)
        # The cards' scroll area is made when the cards come: making a QScrollArea builds every
        # enum of the Qt namespace (about 40 ms), which the first frame does not wait for.
        self.loading = QLabel(_("Loading routines…"))
        self.loading.setStyleSheet("qproperty-alignment: AlignCenter;")
        outer.addWidget(self.loading, 1)
        self._outer = outer
        self._title_text = title.text()
        self._grid: tuple[QScrollArea, QWidget, QGridLayout] | None = None
        self.cards: list[RoutineCardWidget] = []
        self._columns = 0

    def _built_grid(self) -> tuple[QScrollArea, QWidget, QGridLayout]:
        if self._grid is None:
            scroll_area = QScrollArea()
            scroll_area.setWidgetResizable(True)
            scroll_area.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
            scroll_area.setFrameShape(QFrame.Shape.NoFrame)
            scroll_area.setAccessibleName(self._title_text)  # a Tab stop: arrows scroll the cards
            grid_host = QWidget()
            grid = QGridLayout(grid_host)
            grid.setSpacing(16)
            grid.setContentsMargins(0, 8, 0, 8)
            scroll_area.setWidget(grid_host)
            self.loading.hide()
            self._outer.addWidget(scroll_area, 1)
            self._grid = (scroll_area, grid_host, grid)
        return self._grid

    @property
    def scroll_area(self) -> QScrollArea:
        return self._built_grid()[0]

    @property
    def grid_host(self) -> QWidget:
        return self._built_grid()[1]

    @property
    def grid(self) -> QGridLayout:
        return self._built_grid()[2]

    def show_notice(self, text: str) -> None:
        self.show_notices([Notice(text)] if text else [])

    def show_notices(self, notices: list[Notice]) -> None:
        """Things to tell the person before they choose: each with an optional button."""
        while self.notices_box.count():
            item = self.notices_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.notice_widgets = []
        for notice in notices:
            label = QLabel(notice.text)
            label.setObjectName("notice")
            label.setWordWrap(True)
            self.notices_box.addWidget(label)
            label.show()  # now, not after the next event loop turn
            self.notice_widgets.append(label)
            if notice.action is not None and notice.button:
                from PySide6.QtCore import Qt

                button = QPushButton(notice.button)
                button.clicked.connect(notice.action)
                self.notices_box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
                button.show()
        self.notice.setText("\n".join(n.text for n in notices))

    def set_cards(self, cards: list[RoutineCard]) -> None:
        for widget in self.cards:
            widget.deleteLater()
        self.loading.hide()
        self.cards = []
        for card in cards:
            w = RoutineCardWidget(card, self.grid_host)
            w.startClicked.connect(self.startRoutine.emit)
            w.previewClicked.connect(self.previewRoutine.emit)
            self.cards.append(w)
        self._columns = 0
        self._relayout()

    def card(self, routine_id: str) -> RoutineCardWidget:
        return next(c for c in self.cards if c.card.id == routine_id)

    def resizeEvent(self, event: object) -> None:
        self._relayout()

    def _relayout(self) -> None:
        columns = max(1, min(3, self.width() // 470))
        if columns == self._columns or not self.cards:
            return
        self._columns = columns
        for w in self.cards:
            self.grid.removeWidget(w)
        for i, w in enumerate(self.cards):
            self.grid.addWidget(w, i // columns, i % columns)
        for c in range(3):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
