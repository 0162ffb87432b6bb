"""A real X session for tests that need what offscreen Qt cannot give: a window manager's frame,
keyboard focus from the window system, and the AT-SPI accessibility bus a screen reader reads.

`x_session()` starts Xvfb on a free display, openbox, a private session D-Bus and the AT-SPI bus
launcher, and yields the environment a child process needs to show a Qt window there. Everything
is stopped on exit. `read_accessibility_tree()` reads a running app's tree through the system
Python's pyatspi (tests/helpers/atspi_dump.py), as Orca would.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import select
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping

APT_LINE = (
    "sudo apt-get install xvfb xauth openbox dbus dbus-x11 at-spi2-core python3-pyatspi"
    " xdotool x11-utils"
)
AT_SPI_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")
DUMP_SCRIPT = Path(__file__).with_name("atspi_dump.py")
_TOOLS = ("Xvfb", "openbox", "dbus-daemon", "dbus-send", "xdotool", "xprop")


def missing_tools() -> list[str]:
    """The programs x_session() and read_accessibility_tree() need that are not installed."""
    missing = [tool for tool in _TOOLS if shutil.which(tool) is None]
    if not AT_SPI_LAUNCHER.exists():
        missing.append(str(AT_SPI_LAUNCHER))
    probe = [str(SYSTEM_PYTHON), "-c", "import pyatspi"]
    if not SYSTEM_PYTHON.exists() or subprocess.run(probe, capture_output=True).returncode:
        missing.append("pyatspi (system python3)")
    return missing


def skip_unless_available() -> None:
    """pytest.skip with the install line when a tool is missing."""
    missing = missing_tools()
    if missing:
        pytest.skip(f"needs {', '.join(missing)}: {APT_LINE}")


def wait_for(ready: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll `ready` until it holds or `timeout` seconds pass: for another process coming up
    (never to let the app's own time pass: tests do that with a fake clock)."""
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} did not come up within {timeout} s")
        time.sleep(0.02)


def _start_xvfb(size: str, stack: contextlib.ExitStack, timeout: float) -> str:
    """Xvfb on a display number it picks itself (-displayfd), so parallel runs do not clash."""
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
    if not number:
        raise RuntimeError(f"Xvfb exited with {xvfb.wait()}")
    return f":{number}"


