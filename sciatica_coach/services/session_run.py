"""One session from start to finish, without Qt: the machine, the log, the hurt answers.

Every control goes through here; each returns the machine's events after writing what they
mean to the log (one transaction per event, so a crash loses at most the event in flight). The
window's driver only forwards key presses and redraws. The hurt flow asks its questions in a
dialog, then hands the answers back: what to suggest is `core.safety`, what is stored for next
time and what happens now is decided here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from ..core import events as ev
from ..core.ids import new_id
from ..core.models import Kind
from ..core.plan import Change, ChangeCause, make_drill, swap_drill
from ..core.safety import Action, NextTime, most_urgent, suggest
from ..core.session import SessionMachine
from ..core.timestamps import stamp
from ..storage.records import (
    DrillResult,
    ExerciseLevel,
    HurtAnswer,
    HurtEvent,
    Progress,
    SessionEnd,
    SessionStart,
)
from .tally import RedFlagStop, SessionTally

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from datetime import datetime

    from ..core.clock import Clock
    from ..core.library import Catalogue
    from ..core.models import Exercise, Routine
    from ..core.plan import Drill, Plan
    from ..core.progress import Level
    from ..core.safety import Baseline, HurtAnswers, Suggestion
    from ..core.session import HurtReport, Snapshot
    from ..storage.port import Log
    from ..storage.records import LevelSource, SessionStatus

logger = logging.getLogger(__name__)

SLEEP_GAP_S = 5.0
"""A tick later than this (in real seconds) after the one before means the computer slept."""


@dataclass(frozen=True, slots=True)
class HurtQuestion:
    """Where the session stood when "Stop: this hurts" was pressed, and what can be offered."""

    report: HurtReport
    drill: Drill
    easier: Exercise | None
    baseline: Baseline | None
    event_id: str
    """The press as stored in the log; the answers complete it."""
    contact: str | None = None
    """The physio's name and number from the routine, shown after (never instead of) advice."""

    @property
    def stop_note(self) -> str | None:
        """The physio's words for when this step hurts."""
        return self.drill.stop_note

    def suggest(self, answers: HurtAnswers) -> Suggestion:
        return suggest(
            answers,
            self.drill.exercise.stop_rule,
            self.baseline,
            has_easier=self.easier is not None,
        )


