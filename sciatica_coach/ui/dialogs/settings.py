"""Settings: sound, voice, counting aloud, screen flash, motion, theme, text size and reminders.

Reminders follow one routine's `frequency` (only routines whose frequency a reminder can follow
are offered) within the waking hours set here; they need a system tray, and where there is none
turning them on says so and leaves them off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSystemTrayIcon,
    QTimeEdit,
    QWidget,
)

from ...core.i18n import LANGUAGES, N_, _
from ...core.models import Frequency
from ...core.region import COUNTRIES
from ...core.reminders import no_tray_words
from ...core.words import frequency_words
from ..translation import use_country
from .fitting import FittingDialog

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ...core.models import Routine
    from ...storage.settings import Settings

THEMES = [
    ("system", N_("Follow the computer")),
    ("light", N_("Light")),
    ("dark", N_("Dark")),
    ("contrast", N_("High contrast")),
]
SIDES = [
    (None, N_("Ask me when a routine needs it")),
    ("left", N_("Left")),
    ("right", N_("Right")),
    ("both", N_("Both, or not sure")),
]
"""For drills on the affected side (a piriformis stretch, a nerve glide on that leg)."""
CLOCK = "HH:mm"


class SettingsDialog(FittingDialog):
    def __init__(
        self,
        settings: Settings,
        *,
        voice_note: str = "",
        routines: Iterable[Routine] = (),
        system_motion: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, width=620)
        self.setWindowTitle(_("Settings"))
        form = QFormLayout()
        self.sound = QCheckBox(_("Play sounds for each step"))
        self.voice = QCheckBox(_('Speak short prompts ("Hold", "Switch sides")'))
        self.count = QCheckBox(_("Count reps aloud"))
        self.flash = QCheckBox(_("Flash the screen with each sound"))
        self.motion = QCheckBox(_("Reduce motion (still figures, movement in steps)"))
        for box, value in (
            (self.sound, settings.sound_on),
            (self.voice, settings.voice_on),
            (self.count, settings.count_aloud),
            (self.flash, settings.screen_flash),
            (self.motion, settings.reduce_motion),
        ):
            box.setChecked(value)
            form.addRow(box)
        if voice_note:  # no voice here: the box says what will happen, not what was saved
            self.voice.setChecked(False)
            self.voice.setEnabled(False)
            note = QLabel(voice_note)
            note.setObjectName("muted")
            note.setWordWrap(True)
            form.addRow(note)
        if system_motion:  # the computer asks for less motion: on, whatever is saved
            self.motion.setChecked(True)
            self.motion.setEnabled(False)
            note = QLabel(_("Your computer is set to reduce motion, so the app moves less too."))
            note.setObjectName("muted")
            note.setWordWrap(True)
            form.addRow(note)
        self.theme = QComboBox()
        self.theme.setAccessibleName(_("Colours"))  # by its label, not its value
        for name, words in THEMES:
            self.theme.addItem(_(words), name)
        self.theme.setCurrentIndex([v for v, _words in THEMES].index(settings.theme))
        form.addRow(_("Colours"), self.theme)
        self.scale = QDoubleSpinBox()
        self.scale.setRange(0.75, 2.0)
        self.scale.setSingleStep(0.1)
        self.scale.setValue(settings.font_scale)
        self.scale.setSuffix(" x")
        form.addRow(_("Text size (also Ctrl + and Ctrl -)"), self.scale)
        self.side = QComboBox()
        self.side.setAccessibleName(_("Side of your sciatica"))
        for side, side_words in SIDES:
            self.side.addItem(_(side_words), side)
        self.side.setCurrentIndex([v for v, _words in SIDES].index(settings.affected_side))
        form.addRow(_("Side of your sciatica"), self.side)
        self._language_rows(form, settings)
        self.body.addLayout(form)
        self.body.addWidget(self._reminders_group(settings, routines))
        self.body.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons.addWidget(buttons)

    def _language_rows(self, form: QFormLayout, settings: Settings) -> None:
        """The language (used from the next start) and the country (whose emergency number
        the advice gives, used at once)."""
        self.language = QComboBox()
        self.language.setAccessibleName(_("Language"))
        self.language.addItem(_("The computer's language"), "system")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        form.addRow(_("Language"), self.language)
        note = QLabel(_("A new language is used the next time you open the app."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        form.addRow(note)
        self.country = QComboBox()
        self.country.setAccessibleName(_("Country, for the emergency number"))
        for code, words in COUNTRIES.items():
            self.country.addItem(_(words), code)
        self.country.setCurrentIndex(max(self.country.findData(settings.country), 0))
        form.addRow(_("Country, for the emergency number"), self.country)

    def _reminders_group(self, settings: Settings, routines: Iterable[Routine]) -> QGroupBox:
        group = QGroupBox(_("Reminders"))
        form = QFormLayout(group)
        self.reminders = QCheckBox(_("Remind me to do my routine (from the system tray)"))
        form.addRow(self.reminders)
        self.routine = QComboBox()
        self.routine.setAccessibleName(_("Routine to be reminded of"))
        followable = sorted(
            (r for r in routines if isinstance(r.frequency, Frequency)), key=lambda r: r.title
        )
        for routine in followable:
            assert routine.frequency is not None
            words = frequency_words(routine.frequency)
            self.routine.addItem(f"{routine.title}: {words}", routine.id)
        chosen = self.routine.findData(settings.reminder_routine)
        self.routine.setCurrentIndex(max(chosen, 0))
        form.addRow(_("Routine"), self.routine)
        self.waking_start = _time_edit(settings.waking_start, _("Waking hours start"))
        self.waking_end = _time_edit(settings.waking_end, _("Waking hours end"))
        form.addRow(_("Awake from"), self.waking_start)
        form.addRow(_("until"), self.waking_end)
        hint = QLabel(
            _(
                "Off unless you turn them on, and kept on this computer. Nudges come only "
                "during your waking hours, at the times the routine's frequency gives; each "
                "offers Snooze 15 minutes and Done for today. While they are on, closing the "
                "window keeps the app in the system tray."
            )
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        form.addRow(hint)
        self.message = QLabel()
        self.message.setObjectName("reason")
        self.message.setWordWrap(True)
        self.message.hide()
        form.addRow(self.message)
        if not followable:
            self.routine.setEnabled(False)
            self.reminders.setEnabled(False)
            self._say(
                _(
                    "None of your routines says how often to do it in a way a reminder can "
                    "follow (every few hours, or times a day); a frequency in plain words sets "
                    "no reminder. Your physio can add one to your routine file."
                )
            )
        elif settings.reminders_on and QSystemTrayIcon.isSystemTrayAvailable():
            self.reminders.setChecked(True)
        elif settings.reminders_on:
            self._say(no_tray_words())
        self.reminders.toggled.connect(self._reminders_toggled)
        return group

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()

    def _reminders_toggled(self, on: bool) -> None:
        if on and not QSystemTrayIcon.isSystemTrayAvailable():
            with QSignalBlocker(self.reminders):
                self.reminders.setChecked(False)
            self._say(no_tray_words())
        elif self.message.text() == no_tray_words():
            self.message.hide()

    def accept(self) -> None:
        if not self.waking_start.time() < self.waking_end.time():
            self._say(_("Waking hours must end after they start, before midnight."))
            self.waking_end.setFocus()
            return
        super().accept()

    def apply_to(self, settings: Settings) -> None:
        settings.sound_on = self.sound.isChecked()
        if self.voice.isEnabled():
            settings.voice_on = self.voice.isChecked()
        settings.count_aloud = self.count.isChecked()
        settings.screen_flash = self.flash.isChecked()
        if self.motion.isEnabled():
            settings.reduce_motion = self.motion.isChecked()
        settings.theme = self.theme.currentData()
        settings.affected_side = self.side.currentData()
        settings.language = self.language.currentData()
        settings.country = self.country.currentData()
        use_country(settings.country)  # the advice names the right number from now on
        settings.font_scale = round(self.scale.value(), 2)
        settings.reminders_on = self.reminders.isChecked()
        routine = self.routine.currentData()
        if routine is not None:
            settings.reminder_routine = routine
        settings.set_waking_hours(
            self.waking_start.time().toString(CLOCK), self.waking_end.time().toString(CLOCK)
        )


def _time_edit(hhmm: str, name: str) -> QTimeEdit:
    edit = QTimeEdit(QTime.fromString(hhmm, CLOCK))
    edit.setDisplayFormat(CLOCK)
    edit.setAccessibleName(name)
    return edit
