"""Assert on what a person sees: text contrast in the drawn pixels, geometry against the screen,
and the accessibility tree's names, roles and values (what AT-SPI hands a screen reader).

Widget state can say "checked, text 'Numbness'" while the pixels are white on white; these look
at the window's grab and at QAccessible, as a patient, OCR or Orca would. Show the window first.

Pixels: contrast_ratio, text_contrast, measure_text, low_contrast, visible_text_widgets,
clipped_text_widgets. Geometry: outside_screen, clipped_in_window, place_framed. Accessibility:
accessible_name/role/value, name_mismatches, unnamed_controls. All at once: check_on_screen.

The offscreen screen is fixed when QApplication starts (800x800 in the pytest process), so
`run_in_screen()` runs a function in a child process whose offscreen screen is e.g. 1366x768.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np
from PySide6.QtCore import QMargins, QPoint, QRect, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QAccessible, QColor, QImage, QTextDocumentFragment
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionGroupBox,
    QWidget,
)

if TYPE_CHECKING:
    from collections.abc import Callable

SCREENS = Path(__file__).with_name("screens")
REPO = Path(__file__).resolve().parents[2]
# openbox's default frame around a Qt window under Xvfb (measured): left, title bar, right, bottom.
OPENBOX_FRAME = QMargins(1, 20, 1, 5)
DIFFERS = 16  # a pixel whose channels all lie within this of the background is background
MIN_PIXELS = 6  # fewer differing pixels than this is a stray pixel, not text
TOP_SHARE = 0.02  # the text colour: the contrast reached by the top 2% of differing pixels
QT_NOISE = ("This plugin does not support propagateSizeHints",)


class TextPixels(NamedTuple):
    """What text_contrast found: the colours and how many pixels differ from the background."""

    ratio: float
    background: QColor
    text: QColor
    pixels: int


def _luminance(rgb: np.ndarray) -> np.ndarray:
    """WCAG 2.x relative luminance of sRGB colours (last axis R, G, B in 0..255)."""
    c = rgb.astype(np.float64) / 255.0
    lin = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return lin @ np.array([0.2126, 0.7152, 0.0722])


def _ratio(la: np.ndarray | float, lb: np.ndarray | float) -> np.ndarray:
    return (np.maximum(la, lb) + 0.05) / (np.minimum(la, lb) + 0.05)


def contrast_ratio(c1: QColor, c2: QColor) -> float:
    """WCAG 2.x contrast ratio, 1.0 (same luminance) to 21.0 (black on white)."""
    la, lb = _luminance(np.array([[c.red(), c.green(), c.blue()] for c in (c1, c2)]))
    return float(_ratio(la, lb))


def _text(widget: QWidget) -> str:
    """The words the widget draws, as a person reads them (no mnemonic '&', no markup)."""
    if isinstance(widget, QLabel):
        raw, fmt = widget.text(), widget.textFormat()
        rich = fmt == Qt.TextFormat.RichText or (
            fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(raw)
        )
        text = QTextDocumentFragment.fromHtml(raw).toPlainText() if rich else raw
    elif isinstance(widget, QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    else:
        return ""
    if not isinstance(widget, QLabel) or widget.buddy() is not None:
        text = re.sub(r"&(.)", r"\1", text)  # "&Next" shows "Next"; "&&" shows "&"
    return " ".join(text.split())


def _text_rect(widget: QWidget) -> QRect:
    """Where the widget draws its words, in its own coordinates (checkbox indicator left out)."""
    style = widget.style()
    if isinstance(widget, QCheckBox | QRadioButton | QPushButton):
        opt = QStyleOptionButton()
        opt.initFrom(widget)
        opt.text, opt.icon, opt.iconSize = widget.text(), widget.icon(), widget.iconSize()
        element = QStyle.SubElement.SE_PushButtonContents
        if isinstance(widget, QCheckBox):
            element = QStyle.SubElement.SE_CheckBoxContents
        elif isinstance(widget, QRadioButton):
            element = QStyle.SubElement.SE_RadioButtonContents
        box = style.subElementRect(element, opt, widget)
        if widget.icon().isNull():  # just the words: not a focus frame drawn around them
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            if element == QStyle.SubElement.SE_PushButtonContents:
                align = Qt.AlignmentFlag.AlignCenter
            flags = int(align) | int(Qt.TextFlag.TextShowMnemonic)
            words = style.itemTextRect(widget.fontMetrics(), box, flags, True, widget.text())
            box = words.adjusted(-1, -1, 1, 1)  # and the antialiased rim
        return box & widget.rect()
    if isinstance(widget, QGroupBox):
        opt = QStyleOptionGroupBox()
        opt.initFrom(widget)
        opt.text, opt.textAlignment = widget.title(), widget.alignment()
        opt.subControls = QStyle.SubControl.SC_GroupBoxLabel | QStyle.SubControl.SC_GroupBoxFrame
        label = QStyle.SubControl.SC_GroupBoxLabel
        return style.subControlRect(QStyle.ComplexControl.CC_GroupBox, opt, label, widget)
    if isinstance(widget, QLabel):
        return widget.contentsRect()
    return widget.rect().adjusted(3, 3, -3, -3)


def _clip_rect(widget: QWidget) -> QRect:
    """The part of `widget` its ancestors let show, in window coordinates (empty: scrolled out)."""
    window, ancestor = widget.window(), widget
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    while ancestor is not window:
        ancestor = ancestor.parentWidget()
        rect &= QRect(ancestor.mapTo(window, QPoint(0, 0)), ancestor.size())
    return rect


def _grab(window: QWidget) -> tuple[np.ndarray, float]:
    """The window's pixels as an (h, w, 3) RGB array, and its device pixel ratio."""
    pixmap = window.grab()
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)
    raw = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
    bgra = raw[:, : image.width() * 4].reshape(image.height(), image.width(), 4)
    return bgra[..., 2::-1].copy(), pixmap.devicePixelRatio()  # a copy: the QImage dies here


