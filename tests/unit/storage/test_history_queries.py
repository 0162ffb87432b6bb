"""History queries: exact numbers on a small hand-made history (no Qt)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from sciatica_coach.storage import history
from sciatica_coach.storage.history import day_start
from sciatica_coach.storage.records import SessionEnd

PLUS2 = timezone(timedelta(hours=2))
DIAGNOSTIC = ("diagnos", "disc herniation", "herniat", "you have", "sciatica is", "caused by")


def ts(text: str) -> str:
    """'2026-03-02 08:00' (UTC) as a log timestamp."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC).isoformat()


def session(log, rec, start, end, status="completed", routine="disc-extension", **pain):
    """One session: `pain` holds before=(back, leg, reach) and after=(...), morning='better'."""
    log.write(rec.session(started_at=ts(start), routine_id=routine))
    for moment in ("before", "after"):
        if moment in pain:
            back, leg, reach = pain[moment]
            at = start if moment == "before" else end
            log.write(
                rec.checkin(moment=moment, at=ts(at), back_pain=back, leg_pain=leg, reach=reach)
            )
    if end is not None:
        log.write(SessionEnd(session_id=rec.session_id, status=status, ended_at=ts(end)))
    if "morning" in pain:
        morning_at = ts(start[:10] + " 07:30") if start else None
        next_day = datetime.fromisoformat(morning_at) + timedelta(days=1)
        log.write(
            rec.checkin(
                moment="morning_after",
                at=next_day.isoformat(),
                back_pain=None,
                leg_pain=None,
                reach=None,
                morning=pain["morning"],
            )
        )
    return rec.session_id


def drill(log, rec, exercise, status, start, step=0):
    log.write(
        rec.drill(
            exercise_id=exercise,
            variant_id=exercise,
            status=status,
            step=step,
            started_at=ts(start),
            ended_at=(datetime.fromisoformat(ts(start)) + timedelta(minutes=3)).isoformat(),
        )
    )


@pytest.fixture
def week(log, rec):
    """Seven days, 2 to 8 March 2026 (UTC): two sessions on the 2nd, one crossing midnight,
    an interrupted one, a red-flag stop, a day off, and a calm end."""
    s1 = session(log, rec, "2026-03-02 08:00", "2026-03-02 08:20",
                 before=(4, 6, "below_knee"), after=(3, 4, "thigh"), morning="better")  # fmt: skip
    drill(log, rec, "prone-mini-push-up", "done", "2026-03-02 08:01")
    drill(log, rec, "bird-dog", "done", "2026-03-02 08:05", step=1)
    s2 = session(log, rec, "2026-03-02 19:00", "2026-03-02 19:12", "stopped",
                 before=(5, 6, "below_knee"))  # fmt: skip
    drill(log, rec, "prone-mini-push-up", "done", "2026-03-02 19:01")
    drill(log, rec, "bird-dog", "stopped", "2026-03-02 19:05", step=1)
    log.write(rec.hurt(at=ts("2026-03-02 19:08"), exercise_id="bird-dog", variant_id="bird-dog",
                          pain=6, choice="regress", suggestion="regress",
                          variant_offered="bird-dog-short-hold"))  # fmt: skip
    log.write(rec.level(base_id="bird-dog", level_id="bird-dog-short-hold",
                            about_id="bird-dog",
                            since=ts("2026-03-02 19:08")))  # fmt: skip
    session(log, rec, "2026-03-03 23:30", "2026-03-04 00:10", before=(3, 5, "thigh"),
            after=(3, 5, "thigh"), morning="same")  # fmt: skip
    drill(log, rec, "prone-mini-push-up", "done", "2026-03-03 23:31")
    session(log, rec, "2026-03-04 08:00", "2026-03-04 08:15", "interrupted")
    drill(log, rec, "prone-mini-push-up", "done", "2026-03-04 08:01")
    s5 = session(
        log, rec, "2026-03-05 08:00", "2026-03-05 08:05", "red_flag", before=(6, 7, "foot")
    )
    drill(log, rec, "prone-mini-push-up", "stopped", "2026-03-05 08:01")
    log.write(rec.hurt(at=ts("2026-03-05 08:04"), exercise_id="prone-mini-push-up",
                          variant_id="prone-mini-push-up", pain=7, red_flags=("both_legs",),
                          suggestion="red_flag", choice="red_flag",
                          variant_offered=None))  # fmt: skip
    session(log, rec, "2026-03-07 08:00", "2026-03-07 08:30", before=(2, 3, "buttock"),
            after=(2, 2, "buttock"), morning="worse")  # fmt: skip
    drill(log, rec, "prone-mini-push-up", "done", "2026-03-07 08:01")
    drill(log, rec, "bird-dog", "skipped", "2026-03-07 08:05", step=1)
    session(log, rec, "2026-03-08 08:00", "2026-03-08 08:20", before=(2, 2, "buttock"))
    drill(log, rec, "prone-mini-push-up", "done", "2026-03-08 08:01")
    # Still running (no end): counted as a session, never as minutes or a practice day.
    session(log, rec, "2026-03-09 08:00", None)
    return {"s1": s1, "s2": s2, "s5": s5}


