"""Summary: what was done and skipped, and how long it took."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


@dataclass
class SessionTally:
    """Built from the driver's DrillDone events while a session runs."""

    routine_title: str
    drills_planned: int
    done: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    stopped: list[str] = field(default_factory=list)
    exercise_ms: int = 0
    wall_s: float = 0.0
    complete: bool = False
    hurt_events: int = 0


def _minutes(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60} min {seconds % 60:02d} s" if seconds >= 60 else f"{seconds} s"


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
        self.details = QLabel()
        self.details.setWordWrap(True)
        lay.addWidget(self.details)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        lay.addStretch(1)
        row = QHBoxLayout()
        self.home_button = QPushButton("Back to routines")
        self.home_button.setObjectName("primary")
        self.home_button.setAccessibleName("Back to routines")
        self.home_button.clicked.connect(self.homeClicked.emit)
        self.again_button = QPushButton("Do it again")
        self.again_button.setAccessibleName("Do this routine again")
        self.again_button.clicked.connect(self.againClicked.emit)
        row.addWidget(self.home_button)
        row.addWidget(self.again_button)
        row.addStretch(1)
        lay.addLayout(row)

    def show_red_flag(self, advice: str) -> None:
        """After a red-flag answer the advice is the first thing on the page."""
        self.headline.setText(advice)
        self.headline.setObjectName("redFlag")
        self.headline.setStyleSheet(
            "color: palette(text); border: 3px solid #b3261e; border-radius: 10px; padding: 12px;"
        )
        self.again_button.hide()

    def show_tally(self, t: SessionTally) -> None:
        self.headline.setStyleSheet("")
        self.again_button.show()
        self.title.setText(t.routine_title)
        if t.complete and not t.skipped and not t.stopped:
            head = f"Well done: all {len(t.done)} drills done."
        elif t.complete:
            head = f"Routine finished: {len(t.done)} of {t.drills_planned} drills done."
        else:
            head = f"Session ended early: {len(t.done)} of {t.drills_planned} drills done."
        self.headline.setText(head)
        lines = [
            f"Time taken: {_minutes(t.wall_s)} (exercise time {_minutes(t.exercise_ms / 1000)})."
        ]
        if t.done:
            lines.append("Done: " + ", ".join(t.done) + ".")
        if t.skipped:
            lines.append("Skipped: " + ", ".join(t.skipped) + ".")
        if t.stopped:
            lines.append("Stopped because it hurt: " + ", ".join(t.stopped) + ".")
        if t.hurt_events:
            lines.append(f"'This hurts' pressed {t.hurt_events} time(s); each is in your log.")
        self.details.setText("\n".join(lines))
        self.note.setText(
            "Pain during exercise may reach 5 out of 10 if it settles by the next morning. "
            "If symptoms spread further down the leg, or you are worse the morning after "
            "twice in a row, consider talking to your physio."
        )
