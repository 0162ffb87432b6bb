"""What actually starts a sound: playsound3's chosen backend, or a command of our own.

A backend turns a file into a running player process and hands back that process, so the cue
player can read its exit status. playsound3 never looks at the exit status itself: with no audio
device `aplay` prints an error and exits 1 and playsound3 raises nothing (DESIGN.md §8). Its
non-blocking `playsound(..., block=False)` returns a `Sound` whose `subprocess` attribute is the
backend's `Popen` (or a Popen-like object on Windows and macOS), checked here with playsound3
3.3.2. We use that object's `poll()` rather than running `aplay` ourselves, so the app keeps
playsound3's choice of player on every platform (gst-play, ffplay, afplay, WinMM...).

Limits: `gst-play-1.0` plays into a fake sink when there is no device and exits 0, so with the
GStreamer backend a missing device cannot be seen; `aplay` (the `alsa` backend) can.

Every child process is ended: a player is stopped with `end_processes` (terminate, a grace
period, kill, reaped), and the `--version` checks that importing playsound3 runs (with no
timeout of its own) are watched by `_ProbeWatch`, which ends them after a deadline or when the
cue player closes. Finding those checks needs Linux's `/proc/<pid>/task/<tid>/children`;
elsewhere a hung check is only logged (there, playsound3 checks at most `ffplay -version`).
"""

from __future__ import annotations

import importlib
import logging
import os
import signal
import subprocess
import sys
import threading
import time
import types
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from types import TracebackType

logger = logging.getLogger(__name__)

GRACE_S = 1.0
"""How long a terminated child gets to exit before it is killed (and again after the kill)."""
PROBE_TIMEOUT_S = 10.0
"""Importing playsound3 takes about 130 ms; a first GStreamer start may rebuild its plugin
registry for some seconds. Past this, a `--version` check is stuck and is ended."""
_POLL_S = 0.02


class ProcessLike(Protocol):
    """The part of `subprocess.Popen` the cue player needs (playsound3's `PopenLike`)."""

    def poll(self) -> int | None: ...

    def wait(self) -> int: ...

    def terminate(self) -> None: ...


class Backend(Protocol):
    name: str

    def open(self, path: Path) -> ProcessLike:
        """Start playing `path` and return at once with the running player."""
        ...


class BackendUnavailable(Exception):
    """No way to play sound here (no player program, or loading playsound3 failed)."""


class PlayerCheckStuck(BackendUnavailable):
    """A player's `--version` check hung while playsound3 was imported; it was ended."""


class _NoStatus:
    """Stands in for a backend object without an exit status (an older playsound3)."""

    def poll(self) -> int | None:
        return 0

    def wait(self) -> int:
        return 0

    def terminate(self) -> None:
        pass


class Playsound3Backend:
    def __init__(self, playsound: Callable[..., Any], name: str) -> None:
        self._playsound = playsound
        self.name = name

    def open(self, path: Path) -> ProcessLike:
        sound = self._playsound(str(path), block=False, backend=self.name)
        process: ProcessLike | None = getattr(sound, "subprocess", None)
        if process is None:
            logger.debug("playsound3 gave no process for %s: exit status unknown", path)
            return _NoStatus()
        return process


class _LoadedOnFirstUse(types.ModuleType):
    """Stands in for a module until one of its names is first used, then imports it."""

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__") and attr.endswith("__"):
            # Looked at by the import machinery and by PySide6's check of each new module
            # (`__file__`, `__path__`...): not a use of the module, so no import for them.
            raise AttributeError(attr)
        name = self.__name__
        if sys.modules.get(name) is self:
            del sys.modules[name]
        real = importlib.import_module(name)
        self.__dict__.update(real.__dict__)
        return getattr(real, attr)


def _load_when_used(name: str) -> None:
    """Let `import name` succeed at once, and import the module only when it is used.

    playsound3 imports `urllib.request` (and with it http, ssl and email: about 7 MB resident)
    to download sounds from the web, which our cues, all local files, never do; and `uuid`
    (with `platform`, 0.4 MB) to name sounds for its Windows player. (The standard
    library's LazyLoader would not do: on Python 3.11 `import` itself touches the module.)"""
    if name in sys.modules:
        return
    stand_in = _LoadedOnFirstUse(name)
    sys.modules[name] = stand_in
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(importlib.import_module(parent), child, stand_in)


def load_playsound3(
    name: str | None = None,
    *,
    probe_timeout_s: float = PROBE_TIMEOUT_S,
    stop: threading.Event | None = None,
) -> Backend:
    """Import playsound3 and pick its backend (`name`, else its own choice).

    Slow (importing runs every player's `--version`, about 130 ms) and can raise if a player is
    broken, so call it off the UI thread; every failure becomes BackendUnavailable. A check
    still running after `probe_timeout_s`, or when `stop` is set (the player is closing), is
    ended and reaped, and sound is unavailable.
    """
    watch = _ProbeWatch(probe_timeout_s, stop)
    try:
        with watch:
            _load_when_used("urllib.request")
            _load_when_used("uuid")  # for its Windows player only (and it brings `platform`)
            import playsound3
    except Exception as exc:
        if watch.ended:
            raise PlayerCheckStuck(watch.describe()) from exc
        raise BackendUnavailable(f"loading playsound3 failed: {exc!r}") from exc
    if watch.ended:
        logger.warning("%s; playsound3 loaded without it", watch.describe())
    available = list(playsound3.AVAILABLE_BACKENDS)
    chosen = name or playsound3.DEFAULT_BACKEND
    if chosen is None:
        raise BackendUnavailable("no sound player program found (playsound3 found none)")
    if name is not None and name not in available:
        raise BackendUnavailable(f"the {name!r} sound player is not installed (found: {available})")
    logger.info("sound: playsound3 backend %r (available: %s)", chosen, available)
    return Playsound3Backend(playsound3.playsound, chosen)


