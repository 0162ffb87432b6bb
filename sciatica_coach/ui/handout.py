"""The handout: a routine on paper for the patient to keep (on the fridge door).

Who it is for, how often, the physio's contact and cautions; then each drill with its start and
end figures, its dose and side, its cues, the physio's note and stop note and what to watch for;
then the warning signs, worded by `core.safety_words` as everywhere else in the app (the physio's
contact is never put beside the emergency advice). A4 or US Letter, drawn with QPainter on a
QPdfWriter: every block is measured first, and pages break between blocks, never inside one.
Used by `sciatica-coach handout` (imported inside that command only, like `report`), the routine
preview and the routine editor; runs offscreen without a display.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from .. import __version__
from ..core.figures import fallback_figure, shipped_figures
from ..core.i18n import _
from ..core.models import Kind, Sides
from ..core.plan import build_plan
from ..core.plan_words import capital, dose_words, duration_words, only_side_words, position_words
from ..core.safety import RED_FLAGS, Urgency
from ..core.safety_words import (
    red_flag_question,
    stop_rule_lines,
    urgency_heading,
)
from ..core.words import exercise_name, frequency_words
from ..storage.files import write_through
from .figure_render import ensure_gui, render_image
from .theme import LIGHT

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..core.library import Catalogue
    from ..core.models import Routine
    from ..core.plan import Drill, Plan

Paper = Literal["a4", "letter"]
PAPERS: dict[str, QPageSize.PageSizeId] = {
    "a4": QPageSize.PageSizeId.A4,
    "letter": QPageSize.PageSizeId.Letter,
}
RESOLUTION = 300
"""Dots per inch of the drawing (1 mm = 11.8 dots)."""
MARGIN_MM = 14.0
FIGURE_MM = (36.0, 24.0)
"""Each figure on paper; drawn at RESOLUTION, so about 425 x 280 pixels."""
GAP_MM = 5.0
FOOTER_MM = 9.0
INK = LIGHT.text
MUTED = LIGHT.muted
RULE = LIGHT.track
WARN = LIGHT.stop


@dataclass
class Block:
    """A piece of the handout that is never split across pages."""

    height: float
    paint: Callable[[float], None]
    """Draws the block with its top at y (device dots)."""
    step: int | None = None
    """The routine step of a drill's block (None for the heading and the warning signs)."""


def paginate(heights: list[float], room: float, gap: float = 0.0) -> list[list[int]]:
    """Blocks (by index) on each page, in order: a block that does not fit in what is left of a
    page starts the next one; one taller than a whole page has a page to itself."""
    pages: list[list[int]] = [[]]
    used = 0.0
    for index, height in enumerate(heights):
        need = height if not pages[-1] else used + gap + height
        if pages[-1] and need > room:
            pages.append([])
            need = height
        pages[-1].append(index)
        used = need
    return [page for page in pages if page]


def write_handout(
    routine: Routine, catalogue: Catalogue, out_path: str | Path, *, paper: Paper = "a4"
) -> Path:
    """Write the handout of `routine` as written (the next-time rules of one person's history
    do not apply on paper) to `out_path` whole, or leave what was there (OSError says why)."""
    ensure_gui()
    return write_through(Path(out_path), lambda tmp: draw_handout(routine, catalogue, tmp, paper))


def draw_handout(
    routine: Routine, catalogue: Catalogue, path: Path, paper: Paper = "a4"
) -> list[list[int]]:
    """Draw the handout into `path`; returns the steps whose drills are on each page."""
    ensure_gui()
    plan = build_plan(routine, catalogue)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAPERS[paper]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(routine.title)
    writer.setCreator(f"Sciatica Coach {__version__}")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(5, "the PDF could not be opened for writing", str(path))
    try:
        sheet = _Sheet(painter, float(writer.width()), float(writer.height()), catalogue)
        blocks = sheet.blocks(routine, plan)
        room = sheet.h - sheet.mm * FOOTER_MM
        pages = paginate([b.height for b in blocks], room, sheet.mm * GAP_MM)
        for number, page in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            y = 0.0
            for index in page:
                block = blocks[index]
                if block.height > room:  # a block taller than a page: shrunk to fit it
                    scale = room / block.height
                    painter.save()
                    painter.scale(scale, scale)
                    block.paint(0.0)
                    painter.restore()
                    y = room
                else:
                    block.paint(y)
                    y += block.height + sheet.mm * GAP_MM
            sheet.footer(routine.title, number, len(pages))
    finally:
        ended = painter.end()
    if not ended:
        raise OSError(5, "the PDF could not be finished", str(path))
    return [[s for i in page if (s := blocks[i].step) is not None] for page in pages]


