"""Cue players: the real one plays tone files on a worker thread; the others are for tests.

`play(sound_id)` on any player returns at once and never raises. `PlaysoundPlayer` only puts a
request on a queue; one background thread loads playsound3 (slow, and it can raise: DESIGN.md §8),
starts a player process per request, and watches each process's exit status. The first failure
(no player program, an exception, a player that exits non-zero or hangs) is reported once, calmly,
through `on_problem` callbacks and `problem`; after that the player stops trying for its lifetime
and the on-screen cues carry on alone.

No child process outlives the player: a hung player is terminated, killed if it ignores that,
and reaped; `close()` ends whatever still plays the same way, and cuts short playsound3's
`--version` checks if they are still running (`backends.load_playsound3`).
"""

from __future__ import annotations

import logging
import queue
import threading
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from .. import paths
from ..core.clock import RealClock
from .backends import (
    GRACE_S,
    BackendUnavailable,
    PlayerCheckStuck,
    end_processes,
    kill,
    load_playsound3,
)
from .notice import NO_DEVICE, NO_PLAYER, PLAYER_FAILED, PLAYER_STUCK, Notice

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from ..core.clock import Clock
    from .backends import Backend, ProcessLike

logger = logging.getLogger(__name__)

MAX_AGE_S = 0.3
"""A request older than this when the worker reaches it is dropped: a late tick misleads."""
HANG_S = 10.0
"""The longest tone is 1.2 s; a player still running after this is stuck."""
MAX_PLAYING = 4
"""Tones may overlap a little; past this many at once, the oldest is cut off."""
POLL_S = 0.02
"""How often the worker looks at running players (only while one is running)."""


class PlayerStatus(StrEnum):
    IDLE = "idle"
    """Nothing asked yet; playsound3 is not loaded."""
    STARTING = "starting"
    READY = "ready"
    UNAVAILABLE = "unavailable"
    """A failure was reported; nothing more is played."""
    SILENT = "silent"
    CLOSED = "closed"


class CuePlayer(Protocol):
    @property
    def status(self) -> PlayerStatus: ...

    @property
    def problem(self) -> str | None:
        """The one calm notice, once something failed."""
        ...

    def play(self, sound_id: str) -> None:
        """Ask for `assets/sounds/<sound_id>.wav`; returns at once, never raises."""
        ...

    def warm_up(self) -> None:
        """Start loading the sound machinery in the background, before the first cue."""
        ...

    def on_problem(self, callback: Callable[[str], None]) -> None:
        """Call `callback(notice)` once when sound fails (at once if it already has).

        It may be called from the player's own thread.
        """
        ...

    def close(self) -> None: ...


class SilentPlayer(Notice):
    """Plays nothing and records nothing (sound turned off for the whole app)."""

    status = PlayerStatus.SILENT

    def play(self, sound_id: str) -> None:
        pass

    def warm_up(self) -> None:
        pass

    def close(self) -> None:
        pass


@dataclass(frozen=True, slots=True)
class Started:
    """A player process was started: `requested_at` is play()'s time, both on the player's clock."""

    sound: str
    requested_at: float
    started_at: float


@dataclass(frozen=True, slots=True)
class _Request:
    sound: str
    at: float


@dataclass(frozen=True, slots=True)
class _Flush:
    done: threading.Event


@dataclass(slots=True)
class _Running:
    sound: str
    process: ProcessLike
    started_at: float
    cut: bool = False
    """We terminated it ourselves: its exit status says nothing about the device."""
    cut_at: float = 0.0
    killed: bool = False


_CLOSE = object()


def sound_file(sound_id: str) -> Path:
    return paths.asset(f"sounds/{sound_id}.wav")


