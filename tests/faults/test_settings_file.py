"""A settings file that cannot be used never stops the app: defaults, the file kept, one notice.

2 KB of `[[[[...` once stopped every start: json.loads raises RecursionError, which is neither
OSError nor ValueError. Each kind of damage below is set aside (never deleted) with its bytes
whole, the app starts on the defaults and says once where the old file is.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from sciatica_coach.core.constraints import plain
from sciatica_coach.services.settings_store import SettingsStore
from sciatica_coach.storage.settings import Settings, save_settings, settings_path
from sciatica_coach.storage.settings_file import MAX_SETTINGS_BYTES, read_settings_json
from tests.helpers.env import working_tree_env

NESTED = b"[" * 2048
DAMAGED = {
    "nested-brackets": NESTED,
    "nested-objects": b'{"a": ' * 3000 + b"1" + b"}" * 3000,
    "not-json": b'{"theme": "dark",',
    "not-an-object": b'["theme", "dark"]',
    "not-utf-8": b'{"theme": "dark\xff"}',
    "too-big": json.dumps({"theme": "dark", "notes": "x" * MAX_SETTINGS_BYTES}).encode(),
}


@pytest.mark.parametrize("raw", DAMAGED.values(), ids=DAMAGED.keys())
def test_a_damaged_settings_file_starts_on_defaults_is_kept_aside_and_said(tmp_path, raw):
    path = settings_path(tmp_path)
    path.write_bytes(raw)

    store = SettingsStore.load(tmp_path)  # what the app runs at every start (app.load)

    assert store.settings == Settings()
    backup = tmp_path / "settings.json.bak"
    assert backup.read_bytes() == raw  # all of it, even past the 64 KB that were read
    assert store.notice is not None
    assert "could not be read" in store.notice
    assert f"the old file is kept at {backup}" in store.notice
    assert json.loads(path.read_bytes()) == plain(Settings())  # usable again
    again = SettingsStore.load(tmp_path)
    assert (again.settings, again.notice) == (Settings(), None)  # said once
    assert backup.read_bytes() == raw


@pytest.mark.parametrize("raw", DAMAGED.values(), ids=DAMAGED.keys())
def test_the_first_frame_reader_gives_an_empty_mapping_for_a_damaged_file(tmp_path, raw):
    """The window's colours and size are read before the settings load properly."""
    settings_path(tmp_path).write_bytes(raw)
    assert read_settings_json(settings_path(tmp_path)) == {}
    assert settings_path(tmp_path).read_bytes() == raw  # reading changes nothing


def test_saving_over_a_nested_file_does_not_crash(tmp_path):
    """Saving first checks the file on disk is not from a newer version; that read too."""
    settings_path(tmp_path).write_bytes(NESTED)
    assert save_settings(tmp_path, Settings(theme="dark")) is True
    assert SettingsStore.load(tmp_path).settings.theme == "dark"


def test_the_window_reads_a_nested_file_without_crashing(tmp_path):
    from sciatica_coach.ui.launch import read_settings_cheaply

    settings_path(tmp_path).write_bytes(NESTED)
    assert read_settings_cheaply(tmp_path) == {}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_where_the_settings_belong_does_not_block_the_start(tmp_path):
    """Opening a FIFO for reading waits for a writer: it must not. A child with a timeout, so
    that a regression fails instead of hanging the test run."""
    os.mkfifo(settings_path(tmp_path))
    script = textwrap.dedent(
        """\
        import sys
        from pathlib import Path
        from sciatica_coach.services.settings_store import SettingsStore
        from sciatica_coach.storage.settings import read_settings_json

        store = SettingsStore.load(Path(sys.argv[1]))
        print(store.settings == type(store.settings)(), read_settings_json(Path(sys.argv[2])))
        print(store.notice)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path), str(settings_path(tmp_path))],
        env=working_tree_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    defaults, notice = done.stdout.splitlines()
    assert defaults == "True {}"
    assert notice == (
        f"Your settings in {settings_path(tmp_path)} could not be read (it is not a regular "
        "file); the defaults are used for now."
    )
    assert settings_path(tmp_path).exists()  # left alone: it is not a damaged file of ours
