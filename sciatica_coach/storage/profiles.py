"""Profiles: several people on one computer, each with a folder of their own.

A profile's folder holds what the data folder holds for one person (`history.db`,
`settings.json`, `routines/`), so everything that reads a data folder reads a profile unchanged.
The data folder itself is the first profile, "main": one person's setup is exactly what it always
was, and nothing here exists until a second profile is made. The others live in
`<data>/profiles/<key>/`, each named by its `profile.json`. The clinic demo profile has no folder:
it writes nothing. Profiles are never deleted by the app (a folder can be removed by hand).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.i18n import _
from .files import write_atomically

if TYPE_CHECKING:
    from pathlib import Path

logger = logging.getLogger(__name__)

PROFILES = "profiles"
NAME_FILE = "profile.json"
MAIN = "main"
DEMO = "demo"
MAX_NAME = 60
MAX_NAME_FILE_BYTES = 4096


@dataclass(frozen=True)
class Profile:
    key: str
    """'main' (the data folder itself), 'demo', or the folder's name under profiles/."""
    name: str
    """As the person typed it; '' for a main profile never named."""
    folder: Path | None
    """Where its history, settings and routines are; None for the demo, which keeps nothing."""

    @property
    def demo(self) -> bool:
        return self.folder is None


def label(profile: Profile) -> str:
    """How a profile is named on screen and on paper."""
    if profile.demo:
        return _("Clinic demo (nothing is saved)")
    if profile.key == MAIN and not profile.name:
        return _("Main profile")
    return profile.name


class ProfileError(ValueError):
    """A name that cannot be used (empty, too long, taken); the message says which."""


def profiles_dir(root: Path) -> Path:
    return root / PROFILES


def main_profile(root: Path) -> Profile:
    return Profile(MAIN, _read_name(root / NAME_FILE) or "", root)


def demo_profile() -> Profile:
    return Profile(DEMO, "", None)


def list_profiles(root: Path) -> list[Profile]:
    """The main profile, then the others by name (the demo is not listed: it is always there)."""
    found = [main_profile(root)]
    folder = profiles_dir(root)
    try:
        children = sorted(p for p in folder.iterdir() if p.is_dir())
    except OSError:  # no profiles folder: one person, as always
        return found
    others = [Profile(p.name, _read_name(p / NAME_FILE) or p.name, p) for p in children]
    return found + sorted(others, key=lambda p: p.name.casefold())


def several(root: Path) -> bool:
    """Whether a second profile exists (then the app asks whose it is at start)."""
    return len(list_profiles(root)) > 1


def find_profile(root: Path, wanted: str) -> Profile | None:
    """A profile by its key or its name (any case); 'demo' is the clinic demo."""
    text = wanted.strip().casefold()
    if text == DEMO:
        return demo_profile()
    for profile in list_profiles(root):
        if text in (profile.key.casefold(), profile.name.casefold()):
            return profile
    return None


def check_name(root: Path, name: str, *, renaming: Profile | None = None) -> str:
    """The name cleaned up, or ProfileError saying why it cannot be used."""
    clean = " ".join(name.split())
    if not clean:
        raise ProfileError("a profile needs a name")
    if len(clean) > MAX_NAME:
        raise ProfileError(f"a profile's name is at most {MAX_NAME} characters")
    if clean.casefold() in (MAIN, DEMO):
        raise ProfileError(f"'{clean}' is kept for the app's own profiles: choose another name")
    for profile in list_profiles(root):
        if profile != renaming and clean.casefold() in (profile.name.casefold(), profile.key):
            raise ProfileError(f"there is already a profile called '{profile.name}'")
    return clean


def create_profile(root: Path, name: str) -> Profile:
    """A new, empty profile folder named `name`; OSError if it cannot be made."""
    clean = check_name(root, name)
    folder = profiles_dir(root)
    folder.mkdir(parents=True, exist_ok=True)
    key, n = _slug(clean), 1
    while (folder / key).exists() or key in (MAIN, DEMO):
        n += 1
        key = f"{_slug(clean)[:40]}-{n}"
    (folder / key).mkdir()
    profile = Profile(key, clean, folder / key)
    _write_name(profile, clean)
    logger.info("profile made: %s (%s)", clean, folder / key)
    return profile


def rename_profile(root: Path, profile: Profile, name: str) -> Profile:
    clean = check_name(root, name, renaming=profile)
    _write_name(profile, clean)
    return Profile(profile.key, clean, profile.folder)


def _write_name(profile: Profile, name: str) -> None:
    if profile.folder is None:
        return
    text = json.dumps({"schema_version": 1, "name": name}, ensure_ascii=False) + "\n"
    write_atomically(profile.folder / NAME_FILE, text.encode("utf-8"))


def _read_name(path: Path) -> str | None:
    """The name in a profile.json, or None when there is none to read (never raises)."""
    try:
        if path.stat().st_size > MAX_NAME_FILE_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    name = data.get("name") if isinstance(data, dict) else None
    if not isinstance(name, str) or not name.strip():
        return None
    return " ".join(name.split())[:MAX_NAME]


def _slug(name: str) -> str:
    import unicodedata  # only when a profile is made, not at every start

    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", plain)
    slug = "-".join(words)[:40].strip("-")
    return slug or "profile"
