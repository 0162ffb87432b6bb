"""When a reminder is due, on a fake clock: every time is passed in, nothing sleeps."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from sciatica_coach.core.models import Frequency
from sciatica_coach.core.reminders import (
    ReminderPlan,
    ReminderState,
    WakingHours,
    parse_clock,
)

HERE = timezone(timedelta(hours=1))  # a local zone that is not UTC
EVERY_2_TO_3 = Frequency(every_hours=[2, 3])
THREE_A_DAY = Frequency(times_per_day=3)


def at(hhmm: str, day: int = 17) -> datetime:
    """A local time on 17 Nov 2026 (a Tuesday), or on another day of that month."""
    return datetime.combine(date(2026, 11, day), parse_clock(hhmm), tzinfo=HERE)


def plan(frequency: Frequency | str | None = EVERY_2_TO_3, **kw) -> ReminderPlan:
    return ReminderPlan(frequency, **kw)


# -- waking hours ----------------------------------------------------------------------------


def test_nothing_is_due_before_waking_start_it_waits_for_it():
    assert plan().next_due(at("06:30")) == at("08:00")
    assert not plan().is_due(at("07:59"))


def test_due_at_once_within_waking_hours_when_nothing_was_done_yet():
    assert plan().next_due(at("09:10")) == at("09:10")
    assert plan().is_due(at("09:10"))


def test_nothing_is_due_after_waking_end_it_rolls_to_next_morning():
    assert plan().next_due(at("22:00")) == at("08:00", day=18)
    assert plan().next_due(at("23:45")) == at("08:00", day=18)
    assert not plan().is_due(at("23:45"))


def test_a_session_late_in_the_evening_rolls_its_next_nudge_to_the_morning():
    assert plan().next_due(at("21:00"), [at("20:30")]) == at("08:00", day=18)


def test_past_midnight_yesterdays_session_still_counts_until_the_morning():
    assert plan().next_due(at("00:30", day=18), [at("21:30")]) == at("08:00", day=18)


def test_the_persons_own_waking_hours_are_used():
    late = WakingHours.parse("10:30", "23:30")
    assert plan(waking=late).next_due(at("09:00")) == at("10:30")
    assert plan(waking=late).next_due(at("23:00")) == at("23:00")


@pytest.mark.parametrize(("start", "end"), [("22:00", "08:00"), ("09:00", "09:00")])
def test_waking_hours_that_cross_midnight_or_are_empty_are_refused(start, end):
    with pytest.raises(ValueError, match="end after they start"):
        WakingHours.parse(start, end)


@pytest.mark.parametrize("text", ["8:00", "24:00", "07:60", "7.30", "", "07:30 "])
def test_a_time_of_day_is_24_hour_hh_mm(text):
    with pytest.raises(ValueError, match="HH:MM"):
        parse_clock(text)


def test_parse_clock_reads_hours_and_minutes():
    assert parse_clock("07:05") == time(7, 5)
    assert parse_clock("23:59") == time(23, 59)


# -- every_hours -------------------------------------------------------------------------------


def test_every_2_to_3_hours_after_a_session_at_10_is_due_at_12():
    p = plan()
    assert p.next_due(at("10:20"), [at("10:00")]) == at("12:00")
    assert not p.is_due(at("11:59"), [at("10:00")])
    assert p.is_due(at("12:00"), [at("10:00")])


def test_the_last_session_counts_not_the_first():
    assert plan().next_due(at("11:00"), [at("10:30"), at("08:15")]) == at("12:30")


def test_a_single_number_of_hours_is_the_gap():
    assert plan(Frequency(every_hours=4)).next_due(at("09:00"), [at("08:30")]) == at("12:30")


def test_an_ignored_nudge_comes_back_one_gap_later_not_at_once():
    p = plan()
    state = p.nudged(at("12:00"), ReminderState())
    assert p.next_due(at("12:00"), [at("10:00")], state) == at("14:00")


def test_while_awake_false_still_keeps_nudges_out_of_the_night():
    p = plan(Frequency(every_hours=2, while_awake=False))
    assert p.next_due(at("21:30"), [at("21:00")]) == at("08:00", day=18)


# -- times_per_day -----------------------------------------------------------------------------


def test_three_times_a_day_are_spread_evenly_from_waking_start():
    p = plan(THREE_A_DAY)
    assert p.slots(date(2026, 11, 17), 3, HERE) == [at("08:00"), at("12:40"), at("17:20")]
    assert p.next_due(at("07:00")) == at("08:00")
    state = p.nudged(at("08:00"), ReminderState())
    assert p.next_due(at("08:01"), [], state) == at("12:40")
    state = p.nudged(at("12:40"), state)
    assert p.next_due(at("12:41"), [], state) == at("17:20")
    state = p.nudged(at("17:20"), state)
    assert p.next_due(at("17:21"), [], state) == at("08:00", day=18)


def test_a_session_done_before_a_slot_meets_it():
    p = plan(THREE_A_DAY)
    assert p.next_due(at("07:30"), [at("07:15")]) == at("12:40")
    assert p.next_due(at("13:00"), [at("07:15"), at("12:10")]) == at("17:20")


def test_a_session_done_late_after_its_nudge_is_not_taken_for_the_next_slot():
    p = plan(THREE_A_DAY)
    state = p.nudged(at("08:00"), ReminderState())
    # Done at 12:30, for the 08:00 nudge: the 12:40 one still comes.
    assert p.next_due(at("12:35"), [at("12:30")], state) == at("12:40")


def test_opening_the_app_with_a_slot_missed_nudges_once_now():
    p = plan(THREE_A_DAY)
    assert p.is_due(at("13:00"))
    state = p.nudged(at("13:00"), ReminderState())
    assert p.next_due(at("13:00"), [], state) == at("17:20")


def test_all_slots_met_waits_for_tomorrow():
    p = plan(THREE_A_DAY)
    done = [at("08:10"), at("12:50"), at("17:30")]
    assert p.next_due(at("17:40"), done) == at("08:00", day=18)


def test_once_a_day_is_at_waking_start_and_days_a_week_still_nudges_daily():
    p = plan(Frequency(times_per_day=1, days_per_week=3))
    assert p.next_due(at("09:00"), [at("08:30")]) == at("08:00", day=18)
    assert p.next_due(at("09:00", day=18), [at("08:30")]) == at("09:00", day=18)


# -- snooze, done for today, off ---------------------------------------------------------------


def test_snooze_is_due_again_15_minutes_later():
    p = plan()
    state = p.snoozed(at("12:03"), p.nudged(at("12:00"), ReminderState()))
    assert p.next_due(at("12:03"), [at("10:00")], state) == at("12:18")
    assert not p.is_due(at("12:17"), [at("10:00")], state)
    assert p.is_due(at("12:18"), [at("10:00")], state)


def test_a_snooze_ends_when_its_nudge_is_shown_or_a_session_is_done():
    p = plan()
    state = p.snoozed(at("12:03"), ReminderState())
    shown = p.nudged(at("12:18"), state)
    assert p.next_due(at("12:18"), [at("10:00")], shown) == at("14:18")
    assert p.next_due(at("12:10"), [at("10:00"), at("12:08")], state) == at("14:08")


def test_snooze_is_capped_by_waking_end_to_the_next_morning():
    p = plan()
    state = p.snoozed(at("21:50"), ReminderState())
    assert p.next_due(at("21:50"), [at("19:00")], state) == at("08:00", day=18)


def test_snooze_brings_a_times_a_day_nudge_back_before_the_next_slot():
    p = plan(THREE_A_DAY)
    state = p.snoozed(at("08:02"), p.nudged(at("08:00"), ReminderState()))
    assert p.next_due(at("08:02"), [], state) == at("08:17")
    state = p.nudged(at("08:17"), state)
    assert p.next_due(at("08:17"), [], state) == at("12:40")


def test_done_for_today_waits_until_next_mornings_waking_start():
    p = plan(THREE_A_DAY)
    state = p.done_today(at("10:00"), p.snoozed(at("09:59"), ReminderState()))
    assert p.next_due(at("10:00"), [], state) == at("08:00", day=18)
    assert p.next_due(at("23:59"), [], state) == at("08:00", day=18)
    # The next day it is forgotten: that day's slots come as usual.
    assert p.next_due(at("08:00", day=18), [], state) == at("08:00", day=18)


def test_done_for_today_with_every_hours_waits_for_the_morning_too():
    p = plan()
    state = p.done_today(at("10:00"), ReminderState())
    assert p.next_due(at("10:30"), [at("07:30")], state) == at("08:00", day=18)


def test_off_is_never_due_and_says_so():
    p = plan(on=False)
    assert p.next_due(at("12:00")) is None
    assert not p.is_due(at("12:00"))
    assert p.why_not() == "Reminders are off."


def test_plain_words_set_no_reminder_and_say_so():
    p = plan("Every few hours while it helps.")
    assert p.next_due(at("12:00")) is None
    assert p.why_not() is not None
    assert "Every few hours while it helps." in p.why_not()


def test_no_frequency_sets_no_reminder_and_says_so():
    p = plan(None)
    assert p.next_due(at("12:00")) is None
    assert "does not say how often" in (p.why_not() or "")
    assert plan().why_not() is None


# -- the clock changing ------------------------------------------------------------------------


def test_a_clock_put_forward_is_due_at_once_put_back_waits_again():
    p = plan()
    done = [at("10:00")]
    assert p.next_due(at("10:30"), done) == at("12:00")
    assert p.next_due(at("14:00"), done) == at("14:00")  # jumped forward past it: due now
    assert p.next_due(at("09:00"), done) == at("12:00")  # back before the session: still 12:00


def test_a_clock_put_forward_past_midnight_starts_the_new_day():
    p = plan(THREE_A_DAY)
    state = p.done_today(at("09:00"), ReminderState())
    assert p.next_due(at("09:05"), [at("08:40")], state) == at("08:00", day=18)
    assert p.next_due(at("13:00", day=18), [at("08:40")], state) == at("13:00", day=18)


def test_times_in_other_zones_are_read_in_nows_zone():
    utc_session = at("10:00").astimezone(UTC)
    assert plan().next_due(at("10:30"), [utc_session]) == at("12:00")