class _Sheet:
    """Measures and draws blocks; sizes in device dots, fonts in points."""

    def __init__(self, p: QPainter, width: float, height: float, catalogue: Catalogue) -> None:
        self.p, self.w, self.h = p, width, height
        self.catalogue = catalogue
        self.mm = RESOLUTION / 25.4
        self.book = shipped_figures()

    def font(self, size: float, *, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont()
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def measure(self, text: str, font: QFont, width: float) -> float:
        self.p.setFont(font)
        flags = int(Qt.TextFlag.TextWordWrap)
        return float(self.p.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height())

    def text(
        self, x: float, y: float, width: float, text: str, font: QFont, color: str = INK
    ) -> float:
        """Draw wrapped text; returns its height."""
        height = self.measure(text, font, width)
        self.p.setPen(QColor(color))
        self.p.drawText(QRectF(x, y, width, height + 2), int(Qt.TextFlag.TextWordWrap), text)
        return height

    # -- the blocks -----------------------------------------------------------------------------

    def blocks(self, routine: Routine, plan: Plan) -> list[Block]:
        return [self.heading(routine, plan), self.safety(), *(self.drill(d) for d in plan.drills)]

    def heading(self, routine: Routine, plan: Plan) -> Block:
        lines: list[tuple[str, QFont, str]] = [(routine.title, self.font(20, bold=True), INK)]
        facts = []
        if routine.for_:
            facts.append(_("For: {name}").format(name=routine.for_))
        if routine.frequency:
            facts.append(_("How often: {when}").format(when=frequency_words(routine.frequency)))
        facts.append(
            _("{n} drills, about {time} in all").format(
                n=len(plan.drills), time=duration_words(plan.total_ms)
            )
        )
        lines.append(("\n".join(facts), self.font(12, bold=True), INK))
        if routine.contact:
            said = _("Questions: {contact}").format(contact=routine.contact.words())
            lines.append((said, self.font(12), INK))
        if routine.summary:
            lines.append((routine.summary, self.font(10), MUTED))
        if routine.cautions:
            head = _("Your physio's cautions:")
            items = "\n".join(f"• {c}" for c in routine.cautions)
            lines.append((f"{head}\n{items}", self.font(11, bold=True), INK))
        gap = self.mm * 2
        heights = [self.measure(t, f, self.w) for t, f, _c in lines]
        total = sum(heights) + gap * (len(lines) - 1)

        def paint(y: float) -> None:
            for (text, font, color), height in zip(lines, heights, strict=True):
                self.text(0, y, self.w, text, font, color)
                y += height + gap

        return Block(total, paint)

    def drill(self, drill: Drill) -> Block:
        """Name; the figures beside the dose, position, side and cues; then, the full width,
        the physio's note and stop note and what to watch for."""
        ex = drill.exercise
        mm = self.mm
        pad = mm * 3
        fig_w, fig_h = FIGURE_MM[0] * mm, FIGURE_MM[1] * mm
        moments = [(0.0, _("Start"))]
        if ex.kind is not Kind.BREATHING:
            moments.append((1.0, _("End") if ex.kind is Kind.REPS else _("Hold")))
        shown = ex.id if ex.id in self.book.figures else None
        if shown is None:  # a drill of the physio's own: a figure in its position, still
            shown = fallback_figure(ex.position.value, self.book)
            moments = moments[:1]
        text_x = pad + 2 * fig_w + mm * 7
        text_w = self.w - text_x - pad
        wide = self.w - 2 * pad
        name = f"{drill.step + 1}. {drill.title}"
        title_font, dose_font = self.font(14, bold=True), self.font(12, bold=True)
        body, strong, small = self.font(10.5), self.font(10.5, bold=True), self.font(9)
        label = self.font(9, italic=True)
        beside: list[tuple[str, QFont, str]] = [(capital(dose_words(drill)), dose_font, INK)]
        details = [
            _("Position: {where}").format(where=ex.position_text or position_words(ex.position))
        ]
        side = _side_text(drill)
        if side:
            details.append(_("Side: {side}").format(side=side))
        if drill.dose.sets > 1 and ex.kind is not Kind.BREATHING:
            rest = duration_words(round(drill.dose.rest_s * 1000))
            details.append(_("Rest {time} between sets").format(time=rest))
        if drill.frequency:
            details.append(_("How often: {when}").format(when=frequency_words(drill.frequency)))
        beside.append(("\n".join(details), body, INK))
        beside.append(("\n".join(f"• {cue}" for cue in ex.cues), body, INK))
        below: list[tuple[str, QFont, str]] = []
        if drill.note:
            below.append((_("Note: {note}").format(note=drill.note), strong, INK))
        if drill.if_it_hurts:
            easier = exercise_name(self.catalogue, drill.if_it_hurts)
            below.append(
                (_("If it hurts, the easier drill is: {name}").format(name=easier), body, INK)
            )
        if drill.stop_note:
            below.append((_("Your physio says: {note}").format(note=drill.stop_note), strong, WARN))
        watch = stop_rule_lines({drill.title: ex.stop_rule}, str)[0]  # the summary's words
        below.append((f"{watch} {ex.caution}", small, MUTED))
        gap = mm * 1.4
        title_h = self.measure(name, title_font, wide)
        beside_h = [self.measure(t, f, text_w) for t, f, _c in beside]
        below_h = [self.measure(t, f, wide) for t, f, _c in below]
        label_h = self.measure(_("Start"), label, fig_w)
        middle = max(sum(beside_h) + gap * (len(beside) - 1), fig_h + mm + label_h)
        bottom = sum(below_h) + gap * (len(below) - 1)
        height = pad + title_h + mm * 2 + middle + mm * 2.5 + bottom + pad
        size = (round(fig_w), round(fig_h))
        images = [
            render_image(shown, at, size=size, book=self.book, background=False)
            for at, _l in moments
        ] if shown is not None else []  # fmt: skip

        def paint(y: float) -> None:
            p = self.p
            p.setPen(QPen(QColor(RULE), mm * 0.5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(0, y, self.w, height), mm * 2, mm * 2)
            self.text(pad, y + pad, wide, name, title_font)
            top = y + pad + title_h + mm * 2
            x = pad
            for image, (_at, said) in zip(images, moments, strict=False):
                p.drawImage(QRectF(x, top, fig_w, fig_h), image)
                self.text(x, top + fig_h + mm, fig_w, said, label, MUTED)
                x += fig_w + mm * 3
            ty = top
            for (text, font, color), h in zip(beside, beside_h, strict=True):
                self.text(text_x, ty, text_w, text, font, color)
                ty += h + gap
            ty = top + middle + mm * 2.5
            for (text, font, color), h in zip(below, below_h, strict=True):
                self.text(pad, ty, wide, text, font, color)
                ty += h + gap

        return Block(height, paint, drill.step)

    def safety(self) -> Block:
        mm = self.mm
        pad = mm * 4
        width = self.w - 2 * pad
        head_font, level_font, item_font = (
            self.font(14, bold=True),
            self.font(11, bold=True),
            self.font(10.5),
        )
        parts: list[tuple[str, QFont]] = [(_("Warning signs"), head_font)]
        for urgency in Urgency:
            items = [f"• {red_flag_question(f.id)}" for f in RED_FLAGS if f.urgency is urgency]
            parts.append((urgency_heading(urgency), level_font))
            parts.append(("\n".join(items), item_font))
        parts.append((_("This routine guides exercise; it does not diagnose."), self.font(9)))
        gap = mm * 1.5
        heights = [self.measure(t, f, width) for t, f in parts]
        height = 2 * pad + sum(heights) + gap * (len(parts) - 1)

        def paint(y: float) -> None:
            p = self.p
            p.setPen(QPen(QColor(WARN), mm * 0.8))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(mm * 0.4, y, self.w - mm * 0.8, height), mm * 2, mm * 2)
            ty = y + pad
            for (text, font), h in zip(parts, heights, strict=True):
                self.text(pad, ty, width, text, font)
                ty += h + gap

        return Block(height, paint)

    def footer(self, title: str, page: int, pages: int) -> None:
        y = self.h - self.mm * (FOOTER_MM - 3)
        self.p.setPen(QPen(QColor(RULE), self.mm * 0.3))
        self.p.drawLine(0, round(y - self.mm), round(self.w), round(y - self.mm))
        said = _("{title}: page {page} of {pages}. Made with Sciatica Coach.").format(
            title=title, page=page, pages=pages
        )
        self.text(0, y, self.w, said, self.font(8.5), MUTED)


def _side_text(drill: Drill) -> str | None:
    only = only_side_words(drill)
    if only is not None:
        return only
    return {
        Sides.EACH: _("each side in turn"),
        Sides.ALTERNATING: _("alternating sides"),
        Sides.AFFECTED: _("the side your sciatica is on"),
    }.get(drill.dose.sides)
