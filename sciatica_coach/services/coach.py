"""The app's workflows without Qt: what is asked at start-up, starting (and resuming) a session,
finishing it, and what the home page says. Built once in `app.py`.

It asks the person through `Prompts` and never waits: each question comes back through a
callback, so a test answers at once and the window answers when a dialog closes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from ..core.overview import routine_cards
from ..core.paths_walk import real_paths
from ..core.plan import ChangeCause, build_plan
from ..core.progress import left_out_steps, physio_notices, progression_offers, start_variants
from ..core.safety import Baseline, Reach, most_urgent
from ..core.shipped import shipped_files
from ..core.sides import for_side, needs_side
from ..core.timestamps import stamp
from ..storage import outcomes
from ..storage.records import CheckIn, ClinicianReview, ExerciseLevel
from .prompts import RedFlagLock, ResumeChoice
from .routine_files import Opened, open_routine, routine_hash

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from ..core.clock import Clock
    from ..core.library import Library
    from ..core.overview import RoutineCard
    from ..core.progress import PhysioNotice, ProgressionOffer
    from ..core.sides import AffectedSide
    from ..storage.port import Log
    from ..storage.records import ResumeOffer
    from .prompts import CheckinAnswers, Moment, Prompts
    from .session_run import SessionRun
    from .settings_store import SettingsStore

logger = logging.getLogger(__name__)


@dataclass
class StartOptions:
    """How the window was started: `start` begins a routine at once (check-ins skipped)."""

    start: bool = False
    demo: bool = False
    speed: float = 1.0


class CoachService:
    def __init__(
        self,
        *,
        library: Library,
        log: Log,
        prompts: Prompts,
        settings: SettingsStore,
        clock_for: Callable[[float], Clock],
        now: Callable[[], datetime],
        options: StartOptions | None = None,
        keep_routines_in: Path | None = None,
    ) -> None:
        self.library = library
        self.log = log
        self.prompts = prompts
        self.settings = settings
        self.clock_for = clock_for
        self.now = now
        self.options = options or StartOptions()
        self.keep_routines_in = keep_routines_in
        self.current: SessionRun | None = None
        self.last: SessionRun | None = None
        self.on_started: Callable[[SessionRun], None] | None = None
        """Told of every session that starts (the window shows it), whoever asked for it."""
        self._side_asked = False
        """The person put off saying which side: not asked again in this run of the app."""
        self._declined: set[tuple[str, str]] = set()
        """Progressions the person said 'not yet' to: asked once per run of the app."""

    @property
    def affected_side(self) -> AffectedSide | None:
        return self.settings.settings.affected_side

    def name(self, exercise_id: str) -> str:
        """An exercise's shown name (its id in words if the catalogue no longer has it)."""
        catalogue = self.library.catalogue
        if exercise_id in catalogue:
            return catalogue[exercise_id].name
        return exercise_id.replace("-", " ").capitalize()

    # -- start-up --------------------------------------------------------------------------

    def startup(self, done: Callable[[], None]) -> None:
        """Close sessions a crash left open; then, one at a time: the safety notice on first
        run (even with --start), the morning after the last session, a session to resume."""
        offers = self.log.recover_interrupted(stamp(self.now()))
        steps: list[Callable[[Callable[[], None]], None]] = []
        if not self.settings.settings.first_run_seen:
            steps.append(self._first_run)
        if not (self.options.start or self.options.demo):
            missed = outcomes.session_needing_after_check(self.log, self.now())
            if missed is not None:
                steps.append(lambda then: self._after_missed(missed, then))
            session_id = outcomes.session_needing_morning_check(self.log, self.now().astimezone())
            if session_id is not None:
                steps.append(lambda then: self._morning_after(session_id, then))
            choice = self._resume_choice(offers)
            if choice is not None:
                steps.append(lambda then: self._offer_resume(choice, then))
        _chain(steps, done)

    def _first_run(self, then: Callable[[], None]) -> None:
        def seen() -> None:
            self.settings.settings.first_run_seen = True
            self.settings.save()
            then()

        self.prompts.safety_notice(seen)

    def _resume_choice(self, offers: list[ResumeOffer]) -> ResumeChoice | None:
        for offer in offers:
            if offer.routine_id not in self.library.routines:
                continue
            routine = self.library.routine(offer.routine_id)
            steps = len(routine.steps)
            if offer.resume_step >= steps:
                continue  # every drill was finished: nothing to carry on with
            changed = routine_hash(routine) != offer.routine_hash
            return ResumeChoice(
                offer.session_id,
                offer.routine_id,
                offer.routine_title,
                0 if changed else offer.resume_step,
                steps,
                changed=changed,
            )
        return None

    def _offer_resume(self, choice: ResumeChoice, then: Callable[[], None]) -> None:
        def answered(resume: bool) -> None:
            then()
            if resume:
                self.request_start(
                    choice.routine_id,
                    checkins=False,
                    start_step=choice.step,
                    resumed_from=None if choice.changed else choice.session_id,
                )

        self.prompts.offer_resume(choice, answered)

    def _after_missed(self, session_id: str, then: Callable[[], None]) -> None:
        """The app closed on the summary before the after-session check-in: ask it now."""

        def answered(answers: CheckinAnswers | None) -> None:
            self.record_checkin(session_id, "after", answers)  # skipped: stored empty
            then()

        self.prompts.check_in("after", answered)

    def _morning_after(self, session_id: str, then: Callable[[], None]) -> None:
        def answered(answers: CheckinAnswers | None) -> None:
            # A skipped check-in is stored empty, so it is not asked again.
            self.record_checkin(session_id, "morning_after", answers)
            then()

        self.prompts.check_in("morning_after", answered)

    # -- starting --------------------------------------------------------------------------

    def request_start(
        self,
        routine_id: str,
        *,
        checkins: bool = True,
        start_step: int = 0,
        resumed_from: str | None = None,
        started: Callable[[SessionRun], None] | None = None,
    ) -> None:
        """Start a routine once the person has answered what comes first: the lock after a
        warning sign, a progression offer, the check-in. `started` gets the running session."""
        if self.current is not None or routine_id not in self.library.routines:
            return

        def again() -> None:
            """The same request, once a question is answered."""
            self.request_start(
                routine_id,
                checkins=checkins,
                start_step=start_step,
                resumed_from=resumed_from,
                started=started,
            )

        lock = self.red_flag_lock()
        if lock is not None:

            def unlocked(seen: bool) -> None:
                if seen:
                    self.confirm_clinician_seen(lock)
                    again()

            self.prompts.red_flag_lock(lock, unlocked)
            return
        routine = self.library.routine(routine_id)
        if needs_side(routine) and self.affected_side is None and not self._side_asked:

            def told(side: AffectedSide | None) -> None:
                self._side_asked = True  # put off: both sides this run, asked next run
                if side is not None:
                    self.settings.settings.affected_side = side
                    self.settings.save()
                again()

            self.prompts.which_side(routine.title, told)
            return
        offer = self.progression_offer(routine_id) if checkins else None
        if offer is not None:

            def chosen(step_up: bool) -> None:
                self.answer_progression(offer, step_up)
                again()

            self.prompts.offer_progression(offer, chosen)
            return
        if not checkins:
            self._begin(routine_id, None, start_step, resumed_from, started)
            return
        self.prompts.check_in(
            "before", lambda a: self._begin(routine_id, a, start_step, resumed_from, started)
        )

    def _begin(
        self,
        routine_id: str,
        before: CheckinAnswers | None,
        start_step: int,
        resumed_from: str | None,
        started: Callable[[SessionRun], None] | None,
    ) -> None:
        if self.current is not None:
            return
        as_written = self.library.routine(routine_id)
        routine = for_side(as_written, self.affected_side)
        catalogue = self.library.catalogue
        levels = outcomes.levels(self.log)
        plan = build_plan(routine, catalogue, start_variants(routine, catalogue, levels))
        from .session_run import SessionRun  # with the first session, not at start-up

        run = SessionRun(
            plan=plan,
            routine=routine,
            catalogue=catalogue,
            log=self.log,
            clock=self.clock_for(self.options.speed),
            now=self.now,
            routine_hash=routine_hash(as_written),
            speed=self.options.speed,
            start_step=min(start_step, len(plan.drills) - 1),
            resumed_from=resumed_from,
            baseline=_baseline(before),
            left_out=left_out_steps(routine, levels),
        )
        if before is not None and not before.empty:
            self.record_checkin(run.id, "before", before)
            run.tally.before_pain = (before.back_pain, before.leg_pain)
        self.current = run
        if started is not None:
            started(run)
        elif self.on_started is not None:
            self.on_started(run)

    def progression_offer(self, routine_id: str) -> ProgressionOffer | None:
        bases = {s.exercise for s in self.library.routine(routine_id).steps}
        for offer in progression_offers(
            outcomes.recent_outcomes(self.log), self.library.catalogue, outcomes.levels(self.log)
        ):
            if offer.base in bases and (offer.base, offer.current) not in self._declined:
                return offer
        return None

    def answer_progression(self, offer: ProgressionOffer, step_up: bool) -> None:
        self._declined.add((offer.base, offer.current))
        if step_up:
            self.log.write(
                ExerciseLevel(
                    base_id=offer.base,
                    level_id=offer.harder,
                    source="progressed",
                    since=stamp(self.now()),
                    about_id=offer.current,
                )
            )

    # -- finishing -------------------------------------------------------------------------

    def finish(self, run: SessionRun, then: Callable[[], None] | None = None) -> None:
        """The session is over (its end is logged): ask how the person is now, unless it
        ended on a warning sign or was started with --start."""
        if self.current is run:
            self.current = None
        self.last = run
        if run.tally.red_flag is not None or self.options.start:
            if self.options.start:  # not asked: stored empty, so it is not asked later either
                self.record_checkin(run.id, "after", None)
            if then is not None:
                then()
            return

        def answered(answers: CheckinAnswers | None) -> None:
            # Stored even when skipped (empty): a check-in never stored is asked at next start.
            self.record_checkin(run.id, "after", answers)
            if answers is not None and not answers.empty:
                run.tally.after_pain = (answers.back_pain, answers.leg_pain)
            if then is not None:
                then()

        self.prompts.check_in("after", answered)

    def record_checkin(
        self, session_id: str | None, moment: Moment, answers: CheckinAnswers | None
    ) -> None:
        a = answers
        self.log.write(
            CheckIn(
                session_id=session_id,
                moment=moment,
                at=stamp(self.now()),
                back_pain=None if a is None else a.back_pain,
                leg_pain=None if a is None else a.leg_pain,
                reach=None if a is None else a.reach,  # type: ignore[arg-type]  # checked there
                morning=None if a is None else a.morning,  # type: ignore[arg-type]
            )
        )

    # -- after a warning sign --------------------------------------------------------------

    def red_flag_lock(self) -> RedFlagLock | None:
        """The newest warning-sign stop that no clinician has been confirmed to have seen."""
        stops = [h for h in self.log.hurt_events() if h.choice == "red_flag"]
        if not stops:
            return None
        last = stops[-1]
        if any(r.at >= last.at for r in self.log.clinician_reviews()):
            return None
        urgency = most_urgent(frozenset(last.red_flags))
        if urgency is None:
            return None
        session = self.log.session(last.session_id)
        title = session.routine_title if session is not None else ""
        contact = None
        if session is not None and session.routine_id in self.library.routines:
            found = self.library.routine(session.routine_id).contact
            contact = None if found is None else found.words()
        return RedFlagLock(
            last.session_id,
            datetime.fromisoformat(last.at),
            last.red_flags,
            urgency,
            title,
            contact,
        )

    def confirm_clinician_seen(self, lock: RedFlagLock) -> None:
        self.log.write(ClinicianReview(red_flag_session_id=lock.session_id, at=stamp(self.now())))

    # -- the home page ---------------------------------------------------------------------

    def cards(self) -> list[RoutineCard]:
        last: dict[str, datetime] = {
            routine_id: datetime.fromisoformat(session.started_at)
            for routine_id, session in self.log.last_session_per_routine().items()
        }
        shipped = frozenset(real_paths(shipped_files()))
        return routine_cards(self.library, last, shipped)

    def physio_notices(self) -> list[PhysioNotice]:
        return physio_notices(
            outcomes.morning_after_answers(self.log),
            outcomes.stops(self.log),
            self.now(),
            outcomes.levels(self.log),
        )

    def put_back(self, base: str) -> None:
        """A drill that was left out goes back into the routines (the person's choice)."""
        level = outcomes.levels(self.log).get(base)
        if level is None or level.cause is not ChangeCause.LEFT_OUT:
            return
        self.log.write(
            ExerciseLevel(
                base_id=base,
                level_id=level.level,
                source="user",
                since=stamp(self.now()),
                about_id=level.level,
            )
        )

    def open_file(self, path: Path) -> Opened:
        """Add a routine file; the library changes only when it is valid."""
        opened = open_routine(self.library, path, self.keep_routines_in)
        self.library = opened.library
        return opened


def _baseline(before: CheckinAnswers | None) -> Baseline | None:
    if before is None or before.empty:
        return None
    reach = None if before.reach is None else Reach(before.reach)
    return Baseline(back_pain=before.back_pain, leg_pain=before.leg_pain, reach=reach)


def _chain(steps: list[Callable[[Callable[[], None]], None]], done: Callable[[], None]) -> None:
    """Run asynchronous steps one after another, then `done`."""
    if not steps:
        done()
        return
    first, rest = steps[0], steps[1:]
    first(lambda: _chain(rest, done))
