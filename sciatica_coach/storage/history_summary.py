"""A period of the log in a few numbers and plain sentences, for the History page and the report.

The sentences compare the first and last two weeks of the period (fewer days when it is short).
They describe what was logged; they never diagnose.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..core.i18n import N_, _, ngettext
from ..core.words import times
from .history_period import PAIN_FROM, Conn, TimeBound, Zone, bounds, day_start, local
from .records import as_timestamp

_TWO_WEEKS = 14
_MIN_WINDOW = 3
"""Days at each end of a period that are compared: fewer than this is too soon for a trend."""
REACH_WORDS = {
    "none": N_("back only"),
    "buttock": N_("buttock"),
    "thigh": N_("thigh"),
    "below_knee": N_("below the knee"),
    "foot": N_("foot"),
}
"""How a reach reads in a sentence (translate with `_()` when shown: `reach_words`)."""


def reach_words(reach: str) -> str:
    return _(REACH_WORDS[reach]) if reach in REACH_WORDS else reach


@dataclass(frozen=True, slots=True)
class RoutineUse:
    routine_id: str
    title: str
    """The title of its newest session."""
    sessions: int


@dataclass(frozen=True, slots=True)
class PainMeans:
    """Mean pain over the sessions of a window; None where no check-in gave a value."""

    sessions: int
    back_before: float | None
    leg_before: float | None
    back_after: float | None
    leg_after: float | None
    back_relief: float | None
    """Mean of (before - after) over the sessions with both: positive when pain eased."""
    leg_relief: float | None
    reach_before: str | None
    """How far symptoms most often reached before sessions."""


@dataclass(frozen=True, slots=True)
class HistorySummary:
    """The period in a few numbers and plain sentences, for the page and the physio report."""

    routines: tuple[RoutineUse, ...]
    first_day: date | None
    last_day: date | None
    sessions: int
    completed: int
    stopped: int
    interrupted: int
    red_flag: int
    minutes: float
    hurt_events: int
    windows: tuple[str, str]
    """How the compared windows read: ("the first two weeks", "the last two")."""
    first: PainMeans | None
    last: PainMeans | None
    overall: PainMeans
    morning: tuple[int, int, int]
    """Morning-after check-ins: better, same, worse."""
    sentences: tuple[str, ...] = ()

    @property
    def trend(self) -> str:
        """The headline: leg pain (or back pain) at the start against the end."""
        return self.sentences[0]


def summary(
    conn: Conn, since: TimeBound = None, until: TimeBound = None, *, tz: Zone = None
) -> HistorySummary:
    """Routines, dates, counts and sentences comparing the first and last two weeks."""
    lo, hi = bounds(since, until)
    routines = conn.execute(
        "SELECT routine_id, routine_title, n FROM (SELECT routine_id, routine_title,"
        " count(*) AS n, max(started_at) FROM sessions WHERE started_at >= ? AND"
        " started_at < ? GROUP BY routine_id) ORDER BY n DESC, routine_id",
        (lo, hi),
    )
    n, done, stopped, interrupted, flagged, minutes, first_at, last_at = conn.execute(
        "SELECT count(*), total(status = 'completed'), total(status = 'stopped'),"
        " total(status = 'interrupted' AND ended_at IS NOT NULL), total(status = 'red_flag'),"
        " total(coalesce(active_s / 60.0, (julianday(ended_at) - julianday(started_at)) * 1440)),"
        " min(started_at), max(started_at) FROM sessions WHERE started_at >= ? AND started_at < ?",
        (lo, hi),
    ).fetchone()
    hurts = conn.execute(
        "SELECT count(*) FROM hurt_events WHERE at >= ? AND at < ?"
        " AND coalesce(choice, '') != 'mistake'",
        (lo, hi),
    )
    first_day = last_day = first = last = None
    windows = ("", "")
    if first_at is not None:
        first_day, last_day = local(first_at, tz).date(), local(last_at, tz).date()
        span = (last_day - first_day).days + 1
        window = _TWO_WEEKS if span >= 2 * _TWO_WEEKS else span // 2
        if window >= _MIN_WINDOW:
            windows = (
                (_("the first two weeks"), _("the last two"))
                if window == _TWO_WEEKS
                else (
                    _("the first {n} days").format(n=window),
                    _("the last {n}").format(n=window),
                )
            )
            first = _means(conn, lo, as_timestamp(day_start(first_day + timedelta(window), tz)))
            last = _means(conn, as_timestamp(day_start(last_day - timedelta(window - 1), tz)), hi)
    found = HistorySummary(
        tuple(RoutineUse(*r) for r in routines), first_day, last_day,
        n, int(done), int(stopped), int(interrupted), int(flagged), round(minutes, 2),
        hurts.fetchone()[0], windows, first, last,
        _means(conn, lo, hi), _morning(conn, lo, hi),
    )  # fmt: skip
    return replace(found, sentences=_sentences(found))


def _means(conn: Conn, lo: str, hi: str) -> PainMeans:
    row = conn.execute(
        "SELECT count(*), avg(b.back_pain), avg(b.leg_pain), avg(a.back_pain), avg(a.leg_pain),"
        f" avg(b.back_pain - a.back_pain), avg(b.leg_pain - a.leg_pain) {PAIN_FROM}",
        (lo, hi),
    ).fetchone()
    reach = conn.execute(
        f"SELECT b.reach {PAIN_FROM} AND b.reach IS NOT NULL"
        " GROUP BY b.reach ORDER BY count(*) DESC, max(s.started_at) DESC LIMIT 1",
        (lo, hi),
    ).fetchone()
    return PainMeans(*[*row, None if reach is None else reach[0]])


def _morning(conn: Conn, lo: str, hi: str) -> tuple[int, int, int]:
    rows = conn.execute(f"SELECT m.morning {PAIN_FROM} AND m.morning IS NOT NULL", (lo, hi))
    counts = Counter(r[0] for r in rows)
    return counts["better"], counts["same"], counts["worse"]


def _sentences(s: HistorySummary) -> tuple[str, ...]:
    """Plain descriptions of what was logged: numbers and directions, never a cause or a label."""
    if not s.sessions:
        return (_("No sessions were logged in this period."),)
    out = []
    start, end = s.windows
    averaged = (
        (_("Leg pain before sessions averaged {a} in {start} and {b} in {end} ({change})."), "leg"),
        (
            _("Back pain before sessions averaged {a} in {start} and {b} in {end} ({change})."),
            "back",
        ),
    )
    for sentence, key in averaged:
        a, b = (None if w is None else getattr(w, f"{key}_before") for w in (s.first, s.last))
        if a is not None and b is not None:
            out.append(
                sentence.format(
                    a=f"{a:.1f}", start=start, b=f"{b:.1f}", end=end, change=_change(b - a)
                )
            )
    if not out:
        out.append(_no_trend(s))
    if s.first and s.last and s.first.reach_before and s.last.reach_before:
        out.append(
            _(
                "Before sessions, symptoms most often reached: {first} in {start}, {last} in {end}."
            ).format(
                first=reach_words(s.first.reach_before),
                start=start,
                last=reach_words(s.last.reach_before),
                end=end,
            )
        )
    if relief := _relief(s.overall):
        out.append(relief)
    if sum(s.morning):
        better, same, worse = s.morning
        out.append(
            _("The morning after, {better} felt better, {same} the same and {worse} worse.").format(
                better=better, same=same, worse=worse
            )
        )
    out.append(counts_sentence(s))
    if s.hurt_events:
        out.append(hurts_sentence(s))
    if s.red_flag:
        out.append(
            ngettext(
                "{n} session ended with a warning sign and urgent-care advice.",
                "{n} sessions ended with a warning sign and urgent-care advice.",
                s.red_flag,
            ).format(n=s.red_flag)
        )
    return tuple(out)


def counts_sentence(s: HistorySummary) -> str:
    """How the period's sessions ended: "1 of 1 session was completed." (the report states
    the count in its own words and leaves this one out)."""
    ended = [
        ngettext(
            "{done} of {n} session was completed",
            "{done} of {n} sessions were completed",
            s.sessions,
        ).format(done=s.completed, n=s.sessions)
    ]
    if s.stopped:
        ended.append(
            ngettext("{n} stopped early", "{n} stopped early", s.stopped).format(n=s.stopped)
        )
    if s.interrupted:
        ended.append(
            ngettext("{n} interrupted", "{n} interrupted", s.interrupted).format(n=s.interrupted)
        )
    return _("{list}.").format(list=", ".join(ended))


def hurts_sentence(s: HistorySummary) -> str:
    return _('"Stop: this hurts" was used {times}.').format(times=times(s.hurt_events))


def _no_trend(s: HistorySummary) -> str:
    """Why there is no start-against-end comparison, in words a patient can act on."""
    o = s.overall
    if all(v is None for v in (o.back_before, o.leg_before, o.back_after, o.leg_after)):
        return _("No pain scores in this period: the check-ins before and after were skipped.")
    if not any(s.windows):
        return _(
            "Too soon for a trend: once your sessions span {n} days, this compares your pain "
            "at the start with the end."
        ).format(n=2 * _MIN_WINDOW)
    return _("Too few pain check-ins in this period to compare its start and end.")


def _relief(o: PainMeans) -> str | None:
    """Pain after a session against before it, each part with its own comparison ("was 1.0
    lower", "was the same") so the sentence stays grammatical when they differ."""
    relief = ((_("leg pain {eased}"), o.leg_relief), (_("back pain {eased}"), o.back_relief))
    changed = [w.format(eased=_eased(r)) for w, r in relief if r is not None and not _same(r)]
    same = [w.format(eased=_eased(r)) for w, r in relief if r is not None and _same(r)]
    if changed and same:
        return _("After a session, on average, {changed} than before it, and {same}.").format(
            changed=_and(changed), same=_and(same)
        )
    if changed:
        return _("After a session, on average, {parts} than before it.").format(parts=_and(changed))
    if same:
        return _("After a session, on average, {parts} as before it.").format(parts=_and(same))
    return None


def _and(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return _("{first} and {second}").format(first=parts[0], second=parts[1])


def _same(relief: float) -> bool:
    return abs(relief) < 0.05


def _change(delta: float) -> str:
    if abs(delta) < 0.5:
        return _("about the same")
    if delta < 0:
        return _("{n} points lower").format(n=f"{abs(delta):.1f}")
    return _("{n} points higher").format(n=f"{abs(delta):.1f}")


def _eased(relief: float) -> str:
    if _same(relief):
        return _("was the same")
    if relief > 0:
        return _("was {n} lower").format(n=f"{abs(relief):.1f}")
    return _("was {n} higher").format(n=f"{abs(relief):.1f}")
