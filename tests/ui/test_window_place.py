"""The window opens inside the screen's free area, where it was last time when that still fits,
and remembers where it was when the app closes."""

from __future__ import annotations

import json

from sciatica_coach.ui import launch
from sciatica_coach.ui.main_window import MainWindow
from tests.helpers.app import make_harness


def room(window) -> tuple[int, int]:
    area = window.screen().availableGeometry()
    return area.width() - launch.FRAME_ALLOWANCE[0], area.height() - launch.FRAME_ALLOWANCE[1]


def test_a_new_window_is_shrunk_to_the_screen_and_centred(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    launch.place(window)
    width, height = room(window)  # the test screen is 800x800: smaller than 1280x800
    assert (window.width(), window.height()) == (min(1280, width), min(800, height))
    assert window.minimumWidth() <= width
    assert window.minimumHeight() <= height
    area = window.screen().availableGeometry()
    assert area.contains(window.geometry())


def test_last_place_is_used_when_it_still_fits_and_ignored_when_not(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    launch.place(window, [0, 30, 792, 500])
    assert (window.x(), window.y(), window.width(), window.height()) == (0, 30, 792, 500)
    launch.place(window, [0, 0, 1900, 1000])  # from a big monitor last week
    assert window.screen().availableGeometry().contains(window.geometry())
    launch.place(window, ["x", 0, 1, 1])  # a hand-edited file: ignored, not an error
    assert window.width() > 1


def test_closing_remembers_where_the_window_was(qtbot, tmp_path):
    data = tmp_path / "data"
    h = make_harness(qtbot, data, size=(800, 500))
    h.window.move(40, 50)
    h.shell.remember_geometry()
    saved = json.loads((data / "settings.json").read_text())["window"]
    assert saved[2:] == [800, 500]
    assert saved[:2] == [h.window.pos().x(), h.window.pos().y()]
    h.shell.shutdown()
    assert launch.read_settings_cheaply(data)["window"] == saved
