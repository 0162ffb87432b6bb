"""Loading one file: every bad input becomes a problem naming the file, the line and the field."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sciatica_coach.core.loader import load_bytes, load_text
from sciatica_coach.core.migrations import VersionError, migrate
from sciatica_coach.core.problems import RoutineFileError

GOOD_ROUTINE = textwrap.dedent(
    """\
    schema_version: 1
    id: my-routine
    title: My routine
    summary: Short.
    bias: extension
    audience: Me.
    sources: [003_b1811144eaed076d.txt]
    steps:
      - exercise: prone-mini-push-up
        reps: 10
        hold_s: 1.5
      - breathing: {inhale_s: 4, exhale_s: 6, cycles: 3}
    """
)

GOOD_EXERCISE = textwrap.dedent(
    """\
    schema_version: 1
    id: my-drill
    name: My drill
    source: 003_b1811144eaed076d.txt
    category: extension
    position: prone
    kind: reps
    cues: [Lie face down.]
    caution: Stop if it hurts.
    stop_rule: must_relieve
    dosage: {reps: 10, hold_s: 1.5}
    """
)


def problems(text: str | bytes, name: str = "bad.yaml"):
    load = load_bytes if isinstance(text, bytes) else load_text
    with pytest.raises(RoutineFileError) as info:
        load(text, name)  # type: ignore[arg-type]
    return info.value.problems


def one(text, name="bad.yaml"):
    found = problems(text, name)
    assert len(found) == 1, found
    return found[0]


def test_good_files_load():
    routine = load_text(GOOD_ROUTINE, "r.yaml").routine
    assert routine is not None
    assert routine.steps[0].reps == 10
    exercises = load_text(GOOD_EXERCISE, "e.yaml").exercises
    assert [e.id for e in exercises] == ["my-drill"]


def test_yaml_1_2_keeps_no_as_a_word_and_010_as_ten():
    """YAML 1.1 readers would turn `no` into False and 010 into 8."""
    text = GOOD_ROUTINE.replace("reps: 10", "reps: 010").replace("sides: none", "")
    routine = load_text(text, "r.yaml").routine
    assert routine.steps[0].reps == 10
    p = one(GOOD_ROUTINE.replace("hold_s: 1.5", "hold_s: 1.5\n    sides: no"))
    assert p.field == f"{STEP1}: sides"
    assert "(got 'no')" in p.message


@pytest.mark.parametrize(
    ("text", "line", "field", "words"),
    [
        (b"", None, "", "empty"),
        (b"\x00\x01\x02\xff" * 50, 1, "", "binary"),
        (b"schema_version: 1\nid: caf\xe9\n", 2, "", "UTF-8"),
        ("- a\n- b\n", 1, "", "a list"),
        ("just words\n", 1, "", "single value"),
        ("schema_version: 1\nid: [x\n", 3, "", "YAML syntax"),
        ("schema_version: 1\nid: a\nid: b\n", 3, "", "appears twice"),
        ("schema_version: 1\nid: !!python/object/apply:os.system [echo hi]\n", 2, "", "tags"),
        ("schema_version: 1\nid: !custom x\n", 2, "", "tags"),
        ("id: x\nsteps: []\n", 1, "schema_version", "missing"),
        ("schema_version: 2\nid: x\nsteps: []\n", 1, "schema_version", "newer"),
        ("schema_version: one\nsteps: []\n", 1, "schema_version", "whole number"),
        ("schema_version: 1\nfoo: bar\n", 1, "", "cannot tell"),
    ],
)
def test_file_level_problems(text, line, field, words):
    p = one(text)
    assert p.file == "bad.yaml"
    assert p.line == line
    assert p.field == field
    assert words in p.message


STEP1 = "step 1 (prone-mini-push-up)"


@pytest.mark.parametrize(
    ("old", "new", "line", "field", "words"),
    [
        ("reps: 10", "reps: 0", 10, f"{STEP1}: reps", "greater than or equal to 1"),
        ("reps: 10", "reps: 51", 10, f"{STEP1}: reps", "less than or equal to 50"),
        ("reps: 10", "reps: ten", 10, f"{STEP1}: reps", "valid integer"),
        ("reps: 10", "reps: 2.5", 10, f"{STEP1}: reps", "integer"),
        ("hold_s: 1.5", "hold_s: -1", 11, f"{STEP1}: hold_s", "greater than or equal to 0"),
        ("hold_s: 1.5", "hold_s: 3000", 11, f"{STEP1}: hold_s", "less than or equal to 300"),
        ("hold_s: 1.5", "hold_s: 1.5\n    colour: red", 12, f"{STEP1}: colour", "unknown field"),
        ("cycles: 3", "cycles: 0", 12, "step 2 (breathing): breathing.cycles", "greater than"),
        ("id: my-routine", "id: My Routine", 2, "id", "not a valid id"),
        ("title: My routine\n", "", 1, "title", "missing"),
        ("steps:\n", "steps: []\nx:\n", 8, "steps", "at least 1"),
        ("bias: extension", "bias: sideways", 5, "bias", "(got 'sideways')"),
    ],
)
def test_field_problems_name_the_line_and_field(old, new, line, field, words):
    text = GOOD_ROUTINE.replace(old, new, 1)
    assert text != GOOD_ROUTINE
    found = problems(text)
    match = [p for p in found if p.field == field]
    assert match, found
    assert match[0].line == line
    assert words in match[0].message
    assert str(match[0]).startswith(f"bad.yaml:{line}: {field}: ")


def test_every_problem_in_a_file_is_reported_at_once():
    text = GOOD_ROUTINE.replace("reps: 10", "reps: 0").replace("cycles: 3", "cycles: 0")
    fields = [p.field for p in problems(text)]
    assert fields == [f"{STEP1}: reps", "step 2 (breathing): breathing.cycles"]


def test_exercise_kind_rules():
    hold_with_reps = GOOD_EXERCISE.replace("kind: reps", "kind: hold")
    p = one(hold_with_reps)
    assert "a hold drill has no reps" in p.message
    timed = GOOD_EXERCISE.replace("dosage: {reps: 10, hold_s: 1.5}", "dosage: {duration_s: 60}")
    assert "only for timed drills" in one(timed).message


def test_an_exercise_cannot_be_its_own_regression():
    text = GOOD_EXERCISE + "regressions: [my-drill]\n"
    assert "its own regression" in one(text).message


def test_an_alias_bomb_is_refused_without_expanding():
    lines = ["schema_version: 1", 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 12):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 8) + "]")
    p = one("\n".join(lines) + "\n")
    assert "alias" in p.message
    assert p.line == 3


@pytest.mark.parametrize(
    "text",
    [
        "schema_version: 1\nx: " + "[" * 5000 + "]" * 5000 + "\n",
        "schema_version: 1\nx: " + "{a: " * 3000 + "1" + "}" * 3000 + "\n",
        "schema_version: 1\nx:\n" + "".join(" " * i + "- \n" for i in range(400)),
        "schema_version: 1\nx: " + "- " * 3000 + "a\n",
    ],
)
def test_deep_nesting_is_refused_before_parsing(text):
    p = one(text)
    assert "nested too deeply" in p.message or "YAML syntax" in p.message


def test_a_huge_file_is_refused_by_size():
    p = one(b"schema_version: 1\n" + b"# padding\n" * 40_000)
    assert "KB" in p.message


def test_a_byte_order_mark_is_fine():
    assert load_bytes(b"\xef\xbb\xbf" + GOOD_ROUTINE.encode(), "r.yaml").routine is not None


def test_migrations_run_in_order_and_newer_files_are_refused():
    calls = []

    def one_to_two(data):
        calls.append(1)
        data["b"] = data.pop("a")
        return data

    def two_to_three(data):
        calls.append(2)
        data["c"] = data.pop("b")
        return data

    out = migrate({"schema_version": 1, "a": 5}, {1: one_to_two, 2: two_to_three}, current=3)
    assert out == {"schema_version": 3, "c": 5}
    assert calls == [1, 2]
    with pytest.raises(VersionError, match="newer"):
        migrate({"schema_version": 4}, {}, current=3)
    with pytest.raises(VersionError, match="no migration"):
        migrate({"schema_version": 1}, {}, current=2)


yaml_ish = st.text(
    alphabet=st.sampled_from([*list("abcxyz019 -:_[]{},&*!|>'\"#?%@`\n\t."), "é", "\ufeff"]),
    max_size=300,
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(yaml_ish, st.binary(max_size=300)))
def test_fuzz_the_loader_raises_only_its_own_error(data):
    try:
        if isinstance(data, bytes):
            load_bytes(data, "fuzz.yaml")
        else:
            load_text(data, "fuzz.yaml")
    except RoutineFileError as exc:  # the only exception allowed; no exception is fine too
        assert exc.problems  # noqa: PT017
        assert all(p.file == "fuzz.yaml" for p in exc.problems)  # noqa: PT017


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "reps",
                "sets",
                "hold_s",
                "rest_s",
                "sides",
                "tempo",
                "exercise",
                "variant",
                "duration_s",
                "breathing",
                "note",
                "bogus",
            ]
        ),
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(-5, 5000),
            st.floats(allow_nan=True),
            st.text(max_size=20),
            st.lists(st.integers(), max_size=3),
            st.dictionaries(st.text(max_size=8), st.integers(), max_size=3),
        ),
        max_size=6,
    )
)
def test_fuzz_step_values_raise_only_the_loaders_error(step):
    import json

    text = GOOD_ROUTINE.split("steps:")[0] + "steps:\n  - " + json.dumps(step) + "\n"
    try:
        load_text(text, "fuzz.yaml")
    except RoutineFileError as exc:  # the only exception allowed; no exception is fine too
        assert all(p.line is None or p.line >= 1 for p in exc.problems)  # noqa: PT017


def test_an_empty_list_or_text_is_said_in_plain_words():
    """pydantic's own words ("List should have at least 1 item after validation, not 0")
    are what the editor showed a physio starting a new routine."""
    text = "schema_version: 1\nid: my-routine\ntitle: ''\nsteps: []\n"
    with pytest.raises(RoutineFileError) as caught:
        load_text(text, "r.yaml")
    said = {p.field: p.message for p in caught.value.problems}
    assert said["steps"] == "needs at least 1 entry; it has 0"
    assert said["title"] == "this is empty: write something here"
    assert not any("should" in m or "validation" in m for m in said.values())
