"""The session workflows without Qt: what a hurt answer does now and next time, what counts as
progress, where a resume starts, when a step up is offered, and the lock after a warning sign."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from sciatica_coach.core.library import Library, RoutineEntry, Source
from sciatica_coach.core.plan import ChangeCause
from sciatica_coach.core.safety import Action, Feeling, HurtAnswers, Reach, Spread
from sciatica_coach.core.words import change_text
from sciatica_coach.services.coach import CoachService, StartOptions
from sciatica_coach.services.prompts import CheckinAnswers
from sciatica_coach.services.settings_store import SettingsStore
from sciatica_coach.storage.log import SessionLog
from sciatica_coach.storage.settings import Settings
from tests.helpers.builders import routine, standard_catalogue
from tests.helpers.doubles import FakeClock

MONDAY = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


class Answers:
    """Stands in for the window's dialogs: answers each question at once, and remembers it."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.checkins: dict[str, CheckinAnswers | None] = {}
        self.step_up = False
        self.resume = True
        self.clinician_seen = False
        self.lock = None
        self.offer = None
        self.side = None

    def safety_notice(self, done):
        self.asked.append("notice")
        done()

    def check_in(self, moment, answer):
        self.asked.append(moment)
        answer(self.checkins.get(moment))

    def offer_progression(self, offer, answer):
        self.asked.append("progression")
        self.offer = offer
        answer(self.step_up)

    def offer_resume(self, choice, answer):
        self.asked.append("resume")
        self.choice = choice
        answer(self.resume)

    def which_side(self, routine_title, answer):
        self.asked.append("side")
        answer(self.side)

    def red_flag_lock(self, lock, answer):
        self.asked.append("lock")
        self.lock = lock
        answer(self.clinician_seen)


class World:
    """A service over a real log, a fake clock and a wall clock that moves with it."""

    def __init__(self, tmp_path, *steps: dict, start: datetime = MONDAY) -> None:
        self.clock = FakeClock()
        self.origin = self.clock.now
        self.start = start
        cat = standard_catalogue()
        r = routine(*(steps or ({"exercise": "bird-dog"}, {"exercise": "knee-hug"})))
        self.library = Library(
            catalogue=cat, routines={r.id: RoutineEntry(r, Source("test.yaml", 1))}
        )
        self.log = SessionLog.open(tmp_path / "history.db")
        self.prompts = Answers()
        self.service = CoachService(
            library=self.library,
            log=self.log,
            prompts=self.prompts,
            settings=SettingsStore(Settings(first_run_seen=True), None),
            clock_for=lambda _speed: self.clock,
            now=self.wall,
            options=StartOptions(),
        )

    def wall(self) -> datetime:
        return self.start + timedelta(seconds=self.clock.now - self.origin)

    def begin(self, *, checkins: bool = False, **kw):
        runs = []
        self.service.request_start("test-routine", checkins=checkins, started=runs.append, **kw)
        [run] = runs
        run.start()
        return run

    def advance(self, run, seconds: float) -> None:
        end = self.clock.now + seconds
        while self.clock.now < end and not run.finished:
            self.clock.advance(min(1.0, end - self.clock.now))
            run.tick()

    def seek(self, run, step: int, kind: str, into: float = 0.5) -> None:
        seg = next(s for s in run.plan.segments if s.step == step and s.kind == kind)
        self.advance(run, (seg.start_ms - run.snapshot().position_ms) / 1000 + into)

    def finish(self, run) -> None:
        self.advance(run, 3600)
        self.service.finish(run)

    def next_day(self, days: int = 1) -> None:
        self.start += timedelta(days=days)


def hurt(run, *, back=3, leg=3, reach=None, spread=None, feelings=(), flags=(), choice=None):
    """Press 'this hurts', answer, and choose (the suggested action unless `choice`)."""
    question, _events = run.hurt()
    assert question is not None
    answers = HurtAnswers(
        back_pain=back,
        leg_pain=leg,
        reach=reach,
        spread=spread,
        feelings=frozenset(feelings),
        red_flags=frozenset(flags),
    )
    suggestion = question.suggest(answers)
    run.answer_hurt(answers, suggestion, choice or suggestion.action)
    return suggestion


def test_hurt_then_easier_swaps_it_in_now_and_next_time(tmp_path):
    w = World(tmp_path)
    run = w.begin()
    w.seek(run, 0, "move")
    s = hurt(run, back=7, leg=2, choice=Action.SKIP)  # high pain: stop and rest, skip
    assert s.action is Action.SKIP
    assert Action.CONTINUE not in s.options
    w.finish(run)
    run2 = w.begin()
    drill = run2.plan.drills[0]
    assert drill.exercise.id == "bird-dog-arm-only"
    assert drill.change.cause is ChangeCause.STOPPED
    assert drill.change.about == "bird-dog"
    names = w.library.catalogue.__getitem__
    assert change_text(drill.change, drill.exercise.id, lambda i: names(i).name, w.wall()) == (
        "Starting on bird dog arm only because bird dog was stopped today."
    )


def test_hurt_then_switch_runs_the_easier_version_at_once(tmp_path):
    w = World(tmp_path)
    run = w.begin()
    w.seek(run, 0, "move")
    s = hurt(run, back=2, leg=2, spread=Spread.FURTHER)  # spreading down the leg: switch now
    assert s.action is Action.REGRESS
    assert run.plan.drills[0].exercise.id == "bird-dog-arm-only"
    assert run.plan.drills[0].change.cause is ChangeCause.HURT_NOW
    assert not run.machine.paused
    [result] = w.log.drills(run.id)
    assert (result.step, result.status, result.variant_id) == (0, "stopped", "bird-dog")
    assert w.log.levels()["bird-dog"].level_id == "bird-dog-arm-only"


