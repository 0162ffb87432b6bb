"""Start-up: process start to the main window shown, against a bare PySide6 window.

Both are started the same way (a fresh `python` process, offscreen) and report the moment the
event loop first runs after the window was shown, read from the system-wide monotonic clock; the
parent notes the time just before it starts the process. Also printed: when the home page's
routine cards are filled (the catalogue loads after the first frame, off the UI thread).

    python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
w = QWidget()
w.resize(1280, 800)
w.show()
QTimer.singleShot(0, lambda: (print("shown", time.monotonic(), flush=True), app.quit()))
app.exec()
"""

# The same probe for the app: a zero-time timer set when the application object is made fires
# at the first turn of the event loop, after the window has been shown.
APP = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sciatica_coach.ui import launch as _launch

_make_app, _build_coach = _launch.make_app, _launch.build_coach


def make_app(argv):
    app = _make_app(argv)
    QTimer.singleShot(0, lambda: print("shown", time.monotonic(), flush=True))
    return app


def build_coach(args, window):
    coach = _build_coach(args, window)

    def ready():
        print("ready", time.monotonic(), flush=True)
        QApplication.instance().quit()

    coach.ready.connect(ready)
    return coach


_launch.make_app, _launch.build_coach = make_app, build_coach
from sciatica_coach.app import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def run(script: str, *args: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.monotonic()
    out = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
        timeout=120,
    ).stdout
    marks = {}
    for line in out.splitlines():
        name, _, value = line.partition(" ")
        if name in {"shown", "ready"}:
            marks[name] = (float(value) - start) * 1000
    return marks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    bare, shown, ready = [], [], []
    with tempfile.TemporaryDirectory() as data:
        run(BARE)
        run(APP, data)  # warm the disk cache and the catalogue cache, as any later start is
        for _ in range(args.runs):  # interleaved, so both see the same machine load
            bare.append(run(BARE)["shown"])
            marks = run(APP, data)
            shown.append(marks["shown"])
            ready.append(marks["ready"])
    b, s, r = statistics.median(bare), statistics.median(shown), statistics.median(ready)
    print(f"bare PySide6 window shown:  median {b:.0f} ms  (min {min(bare):.0f})")
    print(f"Sciatica Coach window shown: median {s:.0f} ms  (min {min(shown):.0f})")
    print(f"routine cards filled:        median {r:.0f} ms  (min {min(ready):.0f})")
    print(f"start-up ratio (shown / bare): {s / b:.2f}  (target <= 1.5; DESIGN goal <= 1.3)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
