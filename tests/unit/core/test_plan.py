"""The plan: a routine becomes a contiguous timeline whose counts match the dosage."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sciatica_coach.core.plan import (
    GET_READY_NEW_POSITION_MS,
    GET_READY_SAME_POSITION_MS,
    SWITCH_SIDE_LYING_MS,
    Change,
    ChangeCause,
    SegmentKind,
    build_plan,
    plan_json,
    segment_text,
)
from sciatica_coach.core.timeline import format_timeline
from tests.helpers.builders import catalogue, exercise, routine, standard_catalogue, standard_plan

K = SegmentKind


def kinds(plan, step):
    return [s.kind for s in plan.segments if s.step == step]


def assert_contiguous(plan):
    assert plan.segments[0].start_ms == 0
    for a, b in zip(plan.segments, plan.segments[1:], strict=False):
        assert b.start_ms == a.end_ms
        assert a.duration_ms > 0
    assert plan.total_ms == sum(s.duration_ms for s in plan.segments)


def test_alternating_reps_run_left_right_per_rep_with_rest_between_sets():
    plan = standard_plan()
    moves = [s for s in plan.segments if s.step == 0 and s.kind is K.MOVE]
    # 2 sets x 3 reps per side, alternating: 12 moves, L R L R ...
    assert len(moves) == 12
    assert [m.side.value for m in moves[:4]] == ["left", "right", "left", "right"]
    assert [(m.set, m.rep) for m in moves[:6]] == [(1, 1), (1, 1), (1, 2), (1, 2), (1, 3), (1, 3)]
    step0 = kinds(plan, 0)
    assert step0[0] is K.GET_READY
    assert step0.count(K.REST) == 1  # after set 1, not after the last set
    assert step0.count(K.HOLD) == 12  # a 2 s hold at the end of each move
    assert step0.count(K.RETURN) == 12


def test_each_side_runs_all_reps_one_side_then_switches():
    cat = standard_catalogue()
    plan = build_plan(routine({"exercise": "bird-dog", "sides": "each", "sets": 1}), cat)
    segs = [s for s in plan.segments if s.step == 0]
    sides = [s.side.value for s in segs if s.kind is K.MOVE]
    assert sides == ["left"] * 3 + ["right"] * 3
    switch = [s for s in segs if s.kind is K.SWITCH_SIDE]
    assert len(switch) == 1
    assert switch[0].side.value == "right"
    assert "right" in segment_text(switch[0], plan.drills[0])


def test_hold_drill_counts_holds_per_side_and_has_no_reps():
    plan = standard_plan()
    holds = [s for s in plan.segments if s.step == 1 and s.kind is K.HOLD]
    assert [(h.set, h.side.value) for h in holds] == [
        (1, "left"),
        (1, "right"),
        (2, "left"),
        (2, "right"),
    ]
    assert all(h.rep is None and h.duration_ms == 20_000 for h in holds)
    assert "Breathe slowly." in segment_text(holds[0], plan.drills[1])
    assert kinds(plan, 1).count(K.REST) == 1


def test_timed_and_breathing_steps():
    plan = standard_plan()
    timed = [s for s in plan.segments if s.step == 2 and s.kind is not K.GET_READY]
    assert [(s.kind, s.duration_ms) for s in timed] == [(K.TIMED, 30_000)]
    breath = [s.kind for s in plan.segments if s.step == 4 and s.kind is not K.GET_READY]
    assert breath == [K.BREATHE_IN, K.BREATHE_OUT] * 2


def test_box_breathing_includes_both_holds():
    cat = standard_catalogue()
    plan = build_plan(
        routine(
            {
                "breathing": {
                    "inhale_s": 4,
                    "hold_in_s": 4,
                    "exhale_s": 4,
                    "hold_out_s": 4,
                    "cycles": 1,
                }
            }
        ),
        cat,
    )
    assert kinds(plan, 0)[1:] == [K.BREATHE_IN, K.BREATHE_HOLD, K.BREATHE_OUT, K.BREATHE_HOLD]


def test_get_ready_is_longer_when_the_position_changes():
    cat = catalogue(
        exercise("aa", position="prone"),
        exercise("bb", position="prone"),
        exercise("cc", position="standing"),
    )
    plan = build_plan(routine({"exercise": "aa"}, {"exercise": "bb"}, {"exercise": "cc"}), cat)
    ready = [s.duration_ms for s in plan.segments if s.kind is K.GET_READY]
    assert ready == [
        GET_READY_NEW_POSITION_MS,
        GET_READY_SAME_POSITION_MS,
        GET_READY_NEW_POSITION_MS,
    ]


def test_rolling_to_the_other_side_gets_more_time():
    plan = standard_plan()
    switch = [s for s in plan.segments if s.step == 3 and s.kind is K.SWITCH_SIDE]
    assert [s.duration_ms for s in switch] == [SWITCH_SIDE_LYING_MS]


def test_step_fields_override_the_exercise_defaults():
    cat = standard_catalogue()
    plan = build_plan(
        routine(
            {
                "exercise": "bird-dog",
                "sets": 1,
                "reps": 5,
                "hold_s": 0,
                "sides": "none",
                "tempo": {"move_s": 3, "return_s": 1.5},
            }
        ),
        cat,
    )
    counts = Counter(kinds(plan, 0))
    assert counts[K.MOVE] == 5
    assert counts[K.HOLD] == 0
    assert counts[K.REST] == 0
    move = next(s for s in plan.segments if s.kind is K.MOVE)
    ret = next(s for s in plan.segments if s.kind is K.RETURN)
    assert (move.duration_ms, ret.duration_ms) == (3000, 1500)


def test_routine_variant_starts_on_the_regression_with_the_routines_dose():
    cat = standard_catalogue()
    plan = build_plan(
        routine({"exercise": "bird-dog", "variant": "bird-dog-arm-only", "reps": 2, "sets": 1}), cat
    )
    assert plan.drills[0].exercise.id == "bird-dog-arm-only"
    assert plan.drills[0].base == "bird-dog"
    assert Counter(kinds(plan, 0))[K.MOVE] == 2


def test_next_time_variant_uses_the_variants_own_dose_and_says_why():
    cat = standard_catalogue()
    plan = build_plan(
        routine({"exercise": "bird-dog", "reps": 8}),
        cat,
        {0: ("bird-dog-arm-only", Change(ChangeCause.STOPPED, "bird-dog"))},
    )
    drill = plan.drills[0]
    assert drill.change == Change(ChangeCause.STOPPED, "bird-dog")
    assert drill.from_level
    assert drill.dose.reps == 4  # the variant's own default, not the 8 of the routine
    assert all(s.exercise == "bird-dog-arm-only" for s in plan.segments)


def test_breathing_cue_is_in_the_segment_text():
    plan = standard_plan()
    move = next(s for s in plan.segments if s.kind is K.MOVE)
    assert "Breathe out as you reach." in segment_text(move, plan.drills[move.step])


def test_halfway_cue_appears_on_the_middle_rep():
    cat = catalogue(
        exercise(
            "circles", halfway_cue="Now circle the other way.", dosage={"reps": 10, "hold_s": 0}
        )
    )
    plan = build_plan(routine({"exercise": "circles"}), cat)
    moves = [s for s in plan.segments if s.kind is K.MOVE]
    flagged = [m.rep for m in moves if "other way" in segment_text(m, plan.drills[0])]
    assert flagged == [6]


def test_plan_json_contract():
    plan = standard_plan()
    data = plan_json(plan)
    # DESIGN.md §4's three keys, plus each drill's effective dose (issue 14)
    assert set(data) == {"routine", "total_s", "segments", "drills"}
    assert [d["step"] for d in data["drills"]] == list(range(len(plan.drills)))
    assert data["routine"] == "test-routine"
    seg = data["segments"][1]
    assert set(seg) == {
        "step",
        "exercise",
        "set",
        "side",
        "rep",
        "kind",
        "start_s",
        "duration_s",
        "text",
    }
    assert seg["side"] in {"left", "right", None}
    assert data["segments"][0]["rep"] is None  # get-ready is outside reps
    assert data["total_s"] == pytest.approx(sum(s["duration_s"] for s in data["segments"]))


def test_timeline_is_readable():
    text = format_timeline(standard_plan())
    assert "1. Bird dog: 2 sets x 3 reps each side, alternating, 2 s hold" in text
    assert "Total:" in text


dosages = st.fixed_dictionaries(
    {
        "sets": st.integers(1, 4),
        "reps": st.integers(1, 6),
        "hold_s": st.sampled_from([0, 0.5, 1.5, 2, 3.25]),
        "rest_s": st.sampled_from([0, 5, 12.5]),
        "sides": st.sampled_from(["none", "each", "alternating"]),
        "tempo": st.fixed_dictionaries(
            {"move_s": st.sampled_from([0.5, 1.2, 2]), "return_s": st.sampled_from([0.7, 2])}
        ),
    }
)


@settings(max_examples=150, deadline=None)
@given(dose=dosages, hold=st.booleans())
def test_every_set_side_and_rep_appears_once_in_order(dose, hold):
    if hold:
        ex = exercise("hh", kind="hold", dosage={"hold_s": 5})
        step = {
            "exercise": "hh",
            **{k: v for k, v in dose.items() if k in {"sets", "sides", "rest_s"}},
        }
    else:
        ex = exercise("rr")
        step = {"exercise": "rr", **dose}
    plan = build_plan(routine(step), catalogue(ex))
    assert_contiguous(plan)
    sides = {"none": [None], "each": ["left", "right"], "alternating": ["left", "right"]}[
        dose["sides"]
    ]
    if hold:
        work = [(s.set, s.side and s.side.value) for s in plan.segments if s.kind is K.HOLD]
        expected = [(n, side) for n in range(1, dose["sets"] + 1) for side in sides]
    else:
        work = [(s.set, s.side and s.side.value, s.rep) for s in plan.segments if s.kind is K.MOVE]
        if dose["sides"] == "alternating":
            expected = [
                (n, side, r)
                for n in range(1, dose["sets"] + 1)
                for r in range(1, dose["reps"] + 1)
                for side in sides
            ]
        else:
            expected = [
                (n, side, r)
                for n in range(1, dose["sets"] + 1)
                for side in sides
                for r in range(1, dose["reps"] + 1)
            ]
    assert work == expected
    rests = [s for s in plan.segments if s.kind is K.REST]
    assert len(rests) == (dose["sets"] - 1 if dose["rest_s"] else 0)
    assert all(s.set is not None and s.set < dose["sets"] for s in rests)
