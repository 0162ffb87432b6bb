"""10. "Do it again" many times: each session's objects and its check-in dialogs are given back,
so memory stays flat (`bench/repeat_sessions.py` prints the resident memory itself)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from tests.helpers.app import make_harness


def answer(h) -> None:
    while (asked := h.prompts.current) is not None:
        if hasattr(asked, "save_button"):
            asked.back.choose("2")
            asked.save_button.click()
        else:
            asked.reject()


def test_sessions_done_again_and_again_leave_nothing_behind(qtbot, tmp_path):
    h = make_harness(qtbot, tmp_path / "data")
    windows = len(QApplication.topLevelWidgets())  # the main window and its menus

    def settled() -> bool:  # dialogs given back (deleteLater) go when the event loop turns
        return len(QApplication.topLevelWidgets()) <= windows

    counts = []
    h.start_routine("quick-tour")
    for _ in range(5):
        answer(h)
        h.run_to_end()
        answer(h)
        qtbot.waitUntil(settled, timeout=2000)
        # What the running app's event loop does when it turns; a test that ran before this one
        # leaves pytest-qt's waits at a loop level where Qt holds deferred deletes back.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        counts.append(len(h.window.findChildren(QObject)) + len(h.shell.findChildren(QObject)))
        h.sessions.summary_page().again_button.click()  # "Do it again"
    assert len(set(counts)) == 1, f"objects in the window and its parts after each: {counts}"
    h.shell.shutdown()
