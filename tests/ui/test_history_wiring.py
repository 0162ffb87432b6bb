"""History from the app: the menu opens the page on the real log; the CLI writes the report."""

from __future__ import annotations

import sys
from pathlib import Path

from sciatica_coach import cli
from sciatica_coach.storage.log import SessionLog
from tests.helpers.app import make_harness

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from make_demo_history import generate  # noqa: E402


def test_history_menu_shows_the_sessions_just_done(qtbot, tmp_path):
    from sciatica_coach.ui.history_page import HistoryPage

    h = make_harness(qtbot, tmp_path / "data")
    h.start_routine("quick-tour", checkins=False)
    h.run_to_end()
    h.window.actions_by_name["history"].trigger()
    page = h.window.current_page()
    assert isinstance(page, HistoryPage)
    page.select_range("All")
    assert page.history is not None
    assert len(page.history.pain) == 1  # the session just done is on the plot's axis
    assert page.tiles["sessions"].text() == "1"
    h.start_routine("quick-tour", checkins=False)
    h.run_to_end()
    h.window.actions_by_name["history"].trigger()  # a second visit refreshes the same page
    assert h.window.current_page() is page
    assert page.tiles["sessions"].text() == "2"
    h.shell.shutdown()


def test_report_command_writes_a_pdf(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    with SessionLog.open(data / "history.db") as log:
        generate(log, days=40, seed=3)
    out = tmp_path / "report.pdf"
    assert cli.main(["report", "--data-dir", str(data), "--out", str(out)]) == 0
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF")
    assert pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") + pdf.count(b"/Type/Page") >= 1


def test_report_command_says_when_there_is_no_log(tmp_path, capsys):
    assert cli.main(["report", "--data-dir", str(tmp_path), "--out", str(tmp_path / "r.pdf")]) == 1
    assert "no session log here yet" in capsys.readouterr().err
