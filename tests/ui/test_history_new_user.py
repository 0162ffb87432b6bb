"""History and the physio report for someone new: one session, one day.

The default period starts at their first session (not three empty months with one sliver at
the right edge), the plots widen it to a week with the session in the middle, counts are in the
singular, and the report gives no weekly rate from a single day."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
import uuid
from datetime import UTC, date, datetime, timedelta

import numpy as np
import pytest

from sciatica_coach.storage import history
from sciatica_coach.storage.log import SessionLog
from sciatica_coach.storage.records import CheckIn, SessionEnd, SessionStart
from sciatica_coach.ui import plots
from sciatica_coach.ui.history_page import HistoryPage, default_range
from sciatica_coach.ui.report import minutes_words, period_words, practice_words, write_report
from sciatica_coach.ui.theme import LIGHT

TODAY = date(2026, 3, 20)
NOW = datetime(2026, 3, 20, 18, 0, tzinfo=UTC)


def add_session(log, at, minutes=12.0, status="completed", pain=None):
    sid = uuid.uuid4().hex
    log.write(SessionStart(id=sid, routine_id="quick-tour", routine_title="Quick tour",
                           routine_hash="0" * 64, started_at=at))  # fmt: skip
    if pain is not None:
        log.write(CheckIn(session_id=sid, moment="before", at=at, back_pain=pain[0],
                          leg_pain=pain[1], reach="thigh"))  # fmt: skip
    end = at + timedelta(minutes=minutes)
    log.write(SessionEnd(session_id=sid, status=status, ended_at=end.isoformat()))
    return sid


@pytest.fixture
def log(tmp_path):
    with SessionLog.open(tmp_path / "history.db") as opened:
        yield opened


def open_page(qtbot, log):
    page = HistoryPage(log, None, LIGHT, now=lambda: NOW, tz=UTC)
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def view_x(plot):
    return plot.getPlotItem().getViewBox().viewRange()[0]


def test_the_default_range_fits_the_history():
    assert default_range(None, TODAY) == "All"  # nothing yet: everything (it is empty)
    assert default_range(TODAY, TODAY) == "All"
    assert default_range(TODAY - timedelta(days=90), TODAY) == "All"
    assert default_range(TODAY - timedelta(days=91), TODAY) == "3 months"
    assert default_range(TODAY - timedelta(days=1000), TODAY) == "3 months"


def test_a_new_users_one_session_is_in_the_middle_of_the_plots(qtbot, log):
    add_session(log, datetime(2026, 3, 20, 9, 30, tzinfo=UTC))
    page = open_page(qtbot, log)
    assert page.range_buttons["All"].isChecked()
    assert page.range_buttons["All"].text() == "Since you started"  # says what is shown
    assert page.period == (TODAY, TODAY)
    assert page.from_edit.date().toPython() == TODAY
    bar_x = TODAY.toordinal() + 0.5
    assert page.minutes_plot.xs.tolist() == [bar_x]
    lo, hi = view_x(page.minutes_plot)
    assert hi - lo >= plots.MIN_DAYS_SHOWN
    assert bar_x - lo > 3  # not against either edge
    assert hi - bar_x > 3
    assert bar_x - lo == pytest.approx(hi - bar_x)
    lo, hi = view_x(page.pain_plot)
    assert hi - lo >= plots.MIN_DAYS_SHOWN
    # One day's bar is a bar, not the whole chart: a week wide, and under the top.
    width = page.minutes_plot.bars.opts["width"]
    assert width / (hi - lo) < 0.15
    y_lo, y_hi = page.minutes_plot.getPlotItem().getViewBox().viewRange()[1]
    assert 12 / (y_hi - y_lo) < 0.75


def test_counts_for_one_session_are_singular_and_for_two_plural(qtbot, log):
    add_session(log, datetime(2026, 3, 20, 9, 30, tzinfo=UTC))
    page = open_page(qtbot, log)
    words = {k: (page.tiles[k].text(), page.captions[k].text()) for k in page.tiles}
    assert words == {
        "sessions": ("1", "session done"),
        "days": ("1", "of 1 day practised"),
        "streak": ("1", "day in a row now"),
        "minutes": ("12", "minutes practised"),
    }
    assert "1 of 1 session was completed." in page.trend.text()
    assert "sessions done" not in page.captions["sessions"].text()
    assert "1 sessions" not in page.trend.text()

    add_session(log, datetime(2026, 3, 20, 14, 0, tzinfo=UTC), minutes=1)
    page.refresh()
    assert page.tiles["sessions"].text() == "2"
    assert page.captions["sessions"].text() == "sessions done"
    assert page.captions["minutes"].text() == "minutes practised"
    assert "2 of 2 sessions were completed." in page.trend.text()


def test_a_demo_speed_session_is_under_a_minute_not_zero(qtbot, log):
    add_session(log, datetime(2026, 3, 20, 9, 30, tzinfo=UTC), minutes=0.04)
    page = open_page(qtbot, log)
    assert (page.tiles["minutes"].text(), page.captions["minutes"].text()) == (
        "<1",
        "minute practised",
    )
    assert minutes_words(0.04) == "under a minute"
    assert minutes_words(1) == "1 minute"
    assert minutes_words(12.4) == "12 minutes"


def test_no_sessions_yet_says_so(qtbot, log):
    page = open_page(qtbot, log)
    assert page.range_buttons["All"].isChecked()
    assert page.trend.text().startswith("No sessions yet.")
    assert page.minutes_plot.note.isVisible()
    assert page.minutes_plot.note.toPlainText() == "No sessions in this period"
    assert page.pain_plot.note.toPlainText() == "No sessions in this period"
    # The first session, then the page again: it follows the history until a period is chosen.
    add_session(log, datetime(2026, 3, 20, 9, 30, tzinfo=UTC), pain=(3, 5))
    page.refresh()
    assert page.range_buttons["All"].isChecked()
    assert page.period == (TODAY, TODAY)
    assert not page.minutes_plot.note.isVisible()
    assert not page.pain_plot.note.isVisible()
    page.range_buttons["4 weeks"].click()
    page.refresh()
    assert page.range_buttons["4 weeks"].isChecked()
    assert page.period == (TODAY - timedelta(days=27), TODAY)


def test_skipped_check_ins_are_said_in_the_plot_and_the_words(qtbot, log):
    add_session(log, datetime(2026, 3, 20, 9, 30, tzinfo=UTC))
    page = open_page(qtbot, log)
    assert page.pain_plot.note.isVisible()
    assert page.pain_plot.note.toPlainText() == "No pain scores in this period"
    assert page.trend.text().startswith("No pain scores in this period: the check-ins")


def test_the_report_words_for_one_day():
    first = TODAY
    a = history.Adherence(first, TODAY, 1, 1, 1, 1, 1)
    s = history.HistorySummary((), first, TODAY, 1, 1, 0, 0, 0, 12.0, 0, ("", ""), None, None,
                               history.PainMeans(1, *[None] * 7), (0, 0, 0))  # fmt: skip
    assert period_words(first, TODAY) == "20 March 2026 (1 day)"
    two = period_words(first - timedelta(days=1), TODAY)
    assert two == "19 March 2026 to 20 March 2026 (2 days)"
    text = practice_words(s, a)
    assert text == (
        "Sessions done: 1 completed of 1 started. Practised on 1 of 1 day (1 session in 1 day), "
        "12 minutes in all."
    )
    week = history.Adherence(first - timedelta(days=6), TODAY, 7, 3, 4, 1, 1)
    assert "Practised on 3 of 7 days (4.0 sessions a week)" in practice_words(s, week)


def test_the_report_from_one_day(tmp_path, log, qapp):
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext is missing (apt-get install poppler-utils)")
    add_session(log, datetime(2026, 3, 20, 9, 30, tzinfo=UTC))
    out = write_report(log, None, tmp_path / "r.pdf", now=NOW, tz=UTC,
                       until=history.day_start(TODAY + timedelta(days=1), UTC))  # fmt: skip
    text = subprocess.run([pdftotext, str(out), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    flat = " ".join(unicodedata.normalize("NFKC", text).split())
    assert "20 March 2026 (1 day)" in flat
    assert "Practised on 1 of 1 day (1 session in 1 day), 12 minutes in all." in flat
    assert "a week" not in flat
    assert "1 days" not in flat
    assert "1 sessions" not in flat
    assert "Quick tour: 1 session" in flat


def test_a_one_day_period_is_drawn_in_a_week(qapp):
    from PySide6.QtGui import QFont

    day = history.DayPractice(TODAY, 12.0, 1, 1, False)
    plot = plots.MinutesPlot(LIGHT, QFont())
    plot.set_practice([day], TODAY, TODAY)
    lo, hi = plot.x_range
    assert (lo, hi) == (TODAY.toordinal() - 3, TODAY.toordinal() + 4)
    assert np.asarray(plot.bars.opts["x"]).tolist() == [TODAY.toordinal() + 0.5]
    plot.set_practice([day], TODAY - timedelta(days=27), TODAY)  # a longer period: as chosen
    assert plot.x_range == (TODAY.toordinal() - 27, TODAY.toordinal() + 1)
    plot.deleteLater()
