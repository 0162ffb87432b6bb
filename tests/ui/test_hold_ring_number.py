"""The hold ring's number is read from across the room: big and bold on every repaint."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from sciatica_coach.ui.theme import LIGHT
from sciatica_coach.ui.widgets.hold_ring import HoldRing


def _ink_height(ring: HoldRing) -> int:
    """Height in pixels of the text-coloured ink inside the ring (the number)."""
    image = ring.grab().toImage()
    text = QColor(LIGHT.text)
    rows = [
        y
        for y in range(image.height())
        if any(
            abs(QColor(image.pixel(x, y)).lightness() - text.lightness()) < 40
            for x in range(image.width() // 4, 3 * image.width() // 4, 2)
        )
    ]
    return (max(rows) - min(rows) + 1) if rows else 0


@pytest.mark.parametrize("size", [240, 320, 420])
def test_the_number_stays_big_as_the_seconds_count_down_and_the_ring_is_resized(qtbot, size):
    ring = HoldRing()
    qtbot.addWidget(ring)
    ring.resize(size, size)
    ring.show()
    qtbot.waitExposed(ring)
    heights = []
    for left_ms in (43_000, 42_000, 41_500, 9_000):
        ring.set_state(90_000, left_ms, "Hold")
        heights.append(_ink_height(ring))
    ring.resize(size + 60, size + 60)  # a new size: a new font for the number
    ring.set_state(90_000, 8_000, "Hold")
    heights.append(_ink_height(ring))
    # The digits' font is a third of the ring: their ink at least a sixth of its side.
    assert min(heights) >= size // 6, heights


def test_what_the_screen_shows_after_a_minute_of_partial_repaints_is_the_whole_ring(qtbot):
    """Each second only the number's box and the arc's end are repainted (a region of two
    rectangles): the picture left on screen must be the one a full repaint draws, with no
    old digit or old arc end left behind."""
    ring = HoldRing()
    qtbot.addWidget(ring)
    ring.resize(360, 360)
    ring.show()
    qtbot.waitExposed(ring)
    ring.set_state(90_000, 90_000, "Hold")
    qtbot.wait(20)
    screen = ring.screen()
    for left_ms in range(89_000, 29_000, -1_000):  # a minute of once-a-second wakes
        ring.set_state(90_000, left_ms, "Hold")
        qtbot.wait(1)  # the repaint of what changed, into what the screen shows
    shown = screen.grabWindow(ring.winId()).toImage()
    whole = ring.grab().toImage().convertToFormat(shown.format())
    assert shown.size() == whole.size()
    # The arc's antialiased edge may differ by a few shades where it was last drawn as part of
    # a longer arc (Qt flattens each arc anew); a digit or an arc end left behind differs by
    # more than a hundred (dark ink, or the arc's colour, on the light track and page).
    differing = [
        (x, y)
        for y in range(shown.height())
        for x in range(shown.width())
        if _apart(shown.pixel(x, y), whole.pixel(x, y)) > 96
    ]
    assert differing == [], (
        f"{len(differing)} pixels differ from a full repaint, first at {differing[:3]}"
    )


def _apart(a: int, b: int) -> int:
    """The largest difference between two ARGB pixels' colour channels."""
    return max(abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) for shift in (0, 8, 16))
