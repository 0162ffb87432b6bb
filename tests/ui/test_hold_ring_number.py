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
