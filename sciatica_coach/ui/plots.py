"""The History page's plots: pain over time and minutes per day.

Imported only when the History page (or the report) is first built: pyqtgraph takes most of a
second to import (DESIGN.md §11). x is a day number on the person's calendar,
`date.toordinal()` plus the fraction of the day, so ticks fall on local dates across
daylight-saving changes. Over long periods the plots show weekly means and totals, which stay
readable where a point per session would be a blur. Mouse zoom and pan are off: a stray drag
must not lose the plot; the period is chosen on the page.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap

from ..core.i18n import N_, _, ngettext
from ..core.words import day_words, month_words
from ..storage.history import WeekPain, reach_words, weekly_pain

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from PySide6.QtWidgets import QWidget

    from ..storage.history import DayPractice, History, HurtMark, PainPoint
    from .theme import Colors

WEEKLY_AFTER_DAYS = 120
"""Periods longer than this are drawn as weekly means (pain) and totals (minutes)."""
MIN_DAYS_SHOWN = 7
"""A shorter period is drawn centred in a week, so one day's session is a bar among days, not
a slab filling the chart (a new user's first day, a report over one day)."""
MIN_MINUTES_SHOWN = 20.0
"""The minutes axis reaches at least this far: a 12-minute day is a bar of modest height."""
MAX_SYMBOLS = 150
CHOICE_WORDS = {
    "regress": N_("easier version"),
    "skip": N_("skipped the drill"),
    "continue": N_("carried on"),
    "end": N_("ended the session"),
    "red_flag": N_("urgent care"),
}
"""What the person chose after a "this hurts" report, in a few words (`_()` when shown)."""
SERIES = (
    ("back_before", N_("Back before"), "rest", False),
    ("back_after", N_("Back after"), "rest", True),
    ("leg_before", N_("Leg before"), "warn", False),
    ("leg_after", N_("Leg after"), "warn", True),
)
"""(PainPoint field, legend text, Colors field, after?) in drawing order. Before a session is a
line with filled points; after is hollow points (a dashed line when points are too many)."""


def day_x(moment: datetime) -> float:
    """A moment as a day number on its own clock: 0.5 is noon of day 0."""
    midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return moment.toordinal() + (moment - midnight).total_seconds() / 86400


def x_date(x: float) -> date:
    return date.fromordinal(max(1, math.floor(x)))


def long_date(day: date) -> str:
    """'Tue 1 Dec 2026', in the chosen language."""
    return f"{day_words(day)} {day.year}"


def choice_words(choice: str) -> str:
    return _(CHOICE_WORDS[choice]) if choice in CHOICE_WORDS else choice


def _width(font: QFont | None, text: str) -> int:
    return QFontMetrics(font or QFont()).horizontalAdvance(text)


def _num(value: float | None) -> str:
    if value is None:
        return "\N{EN DASH}"
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def _sessions(n: int) -> str:
    return ngettext("{n} session", "{n} sessions", n).format(n=n)


def _ticks(first: date, last: date, step: str) -> list[date]:
    if step in ("day", "week", "fortnight"):
        every = {"day": 1, "week": 7, "fortnight": 14}[step]
        start = first if step == "day" else first - timedelta(days=first.weekday())
        if step == "fortnight":
            start -= timedelta(days=7 * (start.isocalendar().week % 2))
        return [start + timedelta(days=k) for k in range(0, (last - start).days + 1, every)]
    months = {"month": 1, "quarter": 3, "year": 12, "5 years": 60}[step]
    lo, hi = first.year * 12 + first.month - 1, last.year * 12 + last.month - 1
    return [date(m // 12, m % 12 + 1, 1) for m in range(lo, hi + 1) if m % months == 0]


class DayAxis(pg.AxisItem):  # type: ignore[misc]
    """Dates as people write them ("3 Mar", "Mar 2026", "2026"), as many as fit."""

    step = "day"

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:
        if maxVal <= minVal or size <= 0:
            return []
        first, last = x_date(minVal), x_date(maxVal)
        for step in ("day", "week", "fortnight", "month", "quarter", "year", "5 years"):
            sample = "28 Sep" if step in ("day", "week", "fortnight") else "Sep 2026"
            room = max(2, int(size // (_width(self.style["tickFont"], sample) + 28)))
            # A day's label sits under the middle of its day, where its bar is; longer steps
            # mark where their week or month begins.
            middle = 0.5 if step == "day" else 0.0
            ticks = [d.toordinal() + middle for d in _ticks(first, last, step)]
            ticks = [t for t in ticks if minVal <= t <= maxVal]
            if len(ticks) <= room:
                self.step = step
                return [(1.0, ticks)]
        return []

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        days = [x_date(v) for v in values]
        if self.step in ("day", "week", "fortnight"):
            return [f"{d.day} {month_words(d.month)}" for d in days]
        if self.step in ("month", "quarter"):
            return [
                f"{month_words(d.month)} {d.year}"
                if i == 0 or d.month == 1
                else month_words(d.month)
                for i, d in enumerate(days)
            ]
        return [str(d.year) for d in days]


class _Plot(pg.PlotWidget):  # type: ignore[misc]
    """A date-axis plot styled from the theme, with a crosshair and a hover readout."""

    hovered = Signal(str)

    def __init__(self, colors: Colors, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent, background=colors.surface, axisItems={"bottom": DayAxis("bottom")})
        self.colors = colors
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.getViewBox().setMouseEnabled(x=False, y=False)
        item.showGrid(x=True, y=True, alpha=0.16)
        tick_font = QFont(font)
        tick_font.setPointSizeF(max(8.0, font.pointSizeF() * 0.92))
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(colors.muted, width=1))
            axis.setTextPen(pg.mkPen(colors.text))
            axis.setTickFont(tick_font)
            axis.setStyle(tickTextOffset=8, tickLength=-6)
        item.getAxis("left").setWidth(_width(tick_font, "000") + 22)
        dashed = pg.mkPen(colors.muted, width=1, style=Qt.PenStyle.DashLine)
        self.crosshair = pg.InfiniteLine(angle=90, pen=dashed)
        self.crosshair.hide()
        item.addItem(self.crosshair, ignoreBounds=True)
        self.note = pg.TextItem(color=colors.muted, anchor=(0.5, 0.5))
        self.note.setFont(font)
        self.note.hide()
        item.addItem(self.note, ignoreBounds=True)
        self.setAntialiasing(True)
        self.scene().sigMouseMoved.connect(self._moved)
        self.x_range = (0.0, 1.0)
        self.weekly = False
        self.xs: np.ndarray[Any, np.dtype[np.float64]] = np.zeros(0)

    def set_days(self, first: date, last: date) -> None:
        days = (last - first).days + 1
        self.weekly = days > WEEKLY_AFTER_DAYS
        lo, hi = float(first.toordinal()), last.toordinal() + 1.0
        if days < MIN_DAYS_SHOWN:
            pad = (MIN_DAYS_SHOWN - days) / 2
            lo, hi = lo - pad, hi + pad
        self.x_range = (lo, hi)
        self.getPlotItem().setXRange(*self.x_range, padding=0.01)

    def say_empty(self, text: str, y: float) -> None:
        """Words in the middle of an empty plot ("" hides them): empty axes look broken."""
        self.note.setText(text)
        self.note.setPos((self.x_range[0] + self.x_range[1]) / 2, y)
        self.note.setVisible(bool(text))

    def sizeHint(self) -> QSize:
        """As short as allowed: the page's stretch factors give the plots the room there is.
        (QGraphicsView's own hint is 600 px high; in a scroll area, whose word-wrapped labels
        make it lay out by height-for-width, that would scroll the page at 1366x768.)"""
        return QSize(super().sizeHint().width(), max(self.minimumHeight(), 80))

    def describe(self, x: float) -> str:
        raise NotImplementedError

    def hover_at(self, x: float) -> str:
        """Move the crosshair to x and say what is there (what the mouse does, for tests too)."""
        self.crosshair.setPos(x)
        self.crosshair.show()
        text = self.describe(x)
        self.hovered.emit(text)
        return text

    def leaveEvent(self, event: Any) -> None:
        self.crosshair.hide()
        self.hovered.emit("")
        super().leaveEvent(event)

    def _moved(self, pos: QPointF) -> None:
        vb = self.getPlotItem().getViewBox()
        if vb.sceneBoundingRect().contains(pos):
            self.hover_at(vb.mapSceneToView(pos).x())

    def _near(self, x: float, pixels: float = 24) -> int | None:
        """Index of the point nearest to x, if it is within `pixels` on screen (or half a day)."""
        if not len(self.xs):
            return None
        i = int(np.argmin(np.abs(self.xs - x)))
        lo, hi = self.x_range
        per_pixel = (hi - lo) / max(1.0, self.getPlotItem().getViewBox().width())
        return i if abs(self.xs[i] - x) <= max(0.5, pixels * per_pixel) else None


class PainPlot(_Plot):
    """Back and leg pain before and after sessions; "this hurts" stops as red triangles at the
    pain reported; red-flag stops as red lines across the plot."""

    def __init__(
        self,
        colors: Colors,
        font: QFont,
        name_of: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(colors, font, parent)
        self.name_of = name_of
        item = self.getPlotItem()
        item.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        item.setLabel("left", _("Pain 0–10"), color=colors.muted)  # noqa: RUF001 - an en dash
        self.curves: dict[str, pg.PlotDataItem] = {}
        self._pens: dict[str, QPen] = {}
        for key, _label, field, after in SERIES:
            color = getattr(colors, field)
            style = Qt.PenStyle.DashLine if after else Qt.PenStyle.SolidLine
            self._pens[key] = pg.mkPen(color, width=2 if after else 3, style=style)
            self.curves[key] = item.plot(
                [], [], pen=self._pens[key], symbol="o", symbolSize=8 if after else 9,
                symbolPen=pg.mkPen(color, width=2), connect="finite",
                symbolBrush=pg.mkBrush(colors.surface if after else color),
            )  # fmt: skip
        outline = pg.mkPen(colors.surface, width=1.5)
        self.hurt_markers = pg.ScatterPlotItem(symbol="t", size=17, pen=outline, brush=colors.stop)
        self.hurt_markers.setZValue(10)
        item.addItem(self.hurt_markers)
        self.red_flag_lines: list[pg.InfiniteLine] = []
        self.points: Sequence[PainPoint | WeekPain] = []
        self.hurts: list[HurtMark] = []

    def set_history(self, h: History, first: date, last: date) -> None:
        self.set_days(first, last)
        self.getPlotItem().setYRange(-0.8, 11.4 if self.weekly else 11.0, padding=0)
        if self.weekly:
            self.points = weekly_pain(h.pain)
            xs = [w.monday.toordinal() + 3.5 for w in self.points]
        else:
            self.points = h.pain
            xs = [day_x(p.at) for p in h.pain]
        self.xs = np.array(xs, dtype=float)
        scored = any(getattr(p, f[0]) is not None for p in self.points for f in SERIES)
        self.say_empty(
            "" if scored
            else _("No pain scores in this period") if self.points
            else _("No sessions in this period"),
            5.0,
        )  # fmt: skip
        symbols = len(self.points) <= (MAX_SYMBOLS // 2 if self.weekly else MAX_SYMBOLS)
        for key, _label, _field, after in SERIES:
            values = [getattr(p, key) for p in self.points]
            keep = [i for i, v in enumerate(values) if v is not None]
            curve = self.curves[key]
            curve.setData(self.xs[keep], np.array([values[i] for i in keep], dtype=float))
            curve.setSymbol("o" if symbols else None)
            curve.setPen(None if after and symbols else self._pens[key])
        # Over long periods the stops sit along the top (how often matters there, not how much).
        self.hurts = h.hurts
        # A press whose answers never came (the app was closed) sits at the top too.
        ys = [10.9 if self.weekly or e.pain is None else e.pain for e in h.hurts]
        self.hurt_markers.setData(
            [day_x(e.at) for e in h.hurts], ys, size=10 if self.weekly else 17
        )
        item = self.getPlotItem()
        for line in self.red_flag_lines:
            item.removeItem(line)
        top = 0.87 if self.weekly else 0.92
        self.red_flag_lines = []
        for i, stop in enumerate(h.red_flags):
            x = day_x(stop.started_at)
            # Every other label a line lower: long labels of nearby stops can both be read.
            label = {"position": top - 0.13 * (i % 2), "color": self.colors.stop,
                     "fill": self.colors.surface}  # fmt: skip
            pen = pg.mkPen(self.colors.stop, width=3)
            text = _warning_label(stop.flags)
            line = pg.InfiniteLine(x, angle=90, label=text, labelOpts=label, pen=pen)
            self.red_flag_lines.append(line)
        for line in self.red_flag_lines:
            item.addItem(line, ignoreBounds=True)

    def describe(self, x: float) -> str:
        i = self._near(x)
        if i is None:
            return _("{date}: no session").format(date=long_date(x_date(x)))
        p = self.points[i]
        parts = []
        for what in ("leg", "back"):
            before, after = getattr(p, f"{what}_before"), getattr(p, f"{what}_after")
            if before is not None or after is not None:
                where = _("leg") if what == "leg" else _("back")
                parts.append(f"{where} {_num(before)} → {_num(after)}")
        pain = ", ".join(parts) or _("no check-in")
        if isinstance(p, WeekPain):
            return _("Week of {date} ({sessions}). Mean pain before → after: {pain}").format(
                date=f"{p.monday.day} {month_words(p.monday.month)} {p.monday.year}",
                sessions=_sessions(p.sessions),
                pain=pain,
            )
        text = _("{date}, {time}. Pain before → after: {pain}").format(
            date=long_date(p.at.date()), time=f"{p.at:%H:%M}", pain=pain
        )
        if p.reach_before:
            text += _("; symptoms reached: {reach}").format(reach=reach_words(p.reach_before))
        for e in self.hurts:
            if e.session_id == p.session_id:
                if e.choice is None or e.pain is None:
                    text += _(". Stopped {drill}; the questions were not answered").format(
                        drill=self.name_of(e.variant_id)
                    )
                    continue
                text += _(". Stopped {drill} at pain {pain}; chose: {choice}").format(
                    drill=self.name_of(e.variant_id), pain=e.pain, choice=choice_words(e.choice)
                )
        return text + "."


class MinutesPlot(_Plot):
    """Minutes practised per day (per week over long periods). A day with no completed
    session is paler; a red-flag day is red."""

    def __init__(self, colors: Colors, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(colors, font, parent)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.8, pen=pg.mkPen(None))
        self.getPlotItem().addItem(self.bars)
        self.getPlotItem().showGrid(x=False, y=True, alpha=0.16)
        self.heights = np.zeros(0)
        self.counts: list[int] = []

    def set_practice(self, days: list[DayPractice], first: date, last: date) -> None:
        self.set_days(first, last)
        c = self.colors
        partial = QColor(c.accent)
        partial.setAlphaF(0.4)
        # (x, minutes, sessions, colour) per bar.
        bars: list[tuple[float, float, int, Any]] = []
        if self.weekly:
            weeks: dict[date, list[Any]] = {}
            for d in days:
                w = weeks.setdefault(d.day - timedelta(days=d.day.weekday()), [0.0, 0, False])
                w[0], w[1], w[2] = w[0] + d.minutes, w[1] + d.sessions, w[2] or d.red_flag
            for monday, (minutes, n, flag) in weeks.items():
                bars.append((monday.toordinal() + 3.5, minutes, n, c.stop if flag else c.accent))
        else:
            for d in days:
                color = c.stop if d.red_flag else c.accent if d.completed else partial
                bars.append((d.day.toordinal() + 0.5, d.minutes, d.sessions, color))
        self.xs = np.array([b[0] for b in bars], dtype=float)
        self.heights = np.array([b[1] for b in bars], dtype=float)
        self.counts = [b[2] for b in bars]
        brushes = [pg.mkBrush(b[3]) for b in bars]
        self.bars.setOpts(x=self.xs, height=self.heights, width=6 if self.weekly else 0.75,
                          brushes=brushes)  # fmt: skip
        top = max(MIN_MINUTES_SHOWN, float(self.heights.max()) * 1.1 if len(bars) else 0.0)
        self.getPlotItem().setYRange(0, top, padding=0)
        self.say_empty("" if bars else _("No sessions in this period"), top / 2)

    def describe(self, x: float) -> str:
        i = self._near(x)
        if i is None:
            return _("{date}: no practice.").format(date=long_date(x_date(x)))
        minutes = _("{minutes} minutes in {sessions}").format(
            minutes=f"{self.heights[i]:.0f}", sessions=_sessions(self.counts[i])
        )
        day = x_date(self.xs[i])
        if self.weekly:
            return _("Week of {date}: {minutes}.").format(
                date=f"{day.day} {month_words(day.month)} {day.year}", minutes=minutes
            )
        return f"{long_date(day)}: {minutes}."


def _warning_label(flags: tuple[str, ...]) -> str:
    """The sign itself on the line, not just 'red flag' (History names what was reported)."""
    from ..core.words import flag_words

    signs = "; ".join(flag_words(f) for f in flags)
    return _("Warning sign: {signs}").format(signs=signs) if signs else _("Warning sign")


def legend_icon(colors: Colors, key: str, size: QSize) -> QPixmap:
    """How the pain plot draws `key`: a SERIES field, "hurt", or "red_flag"."""
    pix = QPixmap(size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    w, h = size.width() / 2, size.height() / 2
    if key == "hurt":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(colors.stop))
        p.drawPolygon([QPointF(w - 8, h - 6), QPointF(w + 8, h - 6), QPointF(w, h + 7)])
    elif key == "red_flag":
        p.setPen(QPen(QColor(colors.stop), 3))
        p.drawLine(QPointF(w, 1), QPointF(w, size.height() - 1))
    else:
        field, after = next((f, a) for k, _, f, a in SERIES if k == key)
        color = QColor(getattr(colors, field))
        if not after:
            p.setPen(QPen(color, 3))
            p.drawLine(QPointF(2, h), QPointF(size.width() - 2, h))
        p.setPen(QPen(color, 2))
        p.setBrush(QColor(colors.surface) if after else color)
        p.drawEllipse(QPointF(w, h), 5, 5)
    p.end()
    return pix


LEGEND = (
    *((k, label) for k, label, _, _ in SERIES),
    ("hurt", N_('"This hurts"')),
    ("red_flag", N_("Warning sign")),
)
