"""History's practice calendar: its key is read whole in a narrow column (at 1366x768 the
column left "none" cut off at the window's edge)."""

from __future__ import annotations

from datetime import date

import pytest

from sciatica_coach.core.i18n import _
from sciatica_coach.ui import theme
from sciatica_coach.ui.widgets.practice_calendar import PracticeCalendar


@pytest.mark.parametrize("width", [520, 380, 300, 200])
def test_every_word_of_the_key_fits_inside_the_calendar(qtbot, width):
    calendar = PracticeCalendar(theme.colors_for("light"))
    qtbot.addWidget(calendar)
    calendar.set_practice([], date(2026, 11, 30), date(2026, 12, 1))
    calendar.resize(width, calendar.height())
    calendar.show()
    qtbot.waitExposed(calendar)
    fm = calendar.fontMetrics()
    places = calendar._key_places(calendar.width())
    lines = {line for _x, line in places}
    for (_status, english), (x, _line) in zip(calendar.KEY, places, strict=True):
        right = x + fm.height() - 6 + 7 + fm.horizontalAdvance(_(english))
        assert right <= calendar.width(), f"{english!r} is cut off at {width} px"
    bottom_of_key = calendar._top() + 7 * calendar.cell + 8 + len(lines) * (fm.height() + 4)
    assert calendar.height() >= bottom_of_key
    assert (len(lines) > 1) == (width < places_wide(calendar))


def places_wide(calendar: PracticeCalendar) -> float:
    """The width the key takes on one line."""
    fm = calendar.fontMetrics()
    words = [fm.height() - 6 + 7 + fm.horizontalAdvance(_(e)) for _s, e in calendar.KEY]
    return sum(words) + 16 * (len(words) - 1)
