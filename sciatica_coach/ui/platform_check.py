"""When Qt cannot open a window: say plainly what to check, instead of Qt's guess alone.

Qt aborts the whole process when no platform plugin can start (DESIGN.md §11), and on Linux
its last words are often misleading: with no X server to talk to it still says "xcb-cursor0 or
libxcb-cursor0 is needed", even where that library is installed. Qt calls its message handler
with the fatal message before it aborts, so `explain_if_qt_fails()` installs one around the
QApplication's construction only; on the fatal message it looks at the display and the
libraries, writes what to check to stderr and exits with status 1. Nothing runs on the normal
path but the handler's install, and a cheap look at the X server's socket (`wait_for_display`)
that waits a moment only when nothing answers there yet (a desktop still starting).

This module imports no Qt at the top: the pure parts (`explain`, `x_socket`) are tested
without it.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import time
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping, Sequence

EXIT_NO_WINDOW = 1
README_SECTION = '"Linux system libraries" in the README'
X_SOCKET_DIR = "/tmp/.X11-unix"
WAIT_FOR_DISPLAY_S = 2.0
"""How long a start waits for a local X server that does not answer yet (then Qt tries)."""

LIBRARIES = (
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxkbcommon.so.0", "libxkbcommon0"),
    ("libEGL.so.1", "libegl1"),
    ("libGL.so.1", "libgl1"),
    ("libfontconfig.so.1", "libfontconfig1"),
    ("libdbus-1.so.3", "libdbus-1-3"),
    ("libglib-2.0.so.0", "libglib2.0-0"),
)
"""(shared library, Debian/Ubuntu package) that Qt's xcb plugin needs: the README's list."""

_LOCAL_DISPLAY = re.compile(r"^(?:unix)?:(\d+)(?:\.\d+)?$")


def x_socket(display: str) -> str | None:
    """The Unix socket of a local X display (":0", ":1.0", "unix:2"), or None for a display
    on another host ("localhost:10.0", over ssh) or a name this does not understand."""
    found = _LOCAL_DISPLAY.match(display.strip())
    return None if found is None else f"{X_SOCKET_DIR}/X{found[1]}"


def _connects(address: str, timeout: float = 0.5) -> bool:
    import socket  # only when a display is in doubt: not on a normal start

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect(address)
        except OSError:
            return False
        return True


def x_answers(display: str, *, probe: Callable[[str], bool] = _connects) -> bool | None:
    """Whether an X server answers at a local `display`: its socket file, else Linux's
    abstract socket of the same name. None when it cannot be told (a remote display)."""
    path = x_socket(display)
    if path is None:
        return None
    return probe(path) or (sys.platform.startswith("linux") and probe(f"\0{path}"))


def x_socket_present(display: str) -> bool:
    """The normal start's check, a stat: the X server's socket file is there."""
    path = x_socket(display)
    return path is not None and os.path.exists(path)


def wayland_answers(env: Mapping[str, str]) -> bool | None:
    """Whether the Wayland compositor's socket answers; None when WAYLAND_DISPLAY is unset."""
    name = env.get("WAYLAND_DISPLAY")
    if not name:
        return None
    path = name if name.startswith("/") else os.path.join(env.get("XDG_RUNTIME_DIR", ""), name)
    return _connects(path)


def wait_for_display(
    env: Mapping[str, str] | None = None,
    *,
    present: Callable[[str], bool] = x_socket_present,
    answers: Callable[[str], bool | None] = x_answers,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    timeout_s: float = WAIT_FOR_DISPLAY_S,
) -> bool:
    """Before the QApplication, on Linux with a local X display: True when its X server is
    there (at once, on a normal start: one stat), after waiting up to `timeout_s` for one
    that is still starting; False when none came (Qt will then fail, and be explained)."""
    env = os.environ if env is None else env
    display = env.get("DISPLAY", "")
    platform = env.get("QT_QPA_PLATFORM", "")
    if (platform and not platform.startswith("xcb")) or x_socket(display) is None:
        return True  # not ours to judge: another platform, or a remote display
    if present(display) or answers(display):
        return True
    deadline = clock() + timeout_s
    while clock() < deadline:
        sleep(0.1)
        if present(display) or answers(display):
            return True
    return False


def missing_libraries(
    load: Callable[[str], object] | None = None,
) -> list[tuple[str, str]]:
    """The LIBRARIES that cannot be loaded here (Linux only; run after a failure, never on a
    normal start)."""
    if load is None:
        if not sys.platform.startswith("linux"):
            return []
        import ctypes

        load = ctypes.CDLL
    missing = []
    for library, package in LIBRARIES:
        try:
            load(library)
        except OSError:
            missing.append((library, package))
    return missing


