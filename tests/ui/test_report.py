"""The physio report: a one-page A4 PDF with the plots and the tables, readable as text."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from sciatica_coach.storage import history
from sciatica_coach.storage.history import day_start
from sciatica_coach.storage.log import SessionLog
from sciatica_coach.ui.report import write_report
from sciatica_coach.ui.theme import LIGHT
from tests.ui.test_history_page import TODAY, load_tool

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 3, 20, 18, 0, tzinfo=UTC)
SINCE = day_start(TODAY - timedelta(days=90), UTC)
UNTIL = day_start(TODAY + timedelta(days=1), UTC)


@pytest.fixture(scope="module")
def report(tmp_path_factory, qapp):
    """A report over the last three months of 110 synthetic days, and the log it came from."""
    from sciatica_coach.core.shipped import load_shipped

    lib = load_shipped()
    folder = tmp_path_factory.mktemp("report")
    tool = load_tool("make_demo_history")
    log = SessionLog.open(folder / "history.db")
    tool.fast(log)
    tool.generate(log, days=110, seed=5, end=TODAY, tz=UTC, lib=lib)
    out = write_report(
        log, lib.catalogue, folder / "report.pdf", since=SINCE, until=UNTIL, now=NOW, tz=UTC
    )
    yield out, log, lib
    log.close()


def test_the_report_is_a_one_page_pdf(report):
    out, _, _ = report
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", data)) == 1
    assert b"/MediaBox [0 0 595" in data  # A4 portrait is 595 x 842 points


def test_the_report_renders_with_plots(report, tmp_path):
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm is missing (apt-get install poppler-utils)")
    out, _, _ = report
    subprocess.run([pdftoppm, "-r", "60", "-png", str(out), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) == 1
    image = QImage(str(pages[0]))
    assert (image.width(), image.height()) == (496, 702)  # A4 at 60 dpi

    def count_near(color: str, tolerance: int = 40) -> int:
        want = QColor(color)
        hits = 0
        for y in range(0, image.height(), 2):
            for x in range(0, image.width(), 2):
                c = image.pixelColor(x, y)
                if (
                    abs(c.red() - want.red()) + abs(c.green() - want.green())
                    + abs(c.blue() - want.blue()) <= tolerance
                ):  # fmt: skip
                    hits += 1
        return hits

    assert count_near("#ffffff", 30) < 0.97 * (image.width() // 2) * (image.height() // 2)
    for name in ("warn", "rest", "accent", "stop"):  # leg, back, minutes, hurts
        assert count_near(getattr(LIGHT, name)) > 20, name


def test_the_report_text_has_the_summary_and_tables(report, tmp_path):
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext is missing (apt-get install poppler-utils)")
    out, log, lib = report
    text = subprocess.run(
        [pdftotext, str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    # Fonts set "fi" and "ffl" as ligatures; NFKC turns them back into letters.
    flat = " ".join(unicodedata.normalize("NFKC", text).split())
    summary = history.summary(log.connection, SINCE, UNTIL, tz=UTC)
    assert "Sciatica Coach: exercise history" in flat
    assert "20 December 2025 to 20 March 2026 (91 days)" in flat
    for routine in summary.routines:
        assert routine.title in flat
    assert f"Sessions done: {summary.completed} completed of {summary.sessions} started" in flat
    assert " ".join(summary.trend.split()) in flat
    assert '"Stop: this hurts" reports' in flat
    hurts = history.hurt_events(log.connection, SINCE, UNTIL, tz=UTC)
    latest = hurts[-1]
    assert f"{latest.at:%d %b %Y %H:%M}" in flat
    assert lib.catalogue[latest.variant_id].name in flat
    assert f"set {latest.set}" in flat
    for drill in history.drill_table(log.connection, SINCE, UNTIL, tz=UTC):
        assert lib.catalogue[drill.exercise_id].name in flat
    assert "Next time" in flat
    assert (
        "Generated offline by Sciatica Coach on 20 March 2026. This summary does not diagnose."
        in flat
    )


def test_an_empty_history_still_makes_a_page(tmp_path, qapp):
    with SessionLog.open(tmp_path / "empty.db") as log:
        out = write_report(log, None, tmp_path / "empty.pdf", now=NOW, tz=UTC)
    data = out.read_bytes()
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", data)) == 1


@pytest.mark.slow
def test_the_report_works_without_a_display_or_an_application(tmp_path):
    """As `sciatica-coach report` runs it: a fresh process, no QApplication, no display."""
    tool = ROOT / "tools" / "make_demo_history.py"
    db = tmp_path / "history.db"
    subprocess.run([sys.executable, str(tool), str(db), "--days", "20"], check=True, timeout=120)
    code = (
        "import sys; from sciatica_coach.storage.log import SessionLog;"
        "from sciatica_coach.ui.report import write_report;"
        f"log = SessionLog.open({str(db)!r});"
        f"write_report(log, None, {str(tmp_path / 'r.pdf')!r});"
        "from PySide6.QtGui import QGuiApplication;"
        "print(QGuiApplication.platformName())"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
        cwd=ROOT, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "offscreen"
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
