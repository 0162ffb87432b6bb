"""An environment for a child process that cannot touch the real home, display or cache."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


def isolated_env(home: Path, *, drop: tuple[str, ...] = ()) -> dict[str, str]:
    """os.environ with HOME and the XDG folders under `home`, offscreen Qt and no display.

    `drop` removes variables whose names start with any of these prefixes."""
    env = {k: v for k, v in os.environ.items() if not (drop and k.startswith(drop))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        QT_QPA_PLATFORM="offscreen",
    )
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return env
