"""The session driver wakes only for a change a person could see: during a countdown, on each
change of the number (on time: the last three seconds are sounded then) and when the ring's
arc has moved a few pixels, the two together; never on a fixed frame rate (issue: lean)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from sciatica_coach.core.segments import SegmentKind
from sciatica_coach.ui import session_driver
from sciatica_coach.ui.session_driver import SessionDriver


def wakes(driver: SessionDriver, kind: SegmentKind, duration_ms: int) -> list[float]:
    """Segment time left at each wake, from the start of a segment to its end."""
    seg = SimpleNamespace(kind=kind, rep=None, duration_ms=duration_ms)
    left = float(duration_ms)
    seen = []
    while left > 0:
        snap = SimpleNamespace(segment=seg, segment_left_ms=left)
        left -= driver.frame_interval_ms(snap) * driver.speed
        seen.append(left)
    return seen


@pytest.mark.parametrize(("hold_s", "most_per_second"), [(90, 1), (60, 2), (30, 4), (300, 1)])
def test_a_hold_wakes_a_few_times_a_second_and_on_each_new_second(qapp, hold_s, most_per_second):
    driver = SessionDriver(run=None)  # type: ignore[arg-type]
    seen = wakes(driver, SegmentKind.HOLD, hold_s * 1000)
    assert len(seen) <= hold_s * most_per_second + 1
    # Every change of the number is drawn within a couple of milliseconds of it.
    for second in range(1, hold_s):
        at = second * 1000
        assert any(at - 3 <= left < at for left in seen), f"no wake at {second} s left"
    # And the arc never jumps more than about a dozen pixels between wakes.
    px_per_ms = session_driver.RING_CIRCUMFERENCE_PX / (hold_s * 1000)
    gaps = [a - b for a, b in zip([hold_s * 1000.0, *seen], seen, strict=False)]
    assert max(gaps) * px_per_ms <= 1.5 * session_driver.RING_PIXELS_PER_FRAME + 1


def test_at_demo_speed_it_never_wakes_more_than_thirty_times_a_second(qapp):
    driver = SessionDriver(run=None, speed=20)  # type: ignore[arg-type]
    seen = wakes(driver, SegmentKind.REST, 30_000)
    assert len(seen) <= 30_000 / 20 / session_driver.MIN_FRAME_MS + 1


def test_moving_segments_still_redraw_smoothly(qapp):
    driver = SessionDriver(run=None)  # type: ignore[arg-type]
    seg = SimpleNamespace(kind=SegmentKind.MOVE, rep=1, duration_ms=2000)
    snap = SimpleNamespace(segment=seg, segment_left_ms=1500.0)
    assert driver.frame_interval_ms(snap) == session_driver.MIN_FRAME_MS
