"""How fast is the History page over five years of daily sessions? (DESIGN.md §10: < 300 ms)

    python bench/history.py [--days 1826] [--runs 9] [--processes 5]

Generates a synthetic history (tools/make_demo_history.py) into a temporary database, then
prints the median time of each history query, over all of it and over the page's default
period (the last 3 months), and the time from "History requested" to the page painted
(`grab()` done), each in fresh offscreen processes, where the main window's QApplication and
theme already exist:
  cold     the first open, pyqtgraph imported on the way (as the app does it now);
  preload  the first open after `history_page.preload()` ran in idle time;
  warm     a second page in the same process;
  all      switching a warm page to "All time" (weekly plots over five years).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

TARGET_MS = 300


def median_ms(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def queries(db: Path, runs: int) -> None:
    from sciatica_coach.storage import history as h
    from sciatica_coach.storage.log import SessionLog

    today = date.today()
    recent = h.day_start(today - timedelta(days=90))
    with SessionLog.open(db) as log:
        conn = log.connection
        checks = {
            "pain_series": lambda s: h.pain_series(conn, s),
            "weekly_pain (incl. pain_series)": lambda s: h.weekly_pain(h.pain_series(conn, s)),
            "hurt_events": lambda s: h.hurt_events(conn, s),
            "red_flag_stops": lambda s: h.red_flag_stops(conn, s),
            "practice_per_day": lambda s: h.practice_per_day(conn, s),
            "adherence": lambda s: h.adherence(conn, s, today=today),
            "drill_table": lambda s: h.drill_table(conn, s),
            "summary": lambda s: h.summary(conn, s),
            "load (all of the above)": lambda s: h.load(conn, s, today=today),
        }
        print(f"query times, median of {runs} runs (ms)       all five years   last 3 months")
        for name, query in checks.items():
            every = median_ms(lambda q=query: q(None), runs)
            last = median_ms(lambda q=query: q(recent), runs)
            print(f"  {name:40s} {every:10.1f} {last:15.1f}")


def page_child(db: Path, preload: bool) -> None:
    """In a fresh process: time History from request to painted, and print JSON."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    from sciatica_coach.core.shipped import load_shipped
    from sciatica_coach.storage.log import SessionLog
    from sciatica_coach.ui import theme

    app = QApplication([])
    theme.apply(app, theme.LIGHT, 1.0)
    catalogue = load_shipped().catalogue
    log = SessionLog.open(db)
    window = QWidget()
    window.resize(1280, 800)
    layout = QVBoxLayout(window)
    window.show()
    app.processEvents()
    if preload:
        from sciatica_coach.ui import history_page

        history_page.preload()

    def open_page() -> tuple[float, Any]:
        start = time.perf_counter()
        from sciatica_coach.ui.history_page import HistoryPage

        page = HistoryPage(log, catalogue, theme.LIGHT)
        layout.addWidget(page)
        page.grab()
        return (time.perf_counter() - start) * 1000, page

    first, page = open_page()
    page.setParent(None)
    page.deleteLater()
    second, page = open_page()
    start = time.perf_counter()
    page.range_buttons["All"].click()
    page.grab()
    switch = (time.perf_counter() - start) * 1000
    print(json.dumps({"first": first, "second": second, "all": switch}))
    log.close()


def pages(db: Path, processes: int) -> None:
    results: dict[str, list[float]] = {"cold": [], "preload": [], "warm": [], "all": []}
    for _ in range(processes):
        for preload in (False, True):
            args = [sys.executable, __file__, "--page", str(db)] + (["--preload"] * preload)
            done = subprocess.run(args, capture_output=True, text=True, check=True, timeout=300)
            got = json.loads(done.stdout.strip().splitlines()[-1])
            results["preload" if preload else "cold"].append(got["first"])
            results["warm"].append(got["second"])
            results["all"].append(got["all"])
    words = {
        "cold": "first open, pyqtgraph imported on the way",
        "preload": "first open after preload() in idle time",
        "warm": "second open, same process",
        "all": 'warm page switched to "All time"',
    }
    print(f"History page, requested to painted (ms), median of {processes} processes"
          f" (target {TARGET_MS})")  # fmt: skip
    for key, values in results.items():
        print(f"  {words[key]:44s} {statistics.median(values):8.0f}   (min {min(values):.0f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--days", type=int, default=1826)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--processes", type=int, default=5)
    parser.add_argument("--page", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--preload", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.page:
        page_child(args.page, args.preload)
        return 0
    from make_demo_history import fast, generate

    from sciatica_coach.storage.log import SessionLog

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "history.db"
        start = time.perf_counter()
        with SessionLog.open(db) as log:
            fast(log)
            sessions = generate(log, days=args.days, seed=7)
            hurts = log.connection.execute("SELECT count(*) FROM hurt_events").fetchone()[0]
        took = time.perf_counter() - start
        print(f"history: {args.days} days, {sessions} sessions, {hurts} hurt events"
              f" (generated in {took:.1f} s)")  # fmt: skip
        queries(db, args.runs)
        pages(db, args.processes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
