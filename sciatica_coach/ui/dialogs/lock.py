"""Sessions wait after a warning sign until the person confirms a clinician has seen them.

It says which sign was reported and when, repeats what to do, and unlocks only on a deliberate
confirmation (a tick, then a button), never by pressing Enter past it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ...core.i18n import _
from ...core.safety_words import advice
from ...core.words import red_flag_report
from ..widgets.choices import WrapCheckBox
from .fitting import FittingDialog

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from ...services.prompts import RedFlagLock


class LockDialog(FittingDialog):
    def __init__(
        self, lock: RedFlagLock, now: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, width=820)
        self.setWindowTitle(_("Sessions are paused"))
        self.seen = False
        title = QLabel(_("Sessions are paused after a warning sign"))
        title.setObjectName("cardTitle")
        title.setWordWrap(True)
        self.body.addWidget(title)
        self.report = QLabel(red_flag_report(lock.flags, lock.at, now()))
        self.report.setWordWrap(True)
        self.body.addWidget(self.report)
        self.advice = QLabel(advice(lock.urgency, lock.contact))
        self.advice.setObjectName("advice")
        self.advice.setWordWrap(True)
        self.body.addWidget(self.advice)
        self.confirm = WrapCheckBox(
            _(
                "A doctor or physiotherapist has checked these symptoms since, and said I can "
                "exercise."
            )
        )
        self.body.addWidget(self.confirm)
        self.body.addStretch(1)
        self.not_yet_button = QPushButton(_("Not yet"))
        self.not_yet_button.setObjectName("primary")
        self.not_yet_button.setDefault(True)
        self.unlock_button = QPushButton(_("Start the session"))
        self.unlock_button.setEnabled(False)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.unlock_button)
        self.buttons.addWidget(self.not_yet_button)
        self.confirm.toggled.connect(self.unlock_button.setEnabled)
        self.not_yet_button.clicked.connect(self.reject)
        self.unlock_button.clicked.connect(self._unlock)

    def _unlock(self) -> None:
        self.seen = self.confirm.isChecked()
        self.accept()
