"""The cue player: never blocks or raises, drops stale requests, and says a failure once."""

from __future__ import annotations

import sys
import threading
import types
from pathlib import Path

import pytest

from sciatica_coach.audio import backends
from sciatica_coach.audio.backends import BackendUnavailable, CommandBackend, load_playsound3
from sciatica_coach.audio.player import (
    NO_DEVICE,
    NO_PLAYER,
    PLAYER_FAILED,
    PLAYER_STUCK,
    PlayerStatus,
    PlaysoundPlayer,
    SilentPlayer,
)
from tests.helpers.doubles import FakeClock, RecordingPlayer

WAIT_S = 10.0
"""Upper bound for waiting on the worker thread (an Event); never a sleep."""


class FakeProcess:
    def __init__(self, code: int | None = 0) -> None:
        self.code = code
        """None: still playing until terminated."""
        self.stopped = threading.Event()

    @property
    def terminated(self) -> bool:
        return self.stopped.is_set()

    def poll(self) -> int | None:
        return self.code

    def wait(self) -> int:
        if self.code is None:
            self.code = 0
        return self.code

    def terminate(self) -> None:
        self.code = -15
        self.stopped.set()


class FakeBackend:
    """Records the sounds it is asked to start; can hold the worker inside open()."""

    name = "fake"

    def __init__(self, code: int | None = 0, hold_first: threading.Event | None = None) -> None:
        self.code = code
        self.opened: list[str] = []
        self.processes: list[FakeProcess] = []
        self.hold_first = hold_first
        self.inside = threading.Event()

    def open(self, path: Path) -> FakeProcess:
        self.opened.append(path.stem)
        if self.hold_first is not None and len(self.opened) == 1:
            self.inside.set()
            assert self.hold_first.wait(WAIT_S)
        process = FakeProcess(self.code)
        self.processes.append(process)
        return process


class Starts:
    """The player's observer: lets a test wait until the worker has started n processes."""

    def __init__(self) -> None:
        self.count = 0
        self._changed = threading.Condition()

    def __call__(self, started) -> None:
        with self._changed:
            self.count += 1
            self._changed.notify_all()

    def wait_for(self, n: int) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: self.count >= n, WAIT_S)


class Notices:
    def __init__(self) -> None:
        self.messages: list[str] = []
        self.said = threading.Event()

    def __call__(self, message: str) -> None:
        self.messages.append(message)
        self.said.set()


@pytest.fixture
def make_player():
    """Build players whose worker threads are checked to be gone at the end of the test."""
    made: list[PlaysoundPlayer] = []
    before = set(threading.enumerate())

    def make(backend=None, **kw) -> tuple[PlaysoundPlayer, Notices]:
        if backend is not None:
            kw["loader"] = lambda: backend
        player = PlaysoundPlayer(**kw)
        notices = Notices()
        player.on_problem(notices)
        made.append(player)
        return player, notices

    yield make
    for player in made:
        player.close()
        assert player.thread is None or not player.thread.is_alive()
    leaked = set(threading.enumerate()) - before
    assert not [t for t in leaked if t.name == "cue-player"]


def test_play_only_queues_even_while_the_worker_is_stuck(make_player):
    release = threading.Event()
    backend = FakeBackend(hold_first=release)
    player, _ = make_player(backend)
    player.play("start")
    assert backend.inside.wait(WAIT_S)  # the worker is now stuck inside the backend
    # If play() waited on the worker, these calls could never return while it is stuck: they
    # run on a thread of their own, which must finish without the worker being released.
    # (How fast a cue is queued is measured in bench/cue_latency.py, not timed here.)
    caller = threading.Thread(target=lambda: [player.play("tick") for _ in range(1000)])
    try:
        caller.start()
        caller.join(WAIT_S)
        assert not caller.is_alive()
        assert not release.is_set()  # nothing waited on the worker
    finally:
        release.set()
    assert player.wait_idle(WAIT_S)
    assert backend.opened == ["start", "tick"]  # 999 were superseded while it was stuck
    assert player.superseded == 999


def test_requests_older_than_max_age_are_dropped(make_player):
    release = threading.Event()
    backend = FakeBackend(hold_first=release)
    clock = FakeClock()
    player, _ = make_player(backend, clock=clock, max_age_s=0.3)
    player.play("start")
    assert backend.inside.wait(WAIT_S)
    player.play("tick")
    clock.advance(2.0)  # the worker is now 2 s behind: that tick would mislead
    release.set()
    assert player.wait_idle(WAIT_S)
    assert backend.opened == ["start"]
    assert player.dropped_stale == 1


