"""What the History page and the physio report show, read from the log with SQL aggregates.

Every query takes a period (`history_period`): sessions that started in [since, until) (None =
open end), and events that happened in it. Per-session and per-drill work is done by SQLite; only
per-day bucketing is done here, because a "day" is a day on the person's own clock (`tz`; None =
this computer's zone), which SQLite cannot follow across daylight-saving changes. Nothing here
reads the clock: pass `today` where "current" matters. The period's numbers and sentences are
in `history_summary`, re-exported here.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from .history_period import PAIN_FROM, bounds
from .history_period import Conn as Conn
from .history_period import TimeBound as TimeBound
from .history_period import Zone as Zone
from .history_period import day_start as day_start
from .history_period import first_session_day as first_session_day
from .history_period import local as local
from .history_summary import REACH_WORDS as REACH_WORDS
from .history_summary import HistorySummary as HistorySummary
from .history_summary import PainMeans as PainMeans
from .history_summary import RoutineUse as RoutineUse
from .history_summary import counts_sentence as counts_sentence
from .history_summary import hurts_sentence as hurts_sentence
from .history_summary import reach_words as reach_words
from .history_summary import summary as summary
from .records import as_timestamp


def connection_of(log: object) -> sqlite3.Connection | None:
    """The sqlite connection behind a log (`SessionLog.connection`), or None if it has none."""
    conn = getattr(log, "connection", None)
    return conn if isinstance(conn, sqlite3.Connection) else None


def _maybe_local(timestamp: str | None, tz: Zone) -> datetime | None:
    return None if timestamp is None else local(timestamp, tz)


@dataclass(frozen=True, slots=True)
class PainPoint:
    """One session's check-ins: pain 0-10 and how far down the leg symptoms reached."""

    session_id: str
    at: datetime
    routine_id: str
    status: str
    back_before: int | None
    leg_before: int | None
    reach_before: str | None
    back_after: int | None
    leg_after: int | None
    reach_after: str | None
    morning: str | None


def pain_series(
    conn: Conn, since: TimeBound = None, until: TimeBound = None, *, tz: Zone = None
) -> list[PainPoint]:
    """Every session in the period, oldest first, with its before, after and morning check-ins."""
    rows = conn.execute(
        "SELECT s.id, s.started_at, s.routine_id, s.status, b.back_pain, b.leg_pain, b.reach,"
        f" a.back_pain, a.leg_pain, a.reach, m.morning {PAIN_FROM}"
        " ORDER BY s.started_at, s.rowid",
        bounds(since, until),
    )
    return [PainPoint(r[0], local(r[1], tz), *r[2:]) for r in rows]


@dataclass(frozen=True, slots=True)
class WeekPain:
    """Mean pain of the sessions started in the week beginning `monday` (None: no check-in)."""

    monday: date
    sessions: int
    back_before: float | None
    leg_before: float | None
    back_after: float | None
    leg_after: float | None


def weekly_pain(points: list[PainPoint]) -> list[WeekPain]:
    """Weekly means of a pain series: a readable line over months and years."""
    weeks: dict[date, list[PainPoint]] = {}
    for p in points:
        day = p.at.date()
        weeks.setdefault(day - timedelta(days=day.weekday()), []).append(p)

    def mean(values: list[int | None]) -> float | None:
        known = [v for v in values if v is not None]
        return sum(known) / len(known) if known else None

    return [
        WeekPain(
            monday,
            len(ps),
            mean([p.back_before for p in ps]),
            mean([p.leg_before for p in ps]),
            mean([p.back_after for p in ps]),
            mean([p.leg_after for p in ps]),
        )
        for monday, ps in weeks.items()
    ]


@dataclass(frozen=True, slots=True)
class HurtMark:
    """A "Stop: this hurts" report: when, in which drill and where in it, and what was chosen."""

    at: datetime
    session_id: str
    exercise_id: str
    variant_id: str
    set: int
    side: str | None
    rep: int | None
    phase: str
    pain: int | None
    """None when the answers never came (the app was closed during the questions)."""
    reach: str | None
    feelings: tuple[str, ...]
    red_flags: tuple[str, ...]
    suggestion: str | None
    choice: str | None
    variant_offered: str | None

    @property
    def red_flag(self) -> bool:
        return bool(self.red_flags) or "red_flag" in (self.suggestion, self.choice)