def explain(
    qt_said: Sequence[str],
    env: Mapping[str, str],
    *,
    display_answers: bool | None,
    wayland_ok: bool | None,
    missing: Sequence[tuple[str, str]],
    platform: str = sys.platform,
) -> str:
    """What to check when Qt could not open a window: the display first, then the libraries.

    `qt_said` is what Qt logged (shown just above this, so not repeated); `display_answers`
    whether an X server answered at DISPLAY (None: not known); `wayland_ok` the same for
    WAYLAND_DISPLAY; `missing` the libraries that would not load, as (library, package)."""
    lines = ["Sciatica Coach could not open its window: Qt found no screen to show it on.", ""]
    said = [line.strip() for message in qt_said for line in message.splitlines()]
    if not platform.startswith("linux"):
        lines += [
            "Reinstalling Sciatica Coach usually mends this: a file of Qt's that it carries "
            "is missing or damaged.",
        ]
        return "\n".join(lines) + "\n"
    chosen = env.get("QT_QPA_PLATFORM", "")
    display, wayland = env.get("DISPLAY", ""), env.get("WAYLAND_DISPLAY", "")
    no_x = any("could not connect to display" in line for line in said)
    steps: list[str] = []
    if chosen and chosen.split(":")[0] not in ("xcb", "wayland", "offscreen"):
        steps.append(
            f"QT_QPA_PLATFORM is set to {chosen!r}: unset it (the app then picks the desktop's "
            "own), or set it to one of the platforms Qt lists above."
        )
    if not display and not wayland:
        steps.append(
            "Is there a display? Neither DISPLAY nor WAYLAND_DISPLAY is set, so there is no "
            "screen to open a window on: this happens in a text console, an ssh session "
            "without -X, a service or a container. Start Sciatica Coach from your desktop; "
            "for a virtual screen, run it under xvfb-run."
        )
    elif display and (display_answers is False or no_x):
        where = x_socket(display)
        at = f" at {where}" if where else ""
        steps.append(
            f"Is the display there? DISPLAY is {display!r}, but no X server answered{at}. "
            "If your desktop was still starting, try again in a moment; otherwise check "
            "that DISPLAY names your screen (echo $DISPLAY in a terminal on the desktop), "
            "and over ssh connect with ssh -X."
            + (
                " Qt's advice to install xcb-cursor0 is a guess: no library helps while "
                "there is no display."
                if any("xcb-cursor0" in line for line in said)
                else ""
            )
        )
    elif wayland and wayland_ok is False and not display:
        steps.append(
            f"Is the display there? WAYLAND_DISPLAY is {wayland!r}, but no Wayland compositor "
            "answered there: start Sciatica Coach from your desktop."
        )
    else:
        steps.append(
            f"The display looks fine (DISPLAY={display!r}"
            + (f", WAYLAND_DISPLAY={wayland!r}" if wayland else "")
            + "), so Qt is most likely missing a system library."
        )
    if missing:
        packages = " ".join(package for _, package in missing)
        steps.append(
            "These libraries could not be loaded: "
            + ", ".join(library for library, _ in missing)
            + f". On Debian or Ubuntu: sudo apt-get install {packages}"
        )
    steps.append(
        f"If the display is fine, the system libraries: see {README_SECTION} for the list; "
        "running with QT_DEBUG_PLUGINS=1 makes Qt name the file it could not load."
    )
    lines.append("What to check:")
    lines += [f"{n}. {step}" for n, step in enumerate(steps, 1)]
    return "\n".join(lines) + "\n"


def diagnose(qt_said: Sequence[str], env: Mapping[str, str] | None = None) -> str:
    """`explain`, with the display and the libraries looked at now (after a failure)."""
    env = os.environ if env is None else env
    display = env.get("DISPLAY", "")
    return explain(
        qt_said,
        env,
        display_answers=x_answers(display) if display else None,
        wayland_ok=wayland_answers(env),
        missing=missing_libraries(),
    )


@contextlib.contextmanager
def explain_if_qt_fails(
    stream: TextIO | None = None, leave: Callable[[int], object] = os._exit
) -> Iterator[None]:
    """Around `QApplication(argv)`: Qt's messages pass through to stderr as usual; on its fatal
    one (no platform plugin could start) say what to check and exit, before Qt aborts."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    wait_for_display()
    said: list[str] = []

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        out = stream or sys.stderr
        category = getattr(context, "category", None)
        line = message if category in (None, "", "default") else f"{category}: {message}"
        said.append(line)
        out.write(f"{line}\n")
        if kind == QtMsgType.QtFatalMsg:
            out.write(f"\n{diagnose(said)}")
            out.flush()  # os._exit does not flush
            leave(EXIT_NO_WINDOW)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
