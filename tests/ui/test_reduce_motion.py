"""Reduce motion (the setting, or the computer's own), and the screen flash, in what is drawn.

With reduced motion the figure stands still, the ring moves once a second, the breathing circle
grows in steps and the tempo bar does not slide; the flash shows over every stage, the ring's
included (it paints its own background, and once hid a flash drawn behind it).
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from sciatica_coach.storage.settings import Settings
from sciatica_coach.ui import motion
from sciatica_coach.ui.dialogs.settings import SettingsDialog
from tests.helpers.app import make_harness
from tests.helpers.seen import _grab, _luminance, _ratio


def settle():
    for _ in range(3):
        QApplication.processEvents()


def pixels(widget):
    settle()
    image, dpr = _grab(widget.window())
    at = widget.mapTo(widget.window(), QPoint(0, 0))
    r = QRect(at, widget.size())
    return image[
        round(r.top() * dpr) : round((r.bottom() + 1) * dpr),
        round(r.left() * dpr) : round((r.right() + 1) * dpr),
    ].astype(np.int32)


def strong_change(before, after) -> int:
    """Pixels that changed by 3:1 or more."""
    changed = np.abs(before - after).max(axis=2) > 16
    ratios = _ratio(_luminance(before[changed]), _luminance(after[changed]))
    return int((ratios >= 3.0).sum())


@pytest.fixture
def harness(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(motion, "system_reduces_motion", lambda: False)
    h = make_harness(qtbot, tmp_path / "data", size=(1366, 768))
    yield h
    h.shell.shutdown()


def reduce_motion(h, on=True):
    h.shell.settings.settings.reduce_motion = on
    h.shell.look.apply()  # as saving the Settings dialog does


def frames(h, seconds, read):
    """`read()` after every 0.05 s of the session, for `seconds`."""
    seen = []
    for _ in range(round(seconds / 0.05)):
        h.advance(0.05, 0.05)
        seen.append(read())
    return seen


def test_reduced_motion_steps_the_ring_and_the_pacer_and_stills_the_figure(harness):
    h = harness
    h.start_routine("quick-tour", checkins=False)
    p = h.player
    reduce_motion(h)
    h.seek(0, "move", into=0.1)
    asked = p.figure.repaints_asked
    frames(h, 1.5, lambda: None)
    assert p.figure.repaints_asked == asked  # still, through a whole move
    h.seek(0, "move", nth=1, into=0.3)
    early = pixels(p.rep_counter)
    h.advance(1.2)  # later in the same move: the bar would have slid
    assert np.array_equal(early, pixels(p.rep_counter))

    h.seek(1, "hold", into=0.5)
    arcs = frames(h, 4, lambda: p.ring.remaining_fraction)
    assert len(set(arcs)) <= 5  # once a second, not every frame

    h.seek(2, "breathe_in", into=0.05)
    sizes = frames(h, 3.8, lambda: p.pacer.size_fraction)
    assert sorted(set(sizes)) == [0.25, 0.5, 0.75, 1.0]  # a step a second of a 4 s breath


def test_without_it_they_move_smoothly(harness):
    h = harness
    h.start_routine("quick-tour", checkins=False)
    p = h.player
    h.seek(1, "hold", into=0.5)
    assert len(set(frames(h, 2, lambda: p.ring.remaining_fraction))) > 10
    h.seek(2, "breathe_in", into=0.05)
    assert len(set(frames(h, 2, lambda: p.pacer.size_fraction))) > 10


def test_the_computers_own_setting_reduces_motion(harness, monkeypatch):
    h = harness
    assert not h.shell.look.reduce_motion
    monkeypatch.setattr(motion, "system_reduces_motion", lambda: True)
    assert h.shell.look.reduce_motion
    h.start_routine("quick-tour", checkins=False)
    assert h.player.figure.still
    assert h.player.ring.stepped


def test_the_settings_dialog_says_when_the_computer_asks_for_less_motion(qtbot):
    settings = Settings()
    dialog = SettingsDialog(settings, system_motion=True)
    qtbot.addWidget(dialog)
    assert dialog.motion.isChecked()
    assert not dialog.motion.isEnabled()
    dialog.apply_to(settings)
    assert settings.reduce_motion is False  # the person's own choice is kept as it was
    mine = SettingsDialog(settings)
    qtbot.addWidget(mine)
    mine.motion.setChecked(True)
    mine.apply_to(settings)
    assert settings.reduce_motion is True


@pytest.mark.parametrize(("answer", "reduced"), [("false", True), ("true", False), ("", False)])
def test_the_desktops_animation_switch_is_read(monkeypatch, answer, reduced):
    monkeypatch.setattr(motion.sys, "platform", "linux")
    monkeypatch.setattr(motion, "_ask", lambda command: answer)
    assert motion.system_reduces_motion.__wrapped__() is reduced


def test_the_flash_shows_over_every_stage(harness):
    h = harness
    h.start_routine("quick-tour", checkins=False)
    p = h.player
    for step, kind in ((0, "get_ready"), (0, "move"), (1, "hold"), (2, "breathe_in")):
        h.seek(step, kind, into=1.0)
        shown = p.stage.currentWidget()
        before = pixels(shown)
        p.flash()
        after = pixels(shown)
        edge = 2 * (shown.width() + shown.height())
        assert strong_change(before, after) > 4 * edge, f"{kind}: the flash is not seen"
        p.flash_frame.hide()
        settle()
