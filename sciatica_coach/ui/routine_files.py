"""Routine files a person opens (menu or drag-and-drop), previews and printouts."""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

if TYPE_CHECKING:
    from ..core.models import Routine
    from .coach import Coach

logger = logging.getLogger(__name__)

USER_ROUTINES = "routines"


def routine_hash(routine: Routine) -> str:
    """A digest of the routine as validated, so the log knows which version was run."""
    canonical = json.dumps(routine.model_dump(mode="json"), sort_keys=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


class RoutineFiles(QObject):
    def __init__(self, coach: Coach) -> None:
        super().__init__(coach)
        self.coach = coach

    def user_dir(self) -> Path | None:
        """Opened routines are kept here so they are there next time (not in demo mode)."""
        c = self.coach
        return None if c.options.demo else c.options.data_dir / USER_ROUTINES

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.coach.window,
            "Open a routine file",
            str(Path.home()),
            "Routine files (*.yaml *.yml)",
        )
        if path:
            self.open(Path(path))

    def open(self, path: Path, *, show_problems: bool = True) -> str | None:
        """Load a routine file; on success add its card (and keep a copy); else show why."""
        from ..core.shipped import load_routine_file

        c = self.coach
        if c.library is None:
            return None
        lib, routine = load_routine_file(path, base=c.library)
        if routine is None:
            if show_problems:
                from .dialogs.problems import ProblemsDialog

                dialog = ProblemsDialog(path.name, lib.problems, c.window)
                dialog.setObjectName("problemsDialog")
                dialog.open()
            return None
        c.library = lib
        self._keep_copy(path)
        c.refresh_home()
        return routine.id

    def _keep_copy(self, path: Path) -> None:
        from .. import paths

        folder = self.user_dir()
        if folder is None:
            return
        here = path.resolve().parent
        if here in {folder.resolve(), paths.routines_dir().resolve()}:
            return  # already one of ours: shipped, or kept earlier
        try:
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, folder / path.name)
        except OSError as exc:
            logger.warning("could not keep a copy of %s: %s", path, exc)

    def preview(self, routine_id: str) -> None:
        from ..core.plan import build_plan, format_timeline
        from .dialogs.preview import PreviewDialog

        c = self.coach
        assert c.library is not None
        routine = c.library.routine(routine_id)
        plan = build_plan(routine, c.library.catalogue)
        dialog = PreviewDialog(routine, plan, format_timeline(plan), c.window)
        dialog.setObjectName("previewDialog")
        dialog.startClicked.connect(lambda: c.start_routine(routine_id))
        dialog.open()
