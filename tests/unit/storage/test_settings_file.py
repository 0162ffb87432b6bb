"""Settings load whatever is on disk without stopping the app, and save atomically."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from sciatica_coach.storage import files as files_module
from sciatica_coach.storage.datadir import default_data_dir, ensure_data_dir
from sciatica_coach.storage.errors import DataDirError
from sciatica_coach.storage.settings import Settings, load_settings, save_settings, settings_path


def test_no_file_gives_the_defaults(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path)
    assert loaded.settings == Settings()
    assert loaded.notice is None
    assert asdict(Settings()) == {
        "schema_version": 1,
        "sound_on": True,
        "voice_on": True,
        "count_aloud": False,
        "screen_flash": False,
        "reduce_motion": False,
        "theme": "system",
        "font_scale": 1.0,
        "first_run_seen": False,
        "demo_speed": 10.0,
        "affected_side": None,
        "window": None,
        "reminders_on": False,
        "waking_start": "08:00",
        "waking_end": "22:00",
        "reminder_routine": None,
        "reminder_snoozed_at": None,
        "reminder_done_on": None,
        "language": "system",
        "country": "auto",
    }
    assert list(tmp_path.iterdir()) == []  # loading writes nothing


def test_saved_settings_load_back(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "data"
    chosen = Settings(theme="dark", font_scale=1.5, voice_on=False, affected_side="left")
    assert save_settings(folder, chosen) is True
    loaded = load_settings(folder)
    assert (loaded.settings, loaded.notice) == (chosen, None)
    assert json.loads(settings_path(folder).read_text())["schema_version"] == 1


def test_a_file_with_missing_keys_fills_them_quietly(tmp_path: Path) -> None:
    settings_path(tmp_path).write_text('{"theme": "light"}')
    loaded = load_settings(tmp_path)
    assert loaded.settings == Settings(theme="light")
    assert loaded.notice is None


def test_bad_keys_are_reset_good_keys_kept_and_the_file_backed_up(tmp_path: Path) -> None:
    path = settings_path(tmp_path)
    original = json.dumps(
        {
            "schema_version": 1,
            "theme": "dark",  # good
            "font_scale": 9,  # out of range
            "sound_on": "yes",  # wrong type
            "voice_on": False,  # good
            "colour": "blue",  # unknown
        }
    ).encode()
    path.write_bytes(original)

    loaded = load_settings(tmp_path)

    assert loaded.settings == Settings(theme="dark", voice_on=False)
    assert loaded.notice is not None
    for key in ("font_scale", "sound_on", "colour"):
        assert key in loaded.notice
    backup = tmp_path / "settings.json.bak"
    assert str(backup) in loaded.notice
    assert backup.read_bytes() == original
    assert load_settings(tmp_path) == type(loaded)(loaded.settings)  # repaired: no notice again


def test_a_file_that_is_not_json_is_backed_up_and_defaults_used(tmp_path: Path) -> None:
    path = settings_path(tmp_path)
    path.write_bytes(b'{"theme": "dark",\xff')

    loaded = load_settings(tmp_path)

    assert loaded.settings == Settings()
    assert loaded.notice is not None
    assert "not valid settings" in loaded.notice
    assert (tmp_path / "settings.json.bak").read_bytes() == b'{"theme": "dark",\xff'


def test_an_unreadable_file_gives_defaults_and_is_left_alone(tmp_path: Path) -> None:
    settings_path(tmp_path).mkdir()  # a folder where the file should be
    loaded = load_settings(tmp_path)
    assert loaded.settings == Settings()
    assert "could not be read" in (loaded.notice or "")
    assert settings_path(tmp_path).is_dir()


def test_an_older_different_backup_is_kept(tmp_path: Path) -> None:
    (tmp_path / "settings.json.bak").write_text("an older bad file")
    settings_path(tmp_path).write_text("[1, 2, 3]")

    loaded = load_settings(tmp_path)

    assert (tmp_path / "settings.json.bak").read_text() == "an older bad file"
    assert (tmp_path / "settings.json.bak.2").read_text() == "[1, 2, 3]"
    assert "settings.json.bak.2" in (loaded.notice or "")


def test_a_newer_file_gives_defaults_and_is_never_overwritten(tmp_path: Path) -> None:
    path = settings_path(tmp_path)
    newer = b'{"schema_version": 2, "theme": "dark", "hologram": true}'
    path.write_bytes(newer)

    loaded = load_settings(tmp_path)
    assert loaded.settings == Settings()
    assert "newer Sciatica Coach" in (loaded.notice or "")

    assert save_settings(tmp_path, Settings(theme="light")) is False
    assert path.read_bytes() == newer
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_a_failed_save_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_settings(tmp_path, Settings(theme="dark"))
    before = settings_path(tmp_path).read_bytes()

    def crash(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files_module.os, "replace", crash)
    with pytest.raises(DataDirError, match="No space left on device"):
        save_settings(tmp_path, Settings(theme="light"))

    assert settings_path(tmp_path).read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]  # no temp file left


def test_save_goes_through_fsync_and_replace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        calls.append("fsync")
        real_fsync(fd)

    def replace(src: str, dst: Path) -> None:
        calls.append(f"replace {Path(src).parent == tmp_path} {Path(dst).name}")
        real_replace(src, dst)

    monkeypatch.setattr(files_module.os, "fsync", fsync)
    monkeypatch.setattr(files_module.os, "replace", replace)
    save_settings(tmp_path, Settings())

    assert calls == ["fsync", "replace True settings.json", "fsync"]  # data, rename, folder


def test_settings_refuse_bad_values_when_changed() -> None:
    settings = Settings()
    settings.font_scale = 1.25
    with pytest.raises(ValueError, match="font_scale"):
        settings.font_scale = 3.0
    with pytest.raises(ValueError, match="theme"):
        settings.theme = "neon"  # type: ignore[assignment]


@pytest.mark.parametrize(
    ("start", "end"),
    [("22:00", "07:00"), ("09:00", "09:00"), ("8:00", "22:00"), ("08:00", "24:00")],
)
def test_waking_hours_are_hh_mm_and_end_after_start_on_one_day(start: str, end: str) -> None:
    with pytest.raises(ValueError, match="waking"):
        Settings(waking_start=start, waking_end=end)
    settings = Settings()
    with pytest.raises(ValueError, match="waking"):
        settings.set_waking_hours(start, end)
    assert (settings.waking_start, settings.waking_end) == ("08:00", "22:00")  # untouched


@pytest.mark.parametrize(("start", "end"), [("23:00", "23:30"), ("05:00", "06:00")])
def test_waking_hours_change_together_even_past_the_old_ones(start: str, end: str) -> None:
    settings = Settings()
    settings.set_waking_hours(start, end)
    assert (settings.waking_start, settings.waking_end) == (start, end)


def test_late_waking_hours_in_a_file_load_as_a_pair(tmp_path: Path) -> None:
    """23:00 is after the default end, but beside its own end of 23:30 it is fine."""
    settings_path(tmp_path).write_text(
        '{"reminders_on": true, "waking_start": "23:00", "waking_end": "23:30",'
        ' "reminder_routine": "my-routine"}'
    )
    loaded = load_settings(tmp_path)
    assert loaded.notice is None
    assert loaded.settings == Settings(
        reminders_on=True, waking_start="23:00", waking_end="23:30", reminder_routine="my-routine"
    )


def test_waking_hours_crossing_midnight_in_a_file_reset_both(tmp_path: Path) -> None:
    settings_path(tmp_path).write_text(
        '{"theme": "dark", "waking_start": "22:00", "waking_end": "07:00"}'
    )
    loaded = load_settings(tmp_path)
    assert loaded.settings == Settings(theme="dark")
    assert loaded.notice is not None
    assert "waking_start" in loaded.notice
    assert "waking_end" in loaded.notice


def test_a_malformed_waking_end_resets_only_itself(tmp_path: Path) -> None:
    settings_path(tmp_path).write_text('{"waking_start": "07:00", "waking_end": "10pm"}')
    loaded = load_settings(tmp_path)
    assert (loaded.settings.waking_start, loaded.settings.waking_end) == ("07:00", "22:00")
    assert loaded.notice is not None
    assert "waking_end" in loaded.notice
    assert "waking_start" not in loaded.notice


def test_unwritable_folder_is_reported_when_saving(unwritable) -> None:
    with pytest.raises(DataDirError) as caught:
        save_settings(unwritable.folder, Settings())
    assert str(unwritable.folder) in str(caught.value), unwritable.how


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG paths are Linux's")
def test_default_data_dir_follows_the_platform(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    folder = default_data_dir()
    assert folder == tmp_path / "xdg" / "sciatica-coach"
    assert not folder.exists()  # only a path until first use
    assert ensure_data_dir(folder) == folder
    assert folder.is_dir()
    assert list(folder.iterdir()) == []  # the write probe cleaned up after itself
