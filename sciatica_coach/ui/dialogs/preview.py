"""A routine before starting it: who it is for, its cautions, every drill, and a printout."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QUrl, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QPushButton, QTextBrowser, QWidget

from ...core.figures import shipped_figures
from ...core.i18n import N_, _, ngettext
from ...core.plan import dose_words, duration_words
from ...core.plan_words import position_words
from ...core.safety_words import warning_signs_summary
from ...core.sources import source_words
from ...core.words import frequency_words
from ..figure_render import render_image
from .fitting import FittingDialog

if TYPE_CHECKING:
    from pathlib import Path

    from ...core.library import Catalogue
    from ...core.models import Routine
    from ...core.plan import Plan


CAUTIONS, DRILLS = N_("Cautions"), N_("Drills")


def _labelled(label: str, text: str) -> str:
    return f"<p><b>{escape(label)}</b> {escape(text)}</p>"


def _drills(n: int) -> str:
    return ngettext("{n} drill", "{n} drills", n).format(n=n)


def routine_html(routine: Routine, plan: Plan) -> str:
    """The routine as a printable page: the same words the player shows."""
    often = f" {escape(frequency_words(routine.frequency))}." if routine.frequency else ""
    parts = [
        f"<h1>{escape(routine.title)}</h1>",
        f"<p><b>{duration_words(plan.total_ms)}</b>, "
        f"{escape(_drills(len(plan.drills)))}.{often}</p>",
    ]
    if routine.summary:
        parts.append(f"<p>{escape(routine.summary)}</p>")
    if routine.for_:
        parts.append(_labelled(_("For:"), routine.for_))
    if routine.audience:
        parts.append(_labelled(_("Who it is for:"), routine.audience))
    if routine.contact:
        parts.append(_labelled(_("Questions:"), routine.contact.words()))
    if routine.cautions:
        items = "".join(f"<li>{escape(c)}</li>" for c in routine.cautions)
        parts.append(f"<h3>{escape(_(CAUTIONS))}</h3><ul>{items}</ul>")
    parts.append(f"<h3>{escape(_(DRILLS))}</h3><ol>")
    for drill in plan.drills:
        ex = drill.exercise
        cues = "".join(f"<li>{escape(c)}</li>" for c in ex.cues)
        note = f"<p><i>{escape(drill.note)}</i></p>" if drill.note else ""
        if drill.frequency:
            often = _("How often: {when}").format(when=frequency_words(drill.frequency))
            note += f"<p><b>{escape(often)}</b></p>"
        if drill.stop_note:
            said = _("Your physio says: {note}").format(note=drill.stop_note)
            note += f"<p>{escape(said)}</p>"
        parts.append(
            f"<li><b>{escape(drill.title)}</b> &mdash; {escape(dose_words(drill))}<br>"
            f"{_figures_html(ex.id, ex.kind.value)}"
            f"<i>{escape(ex.position_text or position_words(ex.position))}</i>"
            f"<ul>{cues}</ul>{note}<p><small>{escape(ex.caution)}</small></p></li>"
        )
    parts.append("</ol>")
    signs = _("Warning signs")
    parts.append(f"<h3>{escape(signs)}</h3><p>{escape(warning_signs_summary())}</p>")
    sources = (
        escape(
            _("Sources: {names}.").format(names="; ".join(source_words(s) for s in routine.sources))
        )
        + " "
        if routine.sources
        else ""
    )
    limits = _("This routine guides exercise; it does not diagnose.")
    spread = _("Stop if symptoms spread down the leg.")
    parts.append(f"<p><small>{sources}{escape(limits)} {escape(spread)}</small></p>")
    return "".join(parts)


PAPERS = {"A4 (PDF) (*.pdf)": "a4", "US Letter (PDF) (*.pdf)": "letter"}
"""The handout's paper, chosen by the save dialog's filter."""
FIGURE_PX = (180, 120)
"""How large each figure is on the page (drawn at twice this, for print)."""


def _figures_html(exercise_id: str, kind: str) -> str:
    """The drill's figure at the start and the end of a rep (one picture for breathing)."""
    if exercise_id not in shipped_figures().figures:
        return ""
    w, h = FIGURE_PX
    moments = [("0", _("Start"))]
    if kind != "breathing":
        moments.append(("1", _("End") if kind == "reps" else _("Hold")))
    cells = "".join(
        f'<td align="center"><img src="{_figure_url(exercise_id, at)}" width="{w}" '
        f'height="{h}"><br><small>{escape(label)}</small></td>'
        for at, label in moments
    )
    return f"<table cellspacing='6'><tr>{cells}</tr></table>"