class PlaysoundPlayer(Notice):
    """Plays cue tones with playsound3 on one background thread. See the module docstring."""

    def __init__(
        self,
        *,
        backend: str | None = None,
        loader: Callable[[], Backend] | None = None,
        clock: Clock | None = None,
        max_age_s: float = MAX_AGE_S,
        hang_s: float = HANG_S,
        observer: Callable[[Started], None] | None = None,
        resolve: Callable[[str], Path] = sound_file,
        grace_s: float = GRACE_S,
    ) -> None:
        """`backend` names a playsound3 backend ('alsa'...; None: playsound3's choice);
        `loader` replaces playsound3 altogether (tests). `observer` sees every process start.
        `grace_s`: how long a terminated player gets before it is killed."""
        super().__init__()
        self._stopping = threading.Event()
        """Set by close(): cuts short playsound3's player checks if they are still running."""
        self._loader: Callable[[], Backend] = loader or (
            lambda: load_playsound3(backend, stop=self._stopping)
        )
        self._clock: Clock = clock or RealClock()
        self.max_age_s = max_age_s
        self.hang_s = hang_s
        self.grace_s = grace_s
        self._observer = observer
        self._resolve = resolve
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._start_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._status = PlayerStatus.IDLE
        self._given_up = False
        self._closed = False
        self._running: list[_Running] = []
        self._flushes: list[threading.Event] = []
        self._missing: set[str] = set()
        self.started = 0
        self.dropped_stale = 0
        self.superseded = 0
        """Fresh requests skipped for a newer one already waiting (the worker was behind)."""

    # -- the caller's side (any thread; returns at once) ------------------------------------

    @property
    def status(self) -> PlayerStatus:
        return self._status

    @property
    def thread(self) -> threading.Thread | None:
        return self._thread

    def play(self, sound_id: str) -> None:
        if self._given_up or self._closed:
            return
        if self._thread is None:
            self.warm_up()
        self._queue.put(_Request(sound_id, self._clock.monotonic()))

    def warm_up(self) -> None:
        with self._start_lock:
            if self._thread is not None or self._closed:
                return
            self._status = PlayerStatus.STARTING
            self._thread = threading.Thread(target=self._run, name="cue-player", daemon=True)
            self._thread.start()

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Block until every request so far is handled and its player has exited (tests, bench)."""
        if self._thread is None or not self._thread.is_alive():
            return True
        done = threading.Event()
        self._queue.put(_Flush(done))
        return done.wait(timeout)

    def close(self, timeout: float = 5.0) -> None:
        """Stop any playing tone (a player that ignores terminate is killed) and end the worker
        thread; `timeout` must leave room for two grace periods."""
        with self._start_lock:
            self._closed = True
            thread = self._thread
        self._stopping.set()
        if thread is not None:
            self._queue.put(_CLOSE)
            thread.join(timeout)
            if thread.is_alive():
                logger.warning("the cue player thread did not stop within %s s", timeout)
        self._status = PlayerStatus.CLOSED

    # -- the worker thread -----------------------------------------------------------------

    def _run(self) -> None:
        try:
            backend = self._load()
            while self._serve(backend):
                pass
        except Exception:
            logger.exception("the cue player failed")
            self._give_up(PLAYER_FAILED)
        finally:
            self._stop_all()
            for event in self._flushes:
                event.set()

    def _load(self) -> Backend | None:
        try:
            backend = self._loader()
        except BackendUnavailable as exc:
            logger.warning("sound unavailable: %s", exc)
            if not self._closed:  # closing cuts the checks short: nothing to tell anyone
                self._give_up(PLAYER_STUCK if isinstance(exc, PlayerCheckStuck) else NO_PLAYER)
            return None
        except Exception:
            logger.exception("loading the sound player failed")
            self._give_up(PLAYER_FAILED)
            return None
        if not self._given_up:
            self._status = PlayerStatus.READY
        return backend

    def _serve(self, backend: Backend | None) -> bool:
        """Handle one batch of requests; False once asked to close."""
        try:
            batch = [self._queue.get(timeout=POLL_S if self._running else None)]
        except queue.Empty:
            batch = []
        while True:
            try:
                batch.append(self._queue.get_nowait())
            except queue.Empty:
                break
        self._reap()
        if _CLOSE in batch:
            return False
        self._flushes += [item.done for item in batch if isinstance(item, _Flush)]
        requests = [item for item in batch if isinstance(item, _Request)]
        if requests and backend is not None and not self._given_up:
            self._play_newest(backend, requests)
        if not self._running:
            for event in self._flushes:
                event.set()
            self._flushes.clear()
        return True

    def _play_newest(self, backend: Backend, requests: list[_Request]) -> None:
        """Play the newest fresh request: older ones are stale or would only pile up."""
        now = self._clock.monotonic()
        fresh = [r for r in requests if now - r.at <= self.max_age_s]
        self.dropped_stale += len(requests) - len(fresh)
        if not fresh:
            logger.debug("dropped %d stale sound request(s)", len(requests))
            return
        self.superseded += len(fresh) - 1
        request = fresh[-1]
        try:
            path = self._resolve(request.sound)
        except ValueError:
            path = None
        if path is None or not path.is_file():
            if request.sound not in self._missing:
                self._missing.add(request.sound)
                logger.error("no sound file for cue %r (%s)", request.sound, path)
            return
        try:
            process = backend.open(path)
        except Exception:
            logger.exception("the %s sound player could not start", backend.name)
            self._give_up(PLAYER_FAILED)
            return
        started_at = self._clock.monotonic()
        self.started += 1
        self._running.append(_Running(request.sound, process, started_at))
        if self._observer is not None:
            try:
                self._observer(Started(request.sound, request.at, started_at))
            except Exception:
                logger.exception("the cue player's observer failed")
        if len(self._running) > MAX_PLAYING:
            self._cut(self._running[0])

    def _reap(self) -> None:
        """Collect finished players; a non-zero exit or a hang means sound does not work here."""
        now = self._clock.monotonic()
        still: list[_Running] = []
        for run in self._running:
            code = run.process.poll()
            if code is None:
                if now - run.started_at > self.hang_s and not run.cut:
                    logger.warning(
                        "the player for %r is still running after %s s", run.sound, self.hang_s
                    )
                    self._cut(run)
                    self._give_up(PLAYER_STUCK)
                elif run.cut and not run.killed and now - run.cut_at > self.grace_s:
                    logger.warning("the player for %r ignored terminate: killing it", run.sound)
                    run.killed = True
                    kill(run.process)
                still.append(run)
            elif code != 0 and not run.cut:
                logger.warning("the sound player exited with status %s playing %r", code, run.sound)
                self._give_up(NO_DEVICE)
        self._running = still

    def _cut(self, run: _Running) -> None:
        run.cut = True
        run.cut_at = self._clock.monotonic()
        try:
            run.process.terminate()
        except Exception:
            logger.debug("terminating the player for %r failed", run.sound, exc_info=True)

    def _stop_all(self) -> None:
        """Terminate, then kill, every player still running, and reap them (bounded)."""
        end_processes([run.process for run in self._running], self.grace_s)
        self._running = []

    def _give_up(self, message: str) -> None:
        self._given_up = True
        self._status = PlayerStatus.UNAVAILABLE
        if self._report(message):
            logger.warning("%s", message)