def test_a_stale_request_is_dropped_but_a_fresh_one_behind_it_plays(make_player):
    release = threading.Event()
    backend = FakeBackend(hold_first=release)
    clock = FakeClock()
    player, _ = make_player(backend, clock=clock)
    player.play("start")
    assert backend.inside.wait(WAIT_S)
    player.play("tick")
    clock.advance(2.0)
    player.play("done")
    release.set()
    assert player.wait_idle(WAIT_S)
    assert backend.opened == ["start", "done"]
    assert (player.dropped_stale, player.superseded) == (1, 0)


def test_plays_the_asset_file_for_each_sound_in_order(make_player):
    backend = FakeBackend()
    player, notices = make_player(backend)
    for sound in ("start", "rep", "set_done"):
        player.play(sound)
        assert player.wait_idle(WAIT_S)
    assert backend.opened == ["start", "rep", "set_done"]
    assert player.status is PlayerStatus.READY
    assert player.started == 3
    assert notices.messages == []


def test_a_player_that_exits_1_gives_one_calm_notice_then_silence(make_player):
    """With no audio device `aplay` exits 1 and raises nothing; here a real process does that."""
    backend = CommandBackend([sys.executable, "-c", "raise SystemExit(1)"])
    player, notices = make_player(backend)
    player.play("start")
    assert notices.said.wait(WAIT_S)
    for sound in ("tick", "tick", "done", "set_done"):
        player.play(sound)
    assert player.wait_idle(WAIT_S)
    assert notices.messages == [NO_DEVICE]
    assert NO_DEVICE == (
        "Sound is unavailable on this computer (no audio device found). "
        "The on-screen cues carry on."
    )
    assert player.started == 1  # it stopped trying
    assert player.status is PlayerStatus.UNAVAILABLE
    assert player.problem == NO_DEVICE


def test_a_missing_backend_is_said_once(make_player):
    def loader():
        raise BackendUnavailable("no sound player program found")

    player, notices = make_player(loader=loader)
    player.play("start")
    assert notices.said.wait(WAIT_S)
    player.play("tick")
    assert player.wait_idle(WAIT_S)
    assert notices.messages == [NO_PLAYER]
    assert player.started == 0


def test_a_loader_that_raises_anything_is_caught(make_player):
    def loader():
        raise OSError("gst-play-1.0 --version crashed")

    player, notices = make_player(loader=loader)
    player.warm_up()
    assert notices.said.wait(WAIT_S)
    assert notices.messages == [PLAYER_FAILED]


def test_a_backend_that_raises_is_said_once(make_player):
    class Broken(FakeBackend):
        def open(self, path):
            raise RuntimeError("boom")

    player, notices = make_player(Broken())
    player.play("start")
    player.play("tick")
    assert notices.said.wait(WAIT_S)
    player.play("done")
    assert player.wait_idle(WAIT_S)
    assert notices.messages == [PLAYER_FAILED]


def test_a_hung_player_is_stopped_and_said_once(make_player):
    backend = FakeBackend(code=None)
    clock = FakeClock()
    starts = Starts()
    player, notices = make_player(backend, clock=clock, hang_s=10.0, observer=starts)
    player.play("session_done")
    assert starts.wait_for(1)
    assert notices.messages == []
    clock.advance(11.0)
    assert notices.said.wait(WAIT_S)
    assert notices.messages == [PLAYER_STUCK]
    assert backend.processes[0].terminated


def test_too_many_overlapping_tones_cut_the_oldest_without_a_notice(make_player):
    backend = FakeBackend(code=None)
    starts = Starts()
    player, notices = make_player(backend, observer=starts)
    for n, sound in enumerate(("start", "tick", "rep", "done", "stop"), start=1):
        player.play(sound)
        assert starts.wait_for(n)
    assert backend.processes[0].stopped.wait(WAIT_S)
    assert [p.terminated for p in backend.processes] == [True, False, False, False, False]
    player.close()
    assert all(p.terminated for p in backend.processes)  # close() stops what still plays
    assert notices.messages == []


def test_an_unknown_sound_is_skipped_without_a_notice(make_player):
    backend = FakeBackend()
    player, notices = make_player(backend)
    player.play("no_such_sound")
    player.play("../etc/passwd")
    assert player.wait_idle(WAIT_S)
    player.play("tick")
    assert player.wait_idle(WAIT_S)
    assert backend.opened == ["tick"]
    assert notices.messages == []


