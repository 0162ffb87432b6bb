"""What the benches share: timing fresh processes, a real X session to run them in, and what a
whole process tree costs (CPU time and memory, read from /proc: Linux only).

Not a bench itself; `bench/startup.py`, `bench/session_cost.py` and `bench/long_session.py` use it.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import signal
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

ROOT = Path(__file__).resolve().parents[1]
TICKS = os.sysconf("SC_CLK_TCK")
X_TOOLS = {"Xvfb": "xvfb", "openbox": "openbox", "dbus-daemon": "dbus", "xauth": "xauth"}


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def marks(
    cmd: Sequence[str], env: Mapping[str, str], cwd: Path, timeout: float = 120
) -> dict[str, float]:
    """Run `cmd`, which prints lines `at NAME MONOTONIC_SECONDS` (each returned in ms after the
    start) and `is NAME VALUE` (returned as it is).

    The child reads the same system-wide monotonic clock; the start is taken just before the
    process is made, so the figure includes the interpreter's own start-up."""
    start = time.monotonic()
    done = subprocess.run(
        list(cmd), capture_output=True, text=True, env=dict(env), cwd=cwd, timeout=timeout
    )
    if done.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    out: dict[str, float] = {}
    for line in done.stdout.splitlines():
        kind, name, value = [*line.split(maxsplit=2), "", "", ""][:3]
        with contextlib.suppress(ValueError):
            if kind == "at":
                out[name] = (float(value) - start) * 1000
            elif kind == "is":
                out[name] = float(value)
    return out


def wall_ms(cmd: Sequence[str], env: Mapping[str, str], cwd: Path, *, ok: int = 0) -> float:
    """Wall time of one run of `cmd`, from before the process is made until it has exited."""
    start = time.perf_counter()
    done = subprocess.run(
        list(cmd), env=dict(env), cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    took = (time.perf_counter() - start) * 1000
    if done.returncode != ok:
        raise RuntimeError(f"{' '.join(cmd)} exited {done.returncode}: {done.stderr[-2000:]!r}")
    return took


PYCACHE = Path(tempfile.gettempdir()) / "sciatica-coach-bench-pycache"
"""Where the children keep their compiled bytecode: outside the checkout, kept between runs."""


def compiled(env: Mapping[str, str]) -> dict[str, str]:
    """`env` with bytecode written and reused, as an installed app has it (pip and the bundle
    compile every module), even where PYTHONDONTWRITEBYTECODE is set: else every start
    compiles the app's modules from source again, which no person's start does."""
    out = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    out["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return out


def for_tree(env: Mapping[str, str], tree: Path) -> dict[str, str]:
    """`env` for a child that must run the checkout `tree`: first on PYTHONPATH, before the
    copy `pip install .` may have left in site-packages."""
    rest = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p and p != str(tree)]
    return {**env, "PYTHONPATH": os.pathsep.join([str(tree), *rest])}


def offscreen_env(**extra: str) -> dict[str, str]:
    return compiled({**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra})


def _install_x_tools() -> None:
    """The bench installs what it needs for a real X window (root and apt only), else says how."""
    missing = sorted({pkg for tool, pkg in X_TOOLS.items() if shutil.which(tool) is None})
    if not missing:
        return
    line = ["apt-get", "install", "-y", *missing]
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print(f"installing {', '.join(missing)} for a real X window: {' '.join(line)}")
        subprocess.run(line, check=True, stdout=subprocess.DEVNULL)
        return
    raise SystemExit(f"a real X window needs {', '.join(missing)}: sudo {' '.join(line)}")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)


