"""The clinic screens as a person sees them on a laptop: the routine editor (its drills and its
"For the patient" tab), the drill picker, and the profile chooser.

Run in a child process with a laptop-sized offscreen screen (`tests.helpers.seen.run_in_screen`),
like tests/ui/safety_screens.py: for each screen, what lies outside the screen, which buttons are
cut off, text under 4.5:1 against the pixels behind it, and controls without a name.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from sciatica_coach import app as app_module
from sciatica_coach.storage.profiles import create_profile, main_profile
from sciatica_coach.ui import launch, theme
from sciatica_coach.ui.look import Look
from sciatica_coach.ui.main_window import MainWindow
from sciatica_coach.ui.profiles import ProfileChooser
from tests.helpers.doubles import FakeClock, RecordingPlayer
from tests.helpers.seen import check_on_screen

START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _seen(widget: QWidget) -> dict[str, Any]:
    _settle()
    return check_on_screen(widget.window())


def tour(theme_name: str, scale: float) -> dict[str, Any]:
    out: dict[str, Any] = {}
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    colors = theme.DARK if theme_name == "dark" else theme.LIGHT
    theme.apply(app, colors, scale)
    with tempfile.TemporaryDirectory(prefix="sc-editor-") as tmp:
        data = Path(tmp) / "data"
        data.mkdir()
        (data / "settings.json").write_text('{"schema_version": 1, "first_run_seen": true}')
        clock = FakeClock()
        window = MainWindow()
        launch.place(window)
        window.show()
        origin = clock.now
        options = app_module.Options(
            data_dir=data,
            make_clock=lambda _speed: clock,
            now=lambda: START + timedelta(seconds=clock.now - origin),
            make_player=lambda: RecordingPlayer(clock),
        )
        look = Look(theme_name, scale, parent=window)
        look.colors = colors
        shell = app_module.wire(window, options, app_module.load(options), look)
        shell.begin()
        _settle()
        page = shell.editing.edit("disc-extension")
        page.select_step(1)
        out["editor"] = _seen(window)
        out["editor heading"] = page.heading.full_text()
        page.tabs.setCurrentIndex(1)
        out["editor: for the patient"] = _seen(window)
        page.tabs.setCurrentIndex(0)
        picker = page.add_drill()
        out["picker"] = _seen(picker)
        picker.reject()
        _settle()
        create_profile(data, "Mrs Jones")
        chooser = ProfileChooser(data, main_profile(data), window)
        chooser.resize(520, 420)
        chooser.open()
        out["profile chooser"] = _seen(chooser)
        chooser.reject()
        shell.shutdown()
        window.close_guard = None
        window.close()
    return out