def measure_text(
    widget: QWidget, grab: tuple[np.ndarray, float] | None = None
) -> TextPixels | None:
    """Background (commonest colour) and text colour where `widget` draws its words, or None
    when it shows no text or is scrolled out of view. `grab` reuses a _grab() of its window."""
    if not _text(widget) or not widget.isVisible():
        return None
    window, box = widget.window(), _text_rect(widget)
    whole = QRect(widget.mapTo(window, box.topLeft()), box.size())
    area = whole & _clip_rect(widget)
    if area.isEmpty():
        return None
    pixels, dpr = grab or _grab(window)
    top, left = round(area.top() * dpr), round(area.left() * dpr)
    crop = pixels[top : round((area.bottom() + 1) * dpr), left : round((area.right() + 1) * dpr)]
    flat = crop.reshape(-1, 3).astype(np.int32)
    colours, counts = np.unique(flat, axis=0, return_counts=True)
    bg = colours[counts.argmax()]
    background = QColor(*map(int, bg))
    differ = flat[np.abs(flat - bg).max(axis=1) > DIFFERS]
    if len(differ) < MIN_PIXELS:
        if area != whole:
            return None  # partly scrolled out, and no words in the part in view: nothing to judge
        return TextPixels(1.0, background, background, len(differ))
    ratios = _ratio(_luminance(differ), _luminance(bg))
    order = np.argsort(ratios)[::-1]
    pick = order[max(MIN_PIXELS - 1, int(len(order) * TOP_SHARE))]
    return TextPixels(float(ratios[pick]), background, QColor(*map(int, differ[pick])), len(differ))


def _describe(widget: QWidget) -> str:
    """E.g. "QLabel 'Numbness' in QPushButton#numbness" (text, class, owning button)."""
    name = f"{type(widget).__name__} {_text(widget) or widget.accessibleName()!r}"
    owner = widget.parentWidget()
    while owner is not None and not owner.isWindow():
        if isinstance(owner, QAbstractButton):
            return f"{name} in {type(owner).__name__}#{owner.objectName() or '?'}"
        owner = owner.parentWidget()
    return name


def _text_widgets(root: QWidget) -> list[QWidget]:
    kinds = (QLabel, QAbstractButton, QGroupBox)
    widgets = [root, *root.findChildren(QWidget)]
    return [w for w in widgets if isinstance(w, kinds) and w.isVisible() and _text(w)]


def visible_text_widgets(root: QWidget) -> list[QWidget]:
    """Shown labels, buttons and group-box titles with words, at least partly in view."""
    return [w for w in _text_widgets(root) if not _clip_rect(w).isEmpty()]


def clipped_text_widgets(root: QWidget) -> list[QWidget]:
    """Shown text widgets entirely clipped away, e.g. scrolled out inside a QScrollArea."""
    return [w for w in _text_widgets(root) if _clip_rect(w).isEmpty()]