class CommandBackend:
    """Runs `argv + [file]` directly: for tests (a real process that exits 1) and experiments."""

    def __init__(self, argv: Sequence[str], name: str = "command") -> None:
        self.argv = list(argv)
        self.name = name

    def open(self, path: Path) -> ProcessLike:
        return subprocess.Popen(
            [*self.argv, str(path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )


# -- ending child processes ------------------------------------------------------------------


def end_processes(processes: Iterable[ProcessLike], grace_s: float = GRACE_S) -> list[ProcessLike]:
    """Stop every process still running: terminate, wait up to `grace_s`, kill the rest, wait
    again. A `subprocess.Popen` is reaped by its wait; returns any that would not die."""
    running = [p for p in processes if _poll(p) is None]
    for process in running:
        _signal(process, "terminate")
    running = _wait_all(running, grace_s)
    for process in running:
        _signal(process, "kill")
    running = _wait_all(running, grace_s)
    for process in running:
        logger.warning("a sound player process would not stop: %s", getattr(process, "pid", "?"))
    return running


def kill(process: ProcessLike) -> None:
    """Kill a process that ignored `terminate` (Popen-likes without `kill` get terminate)."""
    _signal(process, "kill")


def _signal(process: ProcessLike, how: str) -> None:
    action = getattr(process, how, None) or process.terminate
    try:
        action()
    except Exception:
        logger.debug("could not %s a sound player process", how, exc_info=True)


def _poll(process: ProcessLike) -> int | None:
    try:
        return process.poll()
    except Exception:
        logger.debug("polling a sound player process failed", exc_info=True)
        return 0  # nothing more can be done with it


def _wait_all(processes: list[ProcessLike], timeout_s: float) -> list[ProcessLike]:
    """Wait until each has exited or the time is up; returns those still running."""
    deadline = time.monotonic() + timeout_s
    still: list[ProcessLike] = []
    for process in processes:
        if isinstance(process, subprocess.Popen):
            try:
                process.wait(max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                still.append(process)
            continue
        while _poll(process) is None and time.monotonic() < deadline:
            time.sleep(_POLL_S)  # a Popen-like object has no wait with a timeout
        if _poll(process) is None:
            still.append(process)
    return still


class _ProbeWatch:
    """Ends the child processes the current thread starts inside `with`, once the time is up
    or `stop` is set, and keeps ending any new ones until the block is left (playsound3 runs
    its checks one after another, each with no timeout)."""

    def __init__(self, timeout_s: float, stop: threading.Event | None) -> None:
        self.timeout_s = timeout_s
        self.stop = stop
        self.ended: list[str] = []
        """The command lines of the checks that were ended."""
        self._done = threading.Event()
        self._tid = 0
        self._thread: threading.Thread | None = None

    def __enter__(self) -> _ProbeWatch:
        self._tid = threading.get_native_id()
        self._thread = threading.Thread(target=self._watch, name="sound-check-watch", daemon=True)
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join()

    def describe(self) -> str:
        what = ", ".join(self.ended)
        if self.stop is not None and self.stop.is_set():
            return f"a sound player check was ended as the player closed ({what})"
        return f"a sound player check did not finish in {self.timeout_s:g} s and was ended ({what})"

    def _watch(self) -> None:
        deadline = time.monotonic() + self.timeout_s
        while not self._done.wait(_POLL_S * 2.5):
            late = time.monotonic() >= deadline
            if late or (self.stop is not None and self.stop.is_set()):
                self._end_children()

    def _end_children(self) -> None:
        pids = _descendants(os.getpid(), self._tid)
        if not pids:
            return
        for pid in pids:
            command = _command_line(pid) or f"pid {pid}"
            if command not in self.ended:
                self.ended.append(command)
                logger.warning("ending a stuck sound player check: %s (pid %d)", command, pid)
        for sig in (signal.SIGTERM, getattr(signal, "SIGKILL", signal.SIGTERM)):
            for pid in pids:
                _send(pid, sig)
            deadline = time.monotonic() + GRACE_S
            while (pids := [p for p in pids if _alive(p)]) and time.monotonic() < deadline:
                time.sleep(_POLL_S)
            if not pids:
                return  # the thread that started them reaps them (subprocess.run waits)


def _descendants(pid: int, tid: int) -> list[int]:
    """The children thread `tid` of process `pid` started, and theirs, from Linux's /proc."""
    found: list[int] = []
    todo = _children(Path(f"/proc/{pid}/task/{tid}/children"))
    while todo:
        child = todo.pop()
        if child in found:
            continue
        found.append(child)
        for task in _listdir(Path(f"/proc/{child}/task")):
            todo += _children(Path(f"/proc/{child}/task/{task}/children"))
    return found


def _children(path: Path) -> list[int]:
    try:
        return [int(p) for p in path.read_text().split()]
    except (OSError, ValueError):
        return []


def _listdir(path: Path) -> list[str]:
    try:
        return os.listdir(path)
    except OSError:
        return []


def _command_line(pid: int) -> str:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return ""
    return " ".join(part.decode(errors="replace") for part in raw.split(b"\0") if part)


def _alive(pid: int) -> bool:
    """Running, as opposed to gone or a zombie waiting for its parent to reap it."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    state = stat.rsplit(")", 1)[-1].split()[:1]
    return state not in (["Z"], ["X"])


def _send(pid: int, sig: int) -> None:
    with suppress(OSError):  # already gone
        os.kill(pid, sig)
