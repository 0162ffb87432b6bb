"""`sciatica-coach plan` on every shipped routine: contiguous, exact, and true to the dosage.

The expected counts are worked out here from the YAML itself (read with a plain safe loader, not
through the app's models), so the plan is checked against what a physiotherapist wrote: `reps`
per side, `each` = all reps on one side then the other, `alternating` = left, right, left...,
a rest after every set but the last, and for a hold drill `sets` holds per side.
"""

from __future__ import annotations

import itertools
import json
import math
import textwrap
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from sciatica_coach import cli, paths
from sciatica_coach.core.plan import build_plan, plan_json
from sciatica_coach.core.shipped import load_shipped

SEGMENT_KEYS = {"step", "exercise", "set", "side", "rep", "kind", "start_s", "duration_s", "text"}
REP_KINDS = {"move", "hold", "return"}

# When neither the step nor the exercise sets a field, the app falls back to these
# (sciatica_coach/core/dosage.py); shipped files rely on them only for rest_s.
FALLBACK_SETS = 1
FALLBACK_REPS = 10
FALLBACK_REST_S = 30.0
FALLBACK_HOLD_S = {"reps": 0.0, "hold": 30.0}
BREATH_DEFAULTS = {
    "inhale_s": 4.0,
    "hold_in_s": 0.0,
    "exhale_s": 6.0,
    "hold_out_s": 0.0,
    "cycles": 6,
}

ROUTINE_FILES = sorted(paths.routines_dir().glob("*.yaml"))


def _yaml() -> YAML:
    yaml = YAML(typ="safe", pure=True)
    yaml.version = (1, 2)
    return yaml


def raw_catalogue() -> dict[str, dict[str, Any]]:
    """Every shipped exercise as plain data, straight from the files."""
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(paths.exercises_dir().glob("*.yaml")):
        doc = _yaml().load(path.read_text(encoding="utf-8"))
        for ex in doc.get("exercises", [doc]):
            out[ex["id"]] = ex
    return out


RAW = raw_catalogue()


def plan_via_cli(capsys, path: Path) -> dict[str, Any]:
    assert cli.main(["plan", str(path), "--json"]) == 0
    out, err = capsys.readouterr()
    assert not err
    return json.loads(out)


def expected_step(step: dict[str, Any]) -> dict[str, Any]:
    """What one routine step should expand to, from the YAML alone."""
    if "breathing" in step:
        b = {**BREATH_DEFAULTS, **step["breathing"]}
        holds = (b["hold_in_s"] > 0) + (b["hold_out_s"] > 0)
        return {
            "exercise": step.get("exercise", "slow-breathing"),
            "kind": "breathing",
            "counts": {
                "breathe_in": b["cycles"],
                "breathe_out": b["cycles"],
                "breathe_hold": b["cycles"] * holds,
            },
        }
    ex_id = step.get("variant") or step["exercise"]
    ex = RAW[ex_id]
    default = ex.get("dosage", {})

    def get(name: str, fallback: Any) -> Any:
        return step.get(name, default.get(name, fallback))

    kind = ex["kind"]
    sets = get("sets", FALLBACK_SETS)
    sides = get("sides", "none")
    if sides == "affected":  # `plan` does not know the person's side: both, one after the other
        sides = "each"
    two = sides in {"each", "alternating"}
    rests = sets - 1 if get("rest_s", FALLBACK_REST_S) > 0 else 0
    counts: Counter[str] = Counter({"get_ready": 1, "rest": rests})
    order: list[tuple[Any, ...]] = []
    if kind == "reps":
        reps = get("reps", FALLBACK_REPS)
        for set_no in range(1, sets + 1):
            if sides == "alternating":
                order += [(set_no, s, r) for r in range(1, reps + 1) for s in ("left", "right")]
            elif sides == "each":
                order += [(set_no, s, r) for s in ("left", "right") for r in range(1, reps + 1)]
            else:
                order += [(set_no, None, r) for r in range(1, reps + 1)]
        counts["move"] = counts["return"] = sets * reps * (2 if two else 1)
        counts["hold"] = counts["move"] if get("hold_s", 0.0) > 0 else 0
        counts["switch_side"] = sets if sides == "each" else 0
    else:
        per_set = [("left", "right") if two else (None,)]
        order = [(set_no, s) for set_no in range(1, sets + 1) for s in per_set[0]]
        counts["hold" if kind == "hold" else "timed"] = sets * (2 if two else 1)
        counts["switch_side"] = sets if two else 0
    return {"exercise": ex_id, "kind": kind, "counts": counts, "order": order}


