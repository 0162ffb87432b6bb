"""The routine editor page: the steps and the routine's fields on the left, the chosen step on the
right, the timeline and what `validate` says at the bottom. It shows and forwards: the draft is
`core.routine_edit`, files are `services.routine_editor`, and the controller (`editing`) saves,
tries and prints what this page asks for."""

from __future__ import annotations

import logging
from collections import defaultdict
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.draft_check import (
    Checked,
    Timeline,
    check,
    message,
    place,
    step_model,
    timeline,
)
from ...core.i18n import _, ngettext
from ...core.plan import make_drill
from ...core.plan_words import dose_words, duration_words
from ...services.routine_editor import file_name
from .fields import ElidedLabel
from .picker import ExercisePicker
from .routine_form import RoutineForm
from .step_form import StepForm
from .steps import StepRow, StepsModel, StepsView
from .timeline import TimelineBar

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtGui import QShowEvent

    from ...core.library import Library
    from ...core.models import Routine
    from ...core.problems import Problem
    from ...services.routine_editor import Opened
    from ..theme import Colors

logger = logging.getLogger(__name__)
MAX_LISTED = 4
"""Problems listed under the timeline; each field shows its own beside it."""


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


class EditorPage(QWidget):
    saveAsked = Signal()
    exportAsked = Signal()
    handoutAsked = Signal()
    tryAsked = Signal()
    leaveAsked = Signal()

    def __init__(
        self,
        library: Callable[[], Library],
        colors: Colors,
        *,
        keep_in: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editorPage")
        self.library = library
        self.colors = colors
        self.keep_in = keep_in
        self.opened: Opened | None = None
        self.modified = False
        self.checked = Checked(None, ())
        self.timeline_now = Timeline((), ())
        self.picker: ExercisePicker | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 12, 20, 12)
        outer.setSpacing(8)
        outer.addLayout(self._header())
        body = QSplitter(Qt.Orientation.Horizontal)
        body.setChildrenCollapsible(False)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(_("The routine"))
        self.tabs.addTab(self._steps_tab(), _("Drills"))
        self.routine_form = RoutineForm()
        self.routine_form.edited.connect(self._edited)
        self.tabs.addTab(_scrolled(self.routine_form), _("For the patient"))
        body.addWidget(self.tabs)
        catalogue = library().catalogue
        self.step_form = StepForm(catalogue, colors)
        self.step_form.edited.connect(self._edited)
        self.step_area = _scrolled(self.step_form)
        body.addWidget(self.step_area)
        body.setStretchFactor(0, 5)
        body.setStretchFactor(1, 6)
        self.splitter = body
        self._split = False
        outer.addWidget(body, 1)
        bottom = QHBoxLayout()
        self.timeline = TimelineBar()
        self.timeline.colors = colors
        self.timeline.stepClicked.connect(self.select_step)
        self.total = QLabel()
        self.total.setObjectName("lead")
        bottom.addWidget(self.timeline, 1)
        bottom.addWidget(self.total)
        outer.addLayout(bottom)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("reason")
        outer.addWidget(self.summary)
        for keys, slot in (
            (QKeySequence.StandardKey.Save, self.saveAsked.emit),
            ("Ctrl+Shift+A", self.add_drill),
        ):
            QShortcut(QKeySequence(keys), self, slot)

    def _header(self) -> QHBoxLayout:
        head = QHBoxLayout()
        self.back_button = QPushButton(_("← Routines"))
        self.back_button.setAccessibleName(_("Back to the routines"))
        self.back_button.clicked.connect(self.leaveAsked.emit)
        head.addWidget(self.back_button)
        self.heading = ElidedLabel()
        self.heading.setObjectName("pageTitle")
        head.addWidget(self.heading, 1)
        self.try_button = QPushButton(_("Try it"))
        self.try_button.setToolTip(_("Run it fast in a window of its own; nothing is recorded"))
        self.try_button.clicked.connect(self.tryAsked.emit)
        self.handout_button = QPushButton(_("Handout…"))
        self.handout_button.setAccessibleName(_("Handout (PDF)"))
        self.handout_button.clicked.connect(self.handoutAsked.emit)
        self.export_button = QPushButton(_("Export…"))
        self.export_button.setAccessibleName(_("Export the routine file"))
        self.export_button.clicked.connect(self.exportAsked.emit)
        self.save_button = QPushButton(_("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.saveAsked.emit)
        for button in (self.try_button, self.handout_button, self.export_button, self.save_button):
            head.addWidget(button)
        return head

    def _steps_tab(self) -> QWidget:
        host = QWidget()
        lay = QVBoxLayout(host)
        self.steps_model = StepsModel(self.colors, self)
        self.steps_model.moved.connect(self.move_step)
        self.steps = StepsView(self.steps_model)
        self.steps.moveAsked.connect(self.move_step)
        self.steps.removeAsked.connect(self.remove_step)
        self.steps.selectionModel().currentChanged.connect(lambda cur, _p: self._chosen(cur.row()))
        lay.addWidget(self.steps, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(_("Add a drill…"))
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.add_drill)
        self.up_button = QPushButton(_("Up"))
        self.up_button.setAccessibleName(_("Move the step up"))
        self.up_button.setToolTip("Alt+Up")
        self.up_button.clicked.connect(lambda: self._nudge(-1))
        self.down_button = QPushButton(_("Down"))
        self.down_button.setAccessibleName(_("Move the step down"))
        self.down_button.setToolTip("Alt+Down")
        self.down_button.clicked.connect(lambda: self._nudge(1))
        self.remove_button = QPushButton(_("Remove"))
        self.remove_button.setAccessibleName(_("Remove the step"))
        self.remove_button.setToolTip(_("Delete"))
        self.remove_button.clicked.connect(lambda: self.remove_step(self.steps.current_row()))
        lay.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        for button in (self.up_button, self.down_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        lay.addLayout(row)
        return host

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split:  # the steps get 5 parts of the width, the chosen step 6
            self._split = True
            width = self.splitter.width()
            self.splitter.setSizes([width * 5 // 11, width - width * 5 // 11])

    # -- the draft ------------------------------------------------------------------------------

    def open(self, opened: Opened) -> None:
        self.opened = opened
        self.modified = False
        self.routine_form.show_draft(opened.draft)
        self.refresh()
        self.select_step(0)
        self.tabs.setCurrentIndex(0)

    @property
    def path(self) -> Path | None:
        return None if self.opened is None else self.opened.path

    @property
    def routine(self) -> Routine | None:
        """The routine as `validate` reads it, while it has no problems."""
        return self.checked.routine

    def _edited(self) -> None:
        self.modified = True
        self.refresh()

    def refresh(self) -> None:
        """Check the draft as `validate` would and show the result everywhere."""
        opened = self.opened
        if opened is None:
            return
        draft, lib = opened.draft, self.library()
        if opened.path is None:
            title = draft.value("title")
            draft.name = file_name(str(title or ""), self.keep_in, lib)
        self.checked = check(draft, lib, own=opened.path, replacing=opened.replaces)
        self.timeline_now = timeline(draft, lib.catalogue)
        by_step: dict[int | None, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for problem in self.checked.problems:
            step, field = place(problem)
            by_step[step][field].append(message(problem))
        self._show_steps(by_step)
        rest = self.routine_form.show_problems(by_step.get(None, {}))
        self.routine_form.general.say(rest)
        self.step_form.show_problems(by_step.get(self.steps.current_row(), {}))
        about = sum(len(v) for v in by_step.get(None, {}).values())
        self.tabs.setTabText(
            1,
            _("For the patient") + (f" ⚠ {about}" if about else ""),
        )
        self.timeline.show_timeline(self.timeline_now, self.steps.current_row())
        total = duration_words(self.timeline_now.total_ms)
        self.total.setText(_("Total {time}").format(time=total))
        self._summary(self.checked.problems)
        title = str(draft.value("title") or _("New routine"))
        self.heading.set_full_text(title + (" •" if self.modified else ""))
        ok = self.checked.ok
        self.try_button.setEnabled(ok)
        self.handout_button.setEnabled(ok)
        self.export_button.setEnabled(ok)
        self.save_button.setEnabled(ok and self.keep_in is not None)
        self.save_button.setToolTip(
            "" if self.keep_in is not None else _("The clinic demo keeps nothing: use Export…")
        )
        count = len(draft.steps())
        row = self.steps.current_row()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(row >= 0)

    def _show_steps(self, by_step: dict[int | None, dict[str, list[str]]]) -> None:
        assert self.opened is not None
        catalogue = self.library().catalogue
        spans = {s.step: s for s in self.timeline_now.spans}
        rows = []
        for index, raw in enumerate(self.opened.draft.steps()):
            base = raw.get("exercise") or ("slow-breathing" if "breathing" in raw else "")
            name = str(raw.get("variant") or base)
            ex = catalogue.exercises.get(name)
            step = step_model(raw) if index in spans else None
            if step is not None and ex is not None:
                drill = make_drill(step, index, catalogue)
                dose = dose_words(drill)
                title = drill.title
            else:
                dose, title = _("needs fixing"), ex.name if ex is not None else name
            problems = sum(len(v) for v in by_step.get(index, {}).values())
            rows.append(StepRow(title, dose, ex, problems))
        self.steps_model.show(rows)

    def _summary(self, problems: tuple[Problem, ...]) -> None:
        if not problems:
            self.summary.setObjectName("muted")
            text = _("No problems: `sciatica-coach validate` would accept this file.")
        else:
            self.summary.setObjectName("reason")
            lines = [str(p) for p in problems[:MAX_LISTED]]
            more = len(problems) - MAX_LISTED
            if more > 0:
                lines.append(_("…and {n} more").format(n=more))
            head = ngettext("{n} problem to fix:", "{n} problems to fix:", len(problems)).format(
                n=len(problems)
            )
            text = "\n".join([head, *lines])
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)

    # -- steps ----------------------------------------------------------------------------------

    def _chosen(self, row: int) -> None:
        draft = self.opened.draft if self.opened is not None else None
        self.step_form.show_step(draft, row)
        self.refresh()

    def select_step(self, row: int) -> None:
        count = self.steps_model.rowCount()
        if count == 0:
            self.step_form.show_step(self.opened.draft if self.opened else None, -1)
            self.refresh()
            return
        row = max(0, min(row, count - 1))
        self.steps.setCurrentIndex(self.steps_model.index(row))
        self.tabs.setCurrentIndex(0)

    def add_drill(self) -> ExercisePicker:
        """The catalogue, to choose a drill to add after the chosen step."""
        picker = ExercisePicker(self.library().catalogue, self.colors, self)
        picker.chosen.connect(self.add_step)
        picker.finished.connect(lambda _r: picker.deleteLater())
        self.picker = picker
        picker.open()
        return picker

    def add_step(self, exercise_id: str) -> None:
        if self.opened is None:
            return
        row = self.steps.current_row()
        index = self.opened.draft.add_step(exercise_id, None if row < 0 else row + 1)
        self._edited()
        self.select_step(index)

    def remove_step(self, row: int) -> None:
        if self.opened is None or row < 0:
            return
        self.opened.draft.remove_step(row)
        self._edited()
        self.select_step(min(row, len(self.opened.draft.steps()) - 1))

    def move_step(self, row: int, to: int) -> None:
        if self.opened is None or row < 0:
            return
        self.opened.draft.move_step(row, to)
        self._edited()
        self.select_step(to)
        self.steps.setFocus()

    def _nudge(self, step: int) -> None:
        row = self.steps.current_row()
        if row >= 0 and 0 <= row + step < self.steps_model.rowCount():
            self.move_step(row, row + step)

    def saved(self, path: Path, routine_id: str) -> None:
        """The controller wrote the draft to `path`: it is that file, and that routine, now."""
        if self.opened is not None:
            self.opened.path = path
            self.opened.replaces = routine_id
            self.opened.draft.name = path.name
        self.modified = False
        self.refresh()
