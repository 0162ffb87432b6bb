"""PyInstaller runtime hook: programs the app starts get the system's libraries, not the bundle's.

On Linux the bundle's launcher puts its own library folder first on LD_LIBRARY_PATH (keeping the
old value in LD_LIBRARY_PATH_ORIG) and starts again, so the app finds the libraries it ships.
Every child process inherits that: playsound3's players (gst-play-1.0, aplay, mpg123, ffplay) and
xdg-open would load the bundle's copies of GLib and friends instead of the system's, and a player
built against a newer GLib fails (`gst-play-1.0 --version` exiting non-zero even makes importing
playsound3 raise, and the app falls back to silence). The dynamic loader of this process read
LD_LIBRARY_PATH when it started, so putting the old value back changes nothing for the app itself.
"""

import os
import sys


def _restore(name: str) -> None:
    original = os.environ.pop(f"{name}_ORIG", None)
    if original is not None:
        os.environ[name] = original
    else:
        os.environ.pop(name, None)


if getattr(sys, "frozen", False) and sys.platform.startswith("linux"):
    _restore("LD_LIBRARY_PATH")
