"""What is asked once the routines are loaded: the safety notice on first run, a session to
resume after a crash, and how the morning after the last session felt. One at a time."""

from __future__ import annotations

import logging
from collections import deque
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from ..core.timestamps import stamp
from ..storage import outcomes

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from PySide6.QtWidgets import QDialog

    from ..storage.records import ResumeOffer
    from .coach import Coach

logger = logging.getLogger(__name__)


class StartupPrompts:
    """Queues dialogs and opens the next when the previous one closes."""

    def __init__(self, coach: Coach) -> None:
        self.coach = coach
        self._queue: deque[Callable[[], QDialog | None]] = deque()
        self.current: QDialog | None = None

    def run(self, now: datetime) -> None:
        c = self.coach
        assert c.log is not None
        offers = c.log.recover_interrupted(stamp(now))
        if c.options.start or c.options.demo:
            return  # begin at once: nothing is asked (recovery above still closes old sessions)
        if c.settings is not None and not c.settings.first_run_seen:
            self._queue.append(self._first_run)
        offer = next((o for o in offers if c.library and o.routine_id in c.library.routines), None)
        if offer is not None:
            self._queue.append(lambda: self._resume(offer))
        session_id = outcomes.session_needing_morning_check(c.log, now.astimezone())
        if session_id is not None:
            self._queue.append(lambda: self._morning_after(session_id))
        self._next()

    def _next(self) -> None:
        self.current = None
        while self._queue:
            dialog = self._queue.popleft()()
            if dialog is not None:
                self.current = dialog
                dialog.finished.connect(lambda _r: self._next())
                dialog.open()
                return

    def _first_run(self) -> QDialog:
        from .dialogs.notice import SafetyNotice

        dialog = SafetyNotice(self.coach.window)
        dialog.setObjectName("firstRunNotice")

        def seen(_r: int) -> None:
            settings = self.coach.settings
            if settings is not None:
                settings.first_run_seen = True
                self.coach.save_settings()

        dialog.finished.connect(seen)
        return dialog

    def _resume(self, offer: ResumeOffer) -> QDialog:
        c = self.coach
        assert c.library is not None
        routine = c.library.routine(offer.routine_id)
        total = len(routine.steps)
        step = min(offer.resume_step, total - 1)
        box = QMessageBox(c.window)
        box.setObjectName("resumeOffer")
        box.setWindowTitle("Carry on where you stopped?")
        box.setText(
            f"Your last session of {routine.title} stopped unexpectedly after "
            f"{offer.drills_done} of {total} drills. Everything up to then was saved."
        )
        box.setInformativeText(f"Resume at drill {step + 1} of {total}?")
        resume = box.addButton(f"Resume at drill {step + 1}", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Not now", QMessageBox.ButtonRole.RejectRole)

        def chosen(_r: int) -> None:
            if box.clickedButton() is resume:
                c.start_routine(
                    offer.routine_id, checkins=False, start_step=step, resumed_from=offer.session_id
                )

        box.finished.connect(chosen)
        return box

    def _morning_after(self, session_id: str) -> QDialog:
        from .dialogs.checkin import CheckinDialog

        c = self.coach
        dialog = CheckinDialog("morning_after", c.window)
        dialog.setObjectName("checkinMorning")

        def save(_r: int) -> None:
            a = dialog.answers
            # A skipped check-in is stored empty, so it is not asked again.
            c.record_checkin(session_id, "morning_after", morning=None if a is None else a.morning)
            c.show_notices()

        dialog.finished.connect(save)
        return dialog