def assert_timeline_is_sound(data: dict[str, Any]) -> None:
    segments = data["segments"]
    assert segments
    assert segments[0]["start_s"] == 0
    for seg in segments:
        assert set(seg) == SEGMENT_KEYS
        assert seg["duration_s"] > 0, seg
        assert seg["side"] in {"left", "right", None}
        assert seg["text"].strip()
    for prev, seg in itertools.pairwise(segments):
        assert abs(seg["start_s"] - (prev["start_s"] + prev["duration_s"])) < 1e-9, seg
    assert abs(data["total_s"] - math.fsum(s["duration_s"] for s in segments)) < 1e-9
    last = segments[-1]
    assert abs(data["total_s"] - (last["start_s"] + last["duration_s"])) < 1e-9


@pytest.mark.parametrize("path", ROUTINE_FILES, ids=lambda p: p.stem)
def test_plan_json_of_each_shipped_routine_is_contiguous_and_matches_the_dosage(capsys, path):
    data = plan_via_cli(capsys, path)
    lib = load_shipped()
    raw = _yaml().load(path.read_text(encoding="utf-8"))
    assert data["routine"] == raw["id"]
    assert data == json.loads(
        json.dumps(plan_json(build_plan(lib.routine(raw["id"]), lib.catalogue)))
    )
    assert_timeline_is_sound(data)

    segments = data["segments"]
    assert [s["step"] for s in segments] == sorted(s["step"] for s in segments)
    assert {s["step"] for s in segments} == set(range(len(raw["steps"])))
    for index, step in enumerate(raw["steps"]):
        want = expected_step(step)
        mine = [s for s in segments if s["step"] == index]
        assert mine[0]["kind"] == "get_ready"
        assert {s["exercise"] for s in mine} == {want["exercise"]}
        counts = Counter(s["kind"] for s in mine if s["kind"] != "get_ready")
        expected = {k: n for k, n in want["counts"].items() if n and k != "get_ready"}
        assert dict(counts) == expected, (index, step)
        reps_drill = want["kind"] == "reps"
        for seg in mine:
            if reps_drill and seg["kind"] in REP_KINDS:
                assert isinstance(seg["rep"], int), seg
                assert seg["rep"] >= 1, seg
            else:
                assert seg["rep"] is None, seg
        if reps_drill:
            moves = [(s["set"], s["side"], s["rep"]) for s in mine if s["kind"] == "move"]
            assert moves == want["order"], (index, step)
        elif want["kind"] in {"hold", "timed"}:
            work = [(s["set"], s["side"]) for s in mine if s["kind"] in {"hold", "timed"}]
            assert work == want["order"], (index, step)
        rests = [s["set"] for s in mine if s["kind"] == "rest"]
        assert rests == list(range(1, len(rests) + 1))  # after set 1, 2, ... never the last


def write_routine(tmp_path: Path, steps: str, name: str = "mine.yaml") -> Path:
    path = tmp_path / name
    path.write_text(
        textwrap.dedent(
            """\
            schema_version: 1
            id: my-routine
            title: My routine
            summary: For a test.
            bias: core
            audience: Me.
            sources: [001_ee699b751415854c.txt]
            steps:
            """
        )
        + textwrap.dedent(steps),
        encoding="utf-8",
    )
    return path


def test_two_sets_of_six_alternating_give_24_moves_left_right_left_right(capsys, tmp_path):
    path = write_routine(
        tmp_path,
        """\
          - exercise: bird-dog
            sets: 2
            reps: 6
            sides: alternating
            rest_s: 20
        """,
    )
    data = plan_via_cli(capsys, path)
    assert_timeline_is_sound(data)
    moves = [s for s in data["segments"] if s["kind"] == "move"]
    assert len(moves) == 24
    assert [m["side"] for m in moves] == ["left", "right"] * 12
    assert [m["set"] for m in moves] == [1] * 12 + [2] * 12
    assert [m["rep"] for m in moves] == [r for r in range(1, 7) for _ in (0, 1)] * 2
    assert all(m["exercise"] == "bird-dog" for m in moves)
    rests = [s for s in data["segments"] if s["kind"] == "rest"]
    assert [(r["set"], r["duration_s"]) for r in rests] == [(1, 20.0)]


