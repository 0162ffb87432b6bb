"""How long from a cue existing to the player being asked, and to the player process starting?

1. Event to request: a `Cue` returned by the session machine (or re-emitted by the Qt driver's
   `cue` signal) to `play()` being entered, through the same objects the window uses
   (`CueDispatcher`, and `CueOutput` for the Qt path). Target: under 20 ms.
2. Request to process: `play()` entered to the player process spawned (playsound3's `playsound()`
   returned inside the worker thread), with the real `PlaysoundPlayer` and playsound3's `alsa`
   backend. ALSA's default device is pointed at a WAV file (an `asoundrc` in a temporary HOME),
   so `aplay` really starts and plays on a machine without a sound card.

    python bench/cue_latency.py [--cues 300] [--routine quick-tour]

Prints median / p99 / max for each, in milliseconds. Needs `aplay` and `mpg123` for part 2.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sciatica_coach.audio.cue_router import CueOptions
from sciatica_coach.audio.dispatch import CueDispatcher
from sciatica_coach.audio.player import PlayerStatus, PlaysoundPlayer, SilentPlayer, Started
from sciatica_coach.core.plan import build_plan
from sciatica_coach.core.session import SessionMachine
from sciatica_coach.core.shipped import load_shipped
from tests.helpers.doubles import FakeClock

if TYPE_CHECKING:
    from sciatica_coach.core import events as ev
    from sciatica_coach.core.library import Library
    from sciatica_coach.core.plan import Plan

STEP_S = 0.05
"""Fake-clock step per tick: about the window's frame interval while a ring moves."""


class TimingPlayer(SilentPlayer):
    """Notes when play() is entered; plays nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[float] = []

    def play(self, sound_id: str) -> None:
        self.asked.append(time.perf_counter())


def summary(values_ms: list[float]) -> str:
    if not values_ms:
        return "no samples"
    ordered = sorted(values_ms)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return (
        f"median {statistics.median(ordered):.3f} ms, p99 {p99:.3f} ms, "
        f"max {ordered[-1]:.3f} ms (n={len(ordered)})"
    )


def pure_path(plan: Plan, cues: int) -> list[float]:
    """Machine returns events -> CueDispatcher -> play() entered."""
    player = TimingPlayer()
    dispatcher = CueDispatcher(player, CueOptions(sound_on=True))
    out: list[float] = []
    while len(out) < cues:
        clock = FakeClock(0.0)
        machine = SessionMachine(plan)
        events = machine.start(clock.now)
        while True:
            returned = time.perf_counter()
            before = len(player.asked)
            dispatcher.feed(events)
            out += [(t - returned) * 1000 for t in player.asked[before:]]
            if machine.finished:
                break
            events = machine.tick(clock.advance(STEP_S))
    return out[:cues]


def emit_drops_a_reference() -> bool:
    """PySide6 6.12.0's SignalInstance.emit() returns True without a reference of its own."""
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        fired = Signal()

    probe = Probe()
    before = sys.getrefcount(True)
    for _ in range(10):
        probe.fired.emit()
    return sys.getrefcount(True) < before - 5


def qt_path(lib: Library, routine_id: str, cues: int) -> list[float] | str:
    """Session -> SessionDriver's `cue` signal -> CueOutput -> CueDispatcher -> play() entered."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import PySide6
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([])
    if emit_drops_a_reference():
        return (
            f"skipped: PySide6 {PySide6.__version__} Signal.emit() drops a reference to True on "
            "every call, so a few thousand emits abort the interpreter"
        )
    from sciatica_coach.ui.cue_output import CueOutput
    from sciatica_coach.ui.session_driver import SessionDriver

    player = TimingPlayer()
    out: list[float] = []
    stamp = [0.0]

    from datetime import UTC, datetime

    from sciatica_coach.services.routine_files import routine_hash
    from sciatica_coach.services.session_run import SessionRun
    from sciatica_coach.storage.log import SessionLog

    class StampedRun(SessionRun):
        def tick(self) -> list[ev.Event]:
            events = super().tick()
            stamp[0] = time.perf_counter()
            return events

    routine = lib.routine(routine_id)
    log = SessionLog.open(":memory:")
    while len(out) < cues:
        clock = FakeClock(0.0)
        run = StampedRun(
            plan=build_plan(routine, lib.catalogue),
            routine=routine,
            catalogue=lib.catalogue,
            log=log,
            clock=clock,
            now=lambda: datetime.now(UTC),
            routine_hash=routine_hash(routine),
        )
        driver = SessionDriver(run)
        output = CueOutput(player, CueOptions())
        output.attach(driver)
        driver.start()
        while not driver.machine.finished:
            clock.advance(STEP_S)
            before = len(player.asked)
            driver.tick()
            out += [(t - stamp[0]) * 1000 for t in player.asked[before:]]
        driver.stop()
        driver.deleteLater()
        output.deleteLater()
        app.processEvents()
    return out[:cues]


def process_start(cues: int) -> tuple[list[float], list[float]] | str:
    """play() entered -> player process spawned, with aplay writing into a WAV file."""
    missing = [tool for tool in ("aplay", "mpg123") if shutil.which(tool) is None]
    if missing:
        return f"skipped: needs {' and '.join(missing)} (apt-get install -y alsa-utils mpg123)"
    with tempfile.TemporaryDirectory(prefix="cue-latency-") as tmp:
        home = Path(tmp)
        out_wav = home / "OUT.wav"
        (home / ".asoundrc").write_text(
            f'pcm.!default {{ type file; slave.pcm "null"; file "{out_wav}"; format "wav" }}\n',
            encoding="utf-8",
        )
        os.environ["HOME"] = str(home)
        os.environ.pop("ALSA_CONFIG_PATH", None)
        starts: list[Started] = []
        player = PlaysoundPlayer(backend="alsa", observer=starts.append)
        try:
            player.warm_up()
            player.wait_idle(30.0)  # playsound3 imported, backend chosen
            if player.status is not PlayerStatus.READY:
                return f"skipped: the player is {player.status.value}: {player.problem}"
            calls: list[float] = []
            sounds = ["tick", "rep", "start", "done"]
            for i in range(cues):
                t0 = time.perf_counter()
                player.play(sounds[i % len(sounds)])
                calls.append((time.perf_counter() - t0) * 1000)
                player.wait_idle(30.0)
            if player.problem:
                return f"failed: {player.problem}"
        finally:
            player.close()
        spawn = [(s.started_at - s.requested_at) * 1000 for s in starts]
        if not out_wav.is_file():
            return "failed: aplay ran but ALSA wrote no capture file"
        return calls, spawn


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cues", type=int, default=300)
    parser.add_argument("--routine", default="quick-tour")
    args = parser.parse_args(argv)
    lib = load_shipped()
    plan = build_plan(lib.routine(args.routine), lib.catalogue)

    print(f"cue latency over {args.cues} cues ({args.routine}, repeated as needed)")
    print(f"  machine event -> play() entered:     {summary(pure_path(plan, args.cues))}")
    qt: Any = qt_path(lib, args.routine, args.cues)
    shown = qt if isinstance(qt, str) else summary(qt)
    print(f"  driver signal -> play() entered:     {shown}")
    result = process_start(args.cues)
    if isinstance(result, str):
        print(f"  play() -> aplay process started:     {result}")
    else:
        calls, spawn = result
        print(f"  play() call itself (caller's cost):  {summary(calls)}")
        print(f"  play() -> aplay process started:     {summary(spawn)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