def text_contrast(widget: QWidget) -> float | None:
    """Contrast of the drawn text against the pixels behind it (1.0: invisible), None if none."""
    found = measure_text(widget)
    return None if found is None else found.ratio


def low_contrast(
    root: QWidget, minimum: float = 4.5, *, include_disabled: bool = False
) -> list[tuple[str, float]]:
    """(description, ratio) for each visible text widget under `minimum` (WCAG AA: 4.5).

    Disabled controls are skipped unless asked: WCAG 1.4.3 exempts inactive components.
    The same minimum applies to large text, where WCAG would accept 3:1."""
    assert root.window().isVisible(), "show the window before looking at its pixels"
    grabs: dict[int, tuple[np.ndarray, float]] = {}
    found = []
    for widget in visible_text_widgets(root):
        if not include_disabled and not widget.isEnabled():
            continue
        grab = grabs.setdefault(id(widget.window()), _grab(widget.window()))
        seen = measure_text(widget, grab)
        if seen is not None and seen.ratio < minimum:
            colours = f"{seen.text.name()} on {seen.background.name()}"
            found.append((f"{_describe(widget)}: {colours}", round(seen.ratio, 2)))
    return found


def _rect_text(rect: QRect) -> str:
    return f"({rect.x()}, {rect.y()}, {rect.width()}x{rect.height()})"


def outside_screen(root: QWidget, screen: QRect, frame: QMargins | None = None) -> list[str]:
    """The window (with its frame) and each shown button whose on-screen rectangle is not
    fully inside `screen` (the available geometry). `frame` stands in for a window manager's
    frame (e.g. OPENBOX_FRAME); by default the platform's frameGeometry() is used."""
    window = root.window()
    outer = window.frameGeometry() if frame is None else window.geometry().marginsAdded(frame)
    where = f"outside {_rect_text(screen)}"
    found = [] if screen.contains(outer) else [f"window {_rect_text(outer)} {where}"]
    for button in [root, *root.findChildren(QAbstractButton)]:
        if not isinstance(button, QAbstractButton) or not button.isVisible():
            continue
        part = _clip_rect(button)
        shown = QRect(button.window().mapToGlobal(part.topLeft()), part.size())
        if not part.isEmpty() and not screen.contains(shown):
            found.append(f"{_describe(button)} at {_rect_text(shown)} {where}")
    return found


def clipped_in_window(root: QWidget) -> list[str]:
    """Shown buttons not fully inside their window's visible area (cut off or scrolled out)."""
    found = []
    for button in root.findChildren(QAbstractButton):
        if button.isVisible() and _clip_rect(button).size() != button.size():
            found.append(f"{_describe(button)} shows {_rect_text(_clip_rect(button))} of itself")
    return found


def accessible_name(widget: QWidget) -> str:
    """The name Qt hands AT-SPI (a screen reader reads this, not the pixels)."""
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def accessible_role(widget: QWidget) -> QAccessible.Role:
    """Qt's role (CheckBox becomes AT-SPI "check box", Button "push button")."""
    return QAccessible.queryAccessibleInterface(widget).role()


def accessible_value(widget: QWidget) -> Any:
    """The Value interface's current value (sliders, progress bars, spin boxes), else None."""
    value = QAccessible.queryAccessibleInterface(widget).valueInterface()
    return None if value is None else value.currentValue()


def name_mismatches(root: QWidget, *, exact: bool = True) -> list[str]:
    """Text widgets whose accessible name is not their visible words (case and spacing aside):
    Orca reads a label only by its name, and a speech user says what they see. With
    exact=False only a name that does not contain the words counts (WCAG 2.5.3 minimum)."""
    found = []
    for widget in visible_text_widgets(root):
        shown, name = _text(widget).casefold(), " ".join(accessible_name(widget).split())
        if (shown != name.casefold()) if exact else (shown not in name.casefold()):
            found.append(f"{_describe(widget)} is named {name!r}")
    return found


def unnamed_controls(root: QWidget) -> list[str]:
    """Shown controls with no accessible name: Orca says only their role ("slider").
    DESIGN.md §7: every control has an accessible name (a form label's buddy gives one)."""
    kinds = (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit)
    found = []
    for widget in root.findChildren(QWidget):
        inner = isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)
        control = isinstance(widget, kinds) and widget.isVisible() and not inner
        if control and not accessible_name(widget).strip():
            found.append(f"{type(widget).__name__}#{widget.objectName() or '?'}")
    return found