def hurt_events(
    conn: Conn, since: TimeBound = None, until: TimeBound = None, *, tz: Zone = None
) -> list[HurtMark]:
    """Hurt reports made in the period, oldest first (a few a month: plain rows are fine)."""
    rows = conn.execute(
        'SELECT at, session_id, exercise_id, variant_id, "set", side, rep, phase, pain, reach,'
        " feelings, red_flags, suggestion, choice, variant_offered FROM hurt_events"
        " WHERE at >= ? AND at < ? AND coalesce(choice, '') != 'mistake' ORDER BY at, id",
        bounds(since, until),
    )
    return [
        HurtMark(*[local(r[0], tz), *r[1:10], _tuple(r[10]), _tuple(r[11]), *r[12:]]) for r in rows
    ]


def _tuple(text: str) -> tuple[str, ...]:
    return tuple(str(v) for v in json.loads(text))


@dataclass(frozen=True, slots=True)
class RedFlagStop:
    session_id: str
    started_at: datetime
    ended_at: datetime | None
    routine_id: str
    routine_title: str
    flags: tuple[str, ...] = ()
    """The warning signs reported (ids; `core.words.flag_words` names them)."""


def red_flag_stops(
    conn: Conn, since: TimeBound = None, until: TimeBound = None, *, tz: Zone = None
) -> list[RedFlagStop]:
    """Sessions in the period that ended because of a red flag, oldest first."""
    rows = conn.execute(
        "SELECT s.id, s.started_at, s.ended_at, s.routine_id, s.routine_title,"
        " coalesce((SELECT h.red_flags FROM hurt_events AS h WHERE h.session_id = s.id"
        "           AND h.choice = 'red_flag' ORDER BY h.at DESC, h.id DESC LIMIT 1), '[]')"
        " FROM sessions AS s"
        " WHERE s.status = 'red_flag' AND s.started_at >= ? AND s.started_at < ?"
        " ORDER BY s.started_at",
        bounds(since, until),
    )
    return [
        RedFlagStop(r[0], local(r[1], tz), _maybe_local(r[2], tz), r[3], r[4], _tuple(r[5]))
        for r in rows
    ]


@dataclass(frozen=True, slots=True)
class DayPractice:
    """One day with practice: minutes from each session's start to its end (interrupted too)."""

    day: date
    minutes: float
    sessions: int
    completed: int
    red_flag: bool


MINUTES = "coalesce(active_s / 60.0, (julianday(ended_at) - julianday(started_at)) * 1440.0)"
"""A session's minutes of exercise, in SQL (see `practice_per_day`)."""


def practice_per_day(
    conn: Conn, since: TimeBound = None, until: TimeBound = None, *, tz: Zone = None
) -> list[DayPractice]:
    """Days with at least one ended session in the period, oldest first, by the start's day.

    Minutes are exercise time (pauses left out) where the session kept it; older sessions,
    logged before it was kept, count from their start to their end."""
    rows = conn.execute(
        f"SELECT started_at, {MINUTES}, status"
        " FROM sessions WHERE ended_at IS NOT NULL AND started_at >= ? AND started_at < ?"
        " ORDER BY started_at",
        bounds(since, until),
    )
    days: dict[date, list[Any]] = {}
    for started, minutes, status in rows:
        entry = days.setdefault(local(started, tz).date(), [0.0, 0, 0, False])
        entry[0] += minutes
        entry[1] += 1
        entry[2] += status == "completed"
        entry[3] = entry[3] or status == "red_flag"
    return [DayPractice(day, round(m, 2), n, c, f) for day, (m, n, c, f) in days.items()]


WEEK = 7
"""Days in a week: the shortest period a weekly rate is given for."""


@dataclass(frozen=True, slots=True)
class Adherence:
    """Practice over the days of a period; only completed sessions count as practice days."""

    first_day: date | None
    last_day: date | None
    days: int
    days_practised: int
    sessions_completed: int
    current_streak: int
    """Days in a row, up to the last day, with a completed session; an undone last day (today,
    not over yet) does not break it."""
    longest_streak: int

    @property
    def per_week(self) -> float | None:
        """Completed sessions a week; None over less than a week, where a rate would be a
        guess ("7.0 sessions a week" from one day): say "1 session in 1 day" instead."""
        if self.days < WEEK:
            return None
        return WEEK * self.sessions_completed / self.days


