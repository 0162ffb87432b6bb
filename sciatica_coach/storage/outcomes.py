"""What the next-time rules need from the log (core.progress), read through the log's API."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from ..core.progress import DrillOutcome, Level
from ..core.segments import ChangeCause

if TYPE_CHECKING:
    from .port import LogReader

RECENT_SESSIONS = 20


def levels(log: LogReader) -> dict[str, Level]:
    """Each base drill's stored level, as the facts the next-time rules read."""
    return {
        base: Level(
            base,
            lv.level_id,
            ChangeCause(lv.source),
            datetime.fromisoformat(lv.since),
            lv.about_id,
        )
        for base, lv in log.levels().items()
    }


def recent_outcomes(log: LogReader, limit: int = RECENT_SESSIONS) -> list[DrillOutcome]:
    """Each drill of the last `limit` sessions, with whether it hurt and the pain after."""
    sessions = sorted(log.sessions(), key=lambda s: s.started_at, reverse=True)[:limit]
    if not sessions:
        return []
    since = sessions[-1].started_at
    hurt = {(h.session_id, h.step) for h in log.hurt_events(since=since) if h.choice != "mistake"}
    after: dict[str, int] = {}
    for c in log.checkins(since=since):
        if c.moment == "after" and c.session_id is not None:
            pains = [p for p in (c.back_pain, c.leg_pain) if p is not None]
            if pains:
                after[c.session_id] = max(pains)
    out = []
    by_id = {s.id: s for s in sessions}
    for d in log.drills(since=since):
        session = by_id.get(d.session_id)
        if session is None:
            continue
        out.append(
            DrillOutcome(
                session_id=d.session_id,
                started_at=datetime.fromisoformat(session.started_at),
                base=d.exercise_id,
                exercise=d.variant_id,
                status=d.status,
                hurt=(d.session_id, d.step) in hurt,
                after_pain=after.get(d.session_id),
            )
        )
    return out


def morning_after_answers(log: LogReader) -> list[str]:
    """How the mornings after felt, newest first (skipped check-ins left out)."""
    rows = [c for c in log.checkins() if c.moment == "morning_after" and c.morning is not None]
    rows.sort(key=lambda c: c.at, reverse=True)
    return [c.morning for c in rows if c.morning is not None]


def stops(log: LogReader) -> list[tuple[str, datetime]]:
    """Each time a drill was stopped because it hurt: (base drill, when). A press whose answers
    never came (the app was killed during the questions) counts: it was stopped."""
    return [
        (h.exercise_id, datetime.fromisoformat(h.at))
        for h in log.hurt_events()
        if h.choice not in ("continue", "red_flag", "mistake")
    ]


def session_needing_morning_check(log: LogReader, now: datetime) -> str | None:
    """The last session, if it was on an earlier day (within three) and has no morning check."""
    sessions = sorted(log.sessions(), key=lambda s: s.started_at, reverse=True)
    if not sessions:
        return None
    last = sessions[0]
    when = datetime.fromisoformat(last.started_at).astimezone(now.tzinfo)
    days = (now.date() - when.date()).days
    if not 1 <= days <= 3:
        return None
    asked = {
        c.session_id for c in log.checkins(since=last.started_at) if c.moment == "morning_after"
    }
    return None if last.id in asked else last.id


AFTER_CHECK_WITHIN_HOURS = 12


def session_needing_after_check(log: LogReader, now: datetime) -> str | None:
    """The last session, if it ended (done or stopped) in the last hours and its after-session
    check-in was never answered or skipped: the app was closed (or killed) on the summary."""
    sessions = sorted(log.sessions(), key=lambda s: s.started_at, reverse=True)
    if not sessions:
        return None
    last = sessions[0]
    if last.status not in ("completed", "stopped") or last.ended_at is None:
        return None
    ended = datetime.fromisoformat(last.ended_at)
    if not 0 <= (now - ended).total_seconds() <= AFTER_CHECK_WITHIN_HOURS * 3600:
        return None
    asked = any(c.moment == "after" for c in log.checkins(last.id))
    return None if asked else last.id
