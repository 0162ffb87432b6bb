"""Running a session on screen: the player page, the "this hurts" dialog, then the summary.

It shows and forwards. Starting (with its questions), every control and every hurt answer go to
the pure services (`services.coach`, `services.session_run`), which decide and log; this object
turns their events into signals (through the driver) and opens the dialogs.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.i18n import _

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from ..services.coach import CoachService
    from ..services.session_run import SessionRun
    from .dialogs.hurt import HurtDialog
    from .main_window import MainWindow
    from .player_page import PlayerPage
    from .prompts import QtPrompts
    from .session_driver import SessionDriver
    from .sound import SoundCues
    from .summary_page import SummaryPage
    from .theme import Colors

logger = logging.getLogger(__name__)

HISTORY_PRELOAD_MS = 3000


class SessionView(QObject):
    sessionStarted = Signal(object)  # SessionRun
    sessionFinished = Signal(object)  # SessionRun
    hurtDialogOpened = Signal(object)  # HurtDialog

    def __init__(
        self,
        window: MainWindow,
        service: CoachService,
        sound: SoundCues | None,
        prompts: QtPrompts,
        colors: Callable[[], Colors],
        preload_history: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.service = service
        self.sound = sound
        self.prompts = prompts
        self.colors = colors
        self.preload_history = preload_history
        self.run: SessionRun | None = None
        self.driver: SessionDriver | None = None
        self.hurt_dialog: HurtDialog | None = None
        self._player: PlayerPage | None = None
        self._summary: SummaryPage | None = None
        service.on_started = self.show_run
        self.unsaved_note: Callable[[], str | None] = lambda: None
        """Set by the shell: what to say on the summary while the history cannot be written."""
        self.reduce_motion: Callable[[], bool] = lambda: False
        """Set by the shell: whether the player moves less (the setting, or the computer's)."""

    def now(self) -> datetime:
        return self.service.now()

    # -- starting --------------------------------------------------------------------------

    def start(
        self,
        routine_id: str,
        *,
        checkins: bool = True,
        start_step: int = 0,
        resumed_from: str | None = None,
    ) -> None:
        self.service.request_start(
            routine_id,
            checkins=checkins,
            start_step=start_step,
            resumed_from=resumed_from,
        )

    def show_run(self, run: SessionRun) -> None:
        """A session the service started: drive it on the player page."""
        if self.run is not None:
            return
        # Imported with the first session, not at start-up; the Stop dialog's module with it,
        # so the first "this hurts" press opens its dialog without an import in the way.
        from .dialogs import hurt  # noqa: F401
        from .session_driver import SessionDriver

        self.run = run
        driver = SessionDriver(run, self.service.options.speed, parent=self)
        self.driver = driver
        player = self.player_page()
        player.attach(driver)
        player.hurtPressed.connect(self.hurt)
        player.endPressed.connect(self.end)
        player.usualPressed.connect(self.use_usual)
        driver.sessionDone.connect(self._done)
        self.window.show_page(player)
        if self.sound is not None:
            self.sound.attach(driver, player)
        driver.start()
        self.sessionStarted.emit(run)

    # -- controls --------------------------------------------------------------------------

    def control(self, name: str) -> None:
        """A session key or menu item (pause, skip, back, rep, restart, more)."""
        driver = self.driver
        if driver is None or self.hurt_dialog is not None:
            return
        {
            "pause": driver.toggle_pause,
            "skip": driver.skip,
            "back": driver.back,
            "rep": driver.confirm_rep,
            "restart": driver.restart_set,
            "more": driver.add_time,
        }[name]()

    def pause_if_running(self) -> None:
        """The person looks away from the player (History): the session waits for them."""
        run = self.run
        if self.driver is not None and run is not None and not run.machine.paused:
            self.driver.toggle_pause()

    def set_self_paced(self, on: bool) -> None:
        if self.driver is not None:
            self.driver.set_self_paced(on)

    def end(self) -> None:
        """The person ends the session without it hurting."""
        if self.driver is not None and self.hurt_dialog is None:
            self.driver.end()

    def use_usual(self) -> None:
        if self.run is not None and self.driver is not None:
            self.driver.emit_events(self.run.use_usual())

    # -- "Stop: this hurts" ----------------------------------------------------------------

    def hurt(self) -> None:
        """Pause at once, then ask. A second press while asking does nothing."""
        run, driver = self.run, self.driver
        if run is None or driver is None or self.hurt_dialog is not None:
            return
        question, events = run.hurt()
        driver.emit_events(events)
        if question is None:
            return
        from .dialogs.hurt import HurtDialog

        dialog = HurtDialog(question, parent=self.window)
        dialog.setObjectName("hurtDialog")
        self.hurt_dialog = dialog
        dialog.finished.connect(lambda _r: self._hurt_answered(dialog))
        self.hurtDialogOpened.emit(dialog)
        dialog.open()

    def _hurt_answered(self, dialog: HurtDialog) -> None:
        self.hurt_dialog = None
        dialog.deleteLater()
        run, driver = self.run, self.driver
        if run is None or driver is None:
            return
        if dialog.choice is None or dialog.answers is None or dialog.suggestion is None:
            run.cancel_hurt()
            self.player_page().show_status(
                _("Paused. Press Space (or Resume) to carry on when you are ready.")
            )
            return
        driver.emit_events(run.answer_hurt(dialog.answers, dialog.suggestion, dialog.choice))

    # -- finishing -------------------------------------------------------------------------

    def _done(self, _event: object) -> None:
        run, driver = self.run, self.driver
        assert run is not None
        assert driver is not None
        driver.stop()
        player = self.player_page()
        player.detach()
        for signal, slot in (
            (player.hurtPressed, self.hurt),
            (player.endPressed, self.end),
            (player.usualPressed, self.use_usual),
        ):
            signal.disconnect(slot)
        if self.sound is not None:
            self.sound.detach()
        self.run = self.driver = None
        driver.deleteLater()  # each session's driver goes with it (memory stays flat)
        summary = self.summary_page()
        summary.show_tally(run.tally, self.service.name, self.now())
        summary.show_unsaved(self.unsaved_note())
        self.window.show_page(summary)
        self._preload_later()
        self.sessionFinished.emit(run)
        # Once the after check-in is answered, the summary shows pain before and after.
        self.service.finish(
            run, then=lambda: summary.show_tally(run.tally, self.service.name, self.now())
        )

    def close(self) -> None:
        """The window is closing: stop the timer (the session stays 'interrupted' in the log,
        to be offered for resume)."""
        if self.driver is not None:
            self.driver.stop()

    def _preload_later(self) -> None:
        """After a session the person may look at their history: load the plotting library
        while they read the summary (on the UI thread: importing numpy beside another thread's
        imports can hand one of them a half-made module). Not before sessions: its ~50 MB
        would sit unused during the exercise."""

        def preload() -> None:
            if self.run is None and self.window.current_page() is self._summary:
                self.preload_history()

        QTimer.singleShot(HISTORY_PRELOAD_MS, self.summary_page(), preload)

    # -- pages -----------------------------------------------------------------------------

    def player_page(self) -> PlayerPage:
        if self._player is None:
            from .player_page import PlayerPage

            self._player = PlayerPage(self.service.name, self.now)
            self._player.set_colors(self.colors())
            self._player.set_reduce_motion(self.reduce_motion())
            self.window.set_player(self._player)
        return self._player

    @property
    def player(self) -> PlayerPage | None:
        return self._player

    def summary_page(self) -> SummaryPage:
        if self._summary is None:
            from .summary_page import SummaryPage

            self._summary = SummaryPage()
            self._summary.homeClicked.connect(self.go_home)
            self._summary.againClicked.connect(self._again)
            self.window.add_page(self._summary)
        return self._summary

    def _again(self) -> None:
        last = self.service.last
        if last is not None:
            self.start(last.plan.routine_id)

    def go_home(self) -> None:
        if self.run is None:
            self.window.show_page(self.window.home)
            return

        def answered(leave: bool) -> None:
            if leave:
                self.end()
                self.window.show_page(self.window.home)

        self.prompts.confirm(
            _("Leave the session?"),
            _("The session is still running. End it and go back to the routines?"),
            _("End the session"),
            _("Keep going"),
            answered,
        )
