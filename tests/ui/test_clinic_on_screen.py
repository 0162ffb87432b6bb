"""The clinic screens (routine editor, drill picker, profile chooser) on the laptop screens
patients and physios own: 1366x768 and 1280x720, light and dark, text scale 1.0 to 2.0
(tests/ui/editor_screens.py walks them in a child process with that screen)."""

from __future__ import annotations

import pytest

from tests.helpers.seen import run_in_screen

SCREENS = ("editor", "editor: for the patient", "picker", "profile chooser")
DIALOGS = ("picker", "profile chooser")
CASES = [
    (size, theme, scale)
    for size in ("1366x768", "1280x720")
    for theme in ("light", "dark")
    for scale in (1.0, 1.5, 2.0)
]


@pytest.mark.slow
@pytest.mark.parametrize(("size", "theme", "scale"), CASES)
def test_the_clinic_screens_fit_and_read(size, theme, scale):
    seen = run_in_screen(size, "tests.ui.editor_screens:tour", theme, scale, timeout=180)
    for name in SCREENS:
        screen = seen[name]
        assert screen["outside"] == [], f"{name}: off the {size} screen: {screen['outside']}"
        assert screen["low_contrast"] == [], f"{name}: text under 4.5:1: {screen['low_contrast']}"
        unnamed = [c for c in screen["unnamed"] if not c.startswith("QScrollBar")]  # its role
        assert unnamed == [], f"{name}: controls without a name: {unnamed}"
    for name in DIALOGS:
        pinned = [f for f in seen[name]["clipped"] if f.startswith("QPushButton")]
        assert pinned == [], f"{name}: action buttons cut off: {pinned}"
    # The editor's own actions stay in view at any size (its fields scroll).
    actions = ("Try it", "Handout", "Export", "Save", "Routines", "Add a drill")
    cut = [f for f in seen["editor"]["clipped"] if any(a in f for a in actions)]
    assert cut == [], f"editor: {cut}"
    if scale == 1.0:
        for name in SCREENS:
            assert seen[name]["clipped"] == [], f"{name}: {seen[name]['clipped']}"
