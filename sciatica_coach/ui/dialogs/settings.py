"""Settings: sound, voice, counting aloud, screen flash, theme and text size; remembered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ...storage.settings import Settings

THEMES = [("system", "Follow the computer"), ("light", "Light"), ("dark", "Dark")]


class SettingsDialog(QDialog):
    def __init__(
        self, settings: Settings, *, voice_note: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setModal(True)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.sound = QCheckBox("Play sounds for each step")
        self.voice = QCheckBox('Speak short prompts ("Hold", "Switch sides")')
        self.count = QCheckBox("Count reps aloud")
        self.flash = QCheckBox("Flash the screen with each sound")
        for box, value in (
            (self.sound, settings.sound_on),
            (self.voice, settings.voice_on),
            (self.count, settings.count_aloud),
            (self.flash, settings.screen_flash),
        ):
            box.setChecked(value)
            form.addRow(box)
        if voice_note:
            note = QLabel(voice_note)
            note.setObjectName("muted")
            note.setWordWrap(True)
            form.addRow(note)
        self.theme = QComboBox()
        for name, words in THEMES:
            self.theme.addItem(words, name)
        self.theme.setCurrentIndex([v for v, _ in THEMES].index(settings.theme))
        form.addRow("Colours", self.theme)
        self.scale = QDoubleSpinBox()
        self.scale.setRange(0.75, 2.0)
        self.scale.setSingleStep(0.1)
        self.scale.setValue(settings.font_scale)
        self.scale.setSuffix(" x")
        form.addRow("Text size (also Ctrl + and Ctrl -)", self.scale)
        lay.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def apply_to(self, settings: Settings) -> None:
        settings.sound_on = self.sound.isChecked()
        settings.voice_on = self.voice.isChecked()
        settings.count_aloud = self.count.isChecked()
        settings.screen_flash = self.flash.isChecked()
        settings.theme = self.theme.currentData()
        settings.font_scale = round(self.scale.value(), 2)
