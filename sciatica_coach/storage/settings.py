"""User settings: a small JSON file in the data folder, with a `schema_version`.

Loading never stops the app. A missing file gives the defaults. A bad file (not JSON, nested
too deeply for the parser, not UTF-8, not an object, wrong types, unknown keys) is copied to
`settings.json.bak` (never deleted; a further `.bak.2`... if an older, different backup exists),
its bad keys reset to defaults while good keys are kept, the repaired file saved, and a notice
returned; a file over 64 KB, which is not read whole, is renamed to that backup instead. What is
not a file (a folder, a FIFO) or cannot be opened is left alone, with the defaults and a notice.
Waking hours are judged as a pair (start before end, on one day): a pair that crosses midnight
resets both. A file from a newer version gives the defaults, is left untouched, and
`save_settings` will not write over it. Saving is atomic: temp file, fsync, `os.replace`.
"""

from __future__ import annotations

import json
import logging
import os
import re
import stat
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Final, Literal

from ..core.constraints import Check, Invalid, field_names, plain, surely_valid, validate
from ..core.reminders import CLOCK_PATTERN
from .datadir import ensure_data_dir
from .errors import DataDirError
from .files import write_atomically
from .records import check_fields, trusted
from .settings_file import (
    SettingsFileError,
    parse_settings_json,
    read_settings_bytes,
    read_settings_json,
)

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

logger = logging.getLogger(__name__)

SETTINGS_VERSION: Final = 1
SETTINGS_FILE = "settings.json"
PAIRED: Final = {"waking_start": "waking_end", "waking_end": "waking_start"}
"""Keys checked together: each is only valid beside the other."""


Flag = Annotated[bool, Check(strict=True)]
"""JSON `true` or `false`, never `1`."""
Whole = Annotated[int, Check(strict=True)]


@dataclass(slots=True, kw_only=True)
class Settings:
    """What the user can change on the Settings page. Strict: JSON `1` is not `true`.

    Checked when made and on each change (pydantic, from each field's `Check`; a plain check
    first, which needs no pydantic, for the values it can vouch for: `surely_valid`)."""

    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    schema_version: Annotated[int, Check(ge=1, le=SETTINGS_VERSION, strict=True)] = SETTINGS_VERSION
    sound_on: Flag = True
    voice_on: Flag = True
    count_aloud: Flag = False
    screen_flash: Flag = False
    reduce_motion: Flag = False
    """Less movement in the player: a stepped breathing pacer, a ring that moves once a
    second, no sliding tempo bar, still figures. The computer's own setting also turns it on."""
    theme: Literal["system", "light", "dark", "contrast"] = "system"
    font_scale: Annotated[float, Check(ge=0.75, le=2.0, strict=True)] = 1.0
    first_run_seen: Flag = False
    demo_speed: Annotated[float, Check(gt=0, le=100, strict=True)] = 10.0
    affected_side: Literal["left", "right", "both"] | None = None
    """The side of the sciatica, asked once (for drills on "the affected side"); both: each."""
    window: Annotated[list[Whole], Check(min_length=4, max_length=4, strict=True)] | None = None
    """Where the window was last time: [x, y, width, height] (used again if it still fits)."""
    reminders_on: Flag = False
    """Nudges from a routine's frequency, from the system tray; off until the person asks."""
    waking_start: Annotated[str, Check(strict=True, pattern=CLOCK_PATTERN)] = "08:00"
    waking_end: Annotated[str, Check(strict=True, pattern=CLOCK_PATTERN)] = "22:00"
    """Reminders come only in [waking_start, waking_end), which may not cross midnight."""
    reminder_routine: Annotated[str, Check(min_length=1, max_length=200, strict=True)] | None = None
    """The id of the routine whose frequency the reminders follow."""
    reminder_snoozed_at: Annotated[str, Check(max_length=40, strict=True)] | None = None
    reminder_done_on: Annotated[str, Check(strict=True, pattern=r"^\d{4}-\d{2}-\d{2}$")] | None = (
        None
    )
    """When Snooze was last pressed (ISO time) and the day "Done for today" was (ISO date), for
    `reminder_routine`: kept so that closing and opening the app does not undo them."""
    language: Annotated[str, Check(strict=True, pattern=r"^(system|[a-z]{2,3})$")] = "system"
    """"es", "en"..., or "system": the computer's language (English where the app lacks it)."""
    country: Literal["auto", "GB", "ES", "EU", "other"] = "auto"
    """Who the emergency advice says to call (core.region): "auto" reads the system's locale."""

    def __post_init__(self) -> None:
        if not _trusted_now():
            check_fields(self)
            _one_day(self.waking_start, self.waking_end)

    def __setattr__(self, name: str, value: Any) -> None:
        # A change is checked before it is made (while being made, a field is still unset).
        if hasattr(self, name) and not _trusted_now():
            if not surely_valid(Settings, {name: value}):  # pydantic: its value (2 -> 2.0)
                value = getattr(validate(Settings, {**_values(self), name: value}), name)
            if name in PAIRED:
                pair = {"waking_start": self.waking_start, "waking_end": self.waking_end}
                pair[name] = value
                _one_day(pair["waking_start"], pair["waking_end"])
        object.__setattr__(self, name, value)

    def set_waking_hours(self, start: str, end: str) -> None:
        """Change both ends at once: each assignment is checked against the other end, so
        check the pair first, then assign in the order that never passes through an invalid
        pair."""
        Settings(waking_start=start, waking_end=end)
        if start < self.waking_end:
            self.waking_start = start
            self.waking_end = end
        else:
            self.waking_end = end
            self.waking_start = start