def adherence(
    conn: Conn,
    since: TimeBound = None,
    until: TimeBound = None,
    *,
    today: date | None = None,
    tz: Zone = None,
) -> Adherence:
    """Days practised in the period. Its last day is the day before `until` or `today`,
    whichever is earlier; with neither, the last day with a session."""
    lo, hi = bounds(since, until)
    first_at, last_at = conn.execute(
        "SELECT min(started_at), max(started_at) FROM sessions WHERE started_at >= ? AND"
        " started_at < ?",
        (lo, hi),
    ).fetchone()
    first = local(lo, tz).date() if lo else first_at and local(first_at, tz).date()
    last_days = [local(hi, tz).date() - timedelta(days=1)] if until is not None else []
    last_days += [today] if today is not None else []
    last = min(last_days) if last_days else last_at and local(last_at, tz).date()
    if not first or not last or last < first:
        return Adherence(first or None, last or None, 0, 0, 0, 0, 0)
    end = as_timestamp(day_start(last + timedelta(days=1), tz))
    done_sql = "SELECT started_at FROM sessions WHERE status = 'completed' AND started_at < ?"
    done = [
        local(r[0], tz).date() for r in conn.execute(f"{done_sql} AND started_at >= ?", (end, lo))
    ]
    practised = set(done)
    # Newest first, back to the first gap: a streak may begin before the period.
    streak, expect = 0, last
    for (started,) in conn.execute(f"{done_sql} ORDER BY started_at DESC", (end,)):
        day = local(started, tz).date()
        if day == expect or (day == last - timedelta(days=1) and not streak):
            streak, expect = streak + 1, day - timedelta(days=1)
        elif day < expect:
            break
    longest = run = 0
    for offset in range((last - first).days + 1):
        run = run + 1 if first + timedelta(days=offset) in practised else 0
        longest = max(longest, run)
    days = (last - first).days + 1
    return Adherence(first, last, days, len(practised), len(done), streak, longest)


@dataclass(frozen=True, slots=True)
class DrillStats:
    """One base drill over the period, and the level it starts on now, with the facts behind it
    (which exercise was stopped or progressed, and when): the words are made when shown."""

    exercise_id: str
    done: int
    skipped: int
    stopped: int
    hurts: int
    last_done: datetime | None
    level_id: str | None
    level_about: str | None
    level_since: datetime | None
    level_source: str | None


def drill_table(
    conn: Conn, since: TimeBound = None, until: TimeBound = None, *, tz: Zone = None
) -> list[DrillStats]:
    """Each drill done in the period's sessions, in the order the routines first used them."""
    rows = conn.execute(
        """
        SELECT d.exercise_id, sum(d.status = 'done'), sum(d.status = 'skipped'),
               sum(d.status = 'stopped'), coalesce(h.n, 0),
               max(CASE WHEN d.status = 'done' THEN d.ended_at END),
               l.level_id, l.about_id, l.since, l.source
        FROM sessions AS s JOIN drill_results AS d ON d.session_id = s.id
        LEFT JOIN exercise_levels AS l ON l.base_id = d.exercise_id
        LEFT JOIN (SELECT exercise_id, count(*) AS n FROM hurt_events
                   WHERE at >= ?1 AND at < ?2 AND coalesce(choice, '') != 'mistake'
                   GROUP BY exercise_id) AS h
               ON h.exercise_id = d.exercise_id
        WHERE s.started_at >= ?1 AND s.started_at < ?2
        GROUP BY d.exercise_id
        ORDER BY min(s.started_at), min(d.step), d.exercise_id
        """,
        bounds(since, until),
    )
    return [
        DrillStats(
            r[0], r[1], r[2], r[3], r[4], _maybe_local(r[5], tz), r[6], r[7],
            _maybe_local(r[8], tz), r[9],
        )
        for r in rows
    ]  # fmt: skip


@dataclass(frozen=True, slots=True)
class History:
    """Everything the History page and the report show for one period."""

    pain: list[PainPoint]
    hurts: list[HurtMark]
    red_flags: list[RedFlagStop]
    days: list[DayPractice]
    adherence: Adherence
    drills: list[DrillStats]
    summary: HistorySummary


def load(
    conn: Conn,
    since: TimeBound = None,
    until: TimeBound = None,
    *,
    today: date | None = None,
    tz: Zone = None,
) -> History:
    return History(
        pain_series(conn, since, until, tz=tz),
        hurt_events(conn, since, until, tz=tz),
        red_flag_stops(conn, since, until, tz=tz),
        practice_per_day(conn, since, until, tz=tz),
        adherence(conn, since, until, today=today, tz=tz),
        drill_table(conn, since, until, tz=tz),
        summary(conn, since, until, tz=tz),
    )
