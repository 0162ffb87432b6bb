"""The routine editor's model: the draft is the YAML document, changed in place (a hand-written
file keeps its comments, order and quoting), checked with `validate`'s own messages, and timed
as the player will run it."""

from __future__ import annotations

import re

import pytest

from sciatica_coach import cli, paths
from sciatica_coach.core.catalogue_search import (
    NO_EQUIPMENT,
    easier_in_order,
    equipment_choices,
    equipment_words,
    search,
)
from sciatica_coach.core.draft_check import check, message, place, step_model, timeline
from sciatica_coach.core.library import easier_than
from sciatica_coach.core.plan import build_plan
from sciatica_coach.core.problems import Problem, RoutineFileError
from sciatica_coach.core.routine_edit import Draft
from sciatica_coach.core.shipped import load_routine_file
from tests.helpers.env import ROOT

PRESCRIPTION = ROOT / "docs" / "examples" / "prescription.yaml"
COMMENTED = """\
# My notes for J. D., written by hand.
schema_version: 1
title: J. D.'s routine   # what the card says
for: J. D.
contact: {name: Sam, phone: "01234 567890"}
steps:
  # First: the press-ups, gently.
  - exercise: prone-press-up
    sets: 2   # two sets
    reps: 10
  # Then the stretch, held.
  - exercise: piriformis-stretch
    hold_s: 1 min
  # Last: breathe.
  - breathing: {inhale_s: 4, exhale_s: 6, cycles: 5}
"""


def comments(text: str) -> list[str]:
    return [line.split("#", 1)[1].strip() for line in text.splitlines() if "#" in line]


def test_a_new_draft_says_what_is_missing_with_validates_words(shipped):
    draft = Draft.new()
    found = check(draft, shipped)
    assert not found.ok
    assert [place(p) for p in found.problems] == [(None, "title"), (None, "steps")]
    assert "this required field is missing" in found.problems[0].message


def test_a_draft_built_step_by_step_is_valid_and_plans_like_the_file_it_writes(
    shipped, tmp_path, capsys
):
    draft = Draft.new("built.yaml")
    draft.set_value("title", "Built here")
    draft.set_value("for", "A. B.")
    draft.set_value("frequency", {"every_hours": [2, 3], "while_awake": True})
    first = draft.add_step("prone-press-up")
    draft.set_step_value(first, "sets", 2)
    draft.set_step_value(first, "if_it_hurts", "prone-on-elbows")
    second = draft.add_step("seated-sciatic-nerve-flossing")
    draft.set_step_value(second, "sides", "left")
    draft.set_step_value(second, "reps", 8)
    draft.add_step("slow-breathing")
    found = check(draft, shipped)
    assert found.ok, found.problems
    path = tmp_path / "built.yaml"
    path.write_text(draft.text())
    assert cli.main(["validate", str(path)]) == cli.EXIT_OK
    lib, routine = load_routine_file(path)
    assert routine == found.routine
    assert (
        timeline(draft, shipped.catalogue).total_ms == build_plan(routine, lib.catalogue).total_ms
    )
    capsys.readouterr()


def test_the_problems_are_validates_own_lines(shipped, tmp_path, capsys):
    """The editor checks the text it would write exactly as `validate` checks a file."""
    draft = Draft.new("odd.yaml")
    draft.set_value("title", "Odd")
    draft.set_value("contact", {"phone": "0123"})
    step = draft.add_step("bird-dog")
    draft.set_step_value(step, "reps", 80)
    draft.add_step("hamstring-stretch")  # clinician only
    path = tmp_path / "odd.yaml"
    seen = []
    for fix in (None, "contact", "reps"):  # the model's problems first, then the catalogue's
        if fix == "contact":
            draft.set_value("contact", {"name": "Sam", "phone": "0123"})
        elif fix == "reps":
            draft.set_step_value(0, "reps", 8)
        found = check(draft, shipped)
        path.write_text(draft.text())
        assert cli.main(["validate", str(path)]) == cli.EXIT_INVALID
        printed = capsys.readouterr().out.splitlines()
        assert sorted(str(p).replace("odd.yaml", str(path)) for p in found.problems) == sorted(
            printed
        )
        seen.append({place(p) for p in found.problems})
    assert seen == [{(0, "reps"), (None, "contact")}, {(0, "reps")}, {(1, "clinician_chose")}]


def test_mixing_directions_is_refused_until_the_bias_says_mixed(shipped):
    draft = Draft.new()
    draft.set_value("title", "Both ways")
    draft.add_step("prone-press-up")
    draft.add_step("knee-to-chest")
    found = check(draft, shipped)
    assert [place(p) for p in found.problems] == [(None, "bias")]
    assert "set bias: mixed" in found.problems[0].message
    draft.set_value("bias", "mixed")
    assert check(draft, shipped).ok


def test_an_id_another_routine_uses_is_named(shipped):
    text = (paths.routines_dir() / "quick-tour.yaml").read_text()
    draft = Draft.from_text(text, "quick-tour.yaml")
    draft.set_value("title", "My tour")
    found = check(draft, shipped)
    assert [place(p) for p in found.problems] == [(None, "id")]
    assert "already used by" in found.problems[0].message
    draft.set_value("id", None)
    draft.name = "my-tour.yaml"
    assert check(draft, shipped).ok