@contextlib.contextmanager
def x_session(size: str = "1366x768x24", timeout: float = 10.0) -> Iterator[dict[str, str]]:
    """Xvfb + openbox + a private session D-Bus: the environment for a child's real X window.

    Everything started here is stopped on exit, by its own process id."""
    _install_x_tools()
    with contextlib.ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="sc-bench-x-")))
        runtime = tmp / "runtime"
        runtime.mkdir(mode=0o700)
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", size, "-nolisten", "tcp"],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        os.close(write_fd)
        stack.callback(_stop, xvfb)
        with os.fdopen(read_fd) as pipe:
            if not select.select([pipe], [], [], timeout)[0]:
                raise TimeoutError(f"Xvfb did not start within {timeout} s")
            number = pipe.readline().strip()
        env = compiled({k: v for k, v in os.environ.items() if k != "WAYLAND_DISPLAY"})
        env.update(DISPLAY=f":{number}", XDG_RUNTIME_DIR=str(runtime), QT_QPA_PLATFORM="xcb")
        bus = subprocess.run(
            ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )
        address, pid = bus.stdout.split()
        stack.callback(_kill, int(pid))
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        flag = tmp / "openbox-ready"
        openbox = subprocess.Popen(
            ["openbox", "--sm-disable", "--startup", f"touch {flag}"],
            env={**env, "HOME": str(tmp), "XDG_CONFIG_HOME": str(tmp / "config")},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        stack.callback(_stop, openbox)
        deadline = time.monotonic() + timeout
        while not flag.exists():
            if time.monotonic() > deadline:
                raise TimeoutError("openbox did not start")
            time.sleep(0.05)
        yield env


# -- a process tree's cost ------------------------------------------------------------------


def _stat(pid: int) -> tuple[int, float, float] | None:
    """(parent pid, own CPU seconds, reaped children's CPU seconds) of a process, or None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    own = (int(fields[11]) + int(fields[12])) / TICKS
    children = (int(fields[13]) + int(fields[14])) / TICKS
    return int(fields[1]), own, children


def tree(root: int) -> list[int]:
    """`root` and every process below it."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            stat = _stat(int(entry.name))
            if stat is not None:
                parents.setdefault(stat[0], []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(parents.get(pid, []))
    return found


def _kb(pid: int, path: str, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/{path}").read_text().splitlines():
            if line.startswith(key):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


@dataclass
class TreeCost:
    cpu_percent: float
    """CPU time of the whole tree over the span, as % of one core."""
    rss_mb: float
    """Resident memory summed over the tree at the end (MB: MiB, as `ps` and /proc count)."""
    peak_rss_mb: float
    pss_mb: float
    """Proportional set size summed at the end: shared pages split between their users."""
    processes: int
    seconds: float


class TreeSampler:
    """CPU and memory of a process and its descendants, sampled from /proc.

    Descendants that come and go are counted from when first seen; their time after they are
    reaped shows in the parent's `cutime`, which is counted too."""

    def __init__(self, root: int) -> None:
        self.root = root
        self._first: dict[int, float] = {}
        self._last: dict[int, float] = {}
        self.peak_rss_mb = 0.0
        self._t0 = time.monotonic()
        self._sample(first=True)

    def _sample(self, *, first: bool = False) -> list[int]:
        pids = tree(self.root)
        for pid in pids:
            stat = _stat(pid)
            if stat is None:
                continue
            cpu = stat[1] + (stat[2] if pid == self.root else 0.0)
            if pid not in self._first:
                self._first[pid] = cpu if first else 0.0
            self._last[pid] = cpu
        rss = sum(_kb(pid, "status", "VmRSS:") for pid in pids) / 1024
        self.peak_rss_mb = max(self.peak_rss_mb, rss)
        return pids

    def sample(self) -> None:
        self._sample()

    def finish(self) -> TreeCost:
        pids = self._sample()
        span = time.monotonic() - self._t0
        cpu = sum(self._last[p] - self._first[p] for p in self._last)
        rss = sum(_kb(pid, "status", "VmRSS:") for pid in pids) / 1024
        pss = sum(_kb(pid, "smaps_rollup", "Pss:") for pid in pids) / 1024
        return TreeCost(cpu / span * 100, rss, self.peak_rss_mb, pss, len(pids), span)


def sample_tree(root: int, seconds: float, every: float = 1.0) -> TreeCost:
    """Sample `root`'s tree for `seconds` (real time: a bench measures real time)."""
    sampler = TreeSampler(root)
    end = time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        time.sleep(min(every, left))
        sampler.sample()
    return sampler.finish()
