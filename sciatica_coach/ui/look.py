"""The look of the whole app: light, dark or the system's colours, the text size, and motion.

One object, shared by what draws: a change is applied to the application at once and the pages
that paint themselves (the player's widgets) are told through `changed`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from . import theme

if TYPE_CHECKING:
    from ..services.settings_store import SettingsStore

SCALE_STEP = 0.1


class Look(QObject):
    changed = Signal(object)  # Colors

    def __init__(
        self, theme_name: str = "system", scale: float = 1.0, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.theme_name = theme_name
        self.scale = theme.clamp_scale(scale)
        self.colors = theme.colors_for(theme_name)
        self.settings: SettingsStore | None = None

    @property
    def reduce_motion(self) -> bool:
        """Less movement in the player: the person's setting, or the computer's own."""
        from .motion import system_reduces_motion

        own = self.settings is not None and self.settings.settings.reduce_motion
        return own or system_reduces_motion()

    def apply(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, self.colors, self.scale)
        self.changed.emit(self.colors)

    def set_scale(self, scale: float) -> None:
        self.scale = theme.clamp_scale(round(scale, 2))
        self.apply()
        if self.settings is not None and self.settings.settings.font_scale != self.scale:
            self.settings.settings.font_scale = self.scale
            self.settings.save()

    def bigger(self) -> None:
        self.set_scale(self.scale + SCALE_STEP)

    def smaller(self) -> None:
        self.set_scale(self.scale - SCALE_STEP)

    def set_theme(self, name: str) -> None:
        self.theme_name = name
        self.colors = theme.colors_for(name)
        self.apply()
        s = self.settings
        if s is not None and s.settings.theme != name:
            s.settings.theme = name  # type: ignore[assignment]  # checked by the model
            s.save()
