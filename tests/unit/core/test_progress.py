"""Next time: start on the regression (or leave a drill out), offer a progression, suggest the
physio; and the words for each, made on the day they are read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sciatica_coach.core.progress import (
    DrillOutcome,
    Level,
    PhysioNotice,
    PhysioReason,
    left_out_steps,
    physio_notices,
    progression_offers,
    start_variants,
)
from sciatica_coach.core.segments import Change, ChangeCause
from sciatica_coach.core.words import change_text, physio_text, progression_text, when_words
from tests.helpers.builders import routine, standard_catalogue

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)  # a Sunday
MONDAY = datetime(2026, 11, 16, 18, 0, tzinfo=UTC)
STOPPED = ChangeCause.STOPPED


def names(exercise_id: str) -> str:
    return standard_catalogue()[exercise_id].name


def test_when_words():
    assert when_words(NOW, NOW) == "today"
    assert when_words(NOW - timedelta(days=1), NOW) == "yesterday"
    assert when_words(NOW - timedelta(days=5), NOW) == "on Tuesday"
    assert when_words(NOW - timedelta(days=10), NOW) == "on Thu 12 Nov"


def test_a_reason_stored_on_monday_reads_on_monday_on_friday():
    change = Change(STOPPED, "bird-dog", MONDAY)
    friday = MONDAY + timedelta(days=4)
    assert change_text(change, "bird-dog-arm-only", names, friday) == (
        "Starting on bird dog arm only because bird dog was stopped on Monday."
    )
    assert "today" in change_text(change, "bird-dog-arm-only", names, MONDAY)
    assert "on Mon 16 Nov" in change_text(change, "bird-dog-arm-only", names, MONDAY + timedelta(9))


def test_a_stopped_drill_starts_on_its_regression():
    cat = standard_catalogue()
    r = routine({"exercise": "bird-dog"}, {"exercise": "knee-hug"})
    levels = {"bird-dog": Level("bird-dog", "bird-dog-arm-only", STOPPED, MONDAY, "bird-dog")}
    assert start_variants(r, cat, levels) == {
        0: ("bird-dog-arm-only", Change(STOPPED, "bird-dog", MONDAY))
    }


def test_a_left_out_drill_is_not_started_and_is_listed():
    cat = standard_catalogue()
    r = routine({"exercise": "bird-dog"}, {"exercise": "knee-hug"})
    out = Level("knee-hug", "knee-hug", ChangeCause.LEFT_OUT, MONDAY, "knee-hug")
    assert start_variants(r, cat, {"knee-hug": out}) == {}
    assert left_out_steps(r, {"knee-hug": out}) == {1: out}
    [notice] = physio_notices([], [], NOW, {"knee-hug": out})
    assert notice == PhysioNotice(PhysioReason.LEFT_OUT, "knee-hug", since=MONDAY)
    text = physio_text(notice, names, NOW)
    assert "no easier version" in text
    assert "physio" in text


def test_levels_outside_the_ladder_or_back_at_the_base_are_ignored():
    cat = standard_catalogue()
    r = routine({"exercise": "bird-dog"})
    for level in ("bird-dog", "knee-hug", "gone"):
        assert start_variants(r, cat, {"bird-dog": Level("bird-dog", level, STOPPED)}) == {}


def outcome(session, days_ago, *, status="done", hurt=False, pain=1, exercise="bird-dog-arm-only"):
    return DrillOutcome(
        f"s{session}", NOW - timedelta(days=days_ago), "bird-dog", exercise, status, hurt, pain
    )


LEVELS = {"bird-dog": Level("bird-dog", "bird-dog-arm-only", STOPPED)}


def test_three_calm_sessions_in_a_row_offer_the_progression():
    cat = standard_catalogue()
    calm = [outcome(1, 3), outcome(2, 2), outcome(3, 1)]
    offers = progression_offers(calm, cat, LEVELS)
    assert [(o.base, o.current, o.harder) for o in offers] == [
        ("bird-dog", "bird-dog-arm-only", "bird-dog")
    ]
    assert "you do not need to progress" in progression_text(offers[0], names)


def test_no_offer_after_a_painful_stopped_or_short_run():
    cat = standard_catalogue()
    assert progression_offers([outcome(1, 2), outcome(2, 1)], cat, LEVELS) == []
    assert (
        progression_offers([outcome(1, 3), outcome(2, 2, pain=4), outcome(3, 1)], cat, LEVELS) == []
    )
    assert (
        progression_offers([outcome(1, 3), outcome(2, 2, hurt=True), outcome(3, 1)], cat, LEVELS)
        == []
    )
    # an older calm run does not count once the most recent session was not calm
    runs = [outcome(1, 5), outcome(2, 4), outcome(3, 3), outcome(4, 1, status="stopped")]
    assert progression_offers(runs, cat, LEVELS) == []


def test_a_missing_after_check_in_counts_as_calm_when_nothing_hurt():
    cat = standard_catalogue()
    runs = [outcome(1, 3, pain=None), outcome(2, 2, pain=None), outcome(3, 1, pain=None)]
    assert len(progression_offers(runs, cat, LEVELS)) == 1


def test_the_physio_is_suggested_after_two_worse_mornings_or_two_stops():
    [worse] = physio_notices(["worse", "worse", "better"], [], NOW)
    assert physio_text(worse, names, NOW).startswith(
        "You felt worse the morning after your last two sessions"
    )
    assert physio_notices(["worse", "same", "worse"], [], NOW) == []
    two = [("bird-dog", NOW - timedelta(days=3)), ("bird-dog", NOW - timedelta(days=1))]
    [notice] = physio_notices([], two, NOW)
    assert physio_text(notice, names, NOW) == (
        "Bird dog has been stopped 2 times in the last four weeks. Consider asking "
        "your physio about it before doing it again."
    )
    old = [("bird-dog", NOW - timedelta(days=60)), ("bird-dog", NOW - timedelta(days=1))]
    assert physio_notices([], old, NOW) == []
