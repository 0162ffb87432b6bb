"""A one-page PDF of the history for the physio (`sciatica-coach report`, the History page).

Imports pyqtgraph (through `plots`): import this module only when a report is asked for.
A4 portrait, drawn with QPdfWriter and QPainter: the period, routines and sessions, the summary
sentences, the pain and minutes plots (the History page's own widgets rendered offscreen, at three
times their size for print), the "this hurts" stops and each drill's current level. Runs without
a window or a display: with no QApplication yet, one is made on the offscreen platform.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from .. import __version__
from ..core.i18n import N_, _, ngettext
from ..core.words import exercise_name, level_words, long_day_words, month_words
from ..storage import history
from ..storage.files import write_through
from . import plots
from .figure_render import ensure_gui
from .theme import LIGHT

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import tzinfo

    from ..core.library import Catalogue

RESOLUTION = 300
"""Dots per inch of the PDF's coordinate system (1 mm = 11.8 dots)."""
MARGIN_MM = 12
PLOT_PX = QSize(900, 230)
"""Plot size in logical pixels: with the fonts below, ticks print at about 8 pt."""
PLOT_SCALE = 3
TABLE_PT = 8.0
FEELINGS = {
    "sharp": N_("sharp"),
    "numbness_tingling": N_("numb/tingling"),
    "weakness": N_("weakness"),
    "ache": N_("ache"),
    "other": N_("other"),
}
PHASES = {
    "get_ready": N_("get ready"),
    "move": N_("move"),
    "hold": N_("hold"),
    "return": N_("return"),
    "rest": N_("rest"),
    "switch_side": N_("switch side"),
    "breathe_in": N_("breathe in"),
    "breathe_hold": N_("breath held"),
    "breathe_out": N_("breathe out"),
    "timed": N_("timed"),
}
Row = tuple[str, ...]


def ensure_app() -> QApplication:
    """The running QApplication, or a new one (offscreen when there is no display)."""
    app = ensure_gui()
    if not isinstance(app, QApplication):
        raise RuntimeError("the report needs a QApplication, but a QGuiApplication is running")
    return app


def write_report(
    log: Any,
    catalogue: Catalogue | None,
    out_path: str | Path,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    now: datetime | None = None,
    tz: tzinfo | None = None,
    profile: str | None = None,
) -> Path:
    """Write the one-page report for sessions started in [since, until) to `out_path`; it names
    the profile (`profile`, or the log's own) when the computer has several."""
    from ..storage.export import profile_of

    ensure_app()
    named = profile_of(log, profile)
    now = now or datetime.now().astimezone(tz)
    conn = history.connection_of(log)
    if conn is None:
        raise OSError("the history file can't be read right now")
    today = now.astimezone(tz).date()
    h = history.load(conn, since, until, today=today, tz=tz)
    first = since.astimezone(tz).date() if since else h.summary.first_day or today
    last = (until - timedelta(days=1)).astimezone(tz).date() if until else today
    # Drawn into a temporary file beside the target, then renamed over it: a full disk or a
    # failed write leaves any earlier report as it was.
    return write_through(
        Path(out_path), lambda tmp: _draw(tmp, h, catalogue, first, last, today, now, named)
    )


def _draw(
    out: Path,
    h: history.History,
    catalogue: Catalogue | None,
    first: date,
    last: date,
    today: date,
    now: datetime,
    profile: str | None = None,
) -> None:
    writer = QPdfWriter(str(out))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(_("Sciatica Coach: exercise history"))
    writer.setCreator(f"Sciatica Coach {__version__}")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(5, "the PDF could not be opened for writing", str(out))
    try:
        page = _Page(painter, writer.width(), writer.height(), catalogue, now)
        page.profile = profile
        page.draw(h, first, last, today)
    finally:
        ended = painter.end()
    if not ended:
        raise OSError(5, "the PDF could not be finished", str(out))


