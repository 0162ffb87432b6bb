"""4. `export` and `report` read the history without changing the data folder, say so when the
database is damaged, and never say "wrote" (or "Saved") when nothing was written; an export over
an older file on a full disk leaves that file as it was."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from sciatica_coach import cli
from sciatica_coach.storage.log import SessionLog
from tests.helpers.disks import fill, small_disk
from tests.helpers.env import app_command, working_tree_env


def folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def damaged(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "history.db").write_bytes(b"SQLite format 3\0" + b"this is not a database" * 200)
    return data


@pytest.mark.parametrize("command", ["export", "report"])
def test_a_damaged_history_is_reported_and_left_exactly_as_it_was(damaged, tmp_path, command):
    before = folder_state(damaged)
    out = tmp_path / ("out.json" if command == "export" else "out.pdf")
    args = [command, "--data-dir", str(damaged), "--out", str(out)]
    done = subprocess.run(
        app_command(*args),
        env=working_tree_env({"QT_QPA_PLATFORM": "offscreen"}),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == cli.EXIT_INVALID
    assert "history.db" in done.stderr
    assert "damaged" in done.stderr
    assert "wrote" not in done.stderr
    assert folder_state(damaged) == before  # nothing renamed, moved or migrated
    assert not out.exists()


def test_an_old_history_is_read_without_being_migrated(tmp_path, capsys):
    from sciatica_coach.storage.schema import MIGRATIONS

    data = tmp_path / "data"
    SessionLog.open(data / "history.db", migrations=MIGRATIONS[:1]).close()
    before = folder_state(data)
    assert cli.main(["export", "--data-dir", str(data)]) == cli.EXIT_OK
    assert '"sessions": []' in capsys.readouterr().out
    assert folder_state(data) == before


@pytest.mark.parametrize("where", ["no-such-folder/report.pdf", "a-folder"])
def test_report_into_nowhere_says_it_wrote_nothing(tmp_path, capsys, where):
    data = tmp_path / "data"
    SessionLog.open(data / "history.db").close()
    (tmp_path / "a-folder").mkdir()
    out = tmp_path / where
    code = cli.main(["report", "--data-dir", str(data), "--out", str(out)])
    err = capsys.readouterr().err
    assert code != cli.EXIT_OK
    assert "not written" in err
    assert "wrote" not in err


def test_an_export_over_an_old_file_on_a_full_disk_leaves_the_old_file(tmp_path, capsys):
    data = tmp_path / "data"
    with SessionLog.open(data / "history.db"):
        pass
    with small_disk(tmp_path / "disk", 256) as disk:
        old = disk / "log.json"
        old.write_text('{"the export": "from last week"}')
        fill(disk)
        code = cli.main(["export", "--data-dir", str(data), "--out", str(old)])
        err = capsys.readouterr().err
        assert code != cli.EXIT_OK
        assert "cannot write" in err
        assert old.read_text() == '{"the export": "from last week"}'
        assert sorted(p.name for p in disk.iterdir()) == ["filler", "log.json"]  # no leftovers


@pytest.mark.parametrize("export", ["export_report", "export_csv", "export_json"])
def test_the_history_page_never_says_saved_when_nothing_was(qtbot, tmp_path, export):
    from sciatica_coach.ui.history_page import HistoryPage

    log = SessionLog.open(tmp_path / "history.db")
    target = tmp_path / "gone" / "file"
    page = HistoryPage(log, None, save_path=lambda *_args: str(target))
    qtbot.addWidget(page)
    assert getattr(page, export)() is None
    assert page.notice.text().startswith("Could not save")
    assert "Saved" not in page.notice.text()
    log.close()