class SessionRun:
    """A running session. `now` gives wall-clock time for the log; `clock` paces the session."""

    def __init__(
        self,
        *,
        plan: Plan,
        routine: Routine,
        catalogue: Catalogue,
        log: Log,
        clock: Clock,
        now: Callable[[], datetime],
        routine_hash: str,
        speed: float = 1.0,
        start_step: int = 0,
        resumed_from: str | None = None,
        baseline: Baseline | None = None,
        left_out: Mapping[int, Level] | None = None,
    ) -> None:
        self.id = new_id()
        self.routine = routine
        self.catalogue = catalogue
        self.log = log
        self.clock = clock
        self._now = now
        self.baseline = baseline
        self.left_out = dict(left_out or {})
        self.machine = SessionMachine(plan, start_step=start_step, max_gap_s=SLEEP_GAP_S * speed)
        self.tally = SessionTally(plan.routine_id, plan.title, len(plan.drills))
        self.hurt_question: HurtQuestion | None = None
        self.speed = speed
        self._started_wall = now()
        self._started_t = clock.monotonic()
        self._paused_since: float | None = None
        self._paused_s = 0.0
        self._last_tick_t = self._started_t
        self._drill_started: dict[int, datetime] = {}
        log.write(
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

    # -- reading ---------------------------------------------------------------------------

    @property
    def plan(self) -> Plan:
        return self.machine.plan

    @property
    def finished(self) -> bool:
        return self.machine.finished

    def snapshot(self) -> Snapshot:
        return self.machine.snapshot(self.clock.monotonic())

    def wall(self) -> datetime:
        """Wall-clock time for the log: the start, read once from the wall clock, plus the time
        passed since on the session's clock. A wall clock set back (or forward) mid-session
        cannot make a record end before it started, and the suspended time still counts."""
        elapsed = (self.clock.monotonic() - self._started_t) / self.speed
        return self._started_wall + timedelta(seconds=max(0.0, elapsed))

    def active_s(self) -> float:
        """Exercise time so far: the session's time less its pauses (and any sleep)."""
        t = self.clock.monotonic()
        paused = self._paused_s + (0.0 if self._paused_since is None else t - self._paused_since)
        return max(0.0, (t - self._started_t - paused) / self.speed)

    # -- controls: each returns the events, already written to the log ---------------------

    def start(self) -> list[ev.Event]:
        return self._record(self.machine.start(self._t()))

    def tick(self) -> list[ev.Event]:
        t = self._t()
        events = self.machine.tick(t)
        if any(isinstance(e, ev.Paused) and e.reason is ev.PauseReason.SLEEP for e in events):
            self._paused_since = self._last_tick_t  # asleep since the last tick before the gap
        self._last_tick_t = t
        return self._record(events)

    def toggle_pause(self) -> list[ev.Event]:
        m, t = self.machine, self._t()
        return self._record(m.resume(t) if m.paused else m.pause(t))

    def pause(self) -> list[ev.Event]:
        return self._record(self.machine.pause(self._t()))

    def resume(self) -> list[ev.Event]:
        return self._record(self.machine.resume(self._t()))

    def skip(self) -> list[ev.Event]:
        return self._record(self.machine.skip(self._t()))

    def back(self) -> list[ev.Event]:
        """Back to the previous drill, past any drill that is left out."""
        events = self.machine.back(self._t())
        while self.machine.current.step in self.left_out and self.machine.current.step > 0:
            events += self.machine.back(self._t())
        return self._record(events)

    def restart_set(self) -> list[ev.Event]:
        return self._record(self.machine.restart_set(self._t()))

    def add_time(self, seconds: float = 10.0) -> list[ev.Event]:
        return self._record(self.machine.add_time(self._t(), seconds))

    def set_self_paced(self, on: bool) -> list[ev.Event]:
        return self._record(self.machine.set_self_paced(self._t(), on))

    def confirm_rep(self) -> list[ev.Event]:
        return self._record(self.machine.confirm_rep(self._t()))

    def end(self) -> list[ev.Event]:
        """The person ends the session early, without it hurting."""
        return self._record(self.machine.end(self._t()))

    def use_usual(self) -> list[ev.Event]:
        """The person overrides the next-time rule: this drill goes back to the routine's own
        exercise, now and next time."""
        if self.machine.finished:
            return []
        step = self.machine.current.step
        drill = self.plan.drills[step]
        if not (drill.from_level and drill.is_variant):
            return []
        usual = make_drill(self.routine.steps[step], step, self.catalogue)
        events = self.machine.swap(self._t(), usual, status=None)
        self._set_level(drill.base, usual.exercise.id, "user", about=drill.exercise.id)
        return self._record(events)

    # -- "Stop: this hurts" -----------------------------------------------------------------

    def hurt(self) -> tuple[HurtQuestion | None, list[ev.Event]]:
        """Pause at once and say what the hurt flow asks about (None once the session is over,
        or while a question is already open)."""
        if self.machine.finished or self.hurt_question is not None:
            return None, []
        report, events = self.machine.hurt(self._t())
        drill = self.plan.drills[report.step]
        event_id = new_id()
        # The press is in the log now: a kill while the questions are open keeps it.
        self.log.write(
            HurtEvent(
                session_id=self.id,
                at=stamp(self.wall()),
                step=report.step,
                exercise_id=report.base,
                variant_id=report.exercise,
                set=report.set or 0,
                side=report.side,  # type: ignore[arg-type]  # "left" / "right" / None
                rep=report.rep,
                phase=report.phase,  # type: ignore[arg-type]  # a segment kind
                elapsed_s=report.elapsed_s,
                event_id=event_id,
            )
        )
        self.hurt_question = HurtQuestion(
            report,
            drill,
            self.easier_than(drill),
            self.baseline,
            event_id,
            None if self.routine.contact is None else self.routine.contact.words(),
        )
        return self.hurt_question, self._record(events)

    def easier_than(self, drill: Drill) -> Exercise | None:
        """What the hurt flow offers: the physio's chosen fallback for the step while it runs
        on the routine's own exercise, else the next easier variant of what is running."""
        chosen = drill.if_it_hurts
        if chosen is not None and drill.change is None and chosen in self.catalogue:
            return self.catalogue[chosen]
        return self.catalogue.first_regression(drill.exercise.id)

    def cancel_hurt(self) -> list[ev.Event]:
        """Pressed by mistake: the press is marked so; the session stays paused until Space."""
        q, self.hurt_question = self.hurt_question, None
        if q is not None:
            self.log.write(HurtAnswer(event_id=q.event_id, choice="mistake"))
        return []

    def answer_hurt(
        self, answers: HurtAnswers, suggestion: Suggestion, choice: Action
    ) -> list[ev.Event]:
        """Log the report and the choice, store what next time does, and act on the choice."""
        q = self.hurt_question
        if q is None or choice not in suggestion.options:
            return []
        self.hurt_question = None
        self.tally.hurt_events += 1
        at = self.wall()
        self._log_hurt(q, answers, suggestion, choice, at)
        drill, exercise = q.drill, q.drill.exercise.id
        next_time = suggestion.next_time(choice)
        if next_time is NextTime.EASIER and q.easier is not None:
            self._set_level(drill.base, q.easier.id, "stopped", about=exercise)
        elif next_time is NextTime.LEAVE_OUT:
            self._set_level(drill.base, exercise, "left_out", about=exercise)
        t = self._t()
        m = self.machine
        if choice is Action.REGRESS and q.easier is not None:
            change = Change(ChangeCause.HURT_NOW, exercise, at)
            events = m.swap(t, swap_drill(drill, q.easier, change))
            events += m.resume(t)
        elif choice is Action.SKIP:
            events = m.skip(t, ev.DrillStatus.STOPPED) + m.resume(t)
        elif choice is Action.CONTINUE:
            events = m.resume(t)
        else:
            if choice is Action.RED_FLAG:
                urgency = most_urgent(answers.red_flags)
                assert urgency is not None
                self.tally.red_flag = RedFlagStop(
                    tuple(sorted(answers.red_flags)), urgency, at, q.contact
                )
            events = m.end(t, ev.DrillStatus.STOPPED)
        return self._record(events)

    def _log_hurt(
        self,
        q: HurtQuestion,
        answers: HurtAnswers,
        suggestion: Suggestion,
        choice: Action,
        at: datetime,
    ) -> None:
        offered = None
        if q.easier is not None and Action.REGRESS in suggestion.options:
            offered = q.easier.id
        self.log.write(
            HurtAnswer(
                event_id=q.event_id,
                pain=answers.pain,
                back_pain=answers.back_pain,
                leg_pain=answers.leg_pain,
                reach=None if answers.reach is None else answers.reach.value,
                spread=suggestion.change.value,
                feelings=tuple(sorted(f.value for f in answers.feelings)),
                red_flags=tuple(sorted(answers.red_flags)),
                suggestion=suggestion.action.value,
                choice=choice.value,
                variant_offered=offered,
            )
        )

    def _set_level(self, base: str, level: str, source: LevelSource, *, about: str) -> None:
        self.log.write(
            ExerciseLevel(
                base_id=base,
                level_id=level,
                source=source,
                since=stamp(self.wall()),
                about_id=about,
                session_id=self.id,
            )
        )

    # -- events to the log -----------------------------------------------------------------

    def _t(self) -> float:
        return self.clock.monotonic()

    def _record(self, events: list[ev.Event]) -> list[ev.Event]:
        """Write what the events mean, in order; a left-out drill is skipped as it is reached."""
        out: list[ev.Event] = []
        while events:
            for event in events:
                out.append(event)
                if isinstance(event, ev.SegmentStarted):
                    step = event.segment.step
                    if event.segment.kind == "get_ready" or step not in self._drill_started:
                        self._drill_started[step] = self.wall()
                elif isinstance(event, ev.DrillDone):
                    self._drill_done(event)
                elif isinstance(event, ev.Paused) and self._paused_since is None:
                    self._paused_since = self.clock.monotonic()
                elif isinstance(event, ev.Resumed) and self._paused_since is not None:
                    self._paused_s += self.clock.monotonic() - self._paused_since
                    self._paused_since = None
                elif isinstance(event, ev.SessionDone):
                    self._session_done(event)
            events = self._skip_left_out()
        return out

    def _skip_left_out(self) -> list[ev.Event]:
        m = self.machine
        if m.finished or m.current.step not in self.left_out or m.current.kind != "get_ready":
            return []
        exercise = self.plan.drills[m.current.step].exercise.id
        if exercise not in self.tally.left_out:
            self.tally.left_out.append(exercise)
        return m.skip(self._t(), ev.DrillStatus.SKIPPED)

    def _drill_done(self, event: ev.DrillDone) -> None:
        ended = self.wall()
        started = min(self._drill_started.get(event.step, ended), ended)
        self.log.write(
            DrillResult(
                session_id=self.id,
                step=event.step,
                exercise_id=event.base,
                variant_id=event.exercise,
                status=event.status.value,
                sets_done=event.sets_done,
                started_at=stamp(started),
                ended_at=stamp(ended),
            )
        )
        if event.status is not ev.DrillStatus.STOPPED:
            # A stopped drill is not progress: a resume starts it again (on its easier variant).
            self.log.write(Progress(session_id=self.id, resume_step=event.step + 1))
        logger.info("logged drill %d %s: %s", event.step, event.exercise, event.status.value)
        if event.step in self.left_out and event.status is ev.DrillStatus.SKIPPED:
            return
        done_ex = self.catalogue.exercises.get(event.exercise)
        if done_ex is not None and done_ex.kind is not Kind.BREATHING:  # nothing to watch for
            self.tally.rules[event.exercise] = done_ex.stop_rule
        tally = self.tally
        if event.status is ev.DrillStatus.SKIPPED and event.done_fraction > 0:
            tally.partly[event.exercise] = event.done_fraction
            tally.outcome[event.step] = "partly"
            return
        {
            ev.DrillStatus.DONE: tally.done,
            ev.DrillStatus.SKIPPED: tally.skipped,
            ev.DrillStatus.STOPPED: tally.stopped,
        }[event.status].append(event.exercise)
        tally.outcome[event.step] = event.status.value

    def _session_done(self, event: ev.SessionDone) -> None:
        status: SessionStatus = "stopped"
        if self.tally.red_flag is not None:
            status = "red_flag"
        elif event.complete:
            status = "completed"
        ended = self.wall()
        active = round(self.active_s(), 1)
        self.log.write(
            SessionEnd(session_id=self.id, status=status, ended_at=stamp(ended), active_s=active)
        )
        self.tally.complete = event.complete
        self.tally.exercise_ms = round(active * 1000)
        self.tally.wall_s = (ended - self._started_wall).total_seconds()
        self.tally.speed = self.speed
