"""A physio's prescription, written from plain words as their assistant would (issue 14).

The file is the README's own example, docs/examples/prescription.yaml: one-sided nerve flossing
(left leg only), press-ups with the physio's fallback and stop note, a 2-minute hold written
"2 min", breathing with a rest after each breath out, a frequency and a contact. It validates,
and `plan --json` gives exactly the counts, sides and durations the physio asked for."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from sciatica_coach import cli
from sciatica_coach.core.shipped import load_shipped
from tests.helpers.env import ROOT

PRESCRIPTION = ROOT / "docs" / "examples" / "prescription.yaml"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def plan(capsys) -> dict:
    code, out, err = run(capsys, "plan", str(PRESCRIPTION), "--json")
    assert code == cli.EXIT_OK, out + err
    return json.loads(out)


def segments(plan: dict, step: int) -> Counter:
    """(kind, side, seconds) of each segment of one step, counted."""
    return Counter(
        (s["kind"], s["side"], s["duration_s"]) for s in plan["segments"] if s["step"] == step
    )


def test_the_prescription_validates(capsys):
    code, out, err = run(capsys, "validate", str(PRESCRIPTION))
    assert code == cli.EXIT_OK, out + err
    assert "1 routine in 1 file are valid" in out


def test_lying_on_elbows_is_one_hold_of_two_minutes(plan):
    assert segments(plan, 0) == Counter({("get_ready", None, 12.0): 1, ("hold", None, 120.0): 1})
    assert plan["drills"][0]["dose"] == {"sets": 1, "sides": "none", "hold_s": 120.0}
    assert plan["drills"][0]["from_catalogue"] == []  # not the catalogue's 2 holds


def test_press_ups_are_two_sets_of_ten_with_the_physios_fallback(plan):
    counted = segments(plan, 1)
    assert counted[("move", None, 2.0)] == 20
    assert counted[("rest", None, 30.0)] == 1  # between the two sets only
    drill = plan["drills"][1]
    assert drill["if_it_hurts"] == "prone-on-elbows"
    assert drill["stop_note"].startswith("If the leg pain spreads below your knee")
    # What the file left to the catalogue is said, so nothing applies silently.
    assert drill["from_catalogue"] == ["hold_s", "rest_s", "tempo"]


def test_the_nerve_floss_is_done_on_the_left_leg_only(plan):
    counted = segments(plan, 2)
    assert counted[("move", "left", 2.5)] == 8
    assert counted[("return", "left", 2.5)] == 8
    sides = {s["side"] for s in plan["segments"] if s["step"] == 2 and s["kind"] != "get_ready"}
    assert sides == {"left"}
    assert not [s for s in plan["segments"] if s["kind"] == "switch_side"]
    assert plan["drills"][2]["dose"]["sides"] == "left"


def test_breathing_rests_two_seconds_after_each_breath_out(plan):
    assert segments(plan, 3) == Counter(
        {
            ("get_ready", None, 6.0): 1,
            ("breathe_in", None, 4.0): 5,
            ("breathe_out", None, 6.0): 5,
            ("breathe_hold", None, 2.0): 5,
        }
    )
    kinds = [s["kind"] for s in plan["segments"] if s["step"] == 3][1:4]
    assert kinds == ["breathe_in", "breathe_out", "breathe_hold"]


def test_the_total_is_the_sum_of_what_was_asked(plan):
    assert plan["total_s"] == pytest.approx(
        (12 + 120) + (6 + 20 * (2 + 1.5 + 2) + 30) + (12 + 8 * 5) + (6 + 5 * 12)
    )


def test_the_readable_plan_names_the_side_the_fallback_and_what_was_inherited(capsys):
    code, out, _err = run(capsys, "plan", str(PRESCRIPTION))
    assert code == cli.EXIT_OK
    assert "1. Lying face down on your elbows: 1 hold of 2 min" in out
    assert "3. Seated sciatic nerve flossing: 8 reps, left leg only" in out
    assert "if it hurts: prone-on-elbows" in out
    assert "from the catalogue: hold_s, rest_s, tempo" in out


def test_validate_refuses_an_extension_routine_holding_a_flexion_drill(capsys, tmp_path):
    title = "title: A. B.'s extension routine\n"
    text = PRESCRIPTION.read_text().replace(title, f"{title}bias: extension\n")
    text = text.replace(
        "  - exercise: seated-sciatic-nerve-flossing", "  - exercise: knee-to-chest"
    )
    text = text.replace("    sides: left\n    sets: 1\n    reps: 8\n", "    sides: left\n")
    bad = tmp_path / "mixed-up.yaml"
    bad.write_text(text)
    code, out, _err = run(capsys, "validate", str(bad))
    assert code == cli.EXIT_INVALID
    [line] = [line for line in out.splitlines() if ": bias: " in line]
    assert "it says bias: extension" in line
    assert "knee-to-chest (step 3)" in line  # the flexion drill, by name and place


def test_exercises_json_lists_every_catalogue_exercise(capsys):
    code, out, _err = run(capsys, "exercises", "--json")
    assert code == cli.EXIT_OK
    listed = json.loads(out)
    catalogue = load_shipped().catalogue
    assert sorted(e["id"] for e in listed) == sorted(catalogue.exercises)
    press_up = next(e for e in listed if e["id"] == "prone-press-up")
    assert press_up["kind"] == "reps"
    assert press_up["position"] == "prone"
    assert "prone-on-elbows" in press_up["easier"]
    assert press_up["harder"] == list(catalogue["prone-press-up"].progressions)
    assert press_up["default"]["reps"] == catalogue["prone-press-up"].dosage.reps


def test_exercises_finds_by_words_each_base_with_its_variants(capsys):
    code, out, _err = run(capsys, "exercises", "KNEE", "chest")
    assert code == cli.EXIT_OK
    ids = [line.split()[0] for line in out.splitlines() if not line.startswith("    ")]
    assert "knee-to-chest" in ids
    assert ids.index("knee-to-chest") < ids.index("knee-to-chest-seated")
    assert "prone-press-up" not in ids
    assert "easier: knee-to-chest-seated" in out


def test_exercises_says_when_nothing_matches(capsys):
    code, out, err = run(capsys, "exercises", "trampoline")
    assert code == cli.EXIT_INVALID
    assert not out
    assert "no exercise matches 'trampoline'" in err


def test_the_readme_shows_this_very_file():
    """The README's example is the tested file (its comments aside), so neither drifts."""
    from ruamel.yaml import YAML

    readme = (ROOT / "README.md").read_text()
    after = readme.index("A physio's prescription needs only")
    block = readme[readme.index("```yaml\n", after) + 8 : readme.index("```\n", after + 1)]
    yaml = YAML(typ="safe", pure=True)
    assert yaml.load(block) == yaml.load(PRESCRIPTION.read_text())
