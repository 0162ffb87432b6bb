"""The History page over a small synthetic log: what it plots is what the queries return."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QDate, QPointF, Qt

from sciatica_coach.core.words import exercise_name as drill_name
from sciatica_coach.core.words import flag_words, lower_name
from sciatica_coach.storage import history
from sciatica_coach.storage.history import day_start
from sciatica_coach.storage.log import SessionLog
from sciatica_coach.storage.records import SessionEnd, SessionStart
from sciatica_coach.ui.history_page import HistoryPage
from sciatica_coach.ui.theme import LIGHT

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 3, 20)
NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
SERIES = ("back_before", "back_after", "leg_before", "leg_after")


def load_tool(name: str):
    spec = importlib.util.spec_from_file_location(f"_tools_{name}", ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """100 days ending on TODAY (UTC), with hurt events and two red-flag stops."""
    from sciatica_coach.core.shipped import load_shipped

    tool = load_tool("make_demo_history")
    path = tmp_path_factory.mktemp("history") / "history.db"
    with SessionLog.open(path) as log:
        tool.fast(log)
        tool.generate(log, days=100, seed=3, end=TODAY, tz=UTC, lib=load_shipped())
    return path


@pytest.fixture
def log(demo_db):
    with SessionLog.open(demo_db) as opened:
        yield opened


class Saves:
    """Stands in for the save dialog: answers with the next path, records the questions."""

    def __init__(self) -> None:
        self.answers: list[str] = []
        self.asked: list[tuple[str, str, str]] = []

    def __call__(self, parent, caption, name, filters):
        self.asked.append((caption, name, filters))
        return self.answers.pop(0) if self.answers else ""


@pytest.fixture
def saves():
    return Saves()


@pytest.fixture
def page(qtbot, log, shipped, saves):
    widget = HistoryPage(log, shipped.catalogue, LIGHT, now=lambda: NOW, tz=UTC, save_path=saves)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def x_of(moment: datetime) -> float:
    return moment.toordinal() + (moment.hour * 3600 + moment.minute * 60 + moment.second) / 86400


def bounds(first: date, last: date):
    return day_start(first, UTC), day_start(last + timedelta(days=1), UTC)


def assert_series_match(page, conn, first, last):
    points = history.pain_series(conn, *bounds(first, last), tz=UTC)
    assert points, "the period should hold sessions"
    for key in SERIES:
        xs, ys = page.pain_plot.curves[key].getData()
        want = [(x_of(p.at), getattr(p, key)) for p in points if getattr(p, key) is not None]
        assert xs.tolist() == pytest.approx([w[0] for w in want])
        assert ys.tolist() == [w[1] for w in want]
    return points


def test_the_page_module_does_not_import_pyqtgraph():
    code = "import sys, sciatica_coach.ui.history_page; print('pyqtgraph' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "False"


def test_pain_plot_shows_the_queries_data(page, log):
    first = TODAY - timedelta(days=90)
    assert page.period == (first, TODAY)
    assert page.range_buttons["3 months"].isChecked()
    assert not page.pain_plot.weekly
    points = assert_series_match(page, log.connection, first, TODAY)
    assert len(page.pain_plot.xs) == len(points)


def test_changing_the_range_changes_the_plotted_data(page, log):
    before = len(page.pain_plot.curves["leg_before"].getData()[0])
    page.range_buttons["4 weeks"].click()
    first = TODAY - timedelta(days=27)
    assert page.period == (first, TODAY)
    assert page.from_edit.date() == QDate(first.year, first.month, first.day)
    after = len(page.pain_plot.curves["leg_before"].getData()[0])
    assert 0 < after < before
    assert_series_match(page, log.connection, first, TODAY)
    assert page.pain_plot.getPlotItem().getViewBox().viewRange()[0][0] < x_of(
        datetime(first.year, first.month, first.day, 1, tzinfo=UTC)
    )

    page.from_edit.setDate(QDate(2026, 2, 1))
    page.to_edit.setDate(QDate(2026, 2, 10))
    assert page.period == (date(2026, 2, 1), date(2026, 2, 10))
    assert not any(b.isChecked() for b in page.range_buttons.values())
    points = assert_series_match(page, log.connection, date(2026, 2, 1), date(2026, 2, 10))
    assert all(date(2026, 2, 1) <= p.at.date() <= date(2026, 2, 10) for p in points)


def test_hurt_events_and_red_flags_are_marked(page, log):
    first = TODAY - timedelta(days=90)
    hurts = history.hurt_events(log.connection, *bounds(first, TODAY), tz=UTC)
    assert hurts
    xs, ys = page.pain_plot.hurt_markers.getData()
    assert xs.tolist() == pytest.approx([x_of(e.at) for e in hurts])
    assert ys.tolist() == [e.pain for e in hurts]
    stops = history.red_flag_stops(log.connection, *bounds(first, TODAY), tz=UTC)
    assert len(stops) == 2
    lines = page.pain_plot.red_flag_lines
    assert [line.value() for line in lines] == pytest.approx([x_of(s.started_at) for s in stops])
    for line, stop in zip(lines, stops, strict=True):  # the line names the sign reported
        assert stop.flags
        assert line.label.format == "Warning sign: " + "; ".join(flag_words(f) for f in stop.flags)


def test_minutes_bars_are_the_minutes_per_day(page, log):
    first = TODAY - timedelta(days=90)
    days = history.practice_per_day(log.connection, *bounds(first, TODAY), tz=UTC)
    opts = page.minutes_plot.bars.opts
    assert np.asarray(opts["x"]).tolist() == [d.day.toordinal() + 0.5 for d in days]
    assert np.asarray(opts["height"]).tolist() == pytest.approx([d.minutes for d in days])
    assert page.calendar.status[days[-1].day] in {"done", "partial", "red_flag"}
    assert len(page.calendar.weeks_shown()) >= 12


def test_long_periods_are_weekly(page, log):
    page.range_buttons["1 year"].click()
    assert page.pain_plot.weekly
    assert page.minutes_plot.weekly
    assert page.minutes_title.text() == "Minutes practised each week"
    first = TODAY - timedelta(days=364)
    weeks = history.weekly_pain(history.pain_series(log.connection, *bounds(first, TODAY), tz=UTC))
    xs, ys = page.pain_plot.curves["leg_before"].getData()
    want = [(w.monday.toordinal() + 3.5, w.leg_before) for w in weeks if w.leg_before is not None]
    assert xs.tolist() == [w[0] for w in want]
    assert ys.tolist() == pytest.approx([w[1] for w in want])
    days = history.practice_per_day(log.connection, *bounds(first, TODAY), tz=UTC)
    assert page.minutes_plot.heights.sum() == pytest.approx(sum(d.minutes for d in days))


def test_drill_table_rows(page, log, shipped):
    first = TODAY - timedelta(days=90)
    rows = history.drill_table(log.connection, *bounds(first, TODAY), tz=UTC)
    table = page.table
    assert table.rowCount() == len(rows) > 3
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Drill", "Done", "Skipped", "Stopped", "Next time", "Why"]
    for r, row in enumerate(rows):
        cells = [table.item(r, c).text() for c in range(4)]
        want = [drill_name(shipped.catalogue, row.exercise_id), row.done, row.skipped, row.stopped]
        assert cells == [str(v) for v in want]
        if row.level_id not in (None, row.exercise_id):
            assert table.item(r, 4).text() == shipped.catalogue[row.level_id].name
            why = table.item(r, 5).text()
            assert why.startswith(f"Starting on {lower_name(shipped.catalogue[row.level_id].name)}")
            assert lower_name(drill_name(shipped.catalogue, row.level_about)) in why


def test_hovering_a_point_reads_its_values(page, log, shipped):
    hurt = page.history.hurts[-1]
    point = next(p for p in page.history.pain if p.session_id == hurt.session_id)
    plot = page.pain_plot
    vb = plot.getPlotItem().getViewBox()
    scene_pos = vb.mapViewToScene(QPointF(x_of(point.at), 5))
    plot.scene().sigMouseMoved.emit(scene_pos)
    text = page.readout.text()
    assert text.startswith(f"{point.at:%a} {point.at.day} {point.at:%b %Y}, {point.at:%H:%M}.")
    if point.leg_before is not None:
        assert f"leg {point.leg_before} →" in text
    assert f"Stopped {shipped.catalogue[hurt.variant_id].name} at pain {hurt.pain}" in text
    assert plot.crosshair.isVisible()
    assert plot.crosshair.value() == pytest.approx(x_of(point.at), abs=0.2)
    day = page.history.days[0]
    assert page.minutes_plot.hover_at(day.day.toordinal() + 0.5).endswith(
        f"{day.minutes:.0f} minutes in {day.sessions} session{'s' if day.sessions > 1 else ''}."
    )
    assert "no session" in plot.hover_at(x_of(datetime(2026, 1, 1, tzinfo=UTC)) - 400)


def test_tiles_and_trend(page):
    h = page.history
    assert page.tiles["sessions"].text() == f"{h.summary.completed:,}"
    assert page.tiles["days"].text() == str(h.adherence.days_practised)
    assert page.captions["days"].text() == "of 91 days practised"
    assert page.captions["sessions"].text() == "sessions done"
    assert page.trend.text().startswith("Leg pain before sessions averaged")


def test_exports(page, saves, tmp_path, qtbot):
    saves.answers = [str(tmp_path / "history"), str(tmp_path / "history.json"), ""]
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "history.csv").read_text(encoding="utf-8-sig").startswith("record,")
    qtbot.mouseClick(page.json_button, Qt.MouseButton.LeftButton)
    data = json.loads((tmp_path / "history.json").read_text(encoding="utf-8"))
    assert len(data["sessions"]) > 80
    assert page.notice.text() == f"Saved {tmp_path / 'history.json'}."
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)  # cancelled
    assert [a[1] for a in saves.asked] == [
        "sciatica-history-2026-03-20.csv",
        "sciatica-history-2026-03-20.json",
        "sciatica-report-2026-03-20.pdf",
    ]
    saves.answers = [str(tmp_path / "report.pdf")]
    assert page.export_report() == tmp_path / "report.pdf"
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")


def test_an_export_that_fails_says_so(page, saves, tmp_path):
    saves.answers = [str(tmp_path / "missing" / "history.csv")]
    assert page.export_csv() is None
    assert page.notice.text().startswith("Could not save history.csv")


def test_refresh_reads_new_sessions(qtbot, demo_db, tmp_path):
    shutil.copy(demo_db, tmp_path / "copy.db")
    log = SessionLog.open(tmp_path / "copy.db")
    page = HistoryPage(log, None, LIGHT, now=lambda: NOW, tz=UTC)
    qtbot.addWidget(page)
    before = len(page.history.pain)
    start = datetime(2026, 3, 20, 11, 0, tzinfo=UTC)
    log.write(
        SessionStart(id="f" * 32, routine_id="disc-extension", routine_title="Disc",
                     routine_hash="0" * 64, started_at=start)
    )  # fmt: skip
    log.write(
        SessionEnd(
            session_id="f" * 32,
            status="completed",
            ended_at=(start + timedelta(minutes=12)).isoformat(),
        )
    )
    page.refresh()
    assert len(page.history.pain) == before + 1
    assert page.range_buttons["3 months"].isChecked()
    log.close()


def test_a_log_without_a_connection(qtbot):
    widget = HistoryPage(object(), now=lambda: NOW, tz=UTC)
    qtbot.addWidget(widget)
    assert widget.notice.text() == "Your history can't be read right now."
    assert widget.table.rowCount() == 0