def test_editing_keeps_every_comment_and_touches_only_what_changed(shipped):
    draft = Draft.from_text(COMMENTED, "jd.yaml")
    assert draft.text() == COMMENTED  # nothing changed: nothing moves
    draft.set_value("title", "J. D.'s routine, week 2")
    draft.set_step_value(0, "reps", 12)
    draft.set_step_value(1, "note", "Slowly.")
    draft.set_step_value(1, "hold_s", 60)  # the same as "1 min": left as written
    text = draft.text()
    assert comments(text) == comments(COMMENTED)
    assert '"01234 567890"' in text  # quoting kept
    assert "hold_s: 1 min" in text
    changed = [
        (a, b) for a, b in zip(COMMENTED.splitlines(), text.splitlines(), strict=False) if a != b
    ]
    assert changed[0][0] == "title: J. D.'s routine   # what the card says"
    assert re.fullmatch(r"title: J\. D\.'s routine, week 2 +# what the card says", changed[0][1])
    assert "    reps: 12" in text
    assert "    note: Slowly." in text
    assert check(draft, shipped).ok


def test_a_moved_step_takes_the_comment_above_it_along(shipped):
    draft = Draft.from_text(COMMENTED, "jd.yaml")
    draft.move_step(0, 2)
    lines = draft.text().splitlines()
    first = lines.index("  # Then the stretch, held.")
    assert lines[first + 1] == "  - exercise: piriformis-stretch"
    pressups = lines.index("  # First: the press-ups, gently.")
    assert lines[pressups + 1] == "  - exercise: prone-press-up"
    assert lines[pressups - 1].startswith("  - breathing:")
    assert "    sets: 2   # two sets" in lines
    assert sorted(comments(draft.text())) == sorted(comments(COMMENTED))
    draft.move_step(2, 0)
    assert draft.text() == COMMENTED


@pytest.mark.parametrize("name", sorted(p.name for p in paths.routines_dir().glob("*.yaml")))
def test_every_shipped_routine_reads_back_unchanged_and_times_as_planned(shipped, name):
    text = (paths.routines_dir() / name).read_text()
    draft = Draft.from_text(text, name)
    assert comments(draft.text()) == comments(text)
    routine = shipped.routines[re.sub(r"\.yaml$", "", name)].routine
    assert (
        timeline(draft, shipped.catalogue).total_ms
        == build_plan(routine, shipped.catalogue).total_ms
    )


def test_a_new_key_goes_where_the_editor_puts_it(shipped):
    draft = Draft.new()
    draft.set_value("title", "T")
    draft.set_value("cautions", ["Careful."])
    draft.set_value("for", "Me")
    keys = list(draft.doc)
    assert keys == ["schema_version", "title", "for", "cautions", "steps"]
    draft.set_value("cautions", [])
    assert "cautions" not in draft.doc


def test_not_a_routine_is_refused():
    with pytest.raises(RoutineFileError):
        Draft.from_text("schema_version: 1\nexercises: []\n", "x.yaml")


def test_a_step_that_cannot_run_yet_is_left_out_of_the_timeline(shipped):
    draft = Draft.new()
    draft.add_step("bird-dog")
    draft.add_step("no-such-drill")
    step = draft.add_step("knee-to-chest")
    draft.set_step_value(step, "reps", 5)  # a hold drill has no reps
    found = timeline(draft, shipped.catalogue)
    assert [s.step for s in found.spans] == [0]
    assert found.left_out == (1, 2)
    assert step_model({"exercise": "Not An Id"}) is None


def test_place_and_message():
    assert place(Problem("f", 3, "step 2 (bird-dog): tempo.move_s", "x")) == (1, "tempo")
    assert place(Problem("f", 3, "step 2 (bird-dog)", "x")) == (1, "")
    assert place(Problem("f", 3, "cautions[2]", "x")) == (None, "cautions")
    assert place(Problem("f", None, "", "x")) == (None, "")
    assert message(Problem("f", 3, "title", "missing")) == "missing (line 3)"


def test_search_narrows_by_words_and_filters(shipped):
    cat = shipped.catalogue
    found = search(cat, "press up")
    assert "prone-press-up" in {e.id for e in found}
    seated = search(cat, position="seated", kind="reps")
    assert seated
    assert all(e.position.value == "seated" and e.kind.value == "reps" for e in seated)
    flexion = search(cat, category="flexion", variants=False)
    assert flexion
    assert all(e.category.value == "flexion" and e.variant_of is None for e in flexion)
    chairs = search(cat, equipment="chair")
    assert chairs
    assert all("chair" in equipment_words(e) for e in chairs)
    bare = search(cat, equipment=NO_EQUIPMENT)
    assert bare
    assert all(equipment_words(e) <= {"mat"} for e in bare)
    assert "chair" in equipment_choices(cat)
    assert search(cat, "zzz-no-such-word") == []


def test_easier_variants_come_nearest_first(shipped):
    cat = shipped.catalogue
    ex = cat["prone-press-up"]
    ordered = easier_in_order(cat, ex.id)
    assert [e.id for e in ordered[: len(ex.regressions)]] == list(ex.regressions)
    assert {e.id for e in ordered} == easier_than(cat, ex.id)
