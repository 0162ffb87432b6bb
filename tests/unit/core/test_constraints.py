"""The plain check that lets a start skip pydantic must never vouch for what pydantic refuses."""

from __future__ import annotations

import math
from dataclasses import fields

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from sciatica_coach.core.constraints import Invalid, surely_valid, validate
from sciatica_coach.storage.records import CheckIn, HurtAnswer
from sciatica_coach.storage.settings import Settings

SETTINGS_FIELDS = [f.name for f in fields(Settings)]
ANY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(
        ["system", "dark", "contrast", "left", "es", "EN", "08:00", "8:00", "00:00", "23:59",
         "24:00", "2026-12-01", " dark", "", "1", "true", "GB", "auto", "x" * 300]
    ),
    st.text(max_size=8),
    st.lists(st.one_of(st.integers(-3, 3), st.floats(), st.text(max_size=2)), max_size=5),
    st.tuples(st.integers(), st.integers(), st.integers(), st.integers()),
)  # fmt: skip


def _accepted(cls: type, values: dict[str, object]) -> object | None:
    try:
        return validate(cls, values)
    except (Invalid, ValueError):
        return None


@settings(max_examples=600, deadline=None)
@given(name=st.sampled_from(SETTINGS_FIELDS), value=ANY_VALUE)
@example(name="waking_start", value="23:59")
@example(name="waking_end", value="00:00")
@example(name="waking_end", value="08:00")
def test_a_settings_value_vouched_for_is_one_pydantic_accepts_as_it_is(name, value):
    if not surely_valid(Settings, {name: value}):
        return
    if _no_partner_fits(name, value):
        # The field is fine alone; the day it makes is not, and the pair rule says so.
        with pytest.raises(ValueError, match="waking hours must end after they start"):
            validate(Settings, {name: value})
        return
    checked = _accepted(Settings, {name: value, **_pair_for(name)})
    assert checked is not None, (name, value)
    kept = getattr(checked, name)
    assert (type(kept), kept) == (type(value), value), name


def _pair_for(name: str) -> dict[str, str]:
    """The waking hours are judged as a pair; give the other end the value that fits most."""
    return {"waking_start": {"waking_end": "23:59"}, "waking_end": {"waking_start": "00:00"}}.get(
        name, {}
    )


def _no_partner_fits(name: str, value: object) -> bool:
    """A day cannot start at the last minute, nor end at the first. (Looked up in a list, not a
    set: a value may be a list itself, the window's place, which a set cannot hash.)"""
    return (name, value) in [("waking_start", "23:59"), ("waking_end", "00:00")]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("sound_on", 1),  # JSON 1 is not true
        ("font_scale", "1.5"),
        ("font_scale", math.inf),
        ("font_scale", True),
        ("window", [0, 0, 800, "600"]),
        ("window", (0, 0, 800, 600)),
        ("theme", " dark"),
        ("schema_version", 1.0),
        ("language", "English"),
        ("unknown_setting", True),
    ],
)
def test_what_pydantic_would_change_or_refuse_is_left_to_pydantic(name, value):
    assert not surely_valid(Settings, {name: value})


def test_the_values_a_saved_file_holds_are_vouched_for_so_a_start_needs_no_pydantic():
    saved = {
        "schema_version": 1, "sound_on": False, "theme": "dark", "font_scale": 1.5,
        "first_run_seen": True, "affected_side": "left", "window": [10, 20, 1200, 700],
        "waking_start": "07:30", "waking_end": "21:00", "reminder_done_on": "2026-12-01",
        "language": "es", "country": "ES",
    }  # fmt: skip
    assert surely_valid(Settings, saved)


@settings(max_examples=300, deadline=None)
@given(
    at=st.one_of(
        st.sampled_from(
            ["2026-12-01T09:00:00+00:00", "2026-12-01T10:00:00+01:00", "2026-12-01T09:00:00Z",
             "2026-12-01T09:00:00.5+00:00", "2026-13-01T09:00:00+00:00",
             "2026-12-01 09:00:00+00:00"]
        ),
        st.text(max_size=30),
    ),
    feelings=st.lists(st.sampled_from(["sharp", "ache", "weakness", "other", "itch"]), max_size=4),
)  # fmt: skip
def test_a_record_vouched_for_is_one_pydantic_leaves_as_it_is(at, feelings):
    checkin = {"session_id": None, "moment": "before", "at": at}
    if surely_valid(CheckIn, checkin):
        checked = _accepted(CheckIn, checkin)
        assert checked is not None
        assert checked.at == at  # type: ignore[attr-defined]
    answer = {"event_id": "c" * 32, "choice": "skip", "suggestion": "skip",
              "feelings": tuple(feelings)}  # fmt: skip
    if surely_valid(HurtAnswer, answer):
        checked = _accepted(HurtAnswer, answer)
        assert checked is not None
        assert checked.feelings == tuple(feelings)  # type: ignore[attr-defined]


def test_a_record_made_with_a_time_in_another_zone_is_still_written_in_utc():
    checkin = CheckIn(session_id=None, moment="before", at="2026-12-01T10:00:00+01:00")
    assert checkin.at == "2026-12-01T09:00:00+00:00"
