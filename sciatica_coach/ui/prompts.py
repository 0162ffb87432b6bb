"""The window's answers to the services' questions: each is a dialog that calls back when closed.

`services.prompts.Prompts` is the interface; this is its Qt face. One question is open at a time
(`current`, which tests read); the dialogs are non-blocking (`open()`), so the session timer and
the window keep running while the person reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from ..core.i18n import _
from ..core.words import progression_text, which_side_text

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from PySide6.QtWidgets import QDialog, QWidget

    from ..core.progress import ProgressionOffer
    from ..core.sides import AffectedSide
    from ..services.prompts import CheckinAnswers, Moment, RedFlagLock, ResumeChoice


class QtPrompts:
    def __init__(
        self, parent: QWidget, names: Callable[[str], str], now: Callable[[], datetime]
    ) -> None:
        self.parent = parent
        self.names = names
        self.now = now
        self.current: QDialog | None = None

    def _open(self, dialog: QDialog, done: Callable[[int], None]) -> None:
        self.current = dialog

        def finished(result: int) -> None:
            if self.current is dialog:
                self.current = None
            done(result)
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def confirm(
        self, title: str, text: str, yes: str, no: str, answer: Callable[[bool], None]
    ) -> None:
        """A yes/no question about the window itself (leave a session, quit...)."""
        box = QMessageBox(self.parent)
        box.setObjectName("confirm")
        box.setWindowTitle(title)
        box.setText(text)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no_button)
        box.setEscapeButton(no_button)
        self._open(box, lambda _r: answer(box.clickedButton() is yes_button))

    def choose(
        self, title: str, text: str, buttons: list[str], answer: Callable[[int], None]
    ) -> None:
        """Several ways on; `answer` gets the index of the button chosen (the last one, the
        safe way back, also for Esc)."""
        box = QMessageBox(self.parent)
        box.setObjectName("choose")
        box.setWindowTitle(title)
        box.setText(text)
        made = [box.addButton(b, QMessageBox.ButtonRole.ActionRole) for b in buttons]
        box.setDefaultButton(made[-1])
        box.setEscapeButton(made[-1])

        def chosen(_result: int) -> None:
            clicked = box.clickedButton()
            found = [i for i, b in enumerate(made) if b is clicked]
            answer(found[0] if found else len(made) - 1)

        self._open(box, chosen)

    def safety_notice(self, done: Callable[[], None]) -> None:
        from .dialogs.notice import SafetyNotice

        dialog = SafetyNotice(self.parent)
        dialog.setObjectName("firstRunNotice")
        self._open(dialog, lambda _r: done())

    def check_in(self, moment: Moment, answer: Callable[[CheckinAnswers | None], None]) -> None:
        from .dialogs.checkin import CheckinDialog

        dialog = CheckinDialog(moment, self.parent)
        dialog.setObjectName(
            {"before": "checkinBefore", "after": "checkinAfter"}.get(moment, "checkinMorning")
        )
        self._open(dialog, lambda _r: answer(dialog.answers))

    def offer_progression(self, offer: ProgressionOffer, answer: Callable[[bool], None]) -> None:
        box = QMessageBox(self.parent)
        box.setObjectName("progressionOffer")
        box.setWindowTitle(_("Ready for a step up?"))
        box.setText(progression_text(offer, self.names))
        yes = box.addButton(
            _("Try {harder}").format(harder=self.names(offer.harder)),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(_("Not yet"), QMessageBox.ButtonRole.RejectRole)
        self._open(box, lambda _r: answer(box.clickedButton() is yes))

    def offer_resume(self, choice: ResumeChoice, answer: Callable[[bool], None]) -> None:
        box = QMessageBox(self.parent)
        box.setObjectName("resumeOffer")
        box.setWindowTitle(_("Carry on where you stopped?"))
        if choice.changed:
            box.setText(
                _(
                    "Your last session of {routine} stopped unexpectedly. Everything up to then "
                    "was saved. The routine has changed since (its file was updated), so it "
                    "would start again from the first drill."
                ).format(routine=choice.routine_title)
            )
            go = box.addButton(_("Start it from the beginning"), QMessageBox.ButtonRole.AcceptRole)
        else:
            number = choice.step + 1
            box.setText(
                _(
                    "Your last session of {routine} stopped unexpectedly at drill {n} of "
                    "{steps}. Everything up to then was saved."
                ).format(routine=choice.routine_title, n=number, steps=choice.steps)
            )
            go = box.addButton(
                _("Resume at drill {n}").format(n=number), QMessageBox.ButtonRole.AcceptRole
            )
        box.addButton(_("Not now"), QMessageBox.ButtonRole.RejectRole)
        self._open(box, lambda _r: answer(box.clickedButton() is go))

    def which_side(self, routine_title: str, answer: Callable[[AffectedSide | None], None]) -> None:
        sides: list[AffectedSide | None] = ["left", "right", "both", None]
        words = [_("Left"), _("Right"), _("Both, or not sure"), _("Ask me later")]

        def chosen(index: int) -> None:
            answer(sides[index])

        self.choose(
            _("Which side is your sciatica on?"),
            which_side_text(routine_title),
            words,
            chosen,
        )
        if self.current is not None:
            self.current.setObjectName("whichSide")

    def red_flag_lock(self, lock: RedFlagLock, answer: Callable[[bool], None]) -> None:
        from .dialogs.lock import LockDialog

        dialog = LockDialog(lock, self.now, self.parent)
        dialog.setObjectName("redFlagLock")
        self._open(dialog, lambda _r: answer(dialog.seen))
