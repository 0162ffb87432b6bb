"""Corrections from a physiotherapy review of the shipped content (issue 20)."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime, timedelta

from sciatica_coach import cli
from sciatica_coach.core.library import easier_than
from sciatica_coach.core.models import Category, Sides, StopRule
from sciatica_coach.core.overview import routine_cards
from sciatica_coach.core.plan import build_plan
from sciatica_coach.core.progress import DrillOutcome, progression_offers
from sciatica_coach.core.safety_words import stop_rule_lines
from sciatica_coach.core.sides import for_side, needs_side
from sciatica_coach.core.timeline import format_timeline
from tests.helpers.builders import catalogue, exercise


def test_the_mini_push_up_ladder_has_its_hips_shifted_rung(shipped):
    cat = shipped.catalogue
    mini = cat["prone-mini-push-up"]
    assert mini.regressions[-1] == "prone-mini-push-up-hips-shifted"
    rung = cat["prone-mini-push-up-hips-shifted"]
    assert rung.variant_of == "prone-mini-push-up"
    assert (rung.category, rung.position.value) == (Category.EXTENSION, "prone")
    assert rung.stop_rule is StopRule.MUST_RELIEVE  # as the drill it stands in for
    assert "painful side" in " ".join(rung.cues)
    # The hurt flow and `if_it_hurts` can reach it, as they reach every easier variant.
    assert "prone-mini-push-up-hips-shifted" in easier_than(cat, "prone-mini-push-up")


HAMSTRING_ROUTINE = textwrap.dedent(
    """\
    schema_version: 1
    title: Stretches for B. C.
    steps:
      - exercise: hamstring-stretch
        sets: 2
    """
)


def test_a_routine_with_the_clinician_only_toe_touch_is_refused(capsys, tmp_path):
    bad = tmp_path / "toe-touch.yaml"
    bad.write_text(HAMSTRING_ROUTINE)
    assert cli.main(["validate", str(bad)]) == cli.EXIT_INVALID
    out = capsys.readouterr().out
    [line] = [line for line in out.splitlines() if "clinician" in line]
    assert line.startswith(f"{bad}:4: step 1 (hamstring-stretch): clinician_chose: ")
    assert "hamstring-stretch-bent-knee" in line  # what to use instead


def test_the_same_routine_passes_when_it_says_the_clinician_chose_it(capsys, tmp_path):
    good = tmp_path / "toe-touch.yaml"
    good.write_text(HAMSTRING_ROUTINE + "    clinician_chose: true\n")
    assert cli.main(["validate", str(good)]) == cli.EXIT_OK, capsys.readouterr().out


def test_the_app_never_offers_a_clinician_only_drill_as_a_step_up():
    cat = catalogue(
        exercise("gentle", progressions=["full"]),
        exercise("full", variant_of="gentle", regressions=["gentle"], clinician_only=True),
    )
    day = datetime(2026, 11, 2, 9, tzinfo=UTC)
    calm = [
        DrillOutcome(f"s{i}", day + timedelta(days=i), "gentle", "gentle", "done", False, None)
        for i in range(5)
    ]
    assert progression_offers(calm, cat, {}) == []
    cat_open = catalogue(
        exercise("gentle", progressions=["full"]),
        exercise("full", variant_of="gentle", regressions=["gentle"]),
    )
    assert [o.harder for o in progression_offers(calm, cat_open, {})] == ["full"]


def test_the_nerve_glide_routine_starts_on_sliders(shipped):
    steps = shipped.routine("nerve-glide").steps
    variants = {s.exercise: getattr(s, "variant", None) for s in steps}
    assert variants["supine-nerve-flossing"] == "supine-flossing-slider"
    assert variants["seated-sciatic-nerve-flossing"] == "seated-flossing-slider"


def test_frequency_is_said_for_the_drill_it_belongs_to(shipped):
    """'Every few hours' is the press-up's, '2-5 times a day' the double knee hug's."""
    disc = shipped.routine("disc-extension")
    assert "every few hours" not in str(disc.frequency).lower().split(";")[0]
    plan = build_plan(disc, shipped.catalogue)
    assert plan.drills[0].frequency == "Every few hours while it helps."
    assert [d.frequency for d in plan.drills[1:]] == [None] * (len(plan.drills) - 1)
    text = format_timeline(build_plan(shipped.routine("facet-flexion"), shipped.catalogue))
    assert "how often: 2-5 times a day while it helps." in text


def test_the_piriformis_stretch_is_for_the_affected_side(shipped):
    for routine_id in ("gentle-stretching", "muscle-sij"):
        routine = shipped.routine(routine_id)
        assert needs_side(routine)
        [step] = [s for s in routine.steps if s.exercise == "piriformis-stretch"]
        assert step.sides is Sides.AFFECTED
        left = for_side(routine, "left")
        plan = build_plan(left, shipped.catalogue)
        [drill] = [d for d in plan.drills if d.exercise.id == "piriformis-stretch"]
        sides = {s.side.value for s in plan.segments if s.step == drill.step and s.side}
        assert sides == {"left"}


def test_gentle_stretching_opens_neutral_and_its_card_says_it_includes_flexion(shipped):
    routine = shipped.routine("gentle-stretching")
    first = shipped.catalogue[routine.steps[0].exercise]
    assert first.category not in (Category.FLEXION, Category.EXTENSION)
    [card] = [c for c in routine_cards(shipped) if c.id == "gentle-stretching"]
    assert card.includes == ("flexion",)
    [disc] = [c for c in routine_cards(shipped) if c.id == "disc-extension"]
    assert disc.includes == ()  # its bias already says it


def test_s0_ankle_glide_caution_agrees_with_its_regression(shipped):
    caution = shipped.catalogue["tibial-nerve-glide"].caution
    assert "least tensioned" not in caution
    assert "takes more tension off" in caution


def test_each_stop_rule_gets_its_own_words():
    rules = {
        "glide": StopRule.PAIN_FREE,
        "press": StopRule.MUST_RELIEVE,
        "clam": StopRule.TOLERABLE,
        "bird": StopRule.TOLERABLE,
    }
    lines = stop_rule_lines(rules, lambda i: f"the {i}")
    assert lines == [
        "The glide: should not hurt at all: any pain, tingling or numbness means stop.",
        "The press: should ease your symptoms: if they made them worse, stop and ask your physio.",
        "The clam, the bird: some discomfort, up to 5 out of 10, is acceptable if it settles by "
        "the next morning.",
    ]
