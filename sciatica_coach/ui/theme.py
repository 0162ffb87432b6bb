"""Colours and type: high contrast, light or dark following the system, scaled with Ctrl +/-."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

BASE_POINT_SIZE = 13.0
"""Body text at scale 1: larger than a desktop default, for reading from a metre or two."""
MIN_SCALE, MAX_SCALE = 0.75, 2.0


class Colors(NamedTuple):
    dark: bool
    window: str
    surface: str
    text: str
    muted: str
    accent: str
    accent_text: str
    rest: str
    warn: str
    stop: str
    stop_text: str
    track: str


LIGHT = Colors(
    dark=False,
    window="#f6f7f9",
    surface="#ffffff",
    text="#111418",
    muted="#4a5360",
    accent="#0b6e72",
    accent_text="#ffffff",
    rest="#2557a7",
    warn="#a8461c",
    stop="#b3261e",
    stop_text="#ffffff",
    track="#d5dae1",
)
DARK = Colors(
    dark=True,
    window="#121417",
    surface="#1c1f24",
    text="#f2f4f7",
    muted="#b4bcc8",
    accent="#3fc1c4",
    accent_text="#06191a",
    rest="#7fa8ff",
    warn="#ffb27a",
    stop="#d13438",  # white on it 4.9:1; against the dark window 3.7:1
    stop_text="#ffffff",
    track="#3a4049",
)

HIGH_CONTRAST = Colors(
    dark=True,
    window="#000000",
    surface="#000000",  # cards and boxes are told apart by their borders, not a shade
    text="#ffffff",
    muted="#ffffff",  # no grey text at all
    accent="#ffd500",  # black on it 15:1; against black 14:1
    accent_text="#000000",
    rest="#8fd3ff",
    warn="#ffb27a",
    stop="#ff6161",  # black on it 7.5:1; against black 7.5:1
    stop_text="#000000",
    track="#a6a6a6",  # borders and the ring's track: 8.6:1 against black
)
"""White on black, yellow for what is chosen or next: each pair of these colours is at least
7:1 (WCAG AAA), the borders 8.6:1."""
THEMES = ("system", "light", "dark", "contrast")


def system_is_dark() -> bool:
    """Whether the desktop is in dark mode, judged from the platform's default palette.

    QStyleHints.colorScheme() would say it directly, but its Qt.ColorScheme result makes
    PySide6 build every enum of the Qt namespace (about 40 ms) before the first frame.
    """
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def colors_for(theme: str) -> Colors:
    """'light', 'dark', 'contrast' (high contrast), or 'system' (follow the desktop)."""
    if theme == "contrast":
        return HIGH_CONTRAST
    if theme == "dark":
        return DARK
    if theme == "light":
        return LIGHT
    return DARK if system_is_dark() else LIGHT


def apply(app: QApplication, colors: Colors, scale: float, *, rings: bool = True) -> None:
    """Set the style, palette and base font for the whole application; and the focus rings,
    unless `rings` is False (the first frame: `install_focus_rings` follows it)."""
    app.setStyle(QStyleFactory.create("Fusion"))
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: colors.window,
        QPalette.ColorRole.Base: colors.surface,
        QPalette.ColorRole.AlternateBase: colors.window,
        QPalette.ColorRole.Text: colors.text,
        QPalette.ColorRole.WindowText: colors.text,
        QPalette.ColorRole.Button: colors.surface,
        QPalette.ColorRole.ButtonText: colors.text,
        QPalette.ColorRole.Highlight: colors.accent,
        QPalette.ColorRole.HighlightedText: colors.accent_text,
        QPalette.ColorRole.ToolTipBase: colors.surface,
        QPalette.ColorRole.ToolTipText: colors.text,
        QPalette.ColorRole.PlaceholderText: colors.muted,
        QPalette.ColorRole.Link: colors.accent,
    }
    for role, value in roles.items():
        pal.setColor(role, QColor(value))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(colors.muted))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(colors.muted))
    app.setPalette(pal)
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * clamp_scale(scale))
    app.setFont(font)
    app.setStyleSheet(stylesheet(colors, scale))
    if rings:
        install_focus_rings(app)


def install_focus_rings(app: QApplication) -> None:
    """The keyboard's focus ring for every window (once). Not before the first frame: its
    module uses the Qt namespace, whose first use makes all of its ~90 enums (about 45 ms)."""
    from .focus_ring import install

    install(app)


def clamp_scale(scale: float) -> float:
    return max(MIN_SCALE, min(MAX_SCALE, scale))


HEADING_MAX_SCALE = 1.5
"""The player's drill title and cue (already 22-26 pt) grow with the text up to here, no
further: at 2x they would push the count off a laptop screen, and are large enough."""


def pt(size: float, scale: float) -> str:
    return f"{size * clamp_scale(scale):.1f}pt"


def _tick(c: Colors) -> str:
    """The check mark drawn on a ticked box, in the colour that reads on the accent."""
    from ..paths import asset

    return asset(f"icons/ui/tick-{'dark' if c.dark else 'light'}.svg").as_posix()


def stylesheet(c: Colors, scale: float) -> str:
    """Widget styles by object name; sizes in points so Ctrl +/- scales them all.

    Every state is drawn so it can be told apart from a metre or two: chosen tiles filled, focus
    as a thick ring in the text colour (visible on filled buttons too), disabled buttons flat and
    dashed."""
    box = f"{max(22, round(24 * clamp_scale(scale)))}px"
    return f"""
    /* Enter presses the focused button in the window, as it does in a dialog. */
    QMainWindow QPushButton {{ qproperty-autoDefault: true; }}
    QPushButton {{ padding: 8px 16px; border: 2px solid {c.track}; border-radius: 10px;
                   background: {c.surface}; color: {c.text}; }}
    QPushButton:hover {{ border-color: {c.accent}; }}
    QPushButton:checked {{ background: {c.accent}; color: {c.accent_text};
                          border-color: {c.accent}; }}
    QPushButton#primary {{ background: {c.accent}; color: {c.accent_text}; border-color: {c.accent};
                          font-weight: 600; }}
    QPushButton:focus, QPushButton#primary:focus, QPushButton:checked:focus {{
                   border: 3px solid {c.text}; }}
    QPushButton:disabled, QPushButton#primary:disabled {{ background: {c.window};
                   color: {c.muted}; border: 2px dashed {c.track}; font-weight: 400; }}
    QPushButton#stopButton {{ background: {c.stop}; color: {c.stop_text};
                             border: 3px solid {c.stop};
                             font-size: {pt(20, scale)}; font-weight: 700; padding: 12px 24px;
                             border-radius: 14px; }}
    QPushButton#stopButton:focus {{ border-color: {c.text}; }}
    QRadioButton#tile {{ padding: 6px 12px; border: 2px solid {c.track}; border-radius: 10px;
                        background: {c.surface}; color: {c.text}; spacing: 0px; }}
    QRadioButton#tile::indicator {{ width: 0px; height: 0px; }}
    QRadioButton#tile:hover {{ border-color: {c.accent}; }}
    QRadioButton#tile:checked {{ background: {c.accent}; color: {c.accent_text};
                                border-color: {c.accent}; font-weight: 700; }}
    QRadioButton#tile:focus {{ border: 3px solid {c.text}; }}
    QCheckBox {{ spacing: 10px; color: {c.text}; }}
    QCheckBox::indicator {{ width: {box}; height: {box}; border: 2px solid {c.muted};
                           border-radius: 5px; background: {c.surface}; }}
    QCheckBox::indicator:checked {{ background: {c.accent}; border-color: {c.accent};
                                   image: url({_tick(c)}); }}
    QCheckBox::indicator:focus {{ border: 3px solid {c.text}; }}
    QGroupBox {{ border: none; margin-top: 0px; padding-top: 1.4em; font-weight: 600; }}
    QGroupBox::title {{ subcontrol-origin: padding; subcontrol-position: top left;
                       padding: 0px; color: {c.text}; }}
    QFrame#card {{ background: {c.surface}; border: 2px solid {c.track}; border-radius: 14px; }}
    QFrame#card:hover {{ border-color: {c.accent}; }}
    QLabel#muted {{ color: {c.muted}; }}
    QLabel#chip {{ background: {c.track}; color: {c.text}; border-radius: 8px; padding: 2px 10px; }}
    QLabel#pageTitle {{ font-size: {pt(24, scale)}; font-weight: 700; }}
    QLabel#cardTitle {{ font-size: {pt(17, scale)}; font-weight: 700; }}
    QLabel#forWhom {{ font-weight: 700; }}
    QLabel#origin {{ color: {c.accent}; font-weight: 700; }}
    QLabel#demoBanner {{ background: {c.warn}; color: {c.window if c.dark else c.surface};
                        font-weight: 700;
                        padding: 4px; }}
    QLabel#pausedCard {{ background: {c.surface}; color: {c.text}; border: 4px solid {c.rest};
                        border-radius: 16px; font-size: {pt(24, scale)}; padding: 16px; }}
    QFrame#tile {{ background: {c.surface}; border: 2px solid {c.track}; border-radius: 12px; }}
    QLabel#tileValue {{ font-size: {pt(22, scale)}; font-weight: 700; }}
    QLabel#drillTitle {{ font-size: {pt(26, min(scale, HEADING_MAX_SCALE))}; font-weight: 700; }}
    QLabel#drillCount {{ font-size: {pt(16, scale)}; color: {c.muted}; }}
    QLabel#cueText {{ font-size: {pt(22, min(scale, HEADING_MAX_SCALE))}; font-weight: 600; }}
    QLabel#lead {{ font-size: {pt(16, scale)}; font-weight: 600; }}
    QLabel#advice {{ font-size: {pt(18, scale)}; font-weight: 600; color: {c.text};
                    background: {c.surface}; border: 3px solid {c.stop}; border-radius: 10px;
                    padding: 12px; }}
    QLabel#setSide {{ font-size: {pt(18, scale)}; color: {c.muted}; }}
    QLabel#caption {{ font-size: {pt(18, scale)}; font-weight: 600; color: {c.text}; }}
    QLabel#reason {{ color: {c.warn}; font-weight: 600; }}
    QLabel#notice {{ background: {c.surface}; color: {c.text}; border: 2px solid {c.warn};
                    border-radius: 10px; padding: 8px 12px; }}
    QProgressBar {{ border: none; background: {c.track}; border-radius: 5px; max-height: 10px; }}
    QProgressBar::chunk {{ background: {c.accent}; border-radius: 5px; }}
    """