def test_a_stopped_drill_with_no_easier_version_is_left_out_next_time(tmp_path):
    w = World(tmp_path, {"exercise": "knee-hug"}, {"exercise": "bird-dog"})
    run = w.begin()
    w.seek(run, 0, "hold", into=3)
    s = hurt(run, back=2, leg=2, feelings=[Feeling.SHARP])
    assert s.action is Action.SKIP
    assert Action.REGRESS not in s.options
    w.finish(run)
    assert w.log.levels()["knee-hug"].source == "left_out"
    run2 = w.begin()
    assert run2.machine.current.step == 1  # knee hug is skipped as it is reached
    assert run2.tally.left_out == ["knee-hug"]
    [notice] = [n for n in w.service.physio_notices() if n.base == "knee-hug"]
    assert notice.reason == "left_out"
    w.service.finish(run2)
    w.service.put_back("knee-hug")
    assert w.begin().machine.current.step == 0


def test_carrying_on_stores_nothing_for_next_time(tmp_path):
    w = World(tmp_path)
    run = w.begin()
    w.seek(run, 0, "move")
    s = hurt(run, back=2, leg=1)
    assert s.action is Action.CONTINUE
    assert w.log.levels() == {}
    [event] = w.log.hurt_events(run.id)
    assert (event.back_pain, event.leg_pain, event.pain, event.choice) == (2, 1, 2, "continue")


def test_a_stopped_drill_is_not_counted_as_progress(tmp_path):
    w = World(tmp_path)
    run = w.begin()
    w.seek(run, 0, "move")
    hurt(run, back=7, leg=7, choice=Action.SKIP)
    assert w.log.session(run.id).resume_step == 0  # the stopped drill is still to do
    w.seek(run, 1, "hold")
    run.skip()  # a skip the person chose is progress: resume goes past it
    assert w.log.session(run.id).resume_step == 2


def test_resume_starts_at_the_first_unfinished_drill(tmp_path):
    w = World(tmp_path, {"exercise": "ball"}, {"exercise": "knee-hug"}, {"exercise": "ball"})
    run = w.begin()
    w.seek(run, 1, "hold", into=2)  # drill 1 (index 0) done, killed during drill 2
    assert [d.step for d in w.log.drills(run.id)] == [0]
    w.service.current = None  # the app was killed: the run is gone
    w.next_day(0)
    w.prompts.resume = True
    w.service.startup(lambda: None)
    assert w.prompts.asked == ["resume"]
    assert (w.prompts.choice.step, w.prompts.choice.steps) == (1, 3)
    resumed = w.service.current
    assert resumed is not None
    resumed.start()
    assert resumed.machine.current.step == 1
    assert w.log.session(resumed.id).resumed_from == run.id


def test_three_calm_sessions_offer_a_step_up(tmp_path):
    w = World(tmp_path, {"exercise": "bird-dog", "variant": "bird-dog-arm-only"})
    for _ in range(3):
        run = w.begin()
        w.finish(run)
        w.next_day()
    w.prompts.step_up = True
    run = w.begin(checkins=True)
    assert w.prompts.asked[-2:] == ["progression", "before"]
    assert (w.prompts.offer.current, w.prompts.offer.harder) == ("bird-dog-arm-only", "bird-dog")
    assert run.plan.drills[0].exercise.id == "bird-dog"
    assert run.plan.drills[0].change.cause is ChangeCause.PROGRESSED


def test_a_warning_sign_ends_the_session_and_locks_the_next_start(tmp_path):
    w = World(tmp_path)
    run = w.begin()
    w.seek(run, 0, "move")
    s = hurt(run, flags=["saddle"])
    assert s.action is Action.RED_FLAG
    assert s.options == (Action.RED_FLAG,)
    assert run.finished
    assert w.log.session(run.id).status == "red_flag"
    assert run.tally.red_flag.flags == ("saddle",)
    assert w.log.levels() == {}  # a warning sign is not the drill's fault
    w.service.finish(run)
    assert "after" not in w.prompts.asked  # no check-in after a warning sign

    w.next_day()
    runs = []
    w.service.request_start("test-routine", checkins=False, started=runs.append)
    assert runs == []
    assert w.prompts.lock.flags == ("saddle",)
    w.prompts.clinician_seen = True
    w.service.request_start("test-routine", checkins=False, started=runs.append)
    assert len(runs) == 1
    assert w.service.red_flag_lock() is None
    assert len(w.log.clinician_reviews()) == 1


def test_a_check_in_is_the_baseline_for_spreading(tmp_path):
    w = World(tmp_path)
    w.prompts.checkins["before"] = CheckinAnswers(back_pain=3, leg_pain=4, reach="thigh")
    run = w.begin(checkins=True)
    w.seek(run, 0, "move")
    s = hurt(run, back=2, leg=3, reach=Reach.BUTTOCK)  # retreating toward the back
    assert s.action is Action.CONTINUE
    assert s.change == "retreating"
    [checkin] = w.log.checkins(run.id)
    assert (checkin.moment, checkin.leg_pain, checkin.reach) == ("before", 4, "thigh")


@pytest.mark.parametrize("first_run_seen", [False, True])
def test_the_safety_notice_comes_first_even_with_start(tmp_path, first_run_seen):
    w = World(tmp_path)
    w.service.settings = SettingsStore(Settings(first_run_seen=first_run_seen), None)
    w.service.options = StartOptions(start=True)
    done = []
    w.service.startup(lambda: done.append(True))
    assert w.prompts.asked == ([] if first_run_seen else ["notice"])
    assert done == [True]
    assert w.service.settings.settings.first_run_seen
