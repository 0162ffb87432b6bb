"""Shows why a routine file could not be opened, line by line; the app carries on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ...core.problems import Problem


class ProblemsDialog(QDialog):
    def __init__(
        self, file_name: str, problems: list[Problem], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("This routine file cannot be opened")
        self.setModal(True)
        lay = QVBoxLayout(self)
        head = QLabel(
            f"<b>{file_name}</b> has {len(problems)} problem(s), so it was not opened. "
            "Nothing else was changed. Fix these lines and open it again:"
        )
        head.setWordWrap(True)
        lay.addWidget(head)
        self.text = QPlainTextEdit("\n".join(str(p) for p in problems))
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName("Problems found in the file")
        self.text.setMinimumSize(640, 200)
        lay.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)