def test_minutes_per_day_follow_the_start_day_in_the_persons_zone(log, week):
    days = history.practice_per_day(log.connection, tz=UTC)
    assert [(d.day.day, d.minutes, d.sessions, d.completed, d.red_flag) for d in days] == [
        (2, 32.0, 2, 1, False),
        (3, 40.0, 1, 1, False),
        (4, 15.0, 1, 0, False),
        (5, 5.0, 1, 0, True),
        (7, 30.0, 1, 1, False),
        (8, 20.0, 1, 1, False),
    ]
    # Two hours east, the session started at 23:30 UTC belongs to the 4th.
    east = {d.day.day: d.minutes for d in history.practice_per_day(log.connection, tz=PLUS2)}
    assert 3 not in east
    assert east[4] == 55.0


def test_minutes_respect_the_period(log, week):
    since, until = day_start(date(2026, 3, 3), UTC), day_start(date(2026, 3, 5), UTC)
    days = history.practice_per_day(log.connection, since, until, tz=UTC)
    assert [(d.day.day, d.minutes) for d in days] == [(3, 40.0), (4, 15.0)]


def test_adherence_over_a_week(log, week):
    since, until = day_start(date(2026, 3, 2), UTC), day_start(date(2026, 3, 9), UTC)
    a = history.adherence(log.connection, since, until, today=date(2026, 3, 20), tz=UTC)
    assert (a.first_day, a.last_day) == (date(2026, 3, 2), date(2026, 3, 8))
    assert (a.days, a.days_practised, a.sessions_completed) == (7, 4, 4)
    assert (a.current_streak, a.longest_streak) == (2, 2)
    assert a.per_week == pytest.approx(4.0)


def test_an_undone_today_does_not_break_the_streak(log, week):
    a = history.adherence(log.connection, today=date(2026, 3, 9), tz=UTC)
    assert (a.first_day, a.last_day, a.days) == (date(2026, 3, 2), date(2026, 3, 9), 8)
    assert a.current_streak == 2
    gap = history.adherence(log.connection, today=date(2026, 3, 10), tz=UTC)
    assert gap.current_streak == 0


def test_a_streak_counts_days_before_the_period(log, week):
    since = day_start(date(2026, 3, 8), UTC)
    a = history.adherence(log.connection, since, today=date(2026, 3, 8), tz=UTC)
    assert (a.days, a.days_practised, a.current_streak, a.longest_streak) == (1, 1, 2, 1)
    assert a.per_week is None  # one day is not a weekly rate ("7.0 sessions a week")


def test_adherence_of_an_empty_log(log):
    a = history.adherence(log.connection, tz=UTC)
    assert (a.days, a.days_practised, a.current_streak, a.per_week) == (0, 0, 0, None)


