"""One session from start to summary: the driver, the log, the hurt flow and the tally.

Every event is written to the log as it happens (one transaction each), so a crash loses at most
the event in flight. Decisions come from core.safety and core.progress; this object only wires
the driver's signals to the log and the dialogs, and the dialogs' answers back to the driver.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..core import events as ev
from ..core.plan import make_drill, swap_drill
from ..core.progress import stopped_reason
from ..core.safety import Action, HurtAnswers, Reach, Suggestion, suggest
from ..core.session import SessionMachine
from ..core.timestamps import stamp, utc_now
from ..storage.records import DrillResult, ExerciseLevel, HurtEvent, SessionStart
from .dialogs.hurt import HurtDialog
from .session_driver import SessionDriver
from .summary_page import SessionTally

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from ..core.clock import Clock
    from ..core.library import Catalogue
    from ..core.models import Routine
    from ..core.plan import Plan
    from ..core.session import HurtReport
    from ..storage.records import SessionStatus
    from ..storage.resilient import ResilientLog
    from .player_page import PlayerPage

logger = logging.getLogger(__name__)


class SessionFlow(QObject):
    finished = Signal(object)  # SessionTally
    hurtDialogOpened = Signal(object)  # HurtDialog, for tests and the cue gate

    def __init__(
        self,
        *,
        plan: Plan,
        catalogue: Catalogue,
        log: ResilientLog,
        player: PlayerPage,
        clock: Clock,
        routine_hash: str,
        speed: float = 1.0,
        start_step: int = 0,
        resumed_from: str | None = None,
        baseline_reach: str | None = None,
        now: Callable[[], datetime] = utc_now,
        routine: Routine | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.catalogue = catalogue
        self.log = log
        self.player = player
        self.now = now
        self.routine = routine
        self.id = uuid.uuid4().hex
        self.baseline_reach = None if baseline_reach is None else Reach(baseline_reach)
        self.red_flag = False
        self.red_flag_advice = ""
        self.tally = SessionTally(plan.title, len(plan.drills))
        self._started_wall = now()
        self._drill_started: dict[int, datetime] = {}
        machine = SessionMachine(plan, start_step=start_step, max_gap_s=5.0 * speed)
        self.driver = SessionDriver(machine, clock, speed, parent=self)
        self.driver.segmentStarted.connect(self._on_segment)
        self.driver.drillDone.connect(self._on_drill_done)
        self.driver.sessionDone.connect(self._on_session_done)
        self.log.start_session(
            SessionStart(
                id=self.id,
                routine_id=plan.routine_id,
                routine_title=plan.title,
                routine_hash=routine_hash,
                started_at=stamp(self._started_wall),
                speed=speed,
                resume_step=start_step,
                resumed_from=resumed_from,
            )
        )
        self.hurt_dialog: HurtDialog | None = None

    def start(self) -> None:
        self.player.attach(self.driver)
        self.player.hurtPressed.connect(self.hurt)
        self.player.endPressed.connect(self.end)
        self.player.usualPressed.connect(self.use_usual)
        self.driver.start()

    def end(self) -> None:
        """The person ends the session without it hurting."""
        self.driver.end()

    def close(self) -> None:
        """Stop the timer and let go of the player (the session is over or abandoned)."""
        self.driver.stop()
        self.player.detach()
        for signal, slot in (
            (self.player.hurtPressed, self.hurt),
            (self.player.endPressed, self.end),
            (self.player.usualPressed, self.use_usual),
        ):
            with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
                signal.disconnect(slot)

    def use_usual(self) -> None:
        """The person overrides the next-time rule: this drill goes back to the routine's own
        exercise, now and next time."""
        if self.routine is None or self.driver.machine.finished:
            return
        step = self.driver.machine.current.step
        drill = self.plan_now.drills[step]
        if not (drill.from_level and drill.is_variant):
            return
        usual = make_drill(self.routine.steps[step], step, self.catalogue)
        self.driver.swap(usual, status=None)
        self.log.set_level(
            ExerciseLevel(
                base_id=drill.base,
                level_id=usual.exercise.id,
                reason="you chose the usual version",
                since=stamp(self.now()),
                source="user",
                session_id=self.id,
            )
        )

    # -- the hurt flow ---------------------------------------------------------------------

    def hurt(self) -> None:
        """Pause at once, then ask. A second press while asking does nothing."""
        if self.hurt_dialog is not None or self.driver.machine.finished:
            return
        report = self.driver.hurt()
        drill = self.plan_now.drills[report.step]
        easier = self.catalogue.first_regression(drill.exercise.id)
        dialog = HurtDialog(
            drill.title,
            None if easier is None else _lower(easier.name),
            lambda answers: suggest(
                answers,
                drill.exercise.stop_rule,
                self.baseline_reach,
                has_regression=easier is not None,
            ),
            parent=self.player.window(),
        )
        self.hurt_dialog = dialog
        dialog.finished.connect(lambda _result: self._hurt_answered(dialog, report))
        self.hurtDialogOpened.emit(dialog)
        dialog.open()

    @property
    def plan_now(self) -> Plan:
        return self.driver.machine.plan

    def _hurt_answered(self, dialog: HurtDialog, report: HurtReport) -> None:
        self.hurt_dialog = None
        dialog.deleteLater()
        if dialog.choice is None or dialog.answers is None or dialog.suggestion is None:
            self.player.show_status("Paused. Press Space (or Pause) to carry on when ready.")
            return
        self.tally.hurt_events += 1
        drill = self.plan_now.drills[report.step]
        easier = self.catalogue.first_regression(drill.exercise.id)
        self._log_hurt(
            report,
            dialog.answers,
            dialog.suggestion,
            dialog.choice,
            None if easier is None else easier.id,
        )
        choice = dialog.choice
        if choice is not Action.CONTINUE:
            self._remember_stop(drill.base, drill.exercise.id)
        if choice is Action.REGRESS and easier is not None:
            reason = f"Switched to {_lower(easier.name)} because {_lower(drill.title)} hurt."
            self.driver.swap(swap_drill(drill, easier, reason))
            self.driver.resume()
        elif choice is Action.SKIP:
            self.driver.skip(ev.DrillStatus.STOPPED)
            self.driver.resume()
        elif choice is Action.CONTINUE:
            self.driver.resume()
        elif choice is Action.RED_FLAG:
            self.red_flag = True
            self.red_flag_advice = dialog.suggestion.why
            self.driver.end(ev.DrillStatus.STOPPED)
        else:
            self.driver.end(ev.DrillStatus.STOPPED)

    def _log_hurt(
        self,
        report: HurtReport,
        answers: HurtAnswers,
        suggestion: Suggestion,
        choice: Action,
        offered: str | None,
    ) -> None:
        self.log.add_hurt(
            HurtEvent.model_validate(
                {
                    "session_id": self.id,
                    "at": stamp(self.now()),
                    "step": report.step,
                    "exercise_id": report.base,
                    "variant_id": report.exercise,
                    "set": report.set or 0,
                    "side": report.side,
                    "rep": report.rep,
                    "phase": report.phase,
                    "elapsed_s": report.elapsed_s,
                    "pain": answers.pain,
                    "reach": None if answers.reach is None else answers.reach.value,
                    "feelings": tuple(sorted(f.value for f in answers.feelings)),
                    "red_flags": tuple(sorted(answers.red_flags)),
                    "suggestion": suggestion.action.value,
                    "choice": choice.value,
                    "variant_offered": offered,
                }
            )
        )

    def _remember_stop(self, base: str, exercise_id: str) -> None:
        """Next time, this drill starts on the regression of what was being done."""
        easier = self.catalogue.first_regression(exercise_id)
        level = easier.id if easier is not None else exercise_id
        name = self.catalogue[exercise_id].name
        self.log.set_level(
            ExerciseLevel(
                base_id=base,
                level_id=level,
                reason=stopped_reason(_lower(name), self.now(), self.now()),
                since=stamp(self.now()),
                source="stopped",
                session_id=self.id,
            )
        )

    # -- events to the log -----------------------------------------------------------------

    def _on_segment(self, event: ev.SegmentStarted) -> None:
        step = event.segment.step
        if event.segment.kind == "get_ready" or step not in self._drill_started:
            self._drill_started[step] = self.now()

    def _on_drill_done(self, event: ev.DrillDone) -> None:
        started = self._drill_started.get(event.step, self.now())
        self.log.add_drill(
            DrillResult(
                session_id=self.id,
                step=event.step,
                exercise_id=event.base,
                variant_id=event.exercise,
                status=event.status.value,
                sets_done=event.sets_done,
                started_at=stamp(started),
                ended_at=stamp(self.now()),
            )
        )
        if event.status is not ev.DrillStatus.STOPPED:
            self.log.update_progress(self.id, event.step + 1)
        logger.info("logged drill %d %s: %s", event.step, event.exercise, event.status.value)
        name = (
            self.catalogue[event.exercise].name
            if event.exercise in self.catalogue
            else (event.exercise)
        )
        {
            ev.DrillStatus.DONE: self.tally.done,
            ev.DrillStatus.SKIPPED: self.tally.skipped,
            ev.DrillStatus.STOPPED: self.tally.stopped,
        }[event.status].append(name)

    def _on_session_done(self, event: ev.SessionDone) -> None:
        status: SessionStatus = "stopped"
        if self.red_flag:
            status = "red_flag"
        elif event.complete:
            status = "completed"
        ended = self.now()
        self.log.end_session(self.id, status, stamp(ended))
        self.tally.complete = event.complete
        self.tally.exercise_ms = event.position_ms
        self.tally.wall_s = (ended - self._started_wall).total_seconds()
        self.driver.stop()
        self.finished.emit(self.tally)


def _lower(name: str) -> str:
    return name[:1].lower() + name[1:] if name[1:2].islower() else name
