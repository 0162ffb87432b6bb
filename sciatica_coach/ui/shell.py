"""The window's parts put together over the services `app.py` built: the home page's cards and
notices, sessions, routine files and the menus. Only `app.py` imports this module.

Each part gets only what it uses; none of them imports this one back.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..core.i18n import _
from ..core.safety_words import advice
from ..core.words import lower_name, physio_text, red_flag_report
from .editor.editing import RoutineEditing
from .home_page import Notice
from .menu_actions import MenuActions
from .reminder_tray import ReminderTray
from .routine_files import RoutineFiles
from .session_view import SessionView

if TYPE_CHECKING:
    from ..core.models import Routine
    from ..services.coach import CoachService
    from ..services.settings_store import SettingsStore
    from ..storage.resilient import ResilientLog
    from .look import Look
    from .main_window import MainWindow
    from .prompts import QtPrompts
    from .sound import SoundCues

logger = logging.getLogger(__name__)


class Shell(QObject):
    ready = Signal()  # start-up questions answered, home page filled

    def __init__(
        self,
        window: MainWindow,
        service: CoachService,
        log: ResilientLog,
        settings: SettingsStore,
        prompts: QtPrompts,
        look: Look,
        sound: SoundCues | None,
        *,
        data_dir: Path | None,
        notices: list[str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.service = service
        self.log = log
        self.settings = settings
        self.prompts = prompts
        self.look = look
        self.sound = sound
        self._notices = list(notices or [])
        self.sessions = SessionView(
            window, service, sound, prompts, lambda: look.colors, _preload_history, parent=self
        )
        self.files = RoutineFiles(window, service, self.sessions.start, parent=self)
        self.editing = RoutineEditing(
            window,
            service,
            lambda: look.colors,
            busy=lambda: self.sessions.run is not None,
            parent=self,
        )
        self.editing.saved.connect(lambda _id: self.refresh_home())
        self.files.edit = self.editing.edit
        self.menus = MenuActions(
            window, service, log, settings, look, sound, data_dir=data_dir, parent=self
        )
        window.set_demo(service.options.demo)
        sessions = self.sessions
        self.menus.session_running = lambda: sessions.run is not None
        self.menus.pause_session = sessions.pause_if_running
        self.menus.session_page = lambda: sessions.player if sessions.run is not None else None
        look.changed.connect(self._recolor)
        self._just_opened: str | None = None
        """A routine opened from a file this run: said on the home page until a session."""
        self.files.opened.connect(self._opened)
        self.sessions.sessionStarted.connect(lambda _run: setattr(self, "_just_opened", None))
        self.sessions.sessionFinished.connect(lambda _run: self.refresh_home())
        self.reminders = ReminderTray(
            window,
            settings,
            self._routine,
            log,
            service.now,
            busy=lambda: self.sessions.run is not None,
            paused=lambda: service.red_flag_lock() is not None,
            quit_app=self.quit,
            parent=self,
        )
        self.menus.settingsSaved.connect(self._settings_saved)
        self._closing = False
        self._quitting = False
        window.close_guard = self._may_close
        self.sessions.unsaved_note = self.unsaved_note
        self.sessions.reduce_motion = lambda: look.reduce_motion
        self._wire()

    def _wire(self) -> None:
        w, s = self.window, self.sessions
        w.home.startRoutine.connect(lambda rid: s.start(rid))
        w.home.previewRoutine.connect(self.files.preview)
        w.home.openFile.connect(self.files.open_dialog)
        w.home.newRoutine.connect(self.editing.new)
        w.fileDropped.connect(lambda p: self.files.open(Path(p)))
        w.on("open", self.files.open_dialog)
        w.on("new_routine", self.editing.new)
        w.on("edit_routine", self.editing.choose)
        w.on("home", s.go_home)
        w.on("quit", w.close)
        for name in ("pause", "skip", "back", "rep", "restart", "more"):
            w.on(name, partial(s.control, name))
        w.on("hurt", s.hurt)
        w.on("end", s.end)
        w.actions_by_name["self_paced"].toggled.connect(self._self_paced)

    def _self_paced(self, on: bool) -> None:
        player = self.sessions.player
        if player is not None:
            player.self_paced_button.setChecked(on)

    def _recolor(self, colors: object) -> None:
        player = self.sessions.player
        if player is not None:
            player.set_colors(colors)  # type: ignore[arg-type]
            player.set_reduce_motion(self.look.reduce_motion)  # Settings may have changed it

    # -- start-up --------------------------------------------------------------------------

    def begin(self, routine: Path | None = None, *, start: bool = False) -> None:
        """Fill the home page, ask the start-up questions, then open `routine` (and start it)."""
        self.reminders.apply()
        self.refresh_home()

        def asked() -> None:
            self.ready.emit()
            if routine is None:
                return
            routine_id = self.files.open(routine)
            if routine_id is not None and start:
                self.sessions.start(routine_id, checkins=False)

        self.service.startup(asked)

    # -- the home page ---------------------------------------------------------------------

    def refresh_home(self) -> None:
        home = self.window.home
        home.set_cards(self.service.cards())
        home.show_notices(self.notices())
        self.reminders.rearm()  # a session ended, a routine came, the lock was lifted...

    def _opened(self, routine_id: str) -> None:
        self._just_opened = routine_id
        self.refresh_home()
        if self.sessions.run is None:
            self.window.show_page(self.window.home)

    def _settings_saved(self) -> None:
        self.reminders.apply()  # on, off, another routine, other waking hours
        self.refresh_home()  # and its notice about a missing tray comes or goes

    def _routine(self, routine_id: str) -> Routine | None:
        entry = self.service.library.routines.get(routine_id)
        return entry.routine if entry is not None else None

    def notices(self) -> list[Notice]:
        """What the person should know before choosing: a warning sign that locks sessions,
        a file or folder problem, and reasons to talk to the physio."""
        service, now = self.service, self.service.now()
        out: list[Notice] = []
        lock = service.red_flag_lock()
        if lock is not None:
            out.append(
                Notice(
                    " ".join(
                        (
                            red_flag_report(lock.flags, lock.at, now),
                            advice(lock.urgency, lock.contact),
                            _("Sessions stay paused until a clinician has seen you."),
                        )
                    )
                )
            )
        opened = self._routine(self._just_opened) if self._just_opened else None
        if opened is not None:
            out.append(
                Notice(
                    _("Added {routine}: it is first in your routines.").format(
                        routine=f"“{opened.title}”"
                    )
                )
            )
        notes = (self.log.notice, self.log.error, self.settings.notice, self.reminders.notice)
        for text in (*self._notices, *notes):
            if text and text not in {n.text for n in out}:
                out.append(Notice(text))
        for notice in service.physio_notices():
            text = physio_text(notice, service.name, now)
            if notice.reason == "left_out" and notice.base is not None:
                base = notice.base
                out.append(
                    Notice(
                        text,
                        _("Put {drill} back in my routines").format(
                            drill=lower_name(service.name(base))
                        ),
                        partial(self._put_back, base),
                    )
                )
            else:
                out.append(Notice(text))
        return out

    def _put_back(self, base: str) -> None:
        self.service.put_back(base)
        self.refresh_home()

    # -- closing ---------------------------------------------------------------------------

    def unsaved_note(self) -> str | None:
        """What the person should know while the history cannot be written."""
        log = self.log
        if not log.pending:
            return None
        where = log.kept_in
        reason = log.reason or _("the history file can't be written")
        if where is None:
            return _(
                "Not in your history yet: {reason}. It is kept while the app is open: please "
                "keep it open, or save a copy when you close it."
            ).format(reason=reason)
        return _(
            "Not in your history yet: {reason}. It is kept in {where} and will be added to your "
            "history when the app can write again, even after you close it."
        ).format(reason=reason, where=where)

    def quit(self) -> None:
        """Quit from the tray: the window closes for real, with the usual questions first."""
        self._quitting = True
        self.reminders.open_window()
        self.window.close()

    def _may_close(self) -> bool:
        """Closing while reminders run hides the window in the tray; otherwise a session in
        progress or history not yet written asks first. Closing for real ends the reminders."""
        may = self._ask_before_closing()
        if may:
            self.reminders.close()
        return may

    def _ask_before_closing(self) -> bool:
        if self._closing:
            return True
        if not self.editing.may_close(self.window.close):  # a routine being written
            return False
        if self.sessions.run is not None:

            def end_then_close(end: bool) -> None:
                if end:
                    self.sessions.end()
                    self.window.close()
                else:
                    self._quitting = False

            self.prompts.confirm(
                _("End the session and close?"),
                _("The session is still running. The drills you have done are kept."),
                _("End and close"),
                _("Keep going"),
                end_then_close,
            )
            return False
        if not self._quitting and self.reminders.hide_to_tray():
            return False
        self.log.flush()
        note = self.unsaved_note()
        if note is None:
            return True

        def chosen(index: int) -> None:
            if index == 0:
                self._save_copy_then_close()
            elif index == 1:
                self._closing = True
                self.window.close()
            else:
                self._quitting = False

        self.prompts.choose(
            _("Your history is not saved yet"),
            note,
            [_("Save a copy elsewhere…"), _("Close anyway"), _("Don't close")],
            chosen,
        )
        return False

    def _save_copy_then_close(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        name, _chosen = QFileDialog.getSaveFileName(
            self.window,
            _("Save a copy of the unsaved history"),
            str(Path.home() / "sciatica-coach-unsaved.jsonl"),
            _("JSON lines (*.jsonl)"),
        )
        if not name:
            return
        try:
            self.log.save_copy(Path(name))
        except OSError as exc:
            QMessageBox.warning(
                self.window,
                _("Copy not saved"),
                _("Could not write {path}: {why}.").format(path=name, why=exc.strerror or exc),
            )
            return
        self._closing = True
        self.window.close()

    def remember_geometry(self) -> None:
        """Keep the window's place and size for next time (not when full screen)."""
        w = self.window
        if w.isFullScreen() or w.isMaximized() or self.settings.folder is None:
            return
        geometry = w.normalGeometry()
        place = [w.pos().x(), w.pos().y(), geometry.width(), geometry.height()]
        if self.settings.settings.window != place:
            self.settings.settings.window = place
            self.settings.save()

    def shutdown(self) -> None:
        self.window.close_guard = None
        self.reminders.close()
        self.sessions.close()
        if self.sound is not None:
            self.sound.close()
        self.log.flush()
        self.log.close()


def _preload_history() -> None:
    from .history_page import preload

    preload()