def test_each_side_runs_all_left_reps_then_all_right_reps_in_every_set(capsys, tmp_path):
    path = write_routine(
        tmp_path,
        """\
          - exercise: side-lying-clamshell
            sets: 2
            reps: 3
            sides: each
        """,
    )
    data = plan_via_cli(capsys, path)
    moves = [(s["set"], s["side"]) for s in data["segments"] if s["kind"] == "move"]
    assert moves == (
        [(1, "left")] * 3 + [(1, "right")] * 3 + [(2, "left")] * 3 + [(2, "right")] * 3
    )
    assert Counter(s["kind"] for s in data["segments"])["switch_side"] == 2


def test_holds_and_rests_shorter_than_a_millisecond_add_no_empty_segments(capsys, tmp_path):
    """A valid file may say `hold_s: 0.0004`; the plan must still have no zero-length segment."""
    path = write_routine(
        tmp_path,
        """\
          - exercise: bird-dog
            sets: 2
            reps: 2
            hold_s: 0.0004
            rest_s: 0.0003
          - breathing: {inhale_s: 4, hold_in_s: 0.0002, exhale_s: 6, cycles: 2}
        """,
    )
    data = plan_via_cli(capsys, path)
    assert_timeline_is_sound(data)
    kinds = Counter(s["kind"] for s in data["segments"])
    assert kinds["hold"] == kinds["rest"] == kinds["breathe_hold"] == 0
    assert kinds["move"] == 8


def _clock(seconds: float) -> str:
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@pytest.mark.parametrize("path", ROUTINE_FILES, ids=lambda p: p.stem)
def test_readable_timeline_ends_with_the_total(capsys, path):
    total_s = plan_via_cli(capsys, path)["total_s"]
    assert cli.main(["plan", str(path)]) == 0
    out = capsys.readouterr().out
    lines = out.rstrip("\n").splitlines()
    assert lines[-1].startswith(f"Total: {_clock(total_s)} ")
    assert "Traceback" not in out
    raw = _yaml().load(path.read_text(encoding="utf-8"))
    assert raw["title"] in lines[0]


BAD_ROUTINES = {
    "unknown-exercise": "  - exercise: bird-dogg\n",
    "zero-reps": "  - exercise: bird-dog\n    reps: 0\n",
    "unknown-field": "  - exercise: bird-dog\n    colour: red\n",
    "variant-off-the-ladder": "  - exercise: bird-dog\n    variant: cat-cow\n",
    "reps-on-a-hold": "  - exercise: double-knees-to-chest\n    reps: 5\n",
    "syntax-error": "  - exercise: [bird-dog\n",
    "python-tag": "  - exercise: !!python/object/apply:os.getcwd []\n",
}


@pytest.mark.parametrize("steps", BAD_ROUTINES.values(), ids=BAD_ROUTINES.keys())
def test_plan_of_an_invalid_file_says_what_validate_says(capsys, tmp_path, monkeypatch, steps):
    monkeypatch.chdir(tmp_path)
    path = write_routine(tmp_path, steps, name="bad.yaml")
    assert cli.main(["validate", "bad.yaml"]) == 2
    validate_out = capsys.readouterr().out
    assert cli.main(["plan", "bad.yaml"]) == 2
    plan_out = capsys.readouterr().out
    assert cli.main(["plan", "bad.yaml", "--json"]) == 2
    plan_json_out = capsys.readouterr().out
    assert validate_out.startswith("bad.yaml:")
    assert plan_out == validate_out == plan_json_out
    assert "Traceback" not in plan_out
    assert path.exists()


def test_plan_of_an_exercise_file_says_it_is_not_a_routine(capsys, tmp_path):
    path = tmp_path / "drill.yaml"
    path.write_text(
        "schema_version: 1\nid: my-drill\nname: My drill\nsource: me\ncategory: core\n"
        "position: supine\nkind: reps\ncues: [Slowly.]\ncaution: Careful.\n"
        "stop_rule: tolerable\n",
        encoding="utf-8",
    )
    assert cli.main(["plan", str(path)]) == 2
    out = capsys.readouterr().out
    assert out.startswith(f"{path}: ")
    assert "not a routine" in out