def _one_day(start: str, end: str) -> None:
    if not start < end:  # "HH:MM" strings sort as the times do
        raise ValueError("waking hours must end after they start, before midnight")


def _in_one_day(data: dict[str, Any]) -> bool:
    defaults = {f.name: f.default for f in fields(Settings)}
    start = data.get("waking_start", defaults["waking_start"])
    end = data.get("waking_end", defaults["waking_end"])
    return bool(start < end)


def _trusted_now() -> bool:
    from .records import _TRUSTED

    return _TRUSTED.get()


def _values(settings: Settings) -> dict[str, Any]:
    return {f.name: getattr(settings, f.name) for f in fields(settings)}


def settings_json(settings: Settings) -> str:
    """The file's text, as it is saved."""
    return json.dumps(plain(settings), indent=2, ensure_ascii=False) + "\n"


@dataclass(frozen=True, slots=True)
class LoadedSettings:
    settings: Settings
    notice: str | None = None
    """A message to show once, when the file could not be used as it was."""


def settings_path(data_dir: Path) -> Path:
    return data_dir / SETTINGS_FILE


def load_settings(data_dir: Path) -> LoadedSettings:
    """The saved settings, or the defaults with a notice saying what was reset and why."""
    path = settings_path(data_dir)
    try:
        raw = read_settings_bytes(path)
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except SettingsFileError as exc:
        if exc.damaged:
            return _set_aside(data_dir, exc.why)
        logger.warning("cannot read %s: %s", path, exc.why)
        return LoadedSettings(
            Settings(),
            f"Your settings in {path} could not be read ({exc.why}); "
            "the defaults are used for now.",
        )
    data = parse_settings_json(raw)
    if data is None:
        return _repair(data_dir, raw, {}, "the file is not valid settings")
    if _newer(data):
        logger.warning("%s is from a newer version; using defaults, file left as is", path)
        return LoadedSettings(
            Settings(),
            f"Your settings in {path} were saved by a newer Sciatica Coach; the defaults are "
            "used for now and the file is left as it is.",
        )
    if surely_valid(Settings, data) and _in_one_day(data):
        with trusted():  # every value vouched for: no pydantic on the way to the first page
            return LoadedSettings(Settings(**data))
    good, bad = _sort_keys(data)
    if not bad:
        return LoadedSettings(validate(Settings, good))
    return _repair(data_dir, raw, good, f"these were reset to their defaults: {', '.join(bad)}")


