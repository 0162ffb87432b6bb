"""A period of the log in a few numbers and plain sentences, for the History page and the report.

The sentences compare the first and last two weeks of the period (fewer days when it is short).
They describe what was logged; they never diagnose.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .history_period import PAIN_FROM, Conn, TimeBound, Zone, bounds, day_start, local
from .records import as_timestamp

_TWO_WEEKS = 14
REACH_WORDS = {"none": "back only", "below_knee": "below the knee"}
"""How a reach reads in a sentence, where it differs from its name."""


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
        if window >= 3:
            windows = (
                ("the first two weeks", "the last two")
                if window == _TWO_WEEKS
                else (f"the first {window} days", f"the last {window}")
            )
            first = _means(conn, lo, as_timestamp(day_start(first_day + timedelta(window), tz)))
            last = _means(conn, as_timestamp(day_start(last_day - timedelta(window - 1), tz)), hi)
    found = HistorySummary(
        tuple(RoutineUse(*r) for r in routines), first_day, last_day,
        n, int(done), int(stopped), int(interrupted), int(flagged), round(minutes, 1),
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
        return ("No sessions were logged in this period.",)
    out = []
    start, end = s.windows
    for what, key in (("Leg", "leg_before"), ("Back", "back_before")):
        a, b = (None if w is None else getattr(w, key) for w in (s.first, s.last))
        if a is not None and b is not None:
            out.append(
                f"{what} pain before sessions averaged {a:.1f} in {start} and {b:.1f} in {end}"
                f"{_change(b - a)}."
            )
    if not out:
        out.append("Too few pain check-ins in this period to compare its start and end.")
    if s.first and s.last and s.first.reach_before and s.last.reach_before:
        reach = [REACH_WORDS.get(r, r) for r in (s.first.reach_before, s.last.reach_before)]
        out.append(
            f"Before sessions, symptoms most often reached: {reach[0]} in {start}, "
            f"{reach[1]} in {end}."
        )
    relief = (("leg", s.overall.leg_relief), ("back", s.overall.back_relief))
    if parts := [f"{what} pain {_eased(r)}" for what, r in relief if r is not None]:
        out.append(f"After a session, on average, {' and '.join(parts)} than before it.")
    if sum(s.morning):
        better, same, worse = s.morning
        out.append(f"The morning after, {better} felt better, {same} the same and {worse} worse.")
    ended = [f"{s.completed} of {s.sessions} sessions were completed"]
    ended += [
        f"{k} {w}" for k, w in ((s.stopped, "ended early"), (s.interrupted, "cut short")) if k
    ]
    out.append(", ".join(ended) + ".")
    if s.hurt_events:
        times = {1: "once", 2: "twice"}.get(s.hurt_events, f"{s.hurt_events} times")
        out.append(f'"Stop: this hurts" was used {times}.')
    if s.red_flag:
        noun = "session" if s.red_flag == 1 else "sessions"
        out.append(f"{s.red_flag} {noun} ended with urgent-care advice (a red flag).")
    return tuple(out)


def _change(delta: float) -> str:
    if abs(delta) < 0.5:
        return " (about the same)"
    return f" ({abs(delta):.1f} points {'lower' if delta < 0 else 'higher'})"


def _eased(relief: float) -> str:
    if abs(relief) < 0.05:
        return "was the same"
    return f"was {abs(relief):.1f} {'lower' if relief > 0 else 'higher'}"