def test_pain_series_has_every_session_with_its_last_checkins(log, rec, week):
    # A corrected "before" check-in replaces the first one.
    log.write(rec.checkin(session_id=week["s1"], moment="before", at=ts("2026-03-02 08:01"),
                                back_pain=4, leg_pain=5, reach="thigh"))  # fmt: skip
    points = history.pain_series(log.connection, tz=UTC)
    assert len(points) == 8
    first = points[0]
    assert (first.session_id, first.at, first.status) == (
        week["s1"], datetime(2026, 3, 2, 8, 0, tzinfo=UTC), "completed"
    )  # fmt: skip
    assert (first.back_before, first.leg_before, first.reach_before) == (4, 5, "thigh")
    assert (first.back_after, first.leg_after, first.morning) == (3, 4, "better")
    assert [p.leg_before for p in points] == [5, 6, 5, None, 7, 3, 2, None]
    assert [p.leg_after for p in points] == [4, None, 5, None, None, 2, None, None]
    window = history.pain_series(
        log.connection, ts("2026-03-07 00:00"), ts("2026-03-08 00:00"), tz=UTC
    )
    assert [(p.back_before, p.leg_before) for p in window] == [(2, 3)]


def test_weekly_pain_means(log, week):
    weeks = history.weekly_pain(history.pain_series(log.connection, tz=UTC))
    assert [w.monday for w in weeks] == [date(2026, 3, 2), date(2026, 3, 9)]
    first = weeks[0]
    assert first.sessions == 7
    assert first.leg_before == pytest.approx((6 + 6 + 5 + 7 + 3 + 2) / 6)
    assert first.leg_after == pytest.approx((4 + 5 + 2) / 3)
    assert weeks[1].leg_before is None


def test_hurt_events_and_red_flags(log, week):
    hurts = history.hurt_events(log.connection, tz=UTC)
    assert [(h.at.day, h.exercise_id, h.pain, h.choice, h.red_flag) for h in hurts] == [
        (2, "bird-dog", 6, "regress", False),
        (5, "prone-mini-push-up", 7, "red_flag", True),
    ]
    assert hurts[0].feelings == ("sharp", "numbness_tingling")
    assert (hurts[0].set, hurts[0].side, hurts[0].rep) == (1, "left", 4)
    stops = history.red_flag_stops(log.connection, tz=UTC)
    assert [(s.session_id, s.started_at.day, s.ended_at.minute) for s in stops] == [
        (week["s5"], 5, 5)
    ]
    later = history.red_flag_stops(log.connection, ts("2026-03-06 00:00"), tz=UTC)
    assert later == []


def test_drill_table_counts_and_current_level(log, week):
    rows = history.drill_table(log.connection, tz=UTC)
    assert [(r.exercise_id, r.done, r.skipped, r.stopped, r.hurts) for r in rows] == [
        ("prone-mini-push-up", 6, 0, 1, 1),
        ("bird-dog", 1, 1, 1, 1),
    ]
    bird = rows[1]
    assert (bird.level_id, bird.level_about, bird.level_source) == (
        "bird-dog-short-hold", "bird-dog", "stopped"
    )  # fmt: skip
    assert bird.last_done == datetime(2026, 3, 2, 8, 8, tzinfo=UTC)
    assert rows[0].level_id is None
    late = history.drill_table(log.connection, ts("2026-03-06 00:00"), tz=UTC)
    assert [(r.exercise_id, r.done, r.skipped, r.stopped, r.hurts) for r in late] == [
        ("prone-mini-push-up", 2, 0, 0, 0),
        ("bird-dog", 0, 1, 0, 0),
    ]


