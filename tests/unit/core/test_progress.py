"""Next time: start on the regression with a reason, offer a progression, suggest the physio."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sciatica_coach.core.progress import (
    DrillOutcome,
    Level,
    physio_notices,
    progression_offers,
    start_variants,
    stopped_reason,
    when_words,
)
from tests.helpers.builders import routine, standard_catalogue

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)  # a Sunday


def test_when_words():
    assert when_words(NOW, NOW) == "today"
    assert when_words(NOW - timedelta(days=1), NOW) == "yesterday"
    assert when_words(NOW - timedelta(days=5), NOW) == "on Tuesday"
    assert when_words(NOW - timedelta(days=10), NOW) == "on 12 Nov"
    assert stopped_reason("bird dog", NOW - timedelta(days=5), NOW) == (
        "bird dog was stopped on Tuesday"
    )


def test_a_stopped_drill_starts_on_its_regression_and_says_why():
    cat = standard_catalogue()
    r = routine({"exercise": "bird-dog"}, {"exercise": "knee-hug"})
    levels = {"bird-dog": Level("bird-dog", "bird-dog-arm-only", "bird dog was stopped on Tuesday")}
    assert start_variants(r, cat, levels) == {
        0: (
            "bird-dog-arm-only",
            "Starting on bird dog arm only because bird dog was stopped on Tuesday.",
        )
    }


def test_levels_outside_the_ladder_or_back_at_the_base_are_ignored():
    cat = standard_catalogue()
    r = routine({"exercise": "bird-dog"})
    assert start_variants(r, cat, {"bird-dog": Level("bird-dog", "bird-dog", "x")}) == {}
    assert start_variants(r, cat, {"bird-dog": Level("bird-dog", "knee-hug", "x")}) == {}
    assert start_variants(r, cat, {"bird-dog": Level("bird-dog", "gone", "x")}) == {}


def outcome(session, days_ago, *, status="done", hurt=False, pain=1, exercise="bird-dog-arm-only"):
    return DrillOutcome(
        f"s{session}", NOW - timedelta(days=days_ago), "bird-dog", exercise, status, hurt, pain
    )


def test_three_calm_sessions_in_a_row_offer_the_progression():
    cat = standard_catalogue()
    levels = {"bird-dog": Level("bird-dog", "bird-dog-arm-only", "stopped")}
    calm = [outcome(1, 3), outcome(2, 2), outcome(3, 1)]
    offers = progression_offers(calm, cat, levels)
    assert [(o.base, o.current, o.harder) for o in offers] == [
        ("bird-dog", "bird-dog-arm-only", "bird-dog")
    ]
    assert "you do not need to progress" in offers[0].text


def test_no_offer_after_a_painful_stopped_or_short_run():
    cat = standard_catalogue()
    levels = {"bird-dog": Level("bird-dog", "bird-dog-arm-only", "stopped")}
    assert progression_offers([outcome(1, 2), outcome(2, 1)], cat, levels) == []
    assert (
        progression_offers([outcome(1, 3), outcome(2, 2, pain=4), outcome(3, 1)], cat, levels) == []
    )
    assert (
        progression_offers([outcome(1, 3), outcome(2, 2, hurt=True), outcome(3, 1)], cat, levels)
        == []
    )
    # an older calm run does not count once the most recent session was not calm
    runs = [outcome(1, 5), outcome(2, 4), outcome(3, 3), outcome(4, 1, status="stopped")]
    assert progression_offers(runs, cat, levels) == []


def test_a_missing_after_check_in_counts_as_calm_when_nothing_hurt():
    cat = standard_catalogue()
    levels = {"bird-dog": Level("bird-dog", "bird-dog-arm-only", "stopped")}
    runs = [outcome(1, 3, pain=None), outcome(2, 2, pain=None), outcome(3, 1, pain=None)]
    assert len(progression_offers(runs, cat, levels)) == 1


def test_the_physio_is_suggested_after_two_worse_mornings_or_two_stops():
    names = {"bird-dog": "Bird dog"}
    assert physio_notices(["worse", "worse", "better"], [], names, NOW)[0].startswith(
        "You felt worse the morning after your last two sessions"
    )
    assert physio_notices(["worse", "same", "worse"], [], names, NOW) == []
    two = [("bird-dog", NOW - timedelta(days=3)), ("bird-dog", NOW - timedelta(days=1))]
    notes = physio_notices([], two, names, NOW)
    assert notes == [
        "Bird dog has been stopped 2 times in the last four weeks. Consider asking "
        "your physio about it before doing it again."
    ]
    old = [("bird-dog", NOW - timedelta(days=60)), ("bird-dog", NOW - timedelta(days=1))]
    assert physio_notices([], old, names, NOW) == []
