"""The "what a person sees" toolkit (tests/helpers/seen.py, xdisplay.py) catches what it claims:
blank white-on-white labels, dialogs whose buttons fall off a 1366x768 screen, and accessible
names that differ from the visible words. Built on throw-away widgets, not on the app's pages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tests.helpers import seen, xdisplay


@pytest.fixture(autouse=True)
def _plain_application(qapp):
    """Other tests theme the shared QApplication (palette, style sheet, text scale); these
    throw-away widgets must look the same whatever ran before, and leave no theme behind."""
    sheet, palette = qapp.styleSheet(), qapp.palette()
    qapp.setStyleSheet("")
    qapp.setPalette(qapp.style().standardPalette())
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def _page(qtbot, *widgets: QWidget, background: str = "white") -> QWidget:
    """A shown window holding `widgets` on a plain background."""
    page = QWidget()
    page.setObjectName("page")
    page.setStyleSheet(f"QWidget#page {{ background: {background}; }}")
    layout = QVBoxLayout(page)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def _label(text: str, css: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(f"QLabel {{ {css} font-size: 12pt; }}")
    return label


def _blank_toggle() -> tuple[QPushButton, QLabel]:
    """The defect: a check-box-like toggle whose label is painted white on white."""
    button = QPushButton()
    button.setObjectName("numbness")
    button.setCheckable(True)
    button.setMinimumHeight(48)
    label = _label("Numbness around your bottom", "color: white; background: white;")
    QHBoxLayout(button).addWidget(label)
    return button, label


def test_contrast_ratio_is_wcag():
    white, black = QColor("white"), QColor("black")
    assert seen.contrast_ratio(black, white) == pytest.approx(21.0)
    assert seen.contrast_ratio(white, black) == pytest.approx(21.0)
    assert seen.contrast_ratio(QColor("#767676"), white) == pytest.approx(4.54, abs=0.01)
    assert seen.contrast_ratio(QColor("#999999"), white) == pytest.approx(2.85, abs=0.01)
    assert seen.contrast_ratio(white, white) == 1.0


@pytest.mark.parametrize(
    ("colour", "background"),
    [("#222222", "white"), ("#767676", "white"), ("#999999", "white"), ("#e6e6e6", "#1e1e1e")],
)
def test_measured_text_colour_is_the_painted_one(qtbot, colour, background):
    """The pixels give back the colours the style sheet asked for, in light and dark."""
    label = _label("Breathe in slowly", f"color: {colour};")
    page = _page(qtbot, label, background=background)
    assert page.isVisible()
    expected = seen.contrast_ratio(QColor(colour), QColor(background))
    assert seen.text_contrast(label) == pytest.approx(expected, abs=0.05)


def test_dark_text_on_white_passes(qtbot):
    label = _label("Lie on your back", "color: #222222;")
    page = _page(qtbot, label)
    assert seen.text_contrast(label) > 15
    assert seen.low_contrast(page) == []


def test_white_on_white_toggle_label_is_reported_blank(qtbot):
    button, label = _blank_toggle()
    page = _page(qtbot, button, _label("Visible", "color: black;"))
    assert seen.text_contrast(label) == pytest.approx(1.0)
    assert seen.text_contrast(button) is None  # the button itself draws no words
    [(what, ratio)] = seen.low_contrast(page)
    assert "'Numbness around your bottom' in QPushButton#numbness" in what
    assert ratio == pytest.approx(1.0)


def test_check_box_indicator_is_not_taken_for_its_text(qtbot):
    """A white-on-white check box still draws a dark indicator box; that is not its label."""
    box = QCheckBox("Numbness around your bottom")
    box.setStyleSheet("QCheckBox { color: white; }")
    page = _page(qtbot, box)
    box.setFocus()
    assert page.focusWidget() is box
    assert seen.text_contrast(box) == pytest.approx(1.0)


def test_grey_on_white_is_below_aa(qtbot):
    page = _page(qtbot, _label("Last done 3 days ago", "color: #999999;"))
    [(what, ratio)] = seen.low_contrast(page)
    assert "Last done 3 days ago" in what
    assert ratio == pytest.approx(2.85, abs=0.05)


def test_disabled_controls_are_exempt_unless_asked(qtbot):
    button = QPushButton("Resume")
    button.setStyleSheet("QPushButton { color: #bbbbbb; background: white; border: none; }")
    button.setEnabled(False)
    page = _page(qtbot, button)
    assert seen.low_contrast(page) == []
    [(what, _ratio)] = seen.low_contrast(page, include_disabled=True)
    assert "Resume" in what


def test_scrolled_out_text_is_set_apart(qtbot):
    inner = QWidget()
    column = QVBoxLayout(inner)
    labels = [_label(f"Step {n}", "color: black;") for n in range(40)]
    for label in labels:
        column.addWidget(label)
    button = QPushButton("Start")
    column.addWidget(button)
    area = QScrollArea()
    area.setWidget(inner)
    area.setFixedHeight(200)
    page = _page(qtbot, area)
    shown, hidden = seen.visible_text_widgets(page), seen.clipped_text_widgets(page)
    assert labels[0] in shown
    assert labels[-1] in hidden
    assert labels[-1] not in shown
    assert button in hidden
    assert seen.text_contrast(labels[-1]) is None
    assert any("'Start'" in line for line in seen.clipped_in_window(page))
    area.ensureWidgetVisible(button)
    assert button in seen.visible_text_widgets(page)
    assert seen.clipped_in_window(page) == []


def _dialog(qtbot, height: int) -> QDialog:
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("Have you had any of these today?"))
    layout.addStretch()
    layout.addWidget(QPushButton("Continue"))
    qtbot.addWidget(dialog)
    dialog.resize(500, height)
    dialog.show()
    dialog.move(100, 0)
    return dialog


def test_buttons_below_the_screen_are_reported(qtbot):
    dialog = _dialog(qtbot, 900)
    found = seen.outside_screen(dialog, seen.screen_rect("1366x768"))
    assert len(found) == 2
    assert found[0].startswith("window")
    assert "'Continue'" in found[1]


def test_a_dialog_that_fits_reports_nothing(qtbot):
    dialog = _dialog(qtbot, 600)
    assert seen.outside_screen(dialog, seen.screen_rect("1366x768")) == []
    assert seen.clipped_in_window(dialog) == []


def dialog_on_screen(height: int) -> dict:
    """Runs in a run_in_screen() child: a dialog `height` px tall, placed as openbox would."""
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("Have you had any of these today?"))
    layout.addStretch()
    layout.addWidget(QPushButton("Continue"))
    dialog.resize(500, height)
    dialog.show()
    return seen.check_on_screen(dialog)


@pytest.mark.parametrize(
    ("size", "height", "outside"),
    [("1366x768", 900, 2), ("1366x768", 743, 0), ("1366x768", 744, 1), ("1024x600", 600, 2)],
)
def test_dialog_in_a_laptop_screen(size, height, outside):
    """In a child whose screen really is `size`: a 20 px title bar and 5 px border count."""
    report = seen.run_in_screen(size, dialog_on_screen, height)
    width, screen_height = map(int, size.split("x"))
    assert report["screen"] == [0, 0, width, screen_height]
    assert len(report["outside"]) == outside, report["outside"]
    if outside == 2:  # the window, then its button
        assert "'Continue'" in report["outside"][1]


def contrast_at_dpr() -> dict:
    """Runs in a run_in_screen() child at device pixel ratio 2."""
    button, blank = _blank_toggle()
    dark = _label("Lie on your back", "color: #222222;")
    page = QWidget()
    page.setStyleSheet("background: white;")
    layout = QVBoxLayout(page)
    layout.addWidget(button)
    layout.addWidget(dark)
    page.show()
    dark_seen = seen.measure_text(dark)
    assert dark_seen is not None
    return {
        "dpr": page.devicePixelRatio(),
        "blank": seen.text_contrast(blank),
        "dark": dark_seen.ratio,
    }


def test_contrast_on_a_high_dpi_screen():
    report = seen.run_in_screen("1366x768", contrast_at_dpr, dpr=2)
    assert report["dpr"] == 2.0
    assert report["blank"] == pytest.approx(1.0)
    assert report["dark"] == pytest.approx(15.9, abs=0.1)


def test_accessible_name_that_differs_from_the_words_is_reported(qtbot):
    mismatched = QPushButton("Next")
    mismatched.setAccessibleName("Next question")
    matching = QPushButton("&Continue")
    rich = QLabel("<b>7</b> of 10")
    renamed = QLabel("7 of 10")
    renamed.setAccessibleName("Repetition count")
    page = _page(qtbot, mismatched, matching, rich, renamed)
    assert seen.accessible_name(matching) == "Continue"
    assert seen.name_mismatches(page) == [
        "QPushButton 'Next' is named 'Next question'",
        "QLabel '7 of 10' is named 'Repetition count'",
    ]
    # WCAG 2.5.3's minimum only asks that the name contain the visible words.
    assert seen.name_mismatches(page, exact=False) == [
        "QLabel '7 of 10' is named 'Repetition count'"
    ]
    mismatched.setAccessibleName("")  # Qt then names it after its text
    assert seen.accessible_name(mismatched) == "Next"
    assert len(seen.name_mismatches(page)) == 1


def test_roles_values_and_unnamed_controls(qtbot):
    box = QCheckBox("Numbness around your bottom")
    slider = QSlider()
    slider.setValue(30)
    bar = QProgressBar()
    bar.setValue(40)
    bar.setAccessibleName("Session progress")
    form = QWidget()
    QFormLayout(form).addRow("Pain now (0-10):", QSpinBox())  # named by its form label
    page = _page(qtbot, box, slider, bar, form)
    assert seen.accessible_role(box) == QAccessible.Role.CheckBox
    assert seen.accessible_value(slider) == 30
    assert seen.accessible_value(bar) == 40
    assert seen.accessible_value(box) is None
    assert seen.unnamed_controls(page) == ["QSlider#?"]


PROBE_APP = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QVBoxLayout, QWidget
app = QApplication(sys.argv)
app.setApplicationName("seen-probe")
window = QWidget()
window.setWindowTitle("Seen probe")
layout = QVBoxLayout(window)
layout.addWidget(QLabel("Since yesterday:"))
box = QCheckBox("Numbness around your bottom")
layout.addWidget(box)
window.show()
box.setFocus()
sys.exit(app.exec())
"""


