"""Child processes that run the working tree, and environments that keep them off the real home.

The README's test command installs the package *non-editably* (`pip install '.[test]'`), so the
venv's site-packages holds a copy of `sciatica_coach` made when pip ran, and the `sciatica-coach`
script on PATH runs that copy. The tests test the checkout, so every child that runs our code is
started with `app_command(...)` (`sys.executable -m sciatica_coach ...`, never the script) in an
environment from `working_tree_env()` or `isolated_env()`, which put the checkout first on
PYTHONPATH: PYTHONPATH comes before site-packages, whatever folder the child starts in.
tests/e2e/test_working_tree.py proves it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

ROOT = Path(__file__).resolve().parents[2]
"""The checkout whose code is under test."""


def app_command(*args: str) -> list[str]:
    """The command line for `sciatica-coach ARGS` run by this interpreter from the checkout."""
    return [sys.executable, "-m", "sciatica_coach", *args]


def working_tree_env(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """`env` (default: os.environ) with the checkout first on PYTHONPATH."""
    result = dict(os.environ if env is None else env)
    rest = [p for p in result.get("PYTHONPATH", "").split(os.pathsep) if p and p != str(ROOT)]
    result["PYTHONPATH"] = os.pathsep.join([str(ROOT), *rest])
    return result


def isolated_env(
    home: Path, *, drop: tuple[str, ...] = (), working_tree: bool = True
) -> dict[str, str]:
    """os.environ with HOME and the XDG folders under `home`, offscreen Qt and no display.

    `drop` removes variables whose names start with any of these prefixes. With `working_tree`
    (the default) the checkout comes first on PYTHONPATH; a frozen bundle, which must run only
    what it carries, passes False (and drops PYTHON*)."""
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
    return working_tree_env(env) if working_tree else env