def place_framed(window: QWidget, frame: QMargins = OPENBOX_FRAME) -> None:
    """Move a shown window where a window manager puts a new one: centred in its screen's
    available area with `frame` around it, the title bar never above the top."""
    area, outer = window.screen().availableGeometry(), window.geometry().marginsAdded(frame)
    x = area.x() + max(0, (area.width() - outer.width()) // 2) + frame.left()
    y = area.y() + max(0, (area.height() - outer.height()) // 2) + frame.top()
    window.setGeometry(QRect(QPoint(x, y), window.size()))
    QApplication.processEvents()


def check_on_screen(window: QWidget, frame: QMargins = OPENBOX_FRAME) -> dict[str, Any]:
    """Place a shown window as a window manager would, then report (as JSON-ready lists) what
    a person would trip over: outside the screen, cut off, low contrast, misnamed."""
    place_framed(window, frame)
    area = window.screen().availableGeometry()
    return {
        "screen": list(area.getRect()),
        "window": list(window.geometry().marginsAdded(frame).getRect()),
        "outside": outside_screen(window, area, frame),
        "clipped": clipped_in_window(window),
        "text_out_of_view": [_describe(w) for w in clipped_text_widgets(window)],
        "low_contrast": low_contrast(window),
        "name_mismatches": name_mismatches(window),
        "unnamed": unnamed_controls(window),
    }


def screen_rect(size: str) -> QRect:
    """The whole screen of tests/helpers/screens/SIZE.json, e.g. screen_rect("1366x768")."""
    spec = json.loads((SCREENS / f"{size}.json").read_text())["screens"][0]
    return QRect(spec["x"], spec["y"], spec["width"], spec["height"])


def run_in_screen(
    size: str, target: Callable[..., Any] | str, *args: Any, dpr: int = 1, timeout: float = 60.0
) -> Any:
    """Run target(*args) in a child whose offscreen screen is `size` ("1366x768") at `dpr`,
    and return its JSON result. `target`: an importable function, "module:function", or
    Python code that sets `result`. A Qt warning in the child fails, as in the test process."""
    config = json.loads((SCREENS / f"{size}.json").read_text())
    for spec in config["screens"]:  # dpr 2: the same logical size, twice the pixels
        spec.update(width=spec["width"] * dpr, height=spec["height"] * dpr)
        spec.update(logicalDpi=96 * dpr, logicalBaseDpi=96)
    if callable(target):
        target = f"{target.__module__}:{target.__qualname__}"
    with tempfile.TemporaryDirectory(prefix="sc-screen-") as tmp:
        screen, call = Path(tmp, "screen.json"), Path(tmp, "call.json")
        screen.write_text(json.dumps(config))
        call.write_text(json.dumps({"target": target, "args": args}))
        env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
        env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
        code = "import sys, tests.helpers.seen as s; s._child_main(sys.argv[1])"
        cmd = [sys.executable, "-W", "error", "-c", code, str(call)]
        done = subprocess.run(cmd, env=env, cwd=REPO, capture_output=True, timeout=timeout)
        answer = call.with_suffix(".out")
        if done.returncode or not answer.exists():
            stderr = done.stderr.decode(errors="replace")[-3000:]
            raise RuntimeError(f"{target} failed in a {size} screen ({done.returncode}):\n{stderr}")
        out = json.loads(answer.read_text())
    assert not out["warnings"], f"Qt warnings in the {size} child: {out['warnings']}"
    return out["result"]


def _call(target: str, args: list[Any], app: QApplication) -> Any:
    """Run the target; its widgets die with this frame, before the QApplication does."""
    if ":" in target and "\n" not in target:
        module, _, name = target.partition(":")
        function: Any = importlib.import_module(module)
        for part in name.split("."):
            function = getattr(function, part)
        return function(*args)
    scope: dict[str, Any] = {"args": args, "app": app}
    exec(target, scope)
    result = scope.get("result")
    scope.clear()
    return result


def _child_main(call_file: str) -> None:
    """The child side of run_in_screen(): make the QApplication, run the target, write JSON."""
    call, warnings = json.loads(Path(call_file).read_text()), []

    def keep(kind: QtMsgType, _context: object, message: str) -> None:
        quiet = kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)
        if not quiet and not message.startswith(QT_NOISE):
            warnings.append(message)

    qInstallMessageHandler(keep)
    app = QApplication(["seen-child"])
    result = _call(call["target"], call["args"], app)
    app.closeAllWindows()
    app.shutdown()
    out = {"result": result, "warnings": warnings}
    Path(call_file).with_suffix(".out").write_text(json.dumps(out))
