"""Summary: what was done, skipped or stopped, and how long it took; after a warning sign, only
the advice. The tally holds facts; the sentences are made here, when the page is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.i18n import _, ngettext
from ..core.safety_words import advice, stop_rule_lines
from ..core.words import red_flag_report, times

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from ..services.tally import SessionTally


def _minutes(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return _("{s} s").format(s=seconds)
    return _("{m} min {s:02d} s").format(m=seconds // 60, s=seconds % 60)


class SummaryPage(QWidget):
    homeClicked = Signal()
    againClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(40, 30, 40, 30)
        lay.setSpacing(14)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        lay.addWidget(self.title)
        self.headline = QLabel()
        self.headline.setObjectName("cueText")
        self.headline.setWordWrap(True)
        lay.addWidget(self.headline)
        self.advice = QLabel()
        self.advice.setObjectName("advice")
        self.advice.setWordWrap(True)
        self.advice.hide()
        lay.addWidget(self.advice)
        self.unsaved = QLabel()
        self.unsaved.setObjectName("notice")
        self.unsaved.setWordWrap(True)
        self.unsaved.hide()
        lay.addWidget(self.unsaved)
        self.details = QLabel()
        self.details.setWordWrap(True)
        lay.addWidget(self.details)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        lay.addStretch(1)
        row = QHBoxLayout()
        self.home_button = QPushButton(_("Back to routines"))
        self.home_button.setObjectName("primary")
        self.home_button.clicked.connect(self.homeClicked.emit)
        self.again_button = QPushButton(_("Do it again"))
        self.again_button.clicked.connect(self.againClicked.emit)
        row.addWidget(self.home_button)
        row.addWidget(self.again_button)
        row.addStretch(1)
        lay.addLayout(row)

    def show_tally(self, t: SessionTally, names: Callable[[str], str], now: datetime) -> None:
        self.title.setText(t.routine_title)
        if t.red_flag is not None:
            self._show_red_flag(t, now)
            return
        self.advice.hide()
        self.details.show()
        self.note.show()
        self.again_button.show()
        done, planned = len(t.done), t.drills_planned - len(t.left_out)
        if t.complete and not t.skipped and not t.stopped:
            head = ngettext(
                "Well done: the drill is done.", "Well done: all {n} drills done.", done
            )
        elif t.complete:
            head = _("Routine finished: {done} of {planned} drills done.")
        else:
            head = _("Session ended early: {done} of {planned} drills done.")
        self.headline.setText(head.format(n=done, done=done, planned=planned))
        lines = [
            _("Time taken: {wall}; time exercising: {active}.").format(
                wall=_minutes(t.wall_s), active=_minutes(t.exercise_ms / 1000)
            )
        ]

        def listed(ids: list[str]) -> str:
            return ", ".join(names(i) for i in ids)

        if t.done:
            lines.append(_("Done: {drills}.").format(drills=listed(t.done)))
        if t.skipped:
            lines.append(_("Skipped: {drills}.").format(drills=listed(t.skipped)))
        if t.stopped:
            lines.append(_("Stopped because it hurt: {drills}.").format(drills=listed(t.stopped)))
        if t.left_out:
            lines.append(
                _("Left out (no easier version; ask your physio): {drills}.").format(
                    drills=listed(t.left_out)
                )
            )
        if t.hurt_events:
            lines.append(
                _("You pressed 'This hurts' {times}; each time is in your log.").format(
                    times=times(t.hurt_events)
                )
            )
        rules = stop_rule_lines({i: r for i, r in t.rules.items() if i in t.done}, names)
        if rules:
            lines.append("")
            lines.append(_("What to watch for, drill by drill:"))
            lines.extend(rules)
        self.details.setText("\n".join(lines))
        self.note.setText(
            _(
                "If symptoms spread further down the leg, or you feel worse the morning after "
                "twice in a row, consider talking to your physio."
            )
        )

    def show_unsaved(self, note: str | None) -> None:
        """The history could not be written: say so here, not 'Well done' alone."""
        self.unsaved.setText(note or "")
        self.unsaved.setVisible(bool(note))

    def _show_red_flag(self, t: SessionTally, now: datetime) -> None:
        """After a warning sign the advice is all the page says: no tally, no reassurance."""
        flag = t.red_flag
        assert flag is not None
        self.headline.setText(red_flag_report(flag.flags, flag.at, now))
        self.advice.setText(advice(flag.urgency, flag.contact))
        self.advice.show()
        self.details.clear()
        self.details.hide()
        self.note.clear()
        self.note.hide()
        self.again_button.hide()