def save_settings(data_dir: Path, settings: Settings) -> bool:
    """Write `settings` atomically; False (and nothing written) if the file is from a newer app.

    Raises DataDirError if the folder cannot be created or written.
    """
    ensure_data_dir(data_dir)
    path = settings_path(data_dir)
    if _newer(_read_json(path)):
        logger.warning("not saving settings over %s, which a newer version wrote", path)
        return False
    text = settings_json(settings)
    try:
        write_atomically(path, text.encode("utf-8"))
    except OSError as exc:
        raise DataDirError(data_dir, exc) from exc
    return True


def _sort_keys(data: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Split the file's keys into values the model accepts and names of the rest."""
    good: dict[str, Any] = {}
    bad: list[str] = []
    for key, value in data.items():
        if key not in field_names(Settings):
            bad.append(key)
            continue
        alone = {key: value}
        partner = PAIRED.get(key)
        if partner is not None and _is_clock_time(data.get(partner)):
            alone[partner] = data[partner]  # judged as a pair; a malformed partner is not
        try:
            validate(Settings, alone)
        except (Invalid, ValueError):
            bad.append(key)
        else:
            good[key] = value
    return good, bad


def _is_clock_time(value: object) -> bool:
    return isinstance(value, str) and re.match(CLOCK_PATTERN, value) is not None


def _repair(data_dir: Path, raw: bytes, good: dict[str, Any], why: str) -> LoadedSettings:
    path = settings_path(data_dir)
    settings = validate(Settings, good)
    try:
        backup = _backup(path, raw)
        write_atomically(path, _dump(settings))
    except OSError as exc:
        logger.warning("could not back up or repair %s: %s", path, exc)
        kept = "the file is left as it is"
    else:
        kept = f"the old file is kept at {backup}"
    logger.warning("settings file %s: %s", path, why)
    return LoadedSettings(settings, f"Some of your settings could not be read ({why}); {kept}.")


def _set_aside(data_dir: Path, why: str) -> LoadedSettings:
    """A file too big to read whole is moved aside as it is (renamed, never copied in part),
    and the defaults saved in its place."""
    path = settings_path(data_dir)
    settings = Settings()
    try:
        backup = _free_backup_name(path)
        os.replace(path, backup)
        write_atomically(path, _dump(settings))
    except OSError as exc:
        logger.warning("could not set %s aside: %s", path, exc)
        kept = "the file is left as it is"
    else:
        kept = f"the old file is kept at {backup}"
    logger.warning("settings file %s: %s", path, why)
    return LoadedSettings(settings, f"Your settings could not be read ({why}); {kept}.")


def _dump(settings: Settings) -> bytes:
    return settings_json(settings).encode("utf-8")


def _backup_names(path: Path) -> Iterator[Path]:
    n = 1
    while True:
        yield path.with_name(f"{path.name}.bak" + (f".{n}" if n > 1 else ""))
        n += 1


def _free_backup_name(path: Path) -> Path:
    return next(b for b in _backup_names(path) if not os.path.lexists(b))


def _backup(path: Path, raw: bytes) -> Path:
    """Copy `raw` to the first free (or identical) `settings.json.bak[.N]`."""
    for backup in _backup_names(path):
        try:
            info = os.stat(backup)
        except FileNotFoundError:
            write_atomically(backup, raw)
            return backup
        same_size = stat.S_ISREG(info.st_mode) and info.st_size == len(raw)
        if same_size and backup.read_bytes() == raw:
            return backup
    raise AssertionError("unreachable")  # pragma: no cover


def _newer(data: object) -> bool:
    version = data.get("schema_version") if isinstance(data, dict) else None
    return isinstance(version, int) and not isinstance(version, bool) and version > SETTINGS_VERSION


def _read_json(path: Path) -> object:
    return read_settings_json(path) or None
