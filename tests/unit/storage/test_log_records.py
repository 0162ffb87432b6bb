"""Records refuse bad values before anything is written or queued."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import UTC, datetime, timedelta, timezone

import pytest

from sciatica_coach.core.constraints import Invalid
from sciatica_coach.storage.records import as_timestamp, utc_timestamp


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("2026-11-22T02:15:00+00:00", "2026-11-22T02:15:00+00:00"),
        ("2026-11-22T02:15:00Z", "2026-11-22T02:15:00+00:00"),
        ("2026-11-22T03:15:00+01:00", "2026-11-22T02:15:00+00:00"),
        ("2026-11-22T02:15:00.999999+00:00", "2026-11-22T02:15:00+00:00"),
    ],
)
def test_timestamps_become_utc_with_whole_seconds(given: str, stored: str) -> None:
    assert as_timestamp(given) == stored


def test_datetimes_are_accepted_if_they_carry_a_zone() -> None:
    eastern = timezone(timedelta(hours=-5))
    assert utc_timestamp(datetime(2026, 1, 1, 21, 0, tzinfo=eastern)) == "2026-01-02T02:00:00+00:00"
    assert as_timestamp(datetime(2026, 1, 1, tzinfo=UTC)) == "2026-01-01T00:00:00+00:00"
    with pytest.raises(ValueError, match="time zone"):
        utc_timestamp(datetime(2026, 1, 1))


@pytest.mark.parametrize("bad", ["2026-11-22T02:15:00", "22/11/2026", ""])
def test_timestamps_without_a_zone_or_unreadable_are_refused(rec, bad: str) -> None:
    with pytest.raises(Invalid, match="at"):
        rec.checkin(at=bad)


@pytest.mark.parametrize(
    ("builder", "fields"),
    [
        ("session", {"id": "not-a-uuid"}),
        ("session", {"routine_hash": "abc"}),
        ("session", {"speed": 0}),
        ("checkin", {"back_pain": 11}),
        ("checkin", {"leg_pain": -1}),
        ("checkin", {"leg_pain": 2.5}),
        ("checkin", {"reach": "knee"}),
        ("checkin", {"moment": "during"}),
        ("checkin", {"moment": "before", "morning": "worse"}),
        ("drill", {"status": "half"}),
        ("drill", {"sets_done": -1}),
        ("drill", {"step": True}),
        ("hurt", {"pain": 12}),
        ("hurt", {"phase": "stretch"}),
        ("hurt", {"side": "both"}),
        ("hurt", {"feelings": ("sharp", "burning")}),
        ("hurt", {"feelings": ("sharp", "sharp")}),
        ("hurt", {"choice": "ignore"}),
        ("hurt", {"elapsed_s": -0.1}),
        ("hurt", {"unknown_field": 1}),
        ("level", {"source": "physio"}),
    ],
)
def test_bad_values_are_refused(rec, builder: str, fields: dict[str, object]) -> None:
    with pytest.raises((ValueError, TypeError)):  # a bad value; a field that is not there
        getattr(rec, builder)(**fields)


def test_records_are_frozen(rec) -> None:
    event = rec.hurt()
    with pytest.raises(FrozenInstanceError):
        event.pain = 2  # type: ignore[misc]
