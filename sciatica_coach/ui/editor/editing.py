"""The routine editor in the window: opening it (new, a copy, a kept file), and what its page asks
for: saving into the person's routines, exporting the file, the handout, and trying it.

Built with the window, so it imports nothing heavy until the editor is first opened (the draft
model reads and writes YAML with ruamel, which the home page does not need)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from ...core.i18n import _

if TYPE_CHECKING:
    from collections.abc import Callable

    from ...services.coach import CoachService
    from ...services.routine_editor import Opened
    from ..main_window import MainWindow
    from ..theme import Colors
    from .page import EditorPage
    from .try_it import TryRun

logger = logging.getLogger(__name__)

HANDOUT_FILTERS = {"A4 (PDF) (*.pdf)": "a4", "US Letter (PDF) (*.pdf)": "letter"}
"""The handout's save dialog names the paper: its filter says which was chosen."""


def ask_save_path(parent: object, caption: str, name: str, filters: str) -> tuple[str, str]:
    """The save dialog: (path, the filter chosen); ("", "") when cancelled."""
    return QFileDialog.getSaveFileName(parent, caption, name, filters)  # type: ignore[arg-type]


def documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class RoutineEditing(QObject):
    saved = Signal(str)  # the id of a routine saved into the person's routines
    tryStarted = Signal(object)  # TryRun

    def __init__(
        self,
        window: MainWindow,
        service: CoachService,
        colors: Callable[[], Colors],
        *,
        save_path: Callable[..., tuple[str, str]] | None = None,
        busy: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.service = service
        self.colors = colors
        self.save_path = save_path or ask_save_path
        self.busy = busy
        """A session is running: the editor waits until it ends (the player stays in view)."""
        self.page: EditorPage | None = None
        self.tries: list[TryRun] = []

    # -- opening --------------------------------------------------------------------------------

    def _page(self) -> EditorPage:
        if self.page is None:
            from .page import EditorPage

            page = EditorPage(
                lambda: self.service.library,
                self.colors(),
                keep_in=self.service.keep_routines_in,
            )
            page.saveAsked.connect(self.save)
            page.exportAsked.connect(self.export)
            page.handoutAsked.connect(self.handout)
            page.tryAsked.connect(self.try_it)
            page.leaveAsked.connect(self.leave)
            self.page = page
        return self.page

    def new(self) -> EditorPage | None:
        from ...services.routine_editor import new_draft

        return self._open(new_draft)

    def edit(self, routine_id: str) -> EditorPage | None:
        """A kept routine in place, or a copy of any other."""
        from ...services.routine_editor import open_draft

        lib, keep = self.service.library, self.service.keep_routines_in
        return self._open(lambda: open_draft(lib, routine_id, keep))

    def _open(self, make: Callable[[], Opened]) -> EditorPage | None:
        if self.busy():
            self._say(
                _("A session is running"), _("End the session first, then open the routine editor.")
            )
            return None
        page = self._page()
        if page.modified and self.window.current_page() is page:

            def again() -> None:
                self._open(make)

            self._ask_to_leave(again)
            return None
        try:
            opened = make()
        except (OSError, ValueError) as exc:
            self._say(_("Cannot open the routine"), str(exc), warning=True)
            return None
        page.open(opened)
        self.window.show_page(page)
        return page

    def choose(self) -> QInputDialog:
        """Pick a routine to edit (the person's own) or to copy (any other)."""
        from ...services.routine_editor import editable

        lib, keep = self.service.library, self.service.keep_routines_in
        labels: dict[str, str] = {}
        for routine_id, entry in lib.routines.items():
            mine = editable(lib, routine_id, keep)
            label = _("{title}: edit") if mine else _("{title}: make a copy to edit")
            labels[label.format(title=entry.routine.title)] = routine_id
        dialog = QInputDialog(self.window)
        dialog.setObjectName("chooseRoutine")
        dialog.setWindowTitle(_("Edit a routine"))
        dialog.setLabelText(_("Which routine? Shipped routines are copied first."))
        dialog.setComboBoxItems(sorted(labels))
        dialog.textValueSelected.connect(lambda text: self.edit(labels[text]))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    # -- what the page asks -----------------------------------------------------------------------

    def save(self) -> Path | None:
        from ...services import routine_editor

        page = self.page
        keep = self.service.keep_routines_in
        if page is None or page.opened is None or keep is None or not page.checked.ok:
            return None
        path = page.path or keep / page.opened.draft.name
        try:
            routine_editor.save(page.opened.draft, path)
        except OSError as exc:
            self._failed(_("Routine not saved"), path, exc)
            return None
        reloaded = routine_editor.reload(self.service.library, path, page.opened.replaces)
        if reloaded.routine_id is None:  # it was checked just now: only a changed catalogue
            logger.warning("saved routine did not load: %s", reloaded.problems)
            return None
        self.service.library = reloaded.library
        page.saved(path, reloaded.routine_id)
        self.saved.emit(reloaded.routine_id)
        return path

    def export(self) -> Path | None:
        """The file, anywhere (a USB stick for the patient)."""
        from ...services import routine_editor

        page = self.page
        if page is None or page.opened is None or not page.checked.ok:
            return None
        draft = page.opened.draft
        name, _chosen = self.save_path(
            self.window,
            _("Export the routine file"),
            str(documents() / draft.name),
            _("Routine files (*.yaml *.yml)"),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".yaml", ".yml"):
            path = path.with_suffix(".yaml")
        try:
            routine_editor.save(draft, path)
        except OSError as exc:
            self._failed(_("Routine not exported"), path, exc)
            return None
        return path

    def handout(self) -> Path | None:
        page = self.page
        routine = None if page is None else page.routine
        if page is None or page.opened is None or routine is None:
            return None
        from ..handout import write_handout

        stem = Path(page.opened.draft.name).stem
        name, chosen = self.save_path(
            self.window,
            _("Save the handout"),
            str(documents() / f"{stem}.pdf"),
            ";;".join(HANDOUT_FILTERS),
        )
        if not name:
            return None
        path = Path(name)
        try:
            write_handout(
                routine,
                self.service.library.catalogue,
                path,
                paper=HANDOUT_FILTERS.get(chosen, "a4"),  # type: ignore[arg-type]
            )
        except OSError as exc:
            self._failed(_("Handout not written"), path, exc)
            return None
        return path

    def try_it(self) -> TryRun | None:
        """Run the routine as it stands, fast, in a window of its own, recording nothing."""
        page = self.page
        routine = None if page is None else page.routine
        if page is None or routine is None:
            return None
        from ...core.library import Library, RoutineEntry, Source
        from .try_it import TryRun

        lib = self.service.library
        source = Source(page.opened.draft.name if page.opened else "", None, None)
        tried = Library(
            catalogue=lib.catalogue,
            routines={**lib.routines, routine.id: RoutineEntry(routine, source)},
        )
        settings = self.service.settings.settings
        run = TryRun(
            tried,
            routine.id,
            clock_for=self.service.clock_for,
            now=self.service.now,
            speed=settings.demo_speed,
            colors=self.colors(),
            affected_side=settings.affected_side,
            parent=self,
        )
        self.tries.append(run)
        run.closed.connect(lambda: self.tries.remove(run) if run in self.tries else None)
        run.start(like=self.window)
        self.tryStarted.emit(run)
        return run

    # -- leaving --------------------------------------------------------------------------------

    def leave(self) -> None:
        page = self.page
        if page is not None and page.modified:
            self._ask_to_leave(lambda: self.window.show_page(self.window.home))
            return
        self.window.show_page(self.window.home)

    def may_close(self, close: Callable[[], object]) -> bool:
        """Closing the window: True, or ask first about unsaved changes (then `close` again)."""
        page = self.page
        if page is not None and page.modified:
            self._ask_to_leave(close)
            return False
        for run in list(self.tries):  # a try's window goes with the app's
            run.window.close()
        return True

    def _ask_to_leave(self, then: Callable[[], object]) -> None:
        page = self.page
        assert page is not None
        box = QMessageBox(self.window)
        box.setObjectName("unsavedRoutine")
        box.setWindowTitle(_("Unsaved changes"))
        box.setText(_("The routine has changes that are not saved."))
        can_save = page.checked.ok and self.service.keep_routines_in is not None
        save = box.addButton(_("Save"), QMessageBox.ButtonRole.AcceptRole) if can_save else None
        discard = box.addButton(_("Discard the changes"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(_("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered(_result: int) -> None:
            clicked = box.clickedButton()
            box.deleteLater()
            if clicked is save and self.save() is not None:
                then()
            elif clicked is discard:
                page.modified = False
                then()

        box.finished.connect(answered)
        box.open()

    def _failed(self, title: str, path: Path, exc: OSError) -> None:
        logger.warning("could not write %s: %s", path, exc)
        why = exc.strerror or exc
        said = _("Could not write {path}: {why}. Nothing was changed there.")
        self._say(title, said.format(path=path, why=why), warning=True)

    def _say(self, title: str, text: str, *, warning: bool = False) -> QMessageBox:
        """A message that does not stop the window (the session timer, the tests) while read."""
        box = QMessageBox(self.window)
        box.setObjectName("editorMessage")
        box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setText(text)
        box.finished.connect(lambda _r: box.deleteLater())
        box.open()
        return box