def test_close_joins_the_worker_and_later_plays_do_nothing(make_player):
    backend = FakeBackend()
    player, _ = make_player(backend)
    assert player.thread is None  # nothing loaded until asked
    player.play("tick")
    thread = player.thread
    assert thread is not None
    assert thread.is_alive()
    player.close()
    assert not thread.is_alive()
    assert player.status is PlayerStatus.CLOSED
    player.play("tick")
    player.warm_up()
    assert player.thread is thread
    assert not thread.is_alive()
    assert player.wait_idle(WAIT_S)


def test_close_without_any_play_starts_no_thread(make_player):
    player, _ = make_player(FakeBackend())
    player.close()
    assert player.thread is None


def test_a_listener_added_after_the_failure_hears_it_once(make_player):
    player, first = make_player(loader=lambda: (_ for _ in ()).throw(BackendUnavailable("none")))
    player.warm_up()
    assert first.said.wait(WAIT_S)
    late = Notices()
    player.on_problem(late)
    assert late.messages == [NO_PLAYER]


def test_a_listener_that_raises_does_not_reach_the_worker(make_player):
    def bad(message: str) -> None:
        raise RuntimeError("listener bug")

    player, notices = make_player(loader=lambda: (_ for _ in ()).throw(BackendUnavailable("x")))
    player.on_problem(bad)
    player.warm_up()
    assert notices.said.wait(WAIT_S)
    assert player.status is PlayerStatus.UNAVAILABLE


def test_recording_player_records_sounds_with_the_injected_clock():
    clock = FakeClock(5.0)
    player = RecordingPlayer(clock)
    player.play("start")
    clock.advance(1.5)
    player.play("tick")
    assert [(p.at, p.sound) for p in player.played] == [(5.0, "start"), (6.5, "tick")]
    assert player.sounds == ["start", "tick"]
    heard: list[str] = []
    player.on_problem(heard.append)
    player.fail()
    player.fail("again")
    assert heard == [NO_DEVICE]
    assert player.status is PlayerStatus.UNAVAILABLE
    player.close()
    assert player.status is PlayerStatus.CLOSED


def test_silent_player_does_nothing():
    player = SilentPlayer()
    player.warm_up()
    player.play("start")
    player.close()
    assert player.status is PlayerStatus.SILENT
    assert player.problem is None


# -- loading playsound3 (with a stand-in module: the real import runs every player) ---------


def fake_playsound3(default: str | None, available: list[str], result: object):
    module = types.ModuleType("playsound3")
    module.DEFAULT_BACKEND = default
    module.AVAILABLE_BACKENDS = available
    module.calls = []

    def playsound(sound, block=True, backend=None):
        module.calls.append((sound, block, backend))
        return result

    module.playsound = playsound
    return module


def test_playsound3_is_asked_for_a_non_blocking_sound_and_its_process(monkeypatch, tmp_path):
    process = FakeProcess(1)
    module = fake_playsound3("alsa", ["alsa"], types.SimpleNamespace(subprocess=process))
    monkeypatch.setitem(sys.modules, "playsound3", module)
    backend = load_playsound3()
    assert backend.name == "alsa"
    assert backend.open(tmp_path / "x.wav") is process
    assert module.calls == [(str(tmp_path / "x.wav"), False, "alsa")]


def test_a_sound_object_without_a_process_counts_as_fine(monkeypatch, tmp_path):
    module = fake_playsound3("gstreamer", ["gstreamer"], object())
    monkeypatch.setitem(sys.modules, "playsound3", module)
    process = load_playsound3().open(tmp_path / "x.wav")
    assert (process.poll(), process.wait()) == (0, 0)
    process.terminate()


def test_playsound3_with_no_backend_or_the_wrong_one_is_unavailable(monkeypatch):
    monkeypatch.setitem(sys.modules, "playsound3", fake_playsound3(None, [], None))
    with pytest.raises(BackendUnavailable, match="no sound player"):
        load_playsound3()
    monkeypatch.setitem(
        sys.modules, "playsound3", fake_playsound3("gstreamer", ["gstreamer"], None)
    )
    with pytest.raises(BackendUnavailable, match="'alsa' sound player is not installed"):
        load_playsound3("alsa")


def test_a_playsound3_import_that_raises_is_unavailable(monkeypatch):
    monkeypatch.setitem(sys.modules, "playsound3", None)  # import raises ImportError
    with pytest.raises(BackendUnavailable, match="loading playsound3 failed"):
        backends.load_playsound3()
