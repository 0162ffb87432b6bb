"""The safety path as a person sees it, on the laptop screens patients own (DESIGN.md §7).

Each case walks every safety screen in a child process whose screen is 1366x768, 1280x720 or
1024x600, in light and dark, at text scale 1.0 to 2.0 (tests/ui/safety_screens.py), and looks at
the pixels, the geometry and the accessibility names: the first-run notice, the check-in, the
player and its Stop button, each page of the hurt dialog, the advice after a warning sign, the
summary after it, and the locked next start.
"""

from __future__ import annotations

import pytest

from tests.helpers.seen import run_in_screen

DIALOGS = (
    "first-run notice",
    "check-in",
    "hurt: how it feels",
    "hurt: warning signs",
    "hurt: what now",
    "hurt: advice",
    "lock",
)
WINDOWS = ("home", "player", "summary after a warning sign", "locked home")
CASES = [
    (size, theme, scale)
    for size in ("1366x768", "1280x720")
    for theme in ("light", "dark")
    for scale in (1.0, 1.5)
] + [("1366x768", "contrast", scale) for scale in (1.0, 1.5)]  # Settings > Colours


def tour(size: str, theme: str, scale: float) -> dict:
    return run_in_screen(size, "tests.ui.safety_screens:tour", theme, scale, timeout=180)


def buttons(found: list[str]) -> list[str]:
    return [f for f in found if f.startswith(("QPushButton", "Tile", "WrapCheckBox"))]


@pytest.mark.slow
@pytest.mark.parametrize(("size", "theme", "scale"), CASES)
def test_every_safety_screen_is_readable_and_reachable(size, theme, scale):
    seen = tour(size, theme, scale)
    for name in (*DIALOGS, *WINDOWS):
        screen = seen[name]
        assert screen["outside"] == [], f"{name}: off the {size} screen: {screen['outside']}"
        assert screen["low_contrast"] == [], f"{name}: text under 4.5:1: {screen['low_contrast']}"
    for name in DIALOGS:
        screen = seen[name]
        pinned = [f for f in screen["clipped"] if f.startswith("QPushButton")]
        assert pinned == [], f"{name}: action buttons cut off or scrolled away: {pinned}"
        assert screen["name_mismatches"] == [], f"{name}: {screen['name_mismatches']}"
        if scale == 1.0:  # at the normal size every page shows whole, without scrolling
            assert screen["clipped"] == [], f"{name}: {screen['clipped']}"
            assert screen["text_out_of_view"] == [], f"{name}: {screen['text_out_of_view']}"
    assert seen["stop button shown"]
    assert seen["keyboard"] == [], "every warning sign ticked and unticked with the keyboard"


@pytest.mark.slow
@pytest.mark.parametrize(("theme", "scale"), [("light", 1.0), ("dark", 2.0)])
def test_a_small_screen_scrolls_but_keeps_the_buttons_and_the_stop_button(theme, scale):
    seen = tour("1024x600", theme, scale)
    for name in (*DIALOGS, *WINDOWS):
        assert seen[name]["outside"] == [], f"{name}: {seen[name]['outside']}"
    for name in DIALOGS:
        pinned = [f for f in seen[name]["clipped"] if f.startswith("QPushButton")]
        assert pinned == [], f"{name}: {pinned}"
    assert seen["stop button shown"]
    assert seen["player"]["clipped"] == []


@pytest.mark.slow
def test_after_a_warning_sign_only_the_advice_and_the_next_start_is_locked():
    seen = tour("1366x768", "light", 1.0)
    words = " ".join(seen["summary words"])
    assert "On Tue 1 Dec you reported a warning sign: one leg getting weaker." in words
    assert "GP" in words  # a leg getting weaker: medical advice the same day
    assert "5 out of 10" not in words  # no reassurance, no tally
    assert "drills done" not in words
    assert seen["lock words"] == "On Tue 1 Dec you reported a warning sign: one leg getting weaker."
    assert any("Sessions stay paused" in n for n in seen["home notices"])
    assert not seen["started while locked"]
