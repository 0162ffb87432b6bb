"""Walk the safety path in a real window and report what a person would see on each screen.

Run in a child process with a laptop-sized offscreen screen (`tests.helpers.seen.run_in_screen`):
the first-run notice, the check-in, the player with its Stop button, each page of the hurt
dialog, the advice after a warning sign, the summary after it, and the locked next start. For
each screen: what lies outside the screen, what is cut off, text under 4.5:1 against the pixels
behind it, names that differ from the words shown; and whether every warning sign can be
ticked and unticked with the keyboard alone.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from sciatica_coach import app as app_module
from sciatica_coach.ui import launch, theme
from sciatica_coach.ui.look import Look
from sciatica_coach.ui.main_window import MainWindow
from tests.helpers.doubles import FakeClock, RecordingPlayer
from tests.helpers.seen import check_on_screen

START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # a Tuesday


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _build(data: Path, theme_name: str, scale: float, clock: FakeClock, day: datetime):
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    colors = theme.DARK if theme_name == "dark" else theme.LIGHT
    theme.apply(app, colors, scale)
    window = MainWindow()
    launch.place(window)
    window.show()
    origin = clock.now
    options = app_module.Options(
        data_dir=data,
        make_clock=lambda _speed: clock,
        now=lambda: day + timedelta(seconds=clock.now - origin),
        make_player=lambda: RecordingPlayer(clock),
    )
    look = Look(theme_name, scale, parent=window)
    look.colors = colors
    shell = app_module.wire(window, options, app_module.load(options), look)
    shell.begin()
    _settle()
    return window, shell


def _seen(widget: QWidget) -> dict[str, Any]:
    _settle()
    return check_on_screen(widget.window())


def _keyboard_ticks(dialog: Any) -> list[str]:
    """Each warning sign, reached with Tab and ticked then unticked with Space: the problems."""
    problems = []
    boxes = list(dialog.flags.buttons.items())
    first = boxes[0][1]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    _settle()
    for i, (flag, box) in enumerate(boxes):
        if QApplication.focusWidget() is not box:
            problems.append(f"{flag}: Tab did not reach it (focus on {QApplication.focusWidget()})")
            box.setFocus()
        QTest.keyClick(box, Qt.Key.Key_Space)
        if not box.isChecked():
            problems.append(f"{flag}: Space did not tick it")
        QTest.keyClick(box, Qt.Key.Key_Space)
        if box.isChecked():
            problems.append(f"{flag}: Space did not untick it")
        if i + 1 < len(boxes):
            QTest.keyClick(box, Qt.Key.Key_Tab)
    return problems


def tour(theme_name: str, scale: float) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="sc-seen-") as tmp:
        data = Path(tmp) / "data"
        clock = FakeClock()
        window, shell = _build(data, theme_name, scale, clock, START)
        notice = shell.prompts.current  # a new data folder: the safety notice first
        out["first-run notice"] = _seen(notice)
        notice.ok_button.click()
        _settle()
        out["home"] = _seen(window)

        shell.sessions.start("quick-tour")
        checkin = shell.prompts.current
        out["check-in"] = _seen(checkin)
        checkin.skip_button.click()
        _settle()
        clock.advance(14)
        shell.sessions.driver.tick()
        out["player"] = _seen(window)
        out["stop button shown"] = shell.sessions.player.stop_button.isVisible()

        shell.sessions.hurt()
        dialog = shell.sessions.hurt_dialog
        out["hurt: how it feels"] = _seen(dialog)
        dialog.back.choose("3")
        dialog.leg.choose("2")
        dialog.feelings.choose("weakness")
        dialog.next_button.click()
        out["hurt: warning signs"] = _seen(dialog)
        out["keyboard"] = _keyboard_ticks(dialog)
        dialog.none_button.click()
        out["hurt: what now"] = _seen(dialog)
        dialog.back_to_signs()
        dialog.flags.choose("foot_drop")
        dialog.some_button.click()
        out["hurt: advice"] = _seen(dialog)
        dialog.end_button.click()
        _settle()
        out["summary after a warning sign"] = _seen(window)
        out["summary words"] = [
            w.text() for w in shell.sessions.summary_page().findChildren(QWidget) if _shown(w)
        ]
        shell.shutdown()
        window.close()
        window.deleteLater()
        _settle()

        window, shell = _build(data, theme_name, scale, FakeClock(), START + timedelta(days=1))
        out["locked home"] = _seen(window)
        out["home notices"] = [n.text() for n in window.home.notice_widgets]
        shell.sessions.start("quick-tour")
        lock = shell.prompts.current
        out["lock"] = _seen(lock)
        out["lock words"] = lock.report.text()
        lock.not_yet_button.click()
        _settle()
        out["started while locked"] = shell.sessions.run is not None
        shell.shutdown()
        window.close()
    return out


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and hasattr(widget, "text") and bool(widget.text())