def render_plots(
    h: history.History, first: date, last: date, names: Any
) -> tuple[QPixmap, QPixmap]:
    """The page's pain and minutes plots, drawn offscreen in the light theme at print size."""
    font = QFont(QApplication.font())
    font.setPointSizeF(11)
    pain = plots.PainPlot(LIGHT, font, names)
    minutes = plots.MinutesPlot(LIGHT, font)
    pain.set_history(h, first, last)
    minutes.set_practice(h.days, first, last)
    shots = []
    for widget, height in ((pain, PLOT_PX.height()), (minutes, PLOT_PX.height() * 11 // 23)):
        shots.append(_grab(widget, QSize(PLOT_PX.width(), height)))
        widget.deleteLater()
    return shots[0], shots[1]


def _grab(widget: QWidget, size: QSize) -> QPixmap:
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.resize(size)
    widget.show()
    QApplication.processEvents()
    pix = QPixmap(size * PLOT_SCALE)
    pix.setDevicePixelRatio(PLOT_SCALE)
    pix.fill(QColor(LIGHT.surface))
    QWidget.render(widget, pix)  # QGraphicsView.render draws the scene alone
    widget.close()
    return pix


class _Page:
    """Draws top to bottom, keeping `y`; sizes in device dots, fonts in points."""

    def __init__(
        self, p: QPainter, width: int, height: int, catalogue: Catalogue | None, now: datetime
    ) -> None:
        self.p, self.w, self.h, self.catalogue = p, float(width), float(height), catalogue
        self.now = now
        self.profile: str | None = None
        """Whose history, named under the title when the computer has several profiles."""
        self.y = 0.0
        self.mm = RESOLUTION / 25.4

    def names(self, exercise_id: str) -> str:
        return exercise_name(self.catalogue, exercise_id)

    def font(self, size: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
        font = QFont(QApplication.font())
        font.setPointSizeF(size)
        font.setWeight(weight)
        self.p.setFont(font)
        return font

    def text(self, text: str, size: float = 9.5, *, bold: bool = False, color: str = LIGHT.text,
             gap_mm: float = 1.2) -> None:  # fmt: skip
        self.font(size, QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.p.setPen(QColor(color))
        rect = QRectF(0, self.y, self.w, self.h)
        flags = int(Qt.TextFlag.TextWordWrap)
        used = self.p.boundingRect(rect, flags, text)
        self.p.drawText(rect, flags, text)
        self.y += used.height() + gap_mm * self.mm

    def draw(self, h: history.History, first: date, last: date, today: date) -> None:
        s, a = h.summary, h.adherence
        self.text(_("Sciatica Coach: exercise history"), 17, bold=True, gap_mm=0.5)
        if self.profile:
            self.text(_("Profile: {name}").format(name=self.profile), 12, bold=True, gap_mm=0.5)
        self.text(period_words(first, last), 11, color=LIGHT.muted, gap_mm=2.5)
        routines = "; ".join(f"{r.title}: {_n(r.sessions)}" for r in s.routines)
        self.text(
            ngettext("Routine: {routines}", "Routines: {routines}", len(s.routines)).format(
                routines=routines or _("none")
            ),
            10,
        )
        if s.sessions:
            self.text(practice_words(s, a), 10, gap_mm=2)
        # The counts of sessions and of "this hurts" stops are stated elsewhere on the page.
        said = {history.counts_sentence(s), history.hurts_sentence(s)}
        self.text(" ".join(t for t in s.sentences if t not in said), 9.5, gap_mm=2.5)
        pain, minutes = render_plots(h, first, last, self.names)
        self.legend()
        self.image(pain)
        weekly = (last - first).days + 1 > plots.WEEKLY_AFTER_DAYS
        each = _("Minutes practised each week") if weekly else _("Minutes practised each day")
        self.text(each, 9.5, bold=True, gap_mm=0.5)
        self.image(minutes, gap_mm=4)
        footer_h = 8 * self.mm
        self.levels(h.drills)
        self.hurts(h.hurts, self.h - footer_h)
        self.p.setPen(QColor(LIGHT.track))
        self.p.drawLine(
            0,
            int(self.h - footer_h + 2 * self.mm),
            int(self.w),
            int(self.h - footer_h + 2 * self.mm),
        )
        self.y = self.h - footer_h + 3 * self.mm
        footer = _(
            "Generated offline by Sciatica Coach on {day}. This summary does not diagnose."
        ).format(day=_day(today))
        self.text(footer, 8.5, color=LIGHT.muted)

    def legend(self) -> None:
        self.font(8.5)
        fm = self.p.fontMetrics()
        x, icon = 0.0, QSize(30, 16)
        self.p.setPen(QColor(LIGHT.text))
        for key, english in plots.LEGEND:
            label = _(english)
            pix = plots.legend_icon(LIGHT, key, icon * PLOT_SCALE)
            target = QRectF(x, self.y, 9 * self.mm, 9 * self.mm * icon.height() / icon.width())
            self.p.drawPixmap(target, pix, QRectF(pix.rect()))
            x += target.width() + 1 * self.mm
            self.p.drawText(
                QRectF(x, self.y, self.w, target.height()),
                int(Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            x += fm.horizontalAdvance(label) + 5 * self.mm
        self.y += 6 * self.mm

    def image(self, pix: QPixmap, gap_mm: float = 2) -> None:
        height = self.w * pix.height() / pix.width()
        self.p.drawPixmap(QRectF(0, self.y, self.w, height), pix, QRectF(pix.rect()))
        self.y += height + gap_mm * self.mm

    def levels(self, drills: list[history.DrillStats]) -> None:
        self.text(_("Each drill, and what it starts on next time"), 10.5, bold=True, gap_mm=0.8)
        rows = []
        for d in drills:
            level, why = level_words(
                d.exercise_id, d.level_id, d.level_source, d.level_about, d.level_since,
                self.names, self.now,
            )  # fmt: skip
            name = self.names(d.exercise_id)
            rows.append((name, str(d.done), str(d.stopped), level, why))
        head = (_("Drill"), _("Done"), _("Stopped"), _("Next time"), _("Why"))
        self.table(head, rows, (0.25, 0.07, 0.08, 0.2, 0.4), self.h)
        self.y += 3 * self.mm

    def hurts(self, hurts: list[history.HurtMark], bottom: float) -> None:
        title = _('"Stop: this hurts" reports')
        if hurts:
            title = _('"Stop: this hurts" reports ({n})').format(n=len(hurts))
        self.text(title, 10.5, bold=True, gap_mm=0.8)
        if not hurts:
            self.text(_("None in this period."), 9)
            return
        rows = [
            (f"{e.at:%d} {month_words(e.at.month)} {e.at:%Y %H:%M}", self.names(e.variant_id),
             _where(e),
             (_("not answered") if e.pain is None else f"{e.pain}/10")
             + (_warning(e.red_flags) if e.red_flag else ""),
             ", ".join(_(FEELINGS[f]) if f in FEELINGS else f for f in e.feelings),
             "" if e.choice is None else plots.choice_words(e.choice))
            for e in hurts
        ]  # fmt: skip
        head = (_("When"), _("Drill"), _("Set, side, rep"), _("Pain"), _("Felt"), _("Chosen"))
        widths = (0.17, 0.25, 0.16, 0.13, 0.16, 0.13)
        shown = self.table(head, rows, widths, bottom, newest=True)
        if shown < len(rows):
            self.text(_("Showing the latest {shown} of {n}; the CSV export has them all.")
                      .format(shown=shown, n=len(rows)), 8, color=LIGHT.muted)  # fmt: skip

    def table(
        self, head: Row, rows: Sequence[Row], widths: tuple[float, ...], bottom: float, *,
        newest: bool = False,
    ) -> int:  # fmt: skip
        """Draw rows until `bottom` (keeping the last rows if `newest`); return how many fit."""
        pad = 0.8 * self.mm
        cols = [w * self.w for w in widths]
        flags = int(Qt.TextFlag.TextWordWrap)

        def height(cells: tuple[str, ...]) -> float:
            return pad * 2 + max(
                self.p.boundingRect(QRectF(0, 0, c - 2 * pad, self.h), flags, t).height()
                for c, t in zip(cols, cells, strict=True)
            )

        def draw(cells: tuple[str, ...], shade: bool) -> None:
            row_h = height(cells)
            if shade:
                self.p.fillRect(QRectF(0, self.y, self.w, row_h), QColor(LIGHT.window))
            x = 0.0
            for c, t in zip(cols, cells, strict=True):
                self.p.drawText(QRectF(x + pad, self.y + pad, c - 2 * pad, row_h), flags, t)
                x += c
            self.y += row_h

        self.font(TABLE_PT, QFont.Weight.Bold)
        self.p.setPen(QColor(LIGHT.text))
        draw(head, False)
        self.p.setPen(QColor(LIGHT.muted))
        self.p.drawLine(0, int(self.y), int(self.w), int(self.y))
        self.font(TABLE_PT)
        note = 6 * self.mm
        heights = [height(r) for r in rows]
        fit, used = 0, 0.0
        for row_h in reversed(heights) if newest else heights:
            if self.y + used + row_h > bottom - note:
                break
            fit, used = fit + 1, used + row_h
        chosen = rows[len(rows) - fit :] if newest else rows[:fit]
        self.p.setPen(QColor(LIGHT.text))
        for i, cells in enumerate(chosen):
            draw(cells, i % 2 == 1)
        self.y += 1 * self.mm
        return fit


def period_words(first: date, last: date) -> str:
    """'20 December 2025 to 20 March 2026 (91 days)', or '20 March 2026 (1 day)'."""
    days = (last - first).days + 1
    span = ngettext("{n} day", "{n} days", days).format(n=days)
    if first == last:
        return f"{_day(first)} ({span})"
    return _("{first} to {last} ({span})").format(first=_day(first), last=_day(last), span=span)


def practice_words(s: history.HistorySummary, a: history.Adherence) -> str:
    """Sessions, days and minutes. A weekly rate only over a week or more: from fewer days it
    would be a guess ("7.0 sessions a week" from one session), so the counts are given."""
    done = ngettext("Practised on {k} of {n} day", "Practised on {k} of {n} days", a.days).format(
        k=a.days_practised, n=a.days
    )
    if a.per_week is None:
        rate = _("{sessions} in {days}").format(
            sessions=ngettext("{n} session", "{n} sessions", a.sessions_completed).format(
                n=a.sessions_completed
            ),
            days=ngettext("{n} day", "{n} days", a.days).format(n=a.days),
        )
    else:
        rate = _("{n} sessions a week").format(n=f"{a.per_week:.1f}")
    return _(
        "Sessions done: {completed} completed of {started} started. {done} ({rate}), "
        "{minutes} in all."
    ).format(
        completed=s.completed, started=s.sessions, done=done, rate=rate,
        minutes=minutes_words(s.minutes),
    )  # fmt: skip


def minutes_words(minutes: float) -> str:
    """'12 minutes', '1 minute', 'under a minute' (a demo at 50 times speed)."""
    if 0 < minutes < 0.5:
        return _("under a minute")
    n = round(minutes)
    return ngettext("{n} minute", "{n} minutes", n).format(n=f"{n:,}")


def _warning(flags: tuple[str, ...]) -> str:
    from ..core.words import flag_words

    signs = "; ".join(flag_words(f) for f in flags)
    return _(", warning sign: {signs}").format(signs=signs) if signs else _(", warning sign")


def _where(e: history.HurtMark) -> str:
    parts = [_("set {n}").format(n=e.set)]
    sides = {"left": _("left"), "right": _("right")}
    parts += [sides.get(e.side, e.side)] if e.side else []
    if e.rep is not None:
        parts.append(_("rep {n}").format(n=e.rep))
    else:
        parts.append(_(PHASES[e.phase]) if e.phase in PHASES else e.phase.replace("_", " "))
    return ", ".join(parts)


def _day(day: date) -> str:
    return long_day_words(day)


def _n(k: int) -> str:
    return ngettext("{n} session", "{n} sessions", k).format(n=k)
