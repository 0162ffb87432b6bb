"""Starting a session (check-in, next-time variants, a progression offer) and finishing it
(summary, check-in after). One session at a time; the SessionFlow does the running."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from ..core.timestamps import stamp, utc_now

if TYPE_CHECKING:
    from ..core.progress import ProgressionOffer
    from .coach import Coach
    from .player_page import PlayerPage
    from .session_flow import SessionFlow
    from .summary_page import SessionTally, SummaryPage

logger = logging.getLogger(__name__)

HISTORY_PRELOAD_MS = 3000


class Sessions(QObject):
    def __init__(self, coach: Coach) -> None:
        super().__init__(coach)
        self.coach = coach
        self.flow: SessionFlow | None = None
        self.last_flow: SessionFlow | None = None
        self._player: PlayerPage | None = None
        self._summary: SummaryPage | None = None
        self.offer_box: QMessageBox | None = None
        self._declined: set[tuple[str, str]] = set()
        """Progressions the person said 'not yet' to: asked once per run of the app."""

    # -- starting --------------------------------------------------------------------------

    def start(
        self,
        routine_id: str,
        *,
        checkins: bool = True,
        start_step: int = 0,
        resumed_from: str | None = None,
    ) -> None:
        c = self.coach
        if self.flow is not None or c.library is None:
            return
        offer = self._progression_offer(routine_id) if checkins else None
        if offer is not None:
            self._offer(
                offer,
                lambda: self.start(
                    routine_id, checkins=True, start_step=start_step, resumed_from=resumed_from
                ),
            )
            return
        if not checkins:
            self._run(routine_id, None, start_step, resumed_from)
            return
        from .dialogs.checkin import CheckinDialog

        dialog = CheckinDialog("before", c.window)
        dialog.setObjectName("checkinBefore")
        dialog.finished.connect(
            lambda _r: self._run(routine_id, dialog.answers, start_step, resumed_from)
        )
        dialog.open()

    def _progression_offer(self, routine_id: str) -> ProgressionOffer | None:
        from ..core.progress import progression_offers
        from ..storage import outcomes

        c = self.coach
        assert c.library is not None
        assert c.log is not None
        bases = {s.exercise for s in c.library.routine(routine_id).steps}
        for offer in progression_offers(
            outcomes.recent_outcomes(c.log), c.library.catalogue, outcomes.levels(c.log)
        ):
            if offer.base in bases and (offer.base, offer.current) not in self._declined:
                return offer
        return None

    def _offer(self, offer: ProgressionOffer, then: Any) -> None:
        c = self.coach
        assert c.library is not None
        assert c.log is not None
        harder = c.library.catalogue[offer.harder].name
        box = QMessageBox(c.window)
        box.setObjectName("progressionOffer")
        box.setWindowTitle("Ready for a step up?")
        box.setText(offer.text)
        yes = box.addButton(f"Try {harder}", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Not yet", QMessageBox.ButtonRole.RejectRole)
        self.offer_box = box

        def chosen(_r: int) -> None:
            from ..storage.records import ExerciseLevel

            self.offer_box = None
            self._declined.add((offer.base, offer.current))
            if box.clickedButton() is yes and c.log is not None:
                c.log.set_level(
                    ExerciseLevel(
                        base_id=offer.base,
                        level_id=offer.harder,
                        source="progressed",
                        reason=f"you chose to step up after {offer.current.replace('-', ' ')} "
                        "went calmly",
                        since=stamp(c.now()),
                    )
                )
            then()

        box.finished.connect(chosen)
        box.open()

    def _run(self, routine_id: str, before: Any, start_step: int, resumed_from: str | None) -> None:
        from ..core.clock import RealClock, ScaledClock
        from ..core.plan import build_plan
        from ..core.progress import start_variants
        from ..storage import outcomes
        from .routine_files import routine_hash
        from .session_flow import SessionFlow

        c = self.coach
        assert c.library is not None
        assert c.log is not None
        routine = c.library.routine(routine_id)
        variants = start_variants(routine, c.library.catalogue, outcomes.levels(c.log))
        plan = build_plan(routine, c.library.catalogue, variants)
        speed = c.options.speed
        if c.options.make_clock is not None:
            clock = c.options.make_clock(speed)
        else:
            clock = RealClock() if speed == 1 else ScaledClock(speed)
        player = self.player_page()
        flow = SessionFlow(
            plan=plan,
            catalogue=c.library.catalogue,
            log=c.log,
            player=player,
            clock=clock,
            routine_hash=routine_hash(routine),
            speed=speed,
            start_step=start_step,
            resumed_from=resumed_from,
            now=c.options.now or utc_now,
            baseline_reach=None if before is None else before.reach,
            routine=routine,
            parent=self,
        )
        if before is not None:
            c.record_checkin(flow.id, "before", before.back_pain, before.leg_pain, before.reach)
        flow.finished.connect(self._finished)
        self.flow = flow
        c.window.show_page(player)
        if c.sound is not None:
            c.sound.attach(flow.driver, player)
        flow.start()
        c.sessionStarted.emit(flow)

    # -- pages -----------------------------------------------------------------------------

    def player_page(self) -> PlayerPage:
        if self._player is None:
            from .player_page import PlayerPage

            self._player = PlayerPage()
            if self.coach.colors is not None:
                self._player.set_colors(self.coach.colors)
            self.coach.window.set_player(self._player)
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
            self.coach.window.add_page(self._summary)
        return self._summary

    # -- finishing -------------------------------------------------------------------------

    def _finished(self, tally: SessionTally) -> None:
        c = self.coach
        flow = self.flow
        assert flow is not None
        flow.close()
        if c.sound is not None:
            c.sound.detach()
        self.flow = None
        self.last_flow = flow
        summary = self.summary_page()
        summary.show_tally(tally)
        if flow.red_flag:
            summary.show_red_flag(flow.red_flag_advice)
        c.window.show_page(summary)
        self._preload_history()
        c.refresh_home()
        c.show_notices()
        c.sessionFinished.emit(tally)
        if c.options.start or flow.red_flag:
            return
        from .dialogs.checkin import CheckinDialog

        dialog = CheckinDialog("after", c.window)
        dialog.setObjectName("checkinAfter")

        def save(_result: int) -> None:
            a = dialog.answers
            if a is not None:
                c.record_checkin(flow.id, "after", a.back_pain, a.leg_pain, a.reach)

        dialog.finished.connect(save)
        dialog.open()

    def _preload_history(self) -> None:
        """After a session the person may look at their history: load the plotting library
        while they read the summary (on the UI thread: importing numpy beside another thread's
        imports can hand one of them a half-made module). Not before sessions: its ~50 MB
        would sit unused during the exercise."""
        from PySide6.QtCore import QTimer

        def preload() -> None:
            if self.flow is None and self.coach.window.current_page() is self._summary:
                from .history_page import preload as load_plots

                load_plots()

        # Parented to the summary page: the timer goes with it.
        QTimer.singleShot(HISTORY_PRELOAD_MS, self.summary_page(), preload)

    def _again(self) -> None:
        if self.last_flow is not None:
            self.start(self.last_flow.plan.routine_id)

    def go_home(self) -> None:
        c = self.coach
        if self.flow is not None:
            answer = QMessageBox.question(
                c.window,
                "Leave the session?",
                "The session is still running. End it and go back to the routines?",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.flow.end()
        c.window.show_page(c.window.home)