def _figure_url(exercise_id: str, at: str) -> str:
    return f"figure:{exercise_id}/{at}"


def add_figure_images(doc: QTextDocument, plan: Plan) -> None:
    """Draw the pictures `routine_html` refers to into the document that shows it."""
    w, h = FIGURE_PX
    book = shipped_figures()
    for exercise_id in {d.exercise.id for d in plan.drills} & set(book.figures):
        for at in ("0", "1"):
            image = render_image(
                exercise_id, float(at), size=(2 * w, 2 * h), book=book, background=False
            )
            url = QUrl(_figure_url(exercise_id, at))
            doc.addResource(QTextDocument.ResourceType.ImageResource, url, image)


def write_routine_pdf(routine: Routine, plan: Plan, path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(routine.title)
    writer.setCreator("Sciatica Coach")
    routine_document(routine, plan).print_(writer)


def routine_document(routine: Routine, plan: Plan) -> QTextDocument:
    """The printable page with its pictures, as the PDF prints it."""
    doc = QTextDocument()
    add_figure_images(doc, plan)
    doc.setHtml(routine_html(routine, plan))
    return doc


class PreviewDialog(FittingDialog):
    startClicked = Signal()
    editClicked = Signal()

    def __init__(
        self,
        routine: Routine,
        plan: Plan,
        parent: QWidget | None = None,
        *,
        catalogue: Catalogue | None = None,
        edit: str | None = None,
    ) -> None:
        """With the `catalogue`, the PDF is the handout (`ui.handout`); `edit` ("edit" or
        "copy") adds a button that opens the routine in the editor."""
        super().__init__(parent, width=860)
        self.routine, self.plan, self.catalogue = routine, plan, catalogue
        self.setWindowTitle(routine.title)
        self.browser = QTextBrowser()
        add_figure_images(self.browser.document(), plan)
        self.browser.setHtml(routine_html(routine, plan))
        self.browser.setAccessibleName(_("Routine details"))
        self.browser.setMinimumHeight(380)
        self.body.addWidget(self.browser)
        row = self.buttons
        self.pdf_button = QPushButton(_("Save as PDF…"))
        self.pdf_button.setAccessibleName(_("Save the routine as a PDF to print"))
        self.pdf_button.clicked.connect(self._save_pdf)
        if catalogue is not None:
            self.pdf_button.setText(_("Handout (PDF)…"))
            self.pdf_button.setAccessibleName(_("Save the handout to print"))
        self.edit_button = QPushButton(_("Edit…") if edit == "edit" else _("Copy and edit…"))
        self.edit_button.setVisible(edit is not None)
        self.edit_button.clicked.connect(self._edit)
        close = QPushButton(_("Close"))
        close.clicked.connect(self.reject)
        start = QPushButton(_("Start"))
        start.setObjectName("primary")
        start.setAccessibleName(_("Start {title}").format(title=routine.title))
        start.clicked.connect(self._start)
        row.addWidget(self.pdf_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        row.addWidget(close)
        row.addWidget(start)

    def fit(self) -> None:
        super().fit()
        room = self.available()
        self.resize(min(self.width(), room.width()), min(680, room.height()))

    def _save_pdf(self) -> None:
        from pathlib import Path

        if self.catalogue is not None:
            from ..handout import write_handout

            name, chosen = QFileDialog.getSaveFileName(
                self, _("Save the handout"), f"{self.routine.id}.pdf", ";;".join(PAPERS)
            )
            if name:
                paper = PAPERS.get(chosen, "a4")
                write_handout(self.routine, self.catalogue, Path(name), paper=paper)  # type: ignore[arg-type]
            return
        name, _chosen = QFileDialog.getSaveFileName(
            self, _("Save the routine as PDF"), f"{self.routine.id}.pdf", "PDF (*.pdf)"
        )
        if name:
            write_routine_pdf(self.routine, self.plan, Path(name))

    def _start(self) -> None:
        self.accept()
        self.startClicked.emit()

    def _edit(self) -> None:
        self.accept()
        self.editClicked.emit()
