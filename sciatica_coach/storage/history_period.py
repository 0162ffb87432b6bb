"""The period every history query takes, on the person's clock, and the SQL they share.

A period is sessions that started in [since, until) (None = open end), and events that happened
in it. A "day" is a day on the person's own clock (`tz`; None = this computer's zone).
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time, tzinfo

from .records import as_timestamp

TimeBound = str | datetime | None
Zone = tzinfo | None
"""The person's time zone; None is this computer's."""
Conn = sqlite3.Connection
_LATEST = "~"  # sorts after every timestamp: an open upper bound


def day_start(day: date, tz: Zone = None) -> datetime:
    """Midnight at the start of `day` on the person's clock, as an aware datetime."""
    naive = datetime.combine(day, time())
    return naive.astimezone() if tz is None else naive.replace(tzinfo=tz)


def local(timestamp: str, tz: Zone = None) -> datetime:
    """A log timestamp (UTC) on the person's clock."""
    return datetime.fromisoformat(timestamp).astimezone(tz)


def bounds(since: TimeBound, until: TimeBound) -> tuple[str, str]:
    """The period as the text timestamps are compared with: lower (inclusive), upper (exclusive)."""
    return (
        "" if since is None else as_timestamp(since),
        _LATEST if until is None else as_timestamp(until),
    )


# Pain, per session: the newest check-in of each moment counts (ids grow as check-ins are logged,
# so a corrected one replaces the first; max(id) needs no sort, unlike ORDER BY at).
_LAST = "(SELECT max(id) FROM checkins WHERE session_id = s.id AND moment = '{}')"
PAIN_FROM = f"""
FROM sessions AS s
LEFT JOIN checkins AS b ON b.id = {_LAST.format("before")}
LEFT JOIN checkins AS a ON a.id = {_LAST.format("after")}
LEFT JOIN checkins AS m ON m.id = {_LAST.format("morning_after")}
WHERE s.started_at >= ? AND s.started_at < ?
"""
"""The sessions of a period (two parameters: `bounds`) with their check-ins as b, a and m."""


def first_session_day(conn: Conn, tz: Zone = None) -> date | None:
    """The day of the first session ever logged, on the person's clock (None: none yet).

    The History page starts its default period there for someone new (one indexed lookup)."""
    first = conn.execute("SELECT min(started_at) FROM sessions").fetchone()[0]
    return None if first is None else local(first, tz).date()
