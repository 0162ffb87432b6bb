"""Larger text on a 1366x768 laptop screen (Ctrl +, or the Settings' text size): the player at
1.0, 1.5 and 2.0 in a child process with that screen (tests/ui/player_screens.py).

Nothing is cut off or squeezed (the Stop button once read "this"), nothing is drawn over
anything else (the steps once ran over the text below), the count, ring or pacer is whole on
screen, the count's digits are never shorter than at the normal size (they once shrank from
118 px to 63 px at 2.0), captions grow with the text, and every text is at least 4.5:1.
"""

from __future__ import annotations

import pytest

from tests.helpers.seen import run_in_screen

SCALES = (1.0, 1.5, 2.0)


def tour(theme: str, scale: float, size: str = "1366x768") -> dict:
    return run_in_screen(size, "tests.ui.player_screens:tour", theme, scale, timeout=240)


@pytest.mark.slow
@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_larger_text_reflows_the_player_and_never_shrinks_the_count(theme):
    seen = {scale: tour(theme, scale) for scale in SCALES}
    for scale, stages in seen.items():
        for stage, found in stages.items():
            where = f"{theme} {scale}x, {stage}"
            assert found["cut"] == [], f"{where}: words cut off or squeezed: {found['cut']}"
            assert found["overlap"] == [], f"{where}: drawn over each other: {found['overlap']}"
            assert found["stage"], f"{where}: the {stage} stage is not wholly on screen"
            assert found["stop"], f"{where}: the Stop button is not wholly on screen"
            assert found["low_contrast"] == [], f"{where}: {found['low_contrast']}"
            assert found["caption_pt"] >= 18 * scale, f"{where}: captions do not grow"
            if scale == 1.0:  # at the normal size it all shows at once: nothing scrolled away
                assert found["scrolls"] == 0, f"{where}: {found['scrolls']} px scrolled away"
        assert stages["breath"]["pacer_contrast"] >= 4.5, f"{theme} {scale}x: the pacer's words"
    normal = seen[1.0]["reps"]["digits"]
    assert normal >= 100  # readable from the floor: about 2.6 cm on a laptop screen
    for scale in SCALES[1:]:
        assert seen[scale]["reps"]["digits"] >= normal, f"{theme} {scale}x: the count shrank"


@pytest.mark.slow
def test_a_smaller_screen_keeps_the_stage_in_view_at_one_and_a_half():
    for stage, found in tour("light", 1.5, "1280x720").items():
        assert found["cut"] == [], f"1280x720 1.5x, {stage}: {found['cut']}"
        assert found["overlap"] == [], f"1280x720 1.5x, {stage}: {found['overlap']}"
        assert found["stage"], f"1280x720 1.5x: the {stage} stage is not wholly on screen"
        assert found["stop"]


@pytest.mark.slow
def test_at_the_normal_size_the_player_fits_a_1280x720_screen():
    for stage, found in tour("light", 1.0, "1280x720").items():
        assert found["scrolls"] == 0, f"1280x720, {stage}: {found['scrolls']} px scrolled away"
        assert found["cut"] == [], f"1280x720, {stage}: {found['cut']}"
        assert found["stage"], f"1280x720: the {stage} stage is not wholly on screen"
        assert found["digits"] is None or found["digits"] >= 100
