"""History for someone new: one session, one day. Counts in the singular, no weekly rate made
up from a day, and sentences that say why there is no trend yet (no Qt)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from sciatica_coach.storage import history
from sciatica_coach.storage.history import day_start
from sciatica_coach.storage.records import SessionEnd

TODAY = date(2026, 3, 20)
FIRST = datetime(2026, 3, 20, 9, 30, tzinfo=UTC)


def one_session(log, rec, at=FIRST, minutes=12, status="completed", before=None, after=None):
    log.write(rec.session(started_at=at.isoformat()))
    for moment, pain in (("before", before), ("after", after)):
        if pain is not None:
            back, leg = pain
            log.write(rec.checkin(moment=moment, at=at.isoformat(), back_pain=back, leg_pain=leg))
    end = at + timedelta(minutes=minutes)
    log.write(SessionEnd(session_id=rec.session_id, status=status, ended_at=end.isoformat()))


def test_first_session_day_is_on_the_persons_clock(log, rec):
    assert history.first_session_day(log.connection) is None
    one_session(log, rec, at=datetime(2026, 3, 19, 23, 30, tzinfo=UTC))
    one_session(log, rec, at=datetime(2026, 3, 20, 9, 0, tzinfo=UTC))
    assert history.first_session_day(log.connection, UTC) == date(2026, 3, 19)
    plus2 = timezone(timedelta(hours=2))
    assert history.first_session_day(log.connection, plus2) == date(2026, 3, 20)


def test_one_session_in_the_singular_and_no_weekly_rate(log, rec):
    one_session(log, rec)
    h = history.load(log.connection, None, day_start(TODAY + timedelta(days=1), UTC),
                     today=TODAY, tz=UTC)  # fmt: skip
    assert (h.adherence.days, h.adherence.days_practised, h.adherence.sessions_completed) == (
        1,
        1,
        1,
    )
    assert h.adherence.per_week is None
    assert h.summary.sentences == (
        "No pain scores in this period: the check-ins before and after were skipped.",
        "1 of 1 session was completed.",
    )
    assert history.counts_sentence(h.summary) == "1 of 1 session was completed."


def test_two_sessions_in_the_plural(log, rec):
    one_session(log, rec)
    one_session(log, rec, at=FIRST + timedelta(hours=4), status="stopped")
    s = history.summary(log.connection, tz=UTC)
    assert "1 of 2 sessions were completed, 1 stopped early." in s.sentences


def test_a_week_gives_a_weekly_rate(log, rec):
    for day in range(7):
        one_session(log, rec, at=FIRST - timedelta(days=day))
    until = day_start(TODAY + timedelta(days=1), UTC)
    a = history.adherence(log.connection, None, until, today=TODAY, tz=UTC)
    assert a.days == 7
    assert a.per_week == 7.0


def test_one_checked_in_session_says_it_is_too_soon_and_compares_before_and_after(log, rec):
    one_session(log, rec, before=(3, 5), after=(3, 4))
    s = history.summary(log.connection, tz=UTC)
    assert s.sentences[:2] == (
        "Too soon for a trend: once your sessions span 6 days, this compares your pain at the "
        "start with the end.",
        # Each part carries its own comparison: never "back pain was the same than before it".
        "After a session, on average, leg pain was 1.0 lower than before it, and back pain was "
        "the same.",
    )


def test_pain_the_same_before_and_after_reads_as_a_sentence(log, rec):
    one_session(log, rec, before=(3, 5), after=(3, 5))
    s = history.summary(log.connection, tz=UTC)
    assert (
        "After a session, on average, leg pain was the same and back pain was the same as "
        "before it." in s.sentences
    )
    for text in s.sentences:
        assert "same than" not in text
