"""Choosing a drill from the catalogue: words, position, direction, kind and equipment narrow the
list; each drill shows its figure, and the chosen one its start and end, purpose and cues."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.catalogue_search import NO_EQUIPMENT, equipment_choices, search
from ...core.exercise_list import default_drill
from ...core.i18n import _
from ...core.models import Category, Kind, Position
from ...core.plan_words import dose_words
from .fields import shrinkable
from .figures import LARGE, THUMB, figure_pixmap, moments
from .labels import category_label, equipment_label, kind_label, position_label

if TYPE_CHECKING:
    from ...core.library import Catalogue
    from ...core.models import Exercise
    from ..theme import Colors

ROLE_ID = Qt.ItemDataRole.UserRole
FIGURE = (LARGE[0] * 6 // 7, LARGE[1] * 6 // 7)
"""The chosen drill's start and end, side by side beside the list."""
FRAME_ALLOWANCE = (16, 48)


def describe(ex: Exercise) -> str:
    """One line under the name: kind, position, and the catalogue's dose."""
    return _("{kind}, {position}; {dose}").format(
        kind=kind_label(ex.kind), position=position_label(ex.position).lower(),
        dose=dose_words(default_drill(ex)),
    )  # fmt: skip


class DrillList(QAbstractListModel):
    """The drills shown, each with its figure drawn when its row first comes into view."""

    def __init__(self, colors: Colors, ratio: float, parent: Any = None) -> None:
        super().__init__(parent)
        self.colors = colors
        self.ratio = ratio
        self.drills: list[Exercise] = []

    def show(self, drills: list[Exercise]) -> None:
        self.beginResetModel()
        self.drills = drills
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.drills)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        ex = self.drills[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = ex.name if ex.variant_of is None else f"↳ {ex.name}"
            return f"{name}\n{describe(ex)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{ex.name}. {describe(ex)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return figure_pixmap(ex, moments(ex)[-1], THUMB, self.colors, self.ratio, card=True)
        if role == ROLE_ID:
            return ex.id
        return None


class ExercisePicker(QDialog):
    """Pick a drill to add; `chosen` carries its id (also on Enter or a double click)."""

    chosen = Signal(str)

    def __init__(self, catalogue: Catalogue, colors: Colors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exercisePicker")
        self.setWindowTitle(_("Add a drill"))
        self.setModal(True)
        self.catalogue = catalogue
        self.colors = colors
        ratio = QGuiApplication.primaryScreen().devicePixelRatio() if parent is None else (
            parent.devicePixelRatioF()
        )  # fmt: skip
        outer = QVBoxLayout(self)
        outer.setSpacing(8)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Search: a name or a word, e.g. knee, nerve, chair"))
        self.search.setAccessibleName(_("Search the drills"))
        self.search.setClearButtonEnabled(True)
        outer.addWidget(self.search)
        filters = QGridLayout()
        filters.setHorizontalSpacing(10)
        self.position = self._filter(
            _("Position"), [(position_label(p), p.value) for p in Position]
        )
        self.category = self._filter(
            _("Direction"), [(category_label(c), c.value) for c in Category]
        )
        self.kind = self._filter(_("Kind"), [(kind_label(k), k.value) for k in Kind])
        words = [NO_EQUIPMENT, *equipment_choices(catalogue)]
        self.equipment = self._filter(_("Equipment"), [(equipment_label(w), w) for w in words])
        for i, (label, combo) in enumerate(
            (
                (_("Position"), self.position),
                (_("Direction"), self.category),
                (_("Kind"), self.kind),
                (_("Equipment"), self.equipment),
            )
        ):
            caption = QLabel(label)
            caption.setBuddy(combo)
            filters.addWidget(caption, i // 2, (i % 2) * 2)
            filters.addWidget(combo, i // 2, (i % 2) * 2 + 1)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        outer.addLayout(filters)
        self.variants = QCheckBox(_("Show easier and harder variants"))
        self.variants.setChecked(True)
        outer.addWidget(self.variants)
        middle = QHBoxLayout()
        self.model = DrillList(colors, ratio, self)
        self.list = QListView()
        self.list.setAccessibleName(_("Drills"))
        self.list.setModel(self.model)
        self.list.setIconSize(QSize(*THUMB))
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(2)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        middle.addWidget(self.list, 3)
        self.detail = self._detail()
        middle.addWidget(self.detail, 2)
        outer.addLayout(middle, 1)
        row = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("muted")
        row.addWidget(self.count, 1)
        cancel = QPushButton(_("Cancel"))
        cancel.clicked.connect(self.reject)
        self.add_button = QPushButton(_("Add to the routine"))
        self.add_button.setObjectName("primary")
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self._add)
        row.addWidget(cancel)
        row.addWidget(self.add_button)
        outer.addLayout(row)
        self.search.textChanged.connect(lambda _t: self.refresh())
        for combo in (self.position, self.category, self.kind, self.equipment):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.variants.toggled.connect(lambda _v: self.refresh())
        self.list.selectionModel().currentChanged.connect(lambda cur, _prev: self._show(cur))
        self.list.doubleClicked.connect(lambda _i: self._add())
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        self.refresh()

    def _filter(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = shrinkable(QComboBox(), 10)
        combo.setAccessibleName(name)
        combo.addItem(_("Any"), None)
        for label, value in items:
            combo.addItem(label, value)
        return combo

    def _detail(self) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        host = QWidget()
        lay = QVBoxLayout(host)
        pictures = QHBoxLayout()
        self.start_figure = QLabel()
        self.end_figure = QLabel()
        for label, said in ((self.start_figure, _("Start")), (self.end_figure, _("End"))):
            label.setAccessibleName(said)
            label.setMinimumSize(QSize(*FIGURE))
            pictures.addWidget(label)
        pictures.addStretch(1)
        lay.addLayout(pictures)
        self.name = QLabel()
        self.name.setObjectName("lead")
        self.name.setWordWrap(True)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.name)
        lay.addWidget(self.about)
        lay.addStretch(1)
        area.setWidget(host)
        return area

    # -- what is shown ------------------------------------------------------------------------

    def refresh(self) -> None:
        found = search(
            self.catalogue,
            self.search.text(),
            position=self.position.currentData(),
            category=self.category.currentData(),
            kind=self.kind.currentData(),
            equipment=self.equipment.currentData(),
            variants=self.variants.isChecked(),
        )
        self.model.show(found)
        self.count.setText(
            _("{n} drills").format(n=len(found))
            if found
            else _("No drill matches: try fewer words")
        )
        self.add_button.setEnabled(bool(found))
        if found:
            self.list.setCurrentIndex(self.model.index(0))
        else:
            self._show(QModelIndex())

    def current(self) -> Exercise | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        return self.catalogue.exercises.get(index.data(ROLE_ID))

    def select(self, exercise_id: str) -> bool:
        """Make `exercise_id` the current drill if it is in the list."""
        for row, ex in enumerate(self.model.drills):
            if ex.id == exercise_id:
                self.list.setCurrentIndex(self.model.index(row))
                return True
        return False

    def _show(self, index: QModelIndex) -> None:
        ex = self.catalogue.exercises.get(index.data(ROLE_ID)) if index.isValid() else None
        self.name.setText("" if ex is None else ex.name)
        if ex is None:
            self.about.clear()
            self.start_figure.clear()
            self.end_figure.clear()
            return
        ratio = self.devicePixelRatioF()
        at = moments(ex)
        self.start_figure.setPixmap(figure_pixmap(ex, at[0], FIGURE, self.colors, ratio))
        if len(at) > 1:
            self.end_figure.setPixmap(figure_pixmap(ex, at[1], FIGURE, self.colors, ratio))
        else:
            self.end_figure.clear()
        lines = [describe(ex)]
        if ex.purpose:
            lines.append(ex.purpose)
        lines += [f"• {cue}" for cue in ex.cues]
        if ex.equipment:
            lines.append(_("Needs: {things}").format(things=", ".join(ex.equipment)))
        if ex.clinician_only:
            lines.append(_("Only when you, the clinician, choose it for this person."))
        self.about.setText("\n".join(lines))
        self.name.setAccessibleName(ex.name)
        self.about.setAccessibleName(self.about.text())

    def _add(self) -> None:
        ex = self.current()
        if ex is None:
            return
        self.accept()
        self.chosen.emit(ex.id)

    def showEvent(self, event: object) -> None:
        screen = (self.parentWidget() or self).screen()
        area = screen.availableGeometry()
        self.resize(
            min(1100, area.width() - FRAME_ALLOWANCE[0]),
            min(720, area.height() - FRAME_ALLOWANCE[1]),
        )
        super().showEvent(event)  # type: ignore[arg-type]
