"""The exact sounds of a short routine, driven through the same dispatcher the window uses."""

from __future__ import annotations

import pytest

from sciatica_coach.audio.cue_router import CAPTIONS, CueOptions
from sciatica_coach.audio.dispatch import CueDispatcher
from sciatica_coach.core import events as ev
from sciatica_coach.core.plan import build_plan, swap_drill
from sciatica_coach.core.session import SessionMachine
from tests.helpers.builders import routine, standard_catalogue
from tests.helpers.doubles import FakeClock, RecordingPlayer

STEP_S = 0.25
"""Tick like the window's timer; a power of two keeps the fake clock's times exact."""


class Run:
    """A session machine on a fake clock, its events fed to a dispatcher with a recording player."""

    def __init__(self, options: CueOptions | None = None) -> None:
        self.catalogue = standard_catalogue()
        plan = build_plan(
            routine(
                {"exercise": "clam"},  # 2 reps each side, side-lying
                {"exercise": "knee-hug", "sets": 1, "hold_s": 6, "sides": "none"},
                {"breathing": {"inhale_s": 3, "exhale_s": 4, "cycles": 1}},
            ),
            self.catalogue,
        )
        self.clock = FakeClock(0.0)
        self.machine = SessionMachine(plan, max_gap_s=3600)
        self.player = RecordingPlayer(self.clock)
        self.dispatcher = CueDispatcher(self.player, options or CueOptions())
        self.feed(self.machine.start(self.clock.now))

    def feed(self, events: list[ev.Event]) -> None:
        self.dispatcher.feed(events)

    def until(self, t: float) -> None:
        while self.clock.now < t and not self.machine.finished:
            self.feed(self.machine.tick(self.clock.advance(STEP_S)))

    def to_end(self) -> None:
        self.until(float("inf"))

    def heard(self, since: float = 0.0) -> list[tuple[float, str]]:
        return [(p.at, p.sound) for p in self.player.played if p.at >= since]


WHOLE_ROUTINE = [
    # Clam: 12 s get-ready (new position) counting down, then 2 reps a side, 1 s move + 1 s return.
    (9.0, "tick"),
    (10.0, "tick"),
    (11.0, "tick"),
    (12.0, "start"),  # "Left side. Go"
    (14.0, "rep"),  # rep 2 of 2, left
    (16.0, "switch_side"),  # 10 s to roll over (side-lying)
    (26.0, "start"),  # "Right side. Go"
    (28.0, "rep"),  # "Last one"
    (30.0, "set_done"),  # reps finished: "Next: Knee hug", 12 s get-ready (now supine)
    (39.0, "tick"),
    (40.0, "tick"),
    (41.0, "tick"),
    (42.0, "start"),  # "Hold, 6 seconds"
    (45.0, "tick"),
    (46.0, "tick"),
    (47.0, "tick"),
    (48.0, "done"),  # the hold ends: "Next: Slow breathing", 6 s get-ready (same position)
    (51.0, "tick"),
    (52.0, "tick"),
    (53.0, "tick"),
    (54.0, "breathe_in"),
    (57.0, "breathe_out"),
    (61.0, "session_done"),
]


def test_the_exact_sounds_of_a_short_routine():
    run = Run()
    run.to_end()
    assert run.heard() == WHOLE_ROUTINE


def test_sound_off_plays_nothing():
    run = Run(CueOptions(sound_on=False))
    run.to_end()
    assert run.player.played == []


def test_pausing_silences_cues_until_resume():
    run = Run()
    run.until(44.0)  # two seconds into the knee-hug hold
    assert run.heard()[-1] == (42.0, "start")
    run.feed(run.machine.pause(run.clock.now))
    run.until(74.0)  # thirty seconds paused: the clock runs, the session does not
    # Going back to the start of the set while paused raises a "start" cue: it stays silent.
    run.feed(run.machine.restart_set(run.clock.now))
    assert run.heard(since=44.0) == []
    run.feed(run.machine.resume(run.clock.now))
    run.to_end()
    assert run.heard(since=44.0) == [
        (77.0, "tick"),  # the 6 s hold started again at 74 s, on resume
        (78.0, "tick"),
        (79.0, "tick"),
        (80.0, "done"),
        (83.0, "tick"),
        (84.0, "tick"),
        (85.0, "tick"),
        (86.0, "breathe_in"),
        (89.0, "breathe_out"),
        (93.0, "session_done"),
    ]


def test_only_the_stop_sound_while_the_hurt_dialog_is_open():
    run = Run()
    run.until(13.0)  # first clam rep
    report, events = run.machine.hurt(run.clock.now)
    assert report.exercise == "clam"
    run.feed(events)
    assert run.heard(since=13.0) == [(13.0, "stop")]
    run.until(40.0)  # the person reads the dialog; nothing moves, nothing sounds
    # The dialog offers to try the set again, then swaps in an easier variant: still silent.
    run.feed(run.machine.restart_set(run.clock.now))
    variant = swap_drill(run.machine.plan.drills[0], run.catalogue.exercises["ball"], "it hurt")
    run.feed(run.machine.swap(run.clock.now, variant))
    assert run.machine.paused
    assert run.heard(since=13.0) == [(13.0, "stop")]
    run.feed(run.machine.resume(run.clock.now))
    run.until(60.0)
    # Resumed at 40 s at the variant's 12 s get-ready: the cues come back.
    assert run.heard(since=13.5)[:4] == [
        (49.0, "tick"),
        (50.0, "tick"),
        (51.0, "tick"),
        (52.0, "start"),  # "Begin, 30 seconds" (the timed ball drill)
    ]


@pytest.mark.parametrize("count_aloud", [False, True])
def test_counts_are_spoken_only_when_asked(count_aloud):
    said: list[tuple[str, str]] = []

    class Speaker:
        def say(self, text, kind):
            said.append((text, kind.value))

        def silence(self):
            said.append(("<silence>", ""))

    run = Run(CueOptions(count_aloud=count_aloud))
    run.dispatcher.speaker = Speaker()
    run.until(15.0)
    if count_aloud:
        expected = [("3", "count"), ("2", "count"), ("1", "count")]
        expected += [("Left side. Go", "prompt"), ("2", "count")]
    else:
        expected = [("Left side. Go", "prompt")]
    assert said == expected
    run.feed(run.machine.hurt(run.clock.now)[1])
    assert said[-2:] == [("<silence>", ""), ("Paused", "urgent")]


def test_the_shipped_quick_tour_uses_only_known_sounds(shipped):
    plan = build_plan(shipped.routine("quick-tour"), shipped.catalogue)
    clock = FakeClock(0.0)
    machine = SessionMachine(plan)
    player = RecordingPlayer(clock)
    dispatcher = CueDispatcher(player, CueOptions())
    dispatcher.feed(machine.start(clock.now))
    while not machine.finished:
        dispatcher.feed(machine.tick(clock.advance(STEP_S)))
    assert player.sounds[-1] == "session_done"
    assert set(player.sounds) <= set(CAPTIONS)
    assert {"start", "tick", "breathe_in", "breathe_out"} <= set(player.sounds)
