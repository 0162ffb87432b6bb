"""Routine files a person opens (menu, drag-and-drop, the command line) and routine previews.

Checking and keeping a file is the service's (`services.routine_files`); this shows the file
dialog, the problems, and the preview.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog

from ..core.i18n import _

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from ..services.coach import CoachService

logger = logging.getLogger(__name__)


class RoutineFiles(QObject):
    opened = Signal(str)  # the routine id of a file that opened cleanly

    def __init__(
        self,
        parent_window: QWidget,
        service: CoachService,
        start: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = parent_window
        self.service = service
        self.start = start
        self.edit: Callable[[str], object] | None = None
        """Opens a routine in the editor (the preview's Edit button); set by the shell."""

    def open_dialog(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(
            self.window,
            _("Open a routine file"),
            str(Path.home()),
            _("Routine files (*.yaml *.yml)"),
        )
        if path:
            self.open(Path(path))

    def open(self, path: Path, *, show_problems: bool = True) -> str | None:
        """Load a routine file; on success its card appears (and a copy is kept); else the
        problems are shown, line by line, and nothing else changes."""
        opened = self.service.open_file(path)
        if opened.routine_id is None:
            if show_problems:
                from .dialogs.problems import ProblemsDialog

                dialog = ProblemsDialog(path.name, opened.problems, self.window)
                dialog.setObjectName("problemsDialog")
                dialog.open()
            return None
        if opened.copy_failed is not None:
            self._copy_failed(path, opened.copy_failed)
        self.opened.emit(opened.routine_id)
        return opened.routine_id

    def _copy_failed(self, path: Path, why: str) -> None:
        """The routine opened, but no copy could be kept: say so (it is not there next time)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.window)
        box.setObjectName("copyFailed")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_("Opened, but not kept"))
        box.setText(
            _(
                "{file} is open now, but a copy could not be kept for next time ({why}). "
                "Nothing half-written was kept either: open the file again next time, or free "
                "some space and open it again now."
            ).format(file=path.name, why=why)
        )
        box.open()

    def preview(self, routine_id: str) -> None:
        from ..core.plan import build_plan
        from .dialogs.preview import PreviewDialog

        lib = self.service.library
        routine = lib.routine(routine_id)
        plan = build_plan(routine, lib.catalogue)
        from ..services.routine_editor import editable

        edit = None
        if self.edit is not None:
            edit = "edit" if editable(lib, routine_id, self.service.keep_routines_in) else "copy"
        dialog = PreviewDialog(routine, plan, self.window, catalogue=lib.catalogue, edit=edit)
        dialog.setObjectName("previewDialog")
        dialog.startClicked.connect(lambda: self.start(routine_id))
        if self.edit is not None:
            dialog.editClicked.connect(partial(self.edit, routine_id))
        dialog.open()
