"""The player at one text size, as a person sees it: run in a child process whose screen is a
laptop's (`tests.helpers.seen.run_in_screen`), by tests/ui/test_large_text.py.

For each stage (a rep, a hold, a breath) it reports what would go wrong at a larger text size:
words cut off or buttons squeezed, things drawn over each other, the count, ring or pacer not
wholly on screen, text under 4.5:1; and how tall the count's digits are drawn, measured in the
pixels, so sizes can be compared across text scales.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from tests.helpers.doubles import FakeClock
from tests.helpers.seen import (
    _clip_rect,
    _grab,
    _luminance,
    _ratio,
    _text,
    low_contrast,
    visible_text_widgets,
)
from tests.ui.safety_screens import START, _build, _settle

STAGES = (
    ("reps", 0, "move", 2, 0.5),
    ("hold", 1, "hold", 0, 3.2),
    ("breath", 2, "breathe_in", 0, 1.5),
)
"""(name, step, segment kind, which one of that kind, seconds into it) in the quick tour."""


def _rect(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {_text(widget)[:40]!r}"


def cut_words(root: QWidget) -> list[str]:
    """Shown labels and buttons given less room than their words need."""
    found = []
    for widget in visible_text_widgets(root):
        if isinstance(widget, QAbstractButton):
            if widget.sizeHint().width() > widget.width() + 1:
                found.append(
                    f"{_describe(widget)}: {widget.width()} of {widget.sizeHint().width()} px wide"
                )
        elif isinstance(widget, QLabel):
            inner = widget.contentsRect()
            if widget.wordWrap() and widget.hasHeightForWidth():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    found.append(f"{_describe(widget)}: {widget.height()} of {needed} px tall")
            elif widget.sizeHint().width() > widget.width() + 1 and inner.width() > 0:
                found.append(
                    f"{_describe(widget)}: {widget.width()} of {widget.sizeHint().width()} px wide"
                )
    return found


def overlaps(widgets: list[QWidget]) -> list[str]:
    """Pairs of shown widgets (neither inside the other) drawn over each other."""
    shown = [(w, _clip_rect(w)) for w in widgets]
    shown = [(w, r) for w, r in shown if not r.isEmpty()]
    found = []
    for i, (a, ra) in enumerate(shown):
        for b, rb in shown[i + 1 :]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            common = ra & rb
            if common.width() > 1 and common.height() > 1:
                found.append(f"{_describe(a)} and {_describe(b)} share {common.getRect()}")
    return found


def digit_height(widget: QWidget) -> int:
    """The height, in pixels, of the big number drawn in the top half of the rep counter: the
    rows where text-coloured pixels (at least 4.5:1 against the background) are."""
    pixels, dpr = _grab(widget.window())
    r = _rect(widget)
    top, left = round(r.top() * dpr), round(r.left() * dpr)
    crop = pixels[top : top + round(r.height() * 0.5 * dpr), left : left + round(r.width() * dpr)]
    flat = crop.reshape(-1, 3)
    colours, counts = np.unique(flat, axis=0, return_counts=True)
    background = colours[counts.argmax()]
    ratio = _ratio(_luminance(crop), _luminance(background))
    rows = np.nonzero((ratio >= 4.5).any(axis=1))[0]
    return 0 if not len(rows) else round((rows[-1] - rows[0] + 1) / dpr)


def painted_contrast(widget: QWidget, share: float = 0.3) -> float:
    """The contrast of the words drawn in the middle of a self-drawn widget (the pacer's count
    and phase): the commonest colour there against the strongest 2% of the rest."""
    pixels, dpr = _grab(widget.window())
    r = _rect(widget)
    cx, cy = r.center().x() * dpr, r.center().y() * dpr
    half = min(r.width(), r.height()) * share * dpr / 2
    crop = pixels[round(cy - half) : round(cy + half), round(cx - half) : round(cx + half)]
    flat = crop.reshape(-1, 3).astype(np.int32)
    colours, counts = np.unique(flat, axis=0, return_counts=True)
    background = colours[counts.argmax()]
    differ = flat[np.abs(flat - background).max(axis=1) > 16]
    if len(differ) < 6:
        return 1.0
    ratios = np.sort(_ratio(_luminance(differ), _luminance(background)))[::-1]
    return float(ratios[max(5, int(len(ratios) * 0.02))])


def _seek(shell: Any, clock: FakeClock, step: int, kind: str, nth: int, into: float) -> None:
    run = shell.sessions.run
    segs = [s for s in run.plan.segments if s.step == step and s.kind == kind]
    target = segs[nth].start_ms + into * 1000
    while run.snapshot().position_ms < target:
        clock.advance(0.1)
        shell.sessions.driver.tick()


def tour(theme_name: str, scale: float, shots: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="sc-large-") as tmp:
        data = Path(tmp) / "data"
        data.mkdir()
        (data / "settings.json").write_text('{"schema_version": 1, "first_run_seen": true}')
        clock = FakeClock()
        window, shell = _build(data, theme_name, scale, clock, START)
        shell.sessions.start("quick-tour", checkins=False)
        _settle()
        player = shell.sessions.player
        for name, step, kind, nth, into in STAGES:
            _seek(shell, clock, step, kind, nth, into)
            player.show_caption("Switch sides")  # a caption, as a sound would bring
            _settle()
            if shots:
                window.grab().save(f"{shots}/player-{theme_name}-{scale}-{name}.png")
            shown = player.stage.currentWidget()
            drawn = [*visible_text_widgets(window), player.figure, shown]
            out[name] = {
                "cut": cut_words(window),
                "overlap": overlaps(drawn),
                "stage": _clip_rect(shown).size() == shown.size(),
                "stop": _clip_rect(player.stop_button).size() == player.stop_button.size(),
                "low_contrast": low_contrast(window),
                "digits": digit_height(player.rep_counter) if name == "reps" else None,
                "pacer_contrast": painted_contrast(player.pacer) if name == "breath" else None,
                "caption_pt": player.caption.font().pointSizeF(),
                # How far the page must scroll to show all of it (0: it all fits).
                "scrolls": player.body_scroll.verticalScrollBar().maximum(),
            }
        shell.shutdown()
        window.close()
        QApplication.processEvents()
    return out
