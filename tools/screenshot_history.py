"""Render the History page over a realistic synthetic history, for the docs.

    python tools/screenshot_history.py [--out docs/screenshot-history.png] [--days 110]
        [--range "3 months"] [--theme light]

Runs offscreen (no window appears): the page is laid out in a 1280x800 window-sized container
with the app's theme applied, grabbed, and saved as PNG. The data and the date are fixed, so
the picture changes only when the page does.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, datetime, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from make_demo_history import fast, generate  # noqa: E402
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget  # noqa: E402

from sciatica_coach.core.shipped import load_shipped  # noqa: E402
from sciatica_coach.storage.log import SessionLog  # noqa: E402
from sciatica_coach.ui import theme  # noqa: E402
from sciatica_coach.ui.history_page import HistoryPage  # noqa: E402
from sciatica_coach.ui.plots import day_x  # noqa: E402

TODAY = date(2026, 3, 20)
SIZE = (1280, 800)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot-history.png")
    parser.add_argument("--days", type=int, default=110)
    parser.add_argument("--range", default="3 months", help="4 weeks, 3 months, 1 year or All")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    colors = theme.colors_for(args.theme)
    theme.apply(app, colors, args.scale)
    lib = load_shipped()
    with tempfile.TemporaryDirectory() as tmp:
        log = SessionLog.open(Path(tmp) / "history.db")
        fast(log)
        generate(log, days=args.days, seed=7, end=TODAY, lib=lib)
        now = datetime.combine(TODAY, time(18, 30)).astimezone()
        window = QWidget()
        window.setWindowTitle("Sciatica Coach")
        layout = QVBoxLayout(window)
        layout.setContentsMargins(0, 0, 0, 0)
        page = HistoryPage(log, lib.catalogue, colors, now=lambda: now)
        layout.addWidget(page)
        window.resize(*SIZE)
        window.show()
        page.select_range(args.range)
        app.processEvents()
        # Show the hover readout on the latest session with a "this hurts" stop.
        if page.history and page.history.hurts:
            hurt = page.history.hurts[-1]
            start = next(p.at for p in page.history.pain if p.session_id == hurt.session_id)
            page.pain_plot.hover_at(day_x(start))
        app.processEvents()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(args.out))
        window.close()
        log.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
