"""CueOutput: the driver's signals in; tones, words, captions, flashes and one sound notice out."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QCoreApplication

from sciatica_coach.audio.backends import CommandBackend
from sciatica_coach.audio.cue_router import CueOptions
from sciatica_coach.audio.player import NO_DEVICE, PlaysoundPlayer
from sciatica_coach.core import cues
from sciatica_coach.storage.settings import Settings
from sciatica_coach.ui.cue_output import CueOutput
from sciatica_coach.ui.session_driver import SessionDriver
from tests.helpers.doubles import FakeClock, RecordingPlayer
from tests.helpers.runs import make_run

STEP_S = 0.25


class FakeVoice:
    def __init__(self) -> None:
        self.said: list[str] = []

    def say(self, text, kind) -> None:
        self.said.append(f"{kind.value}:{text}")

    def silence(self) -> None:
        self.said.append("<silence>")


class Rig:
    def __init__(self, qtbot, settings) -> None:
        self.clock = FakeClock(0.0)
        run = make_run(
            {"exercise": "knee-hug", "sets": 1, "hold_s": 6, "sides": "none"}, clock=self.clock
        )
        self.driver = SessionDriver(run)
        self.player = RecordingPlayer(self.clock)
        self.voice = FakeVoice()
        self.output = CueOutput(self.player, settings, self.voice)
        self.output.attach(self.driver)
        self.captions: list[str] = []
        self.flashes: list[float] = []
        self.problems: list[str] = []
        self.output.caption.connect(self.captions.append)
        self.output.flash.connect(lambda: self.flashes.append(self.clock.now))
        self.output.soundProblem.connect(self.problems.append)

    def run_until(self, t: float) -> None:
        while self.clock.now < t and not self.driver.machine.finished:
            self.clock.advance(STEP_S)
            self.driver.tick()


@pytest.fixture
def rig(qtbot):
    made: list[Rig] = []

    def make(settings=None) -> Rig:
        r = Rig(qtbot, settings or Settings())
        made.append(r)
        return r

    yield make
    for r in made:
        r.driver.stop()
        assert not r.driver.timer_active


def test_routes_the_drivers_cues_to_player_voice_and_captions(rig):
    r = rig()
    r.driver.start()
    r.run_until(100.0)
    assert r.player.sounds == ["tick", "tick", "tick", "start"] + ["tick"] * 3 + ["session_done"]
    assert r.captions == [
        "Get ready: Knee hug",
        "3",
        "2",
        "1",
        "Hold",
        "3",
        "2",
        "1",
        "Session complete",
    ]
    assert r.voice.said == [
        "prompt:Get ready: Knee hug",
        "prompt:Hold, 6 seconds",
        "prompt:Well done. That is the whole routine.",
    ]
    assert r.flashes == []


def test_flash_and_counts_follow_the_settings_live(rig):
    settings = Settings()
    r = rig(settings)
    r.driver.start()
    r.run_until(10.0)
    assert r.flashes == []
    settings.screen_flash = True
    settings.count_aloud = True
    r.run_until(100.0)
    # The last get-ready tick, "start", three hold ticks, "session_done".
    assert r.flashes == [11.0, 12.0, 15.0, 16.0, 17.0, 18.0]
    assert "count:3" in r.voice.said


def test_pause_silences_and_the_hurt_stop_cue_still_sounds(rig):
    r = rig()
    r.driver.start()
    r.run_until(13.0)  # one second into the hold
    r.driver.pause()
    assert r.output.paused
    assert r.voice.said[-1] == "<silence>"
    r.driver.restart_set()  # raises a "start" cue while paused
    assert r.player.sounds == ["tick", "tick", "tick", "start"]
    assert r.captions[-1] == "Hold"  # the screen still says what changed
    r.driver.resume()
    assert not r.output.paused
    _question, events = r.driver.run.hurt()
    r.driver.emit_events(events)
    assert r.player.sounds[-1] == "stop"
    assert r.voice.said[-1] == "urgent:Paused"
    assert r.captions[-1] == cues.stop_cue().caption


def test_a_player_failure_from_its_thread_is_emitted_once(qtbot, rig):
    r = rig()
    failing = threading.Thread(target=lambda: (r.player.fail(), r.player.fail("again")))
    with qtbot.waitSignal(r.output.soundProblem, timeout=5000) as blocker:
        failing.start()
        failing.join()
    assert blocker.args == [NO_DEVICE]
    r.driver.start()
    r.run_until(100.0)
    QCoreApplication.processEvents()
    assert r.problems == [NO_DEVICE]
    assert r.captions[-1] == "Session complete"  # the visual cues carry on


def test_soundproblem_is_emitted_once_even_if_a_player_repeats_itself(qtbot):
    class Chatty(RecordingPlayer):
        def fail(self, message=NO_DEVICE):
            for listener in self._listeners:
                listener(message)

    player = Chatty()
    output = CueOutput(player, CueOptions())
    problems: list[str] = []
    output.soundProblem.connect(problems.append)
    player.fail()
    player.fail()
    qtbot.waitUntil(lambda: len(problems) == 1)
    QCoreApplication.processEvents()
    assert problems == [NO_DEVICE]


def test_a_real_player_that_exits_1_gives_one_soundproblem(qtbot, rig):
    player = PlaysoundPlayer(loader=lambda: CommandBackend([sys.executable, "-c", "exit(1)"]))
    try:
        output = CueOutput(player, CueOptions())
        problems: list[str] = []
        output.soundProblem.connect(problems.append)
        with qtbot.waitSignal(output.soundProblem, timeout=10_000):
            output.on_event(cues.countdown_cue(3))
        for n in (2, 1):
            output.on_event(cues.countdown_cue(n))
        assert player.wait_idle(10.0)
        QCoreApplication.processEvents()
        assert problems == [NO_DEVICE]
        assert player.started == 1
    finally:
        player.close()


def test_detach_lets_go_of_the_session(rig):
    r = rig()
    r.driver.start()
    r.run_until(10.0)
    heard = list(r.player.sounds)
    r.driver.pause()
    r.output.detach()
    assert r.voice.said[-1] == "<silence>"
    assert not r.output.paused  # the next session starts unpaused
    r.driver.resume()
    r.run_until(100.0)
    assert r.player.sounds == heard
    r.output.detach()  # a second time does nothing