def _stop(proc: subprocess.Popen[Any]) -> None:
    """Stop a process this module started, and the session it leads."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def _kill_pid(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)


@contextlib.contextmanager
def x_session(
    size: str = "1366x768x24", *, base_env: Mapping[str, str] | None = None, timeout: float = 10.0
) -> Iterator[dict[str, str]]:
    """Xvfb + openbox + session D-Bus + AT-SPI bus; yields the environment for a Qt child.

    `size` is Xvfb's WIDTHxHEIGHTxDEPTH. `base_env` (default os.environ) is copied and given
    DISPLAY, DBUS_SESSION_BUS_ADDRESS, XDG_RUNTIME_DIR, QT_QPA_PLATFORM=xcb, QT_ACCESSIBILITY=1
    and QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 (Qt otherwise waits for a screen reader to ask).
    To run the app itself, pass base_env=isolated_env(tmp_path) so it keeps off the real home."""
    skip_unless_available()
    with contextlib.ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="sc-x-")))
        runtime = tmp / "runtime"
        runtime.mkdir(mode=0o700)
        env = dict(os.environ if base_env is None else base_env)
        env.pop("WAYLAND_DISPLAY", None)
        env.update(DISPLAY=_start_xvfb(size, stack, timeout), XDG_RUNTIME_DIR=str(runtime))
        env.setdefault("HOME", str(tmp))

        # A private session bus; --fork detaches it, so it is stopped by the pid it prints.
        bus = subprocess.run(
            ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )
        address, pid = bus.stdout.split()
        stack.callback(_kill_pid, int(pid))
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
        wait_for(flag.exists, timeout, "openbox")

        launcher = subprocess.Popen(
            [str(AT_SPI_LAUNCHER), "--launch-immediately"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        stack.callback(_stop, launcher)
        # NameHasOwner does not start a second launcher through D-Bus activation, as a call
        # to org.a11y.Bus would while ours is still starting.
        ask = ["dbus-send", "--session", "--dest=org.freedesktop.DBus", "--print-reply"]
        ask += ["/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", "string:org.a11y.Bus"]
        wait_for(
            lambda: "true" in subprocess.run(ask, env=env, capture_output=True, text=True).stdout,
            timeout,
            "the AT-SPI bus launcher",
        )
        env.update(
            QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1"
        )
        yield env


def read_accessibility_tree(
    env: Mapping[str, str],
    app: str | int,
    timeout: float = 10.0,
    until: Callable[[list[dict[str, Any]]], bool] | None = None,
) -> list[dict[str, Any]]:
    """The accessibility tree of application `app` (its name or pid) as atspi_dump.py prints it.

    Waits up to `timeout` s for the app to register; with `until`, reads again until
    `until(nodes)` holds (for a state change after a key press), or raises TimeoutError."""
    deadline = time.monotonic() + timeout
    key = "--pid" if isinstance(app, int) else "--name"
    while True:
        left = max(deadline - time.monotonic(), 0.5)
        cmd = [str(SYSTEM_PYTHON), str(DUMP_SCRIPT), key, str(app), "--timeout", f"{left:.1f}"]
        done = subprocess.run(cmd, env=dict(env), capture_output=True, text=True, timeout=left + 10)
        # A page changing while the tree is walked (a dialog closing, the player replacing the
        # home page) takes objects away under the walk: read again, while the app is running.
        changed = "no longer exists" in done.stderr and _running(app)
        if done.returncode and changed and time.monotonic() < deadline:
            time.sleep(0.05)
            continue
        if done.returncode:
            raise RuntimeError(f"atspi_dump failed ({done.returncode}): {done.stderr.strip()}")
        nodes: list[dict[str, Any]] = json.loads(done.stdout)
        if until is None or until(nodes):
            return nodes
        if time.monotonic() > deadline:
            raise TimeoutError(f"the tree of {app!r} never matched; last read: {nodes}")
        time.sleep(0.05)


def _running(app: str | int) -> bool:
    """Whether process `app` (a pid) is still there; a name cannot be told, so True."""
    if not isinstance(app, int):
        return True
    try:
        os.kill(app, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _window_id(env: Mapping[str, str], title: str, timeout: float) -> str:
    """The shown X window whose title is `title` (or starts with it and " — ", as Qt titles a
    dialog with the application's name), once it exists. Qt also makes an unmapped 1x1 window
    with the main window's title: it is not the one."""
    pattern = f"^{re.escape(title)}( . .*)?$"
    find = ["xdotool", "search", "--onlyvisible", "--name", pattern]
    deadline = time.monotonic() + timeout
    while True:
        # A window closing while xdotool walks the tree (a dialog just answered) makes that
        # search fail with nothing found: search again until the deadline.
        left = max(deadline - time.monotonic(), 0.1)
        found = subprocess.run(find, env=dict(env), capture_output=True, text=True, timeout=left)
        if found.stdout.split():
            return found.stdout.split()[0]
        if time.monotonic() > deadline:
            raise AssertionError(f"no shown window titled {title!r}: {found.stderr.strip()}")
        time.sleep(0.05)


def press_keys(env: Mapping[str, str], title: str, *keys: str, timeout: float = 10.0) -> None:
    """Activate the window titled `title` through the window manager, then type `keys`
    (xdotool names: "space", "Return", "ctrl+plus") as real X key events."""
    wid = _window_id(env, title, timeout)
    press = ["xdotool", "windowactivate", "--sync", wid, "key", "--clearmodifiers", *keys]
    subprocess.run(press, env=dict(env), check=True, capture_output=True, timeout=timeout)


def frame_extents(env: Mapping[str, str], title: str, timeout: float = 10.0) -> tuple[int, ...]:
    """The window manager's frame around window `title`: (left, top, right, bottom) px."""
    wid = _window_id(env, title, timeout)
    found: list[str] = []

    def framed() -> bool:
        ask = ["xprop", "-id", wid, "_NET_FRAME_EXTENTS"]
        out = subprocess.run(ask, env=dict(env), capture_output=True, text=True).stdout
        found[:] = re.findall(r"\d+", out.partition("=")[2])
        return len(found) == 4

    wait_for(framed, timeout, f"the frame of {title!r}")
    left, right, top, bottom = map(int, found)  # _NET_FRAME_EXTENTS order
    return left, top, right, bottom
