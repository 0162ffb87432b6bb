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

from ...core.i18n import _, ngettext

if TYPE_CHECKING:
    from ...core.problems import Problem


class ProblemsDialog(QDialog):
    def __init__(
        self, file_name: str, problems: list[Problem], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("This routine file cannot be opened"))
        self.setModal(True)
        lay = QVBoxLayout(self)
        head = QLabel(
            ngettext(
                "<b>{file}</b> has {n} problem, so it was not opened. Nothing else was "
                "changed. Fix this line and open it again:",
                "<b>{file}</b> has {n} problems, so it was not opened. Nothing else was "
                "changed. Fix these lines and open it again:",
                len(problems),
            ).format(file=file_name, n=len(problems))
        )
        head.setWordWrap(True)
        lay.addWidget(head)
        self.text = QPlainTextEdit("\n".join(str(p) for p in problems))
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(_("Problems found in the file"))
        self.text.setMinimumSize(640, 200)
        lay.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)