def test_summary_of_the_week(log, week):
    s = history.summary(log.connection, tz=UTC)
    assert [(r.routine_id, r.sessions) for r in s.routines] == [("disc-extension", 8)]
    assert (s.first_day, s.last_day) == (date(2026, 3, 2), date(2026, 3, 9))
    assert (s.sessions, s.completed, s.stopped, s.interrupted, s.red_flag) == (8, 4, 1, 1, 1)
    assert s.minutes == pytest.approx(142.0)
    assert s.hurt_events == 2
    assert s.windows == ("the first 4 days", "the last 4")
    assert s.first.leg_before == pytest.approx((6 + 6 + 5 + 7) / 4)
    assert s.first.back_before == pytest.approx((4 + 5 + 3 + 6) / 4)
    assert s.last.leg_before == pytest.approx((3 + 2) / 2)
    assert s.morning == (1, 1, 1)
    assert s.trend == (
        "Leg pain before sessions averaged 6.0 in the first 4 days and 2.5 in the last 4 "
        "(3.5 points lower)."
    )
    assert s.sentences[1] == (
        "Back pain before sessions averaged 4.5 in the first 4 days and 2.0 in the last 4 "
        "(2.5 points lower)."
    )
    assert (
        "Before sessions, symptoms most often reached: below the knee in the first 4 days, "
        "buttock in the last 4." in s.sentences
    )
    assert (
        "After a session, on average, leg pain was 1.0 lower and back pain was 0.3 lower "
        "than before it." in s.sentences
    )
    assert "The morning after, 1 felt better, 1 the same and 1 worse." in s.sentences
    assert "4 of 8 sessions were completed, 1 stopped early, 1 interrupted." in s.sentences
    assert '"Stop: this hurts" was used twice.' in s.sentences
    assert "1 session ended with a warning sign and urgent-care advice." in s.sentences


def test_summary_compares_two_weeks_and_never_diagnoses(log, rec):
    start = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    for day in range(35):
        at = start + timedelta(days=day)
        leg, back = (6, 5) if day < 14 else (4, 4) if day < 21 else (3, 5)
        log.write(rec.session(started_at=at))
        log.write(rec.checkin(at=at, back_pain=back, leg_pain=leg, reach="thigh"))
        log.write(
            SessionEnd(
                session_id=rec.session_id,
                status="completed",
                ended_at=(at + timedelta(minutes=15)).isoformat(),
            )
        )
    s = history.summary(log.connection, tz=UTC)
    assert s.windows == ("the first two weeks", "the last two")
    assert s.sentences[:3] == (
        "Leg pain before sessions averaged 6.0 in the first two weeks and 3.0 in the last two "
        "(3.0 points lower).",
        "Back pain before sessions averaged 5.0 in the first two weeks and 5.0 in the last two "
        "(about the same).",
        "Before sessions, symptoms most often reached: thigh in the first two weeks, thigh in "
        "the last two.",
    )
    for text in s.sentences:
        assert not any(word in text.lower() for word in DIAGNOSTIC), text


def test_summary_words_for_an_empty_or_short_period(log, rec, week):
    assert history.summary(log.connection, ts("2030-01-01 00:00"), tz=UTC).sentences == (
        "No sessions were logged in this period.",
    )
    one_day = history.summary(
        log.connection, ts("2026-03-08 00:00"), ts("2026-03-09 00:00"), tz=UTC
    )
    assert one_day.trend == (
        "Too soon for a trend: once your sessions span 6 days, this compares your pain at the "
        "start with the end."
    )
    every = history.summary(log.connection, tz=UTC).sentences
    for text in every + one_day.sentences:
        assert not any(word in text.lower() for word in DIAGNOSTIC), text


def test_load_bundles_every_query(log, week):
    since = day_start(date(2026, 3, 2), UTC)
    h = history.load(log.connection, since, None, today=date(2026, 3, 9), tz=UTC)
    assert len(h.pain) == 8
    assert len(h.hurts) == 2
    assert len(h.red_flags) == 1
    assert len(h.days) == 6
    assert h.adherence.days == 8
    assert [d.exercise_id for d in h.drills] == ["prone-mini-push-up", "bird-dog"]
    assert h.summary.sessions == 8


def test_connection_of():
    class NoConnection:
        pass

    assert history.connection_of(NoConnection()) is None
