"""Wall-clock times for the log: ISO-8601 in UTC with whole seconds."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)


def stamp(moment: datetime) -> str:
    """'2026-11-22T02:15:00+00:00' for any aware datetime."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()
