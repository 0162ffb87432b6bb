"""The routine's steps in order, each with its figure and dose; reordered by dragging a step, or
with Alt+Up and Alt+Down, and removed with Delete."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from ...core.i18n import _
from .figures import THUMB, figure_pixmap, moments

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap

    from ...core.models import Exercise
    from ..theme import Colors

MIME = "application/x-sciatica-coach-step"
ICON = (THUMB[0] * 3 // 4, THUMB[1] * 3 // 4)


@dataclass(frozen=True)
class StepRow:
    name: str
    dose: str
    exercise: Exercise | None
    problems: int


class StepsModel(QAbstractListModel):
    """One row per step. A drop asks `moved` to move a step; nothing else changes here."""

    moved = Signal(int, int)  # from, to

    def __init__(self, colors: Colors, parent: Any = None) -> None:
        super().__init__(parent)
        self.colors = colors
        self.ratio = 1.0
        self.rows: list[StepRow] = []

    def show(self, rows: list[StepRow]) -> None:
        if len(rows) == len(self.rows):
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        n = index.row() + 1
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "⚠ " if row.problems else ""
            return f"{mark}{n}. {row.name}\n{row.dose}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            said = _("Step {n}: {name}, {dose}").format(n=n, name=row.name, dose=row.dose)
            if row.problems:
                said += ". " + _("Needs fixing")
            return said
        if role == Qt.ItemDataRole.DecorationRole and row.exercise is not None:
            return self._picture(row.exercise)
        return None

    def _picture(self, ex: Exercise) -> QPixmap:
        return figure_pixmap(ex, moments(ex)[-1], ICON, self.colors, self.ratio, card=True)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        rows = [i.row() for i in indexes if i.isValid()]
        data.setData(MIME, str(rows[0] if rows else -1).encode())
        return data

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if not data.hasFormat(MIME):
            return False
        try:
            source = int(bytes(data.data(MIME).data()).decode())
        except ValueError:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        target = row - 1 if row > source else row
        if not 0 <= source < len(self.rows) or target == source:
            return False
        self.moved.emit(source, max(0, min(target, len(self.rows) - 1)))
        return True


class StepsView(QListView):
    """The list a person drags steps in; Alt+Up / Alt+Down move the chosen step, Delete removes
    it (the page decides; this only says what was asked)."""

    moveAsked = Signal(int, int)
    removeAsked = Signal(int)

    def __init__(self, model: StepsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(_("Steps"))
        self.setIconSize(QSize(*ICON))
        self.setSpacing(2)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # DragDrop with the model's own type, not InternalMove: a drop asks the model to move the
        # step (the view never removes the dragged row itself).
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        model.ratio = self.devicePixelRatioF()
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self._move(step))
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self._remove)

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def _move(self, step: int) -> None:
        row = self.current_row()
        if row >= 0 and 0 <= row + step < self.model().rowCount():
            self.moveAsked.emit(row, row + step)

    def _remove(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.removeAsked.emit(row)
