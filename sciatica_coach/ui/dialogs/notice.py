"""The safety notice: shown on first run and from Help. The app guides; it does not diagnose."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ...core.safety import RED_FLAGS, Urgency

URGENCY_HEADINGS = {
    Urgency.EMERGENCY: "Get emergency help now (999 in the UK, 112 in Europe, 911 in the US) if "
    "you have:",
    Urgency.SAME_DAY: "See a doctor the same day if you have:",
    Urgency.SOON: "Stop and get advice soon if you have:",
}


def notice_html() -> str:
    parts = [
        "<h2>Before you start</h2>",
        "<p>Sciatica Coach guides you through exercises that you or your physiotherapist have "
        "chosen. <b>It does not diagnose</b>, and it cannot tell which exercises are right for "
        "you. Please see a clinician (a doctor or physiotherapist) before you start, and follow "
        "their advice over anything here.</p>",
        "<p>Move slowly and breathe. Stop an exercise if symptoms spread further down your "
        "leg, if you get new numbness, tingling or weakness, or if pain goes above 5 out of "
        "10. Press <b>Stop: this hurts</b> (or H) at any time: the app pauses at once and "
        "helps you choose an easier version.</p>",
    ]
    for urgency in Urgency:
        items = "".join(f"<li>{escape(f.question)}</li>" for f in RED_FLAGS if f.urgency is urgency)
        parts.append(f"<h3>{escape(URGENCY_HEADINGS[urgency])}</h3><ul>{items}</ul>")
    parts.append(
        "<p>Also see a doctor soon if you have a history of cancer, unexplained weight loss, "
        "pain at night that does not ease, new back pain under 20 or over 50, a recent fall "
        "or injury, osteoporosis, or long-term steroid use.</p>"
        "<p><small>Everything you log stays on this computer. The app never connects to the "
        "internet.</small></p>"
    )
    return "".join(parts)


class SafetyNotice(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Safety information")
        self.setModal(True)
        self.resize(760, 620)
        lay = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setHtml(notice_html())
        self.text.setAccessibleName("Safety information")
        lay.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.ok_button = QPushButton("I understand")
        self.ok_button.setObjectName("primary")
        self.ok_button.clicked.connect(self.accept)
        row.addWidget(self.ok_button)
        lay.addLayout(row)
