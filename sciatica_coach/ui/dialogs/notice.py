"""The safety notice: shown on first run and from Help. The app guides; it does not diagnose.

The warning signs and what to do come from the one table in `core.safety` and its words.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QPushButton, QTextBrowser, QWidget

from ...core.guidance import (
    see_someone_heading,
    see_someone_intro,
    see_someone_reasons,
    see_someone_urgent,
    stay_active_text,
)
from ...core.i18n import _
from ...core.safety import RED_FLAGS, Urgency
from ...core.safety_words import red_flag_question, urgency_heading
from .fitting import FittingDialog


def notice_html() -> str:
    parts = [
        "<h2>" + escape(_("Before you start")) + "</h2>",
        "<p>"
        + _(
            "Sciatica Coach guides you through exercises that you or your physiotherapist have "
            "chosen. <b>It does not diagnose</b>, and it cannot tell which exercises are right "
            "for you. Please see a clinician (a doctor or physiotherapist) before you start, and "
            "follow their advice over anything here."
        )
        + "</p>",
        "<p>"
        + _(
            "Move slowly and breathe. Stop an exercise if symptoms spread further down your "
            "leg, if you get new numbness, tingling or weakness, or if pain goes above 5 out of "
            "10; drills that must not hurt at all, such as nerve glides, stop at any pain. "
            "Press <b>Stop: this hurts</b> (or H) at any time: the app pauses at once and helps "
            "you choose an easier version."
        )
        + "</p>",
    ]
    parts.append("<p>" + escape(stay_active_text()) + "</p>")
    for urgency in Urgency:
        items = "".join(
            f"<li>{escape(red_flag_question(f.id))}</li>" for f in RED_FLAGS if f.urgency is urgency
        )
        parts.append(f"<h3>{escape(urgency_heading(urgency))}</h3><ul>{items}</ul>")
    parts.append(see_someone_html(level=3))
    parts.append(
        "<p><small>"
        + escape(
            _("Everything you log stays on this computer. The app never connects to the internet.")
        )
        + "</small></p>"
    )
    return "".join(parts)


def see_someone_html(level: int = 2) -> str:
    """When to see a GP or physio (not urgent), and staying active."""
    items = "".join(f"<li>{escape(r)}</li>" for r in see_someone_reasons())
    return (
        f"<h{level}>{escape(see_someone_heading())}</h{level}>"
        f"<p>{escape(see_someone_intro())}</p><ul>{items}</ul>"
        f"<p>{escape(see_someone_urgent())}</p>"
    )


class SafetyNotice(FittingDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=820)
        self.setWindowTitle(_("Safety information"))
        self.text = QTextBrowser()
        self.text.setHtml(notice_html())
        self.text.setOpenLinks(False)
        self.text.setMinimumHeight(420)
        self.body.addWidget(self.text)
        self.ok_button = QPushButton(_("I understand"))
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.accept)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.ok_button)

    def fit(self) -> None:
        super().fit()
        room = self.available()
        self.resize(min(self.width(), room.width()), min(680, room.height()))


class SeeSomeone(FittingDialog):
    """Help > When to see your GP or physio: the routine (not urgent) reasons, and staying
    active; the warning signs stay in the safety notice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=760)
        self.setObjectName("seeSomeone")
        self.setWindowTitle(see_someone_heading())
        self.text = QTextBrowser()
        self.text.setHtml(
            see_someone_html() + "<h3>" + escape(_("Keep moving")) + "</h3>"
            f"<p>{escape(stay_active_text())}</p>"
        )
        self.text.setOpenLinks(False)
        self.text.setMinimumHeight(360)
        self.body.addWidget(self.text)
        self.ok_button = QPushButton(_("Close"))
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.accept)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.ok_button)