def _check_box(nodes: list[dict]) -> dict:
    [box] = [n for n in nodes if n["role"] == "check box"]
    return box


@pytest.mark.slow
def test_screen_reader_reads_the_check_box_and_its_state():
    """Under Xvfb + openbox + AT-SPI: Orca's view of a check box, before and after Space."""
    with xdisplay.x_session("1366x768x24") as env:
        child = subprocess.Popen(
            [sys.executable, "-c", PROBE_APP], env=env, stderr=subprocess.PIPE, text=True
        )
        try:
            nodes = xdisplay.read_accessibility_tree(env, child.pid, timeout=10)
            assert (nodes[0]["role"], nodes[0]["name"]) == ("application", "seen-probe")
            box = _check_box(nodes)
            assert box["name"] == "Numbness around your bottom"
            assert {"showing", "focused", "enabled"} <= set(box["states"])
            assert "checked" not in box["states"]
            assert [n["name"] for n in nodes if n["role"] == "label"] == ["Since yesterday:"]
            xdisplay.press_keys(env, "Seen probe", "space")
            nodes = xdisplay.read_accessibility_tree(
                env, child.pid, timeout=5, until=lambda ns: "checked" in _check_box(ns)["states"]
            )
            x, y, width, height = _check_box(nodes)["extents"]
            assert QRect(0, 0, 1366, 768).contains(QRect(x, y, width, height))
            frame = seen.OPENBOX_FRAME  # what the offscreen checks assume
            assert xdisplay.frame_extents(env, "Seen probe") == (
                frame.left(),
                frame.top(),
                frame.right(),
                frame.bottom(),
            )
        finally:
            child.terminate()
            child.communicate(timeout=5)
    lock = Path(f"/tmp/.X{env['DISPLAY'].lstrip(':')}-lock")
    assert not lock.exists(), "Xvfb outlived x_session()"


def test_x_session_skips_with_the_install_line(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(pytest.skip.Exception, match="apt-get install xvfb"), xdisplay.x_session():
        pass
