"""Memory over repeated sessions in one process: the window, "Do it again", the check-ins.

Runs the quick tour N times through the real window (offscreen, a fake clock ticked as the
driver's timer would, the after-session check-in answered each time) and prints the resident
memory after 1, 10 and 50 sessions. The goal (issue: nothing lost, nothing hung): under 5 MB of
growth from 10 to 50 sessions; before the fix, 80 sessions grew it from 149 to 303 MB.

    python bench/repeat_sessions.py [--sessions 50]
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from sciatica_coach import app as app_module
from sciatica_coach.ui.look import Look
from sciatica_coach.ui.main_window import MainWindow
from tests.helpers.doubles import FakeClock, RecordingPlayer

GOAL_MB = 5.0
CHECKPOINTS = (1, 10, 50)


def rss_mb() -> float:
    """Resident memory of this process, in MB (from /proc: Linux)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def settle() -> None:
    """Let the event loop turn, as it does between a person's clicks: objects the app gave
    back (deleteLater) are deleted only there."""
    for _ in range(3):
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def answer(shell: object) -> None:
    """Answer whatever the app asks now, as a person would: a check-in, a step up (not yet)."""
    from PySide6.QtWidgets import QMessageBox

    from sciatica_coach.ui.dialogs.checkin import CheckinDialog

    while (asked := shell.prompts.current) is not None:  # type: ignore[attr-defined]
        if isinstance(asked, CheckinDialog):
            asked.leg.choose("1")
            asked.save_button.click()
        elif isinstance(asked, QMessageBox):
            asked.reject()
        else:
            asked.reject()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=max(CHECKPOINTS))
    args = parser.parse_args(argv)
    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="sc-bench-") as tmp:
        data = Path(tmp) / "data"
        data.mkdir()
        (data / "settings.json").write_text('{"schema_version": 1, "first_run_seen": true}')
        clock = FakeClock()
        origin = clock.now
        start = datetime(2026, 11, 17, 9, 0, tzinfo=UTC)
        options = app_module.Options(
            data_dir=data,
            make_clock=lambda _speed: clock,
            now=lambda: start + timedelta(seconds=clock.now - origin),
            make_player=lambda: RecordingPlayer(clock),
        )
        window = MainWindow()
        window.show()
        look = Look("light", 1.0, parent=window)
        shell = app_module.wire(window, options, app_module.load(options), look)
        shell.begin()
        # The summary page loads the plotting library (for History) a few seconds after each
        # session, once: load it now, so its ~45 MB is in every figure, not growth.
        from sciatica_coach.ui import history_page

        history_page.preload()
        sessions = shell.sessions
        seen: dict[int, float] = {}
        for n in range(1, args.sessions + 1):
            if n == 1:
                sessions.start("quick-tour", checkins=False)
            else:
                sessions.summary_page().again_button.click()  # "Do it again"
                answer(shell)
            while sessions.driver is not None:
                clock.advance(0.25)
                sessions.driver.tick()
            answer(shell)
            settle()
            if n in CHECKPOINTS:
                seen[n] = rss_mb()
                print(f"after {n:3d} sessions: {seen[n]:6.1f} MB resident")
        shell.shutdown()
        window.close()
    if 10 in seen and args.sessions in seen:
        growth = seen[args.sessions] - seen[10]
        verdict = "met" if growth < GOAL_MB else "MISSED"
        print(f"growth from 10 to {args.sessions} sessions: {growth:+.1f} MB "
              f"(goal < {GOAL_MB:.0f} MB: {verdict})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
