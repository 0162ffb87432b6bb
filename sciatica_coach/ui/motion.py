"""Whether the computer asks for less motion, read where the desktop keeps it.

Qt 6.11 exposes no reduced-motion preference (QStyleHints and QAccessibilityHints have none, and
`QApplication.isEffectEnabled` is False on a plain X session that asked for nothing), so the
desktop's own switch is read once, off the first frame's path: Windows' "Show animations in
Windows", macOS's "Reduce motion", and GNOME's "Animations" (gsettings, also read by other
desktops that use it). Anything unreadable counts as "not asked".
"""

from __future__ import annotations

import functools
import logging
import shutil
import subprocess
import sys

logger = logging.getLogger(__name__)

SPI_GETCLIENTAREAANIMATION = 0x1042
ASK_TIMEOUT_S = 2.0


@functools.cache
def system_reduces_motion() -> bool:
    try:
        if sys.platform == "win32":
            return _windows()
        if sys.platform == "darwin":
            return _ask(["defaults", "read", "com.apple.universalaccess", "reduceMotion"]) == "1"
        found = _ask(["gsettings", "get", "org.gnome.desktop.interface", "enable-animations"])
        return found == "false"
    except (OSError, ValueError, subprocess.SubprocessError) as exc:
        logger.info("could not read the desktop's motion setting: %s", exc)
        return False


def _ask(command: list[str]) -> str:
    if shutil.which(command[0]) is None:
        return ""
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=ASK_TIMEOUT_S, check=False
    )
    return done.stdout.strip() if done.returncode == 0 else ""


def _windows() -> bool:
    import ctypes

    animate = ctypes.c_int(1)
    windll = ctypes.windll  # type: ignore[attr-defined]
    ok = windll.user32.SystemParametersInfoW(
        SPI_GETCLIENTAREAANIMATION, 0, ctypes.byref(animate), 0
    )
    return bool(ok) and not animate.value
