"""Where the shipped data lives: one module, so a checkout, a wheel and a bundle all agree.

In a checkout (or an editable install) `assets/` and `routines/` sit next to the package; a wheel
carries them inside the package as `_data/` (see pyproject.toml); a PyInstaller bundle unpacks the
same `_data/` folder beside the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path, PurePosixPath

PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def data_root() -> Path:
    """The folder holding `assets/` and `routines/`."""
    installed = PACKAGE_DIR / "_data"
    if (installed / "routines").is_dir():
        return installed
    checkout = PACKAGE_DIR.parent
    if (checkout / "routines").is_dir():
        return checkout
    raise FileNotFoundError(
        f"the shipped routines are missing: looked in {installed} and {checkout}; reinstall the app"
    )


def routines_dir() -> Path:
    return data_root() / "routines"


def exercises_dir() -> Path:
    return routines_dir() / "exercises"


def asset(relative: str) -> Path:
    """A file under `assets/`, named by a relative POSIX path; refuses absolute paths and '..'."""
    rel = PurePosixPath(relative)
    if rel.is_absolute() or ".." in rel.parts or not rel.parts:
        raise ValueError(f"asset paths are relative and stay inside assets/: {relative!r}")
    return data_root() / "assets" / Path(*rel.parts)
