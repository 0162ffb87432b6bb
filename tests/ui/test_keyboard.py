"""A whole session from the keyboard alone, as a person who cannot use a mouse does it: each key
goes where the focus is (or to the window when no control has it), and at each stop the focus
ring is measured in the drawn pixels (at least 3:1 against the same pixels unfocused, about
3 px all round). Home, the check-in, the player's buttons, "Stop: this hurts" with its pages,
the summary; and the path after a warning sign.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sciatica_coach.ui import theme
from tests.helpers import a11y
from tests.helpers.app import make_harness
from tests.helpers.seen import _text, accessible_name

K = Qt.Key


def settle():
    for _ in range(3):
        QApplication.processEvents()


class Keyboard:
    def __init__(self, qtbot, h):
        self.qtbot, self.h = qtbot, h
        self.stops: list[str] = []
        """Every control the focus reached, with how its ring measured."""

    @property
    def focus(self):
        return QApplication.focusWidget()

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier):
        target = self.focus or QApplication.activeWindow()
        self.qtbot.keyClick(target, key, modifier)
        settle()

    def seen(self, where: str) -> None:
        """The control with the focus shows a ring a person can see."""
        widget = self.focus
        assert widget is not None, f"{where}: nothing has the focus"
        ring = a11y.focus_ring(widget)
        name = f"{where}: {type(widget).__name__} {_text(widget) or widget.accessibleName()!r}"
        self.stops.append(f"{name} {ring}")
        assert ring.visible, f"{name}: focus ring {ring}"

    def tab_to(self, widget, where: str, limit: int = 60) -> None:
        for _ in range(limit):
            self.press(K.Key_Tab)
            self.seen(where)
            if self.focus is widget:
                return
        raise AssertionError(f"{where}: Tab never reached {_text(widget)!r}: {self.stops}")

    def wait_for_window(self, window) -> None:
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
        settle()

    def back_to(self, window) -> None:
        """A dialog closed: the window manager gives its window back the keyboard (the
        offscreen platform has none to do it)."""
        window.activateWindow()
        self.wait_for_window(window)


def run_keyboard_session(qtbot, tmp_path, colors):
    h = make_harness(qtbot, tmp_path / "data", size=(1366, 768), colors=colors)
    keys = Keyboard(qtbot, h)
    home = h.window.home
    start = home.card("quick-tour").start_button
    keys.tab_to(start, "home")
    keys.press(K.Key_Return)  # Enter presses the focused button in the main window

    checkin = h.prompts.current
    assert checkin is not None
    assert checkin.objectName() == "checkinBefore"
    keys.wait_for_window(checkin)
    assert keys.focus is checkin.back.buttons["0"]
    keys.seen("check-in")
    keys.press(K.Key_3)  # digits pick a score
    keys.press(K.Key_Tab)
    keys.seen("check-in")
    keys.press(K.Key_1)
    keys.press(K.Key_Return)  # Enter saves
    assert (checkin.back.pain(), checkin.leg.pain()) == (3, 1)
    assert h.run is not None

    player = h.player
    keys.back_to(h.window)
    h.advance(3)
    assert keys.focus is player  # no button: Space is pause
    keys.press(K.Key_Space)
    assert h.run.machine.paused
    assert player.pause_button.isChecked()
    keys.press(K.Key_Space)
    assert not h.run.machine.paused

    keys.tab_to(player.pause_button, "player")  # the player's buttons are Tab stops
    keys.press(K.Key_Return)  # the focused button wins over Enter's "rep done"
    assert h.run.machine.paused
    keys.press(K.Key_Space)  # and over Space's shortcut: the same button, pressed again
    assert not h.run.machine.paused
    keys.tab_to(player.stop_button, "player")
    h.seek(0, "move", into=0.5)

    keys.press(K.Key_Return)  # Stop: this hurts, from its focused button
    dialog = h.sessions.hurt_dialog
    assert dialog is not None
    keys.wait_for_window(dialog)
    keys.seen("hurt: how it feels")
    keys.press(K.Key_4)
    keys.press(K.Key_Tab)
    keys.seen("hurt: how it feels")
    keys.press(K.Key_3)
    keys.press(K.Key_Return)  # Next
    assert dialog.pages.currentWidget() is dialog.flags_page
    keys.seen("hurt: warning signs")
    keys.press(K.Key_Return)  # None of these
    assert dialog.pages.currentWidget() is dialog.choice_page
    keys.seen("hurt: what now")
    suggested = keys.focus
    assert "(suggested)" in suggested.text()
    keys.press(K.Key_Return)
    assert h.sessions.hurt_dialog is None
    keys.back_to(h.window)

    keys.press(K.Key_E, Qt.KeyboardModifier.ControlModifier)  # end the session
    after = h.prompts.current
    assert after is not None
    assert after.objectName() == "checkinAfter"
    keys.wait_for_window(after)
    keys.press(K.Key_Escape)  # skipped
    summary = h.sessions.summary_page()
    assert h.window.current_page() is summary
    keys.back_to(h.window)
    assert keys.focus is summary.home_button
    keys.seen("summary")
    keys.press(K.Key_Return)
    assert h.window.current_page() is home
    h.shell.shutdown()
    return keys.stops


def test_home_to_summary_through_the_hurt_flow_by_keyboard_alone(qtbot, tmp_path):
    run_keyboard_session(qtbot, tmp_path, theme.LIGHT)


def test_the_focus_ring_shows_in_dark_colours_too(qtbot, tmp_path):
    stops = run_keyboard_session(qtbot, tmp_path, theme.DARK)
    assert any("stopButton" in s or "Stop: this hurts" in s for s in stops)


def test_a_warning_sign_by_keyboard_ends_the_session_with_the_advice(qtbot, tmp_path):
    h = make_harness(qtbot, tmp_path / "data", size=(1366, 768))
    keys = Keyboard(qtbot, h)
    keys.tab_to(h.window.home.card("quick-tour").start_button, "home")
    keys.press(K.Key_Return)
    checkin = h.prompts.current
    keys.wait_for_window(checkin)
    keys.press(K.Key_Escape)  # no check-in
    assert h.run is not None
    keys.back_to(h.window)
    h.advance(5)
    keys.press(K.Key_H)
    dialog = h.sessions.hurt_dialog
    keys.wait_for_window(dialog)
    keys.press(K.Key_2)
    keys.press(K.Key_Tab)
    keys.press(K.Key_2)
    keys.press(K.Key_Return)
    first = next(iter(dialog.flags.buttons.values()))
    assert keys.focus is first
    keys.seen("warning signs")
    keys.press(K.Key_Space)  # ticked
    assert first.isChecked()
    keys.press(K.Key_Return)  # "Yes: the ticked ones" is the main button now
    assert dialog.pages.currentWidget() is dialog.red_page
    assert keys.focus is dialog.end_button
    keys.seen("advice")
    keys.press(K.Key_Return)
    settle()
    summary = h.sessions.summary_page()
    assert h.window.current_page() is summary
    assert summary.advice.isVisible()
    keys.back_to(h.window)
    keys.seen("summary after a warning sign")
    h.shell.shutdown()


def test_the_players_buttons_take_the_focus_in_the_order_they_show(qtbot, tmp_path):
    h = make_harness(qtbot, tmp_path / "data", size=(1366, 768))
    keys = Keyboard(qtbot, h)
    h.start_routine("quick-tour", checkins=False)
    h.advance(1)
    assert keys.focus is h.player  # the page holds the keys: Space pauses
    order = []
    for _ in range(8):
        keys.press(K.Key_Tab)
        order.append(accessible_name(keys.focus))  # what a screen reader says there
    assert order == [
        "Back",
        "Pause",
        "Skip",
        "Restart set",
        "+10 s",
        "My pace",
        "End",
        "Stop: this hurts",
    ]
    h.shell.shutdown()


def test_a_control_focused_before_the_rings_came_gets_its_ring(qtbot, monkeypatch):
    """The rings come a moment after the home page shows (`launch.RINGS_AFTER_MS`): a Tab
    pressed before then still gets its ring when they come."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    from sciatica_coach.ui import focus_ring

    window = QWidget()
    layout = QVBoxLayout(window)
    first, second = QPushButton("First"), QPushButton("Second")
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    second.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    monkeypatch.setattr(focus_ring, "_installed", [])  # as at start: no rings yet
    app = QApplication.instance()
    rings = focus_ring.install(app)
    try:
        settle()
        assert rings.target is second
        assert a11y.focus_ring(second).visible
    finally:
        app.focusChanged.disconnect(rings._focus_changed)
        rings.deleteLater()
