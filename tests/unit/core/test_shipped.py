"""The shipped catalogue and routines: complete, traceable to the seeds, safe to show a patient.

These tests read the real content in `routines/`. They check what CLINICAL.md §1, §2 and §7 ask
for (every seed drill by id, ladders that resolve and end, the eight routines with their sources
and cautions) and two promises about the words: no internal shorthand ("S1", "R18", "CLINICAL")
reaches a patient, and no cue is copied from a seed article.
"""

from __future__ import annotations

import os
import re
from collections import deque
from pathlib import Path

import pytest

from sciatica_coach import paths
from sciatica_coach.core.models import BreathingStep, Category, Kind, StopRule
from sciatica_coach.core.shipped import load_shipped

ROOT = Path(__file__).resolve().parents[3]

SEEDS = {
    "000_afb9908a59288505.txt": "S0",
    "001_ee699b751415854c.txt": "S1",
    "002_249a354d6665543b.txt": "S2",
    "003_b1811144eaed076d.txt": "S3",
    "004_a9e52e7ebd108004.txt": "S4",
}
SEED_FILE = {short: name for name, short in SEEDS.items()}
SEEDS_DIR = Path(os.environ.get("SCIATICA_COACH_SEEDS", ROOT.parent / "shared" / "seeds"))
"""The seed articles live beside the repository, not in it; the copy test skips without them."""

CLINICAL_DRILLS = {
    # CLINICAL.md §1, in its order: id -> seed.
    "foot-waves": "S0",
    "ankle-circles": "S0",
    "cross-body-hip-circles": "S0",
    "full-rehab-hip-circles": "S0",
    "pelvis-mobility": "S0",
    "tibial-nerve-glide": "S0",
    "prone-press-up": "S1",
    "cat-cow": "S1",
    "lumbar-windshield-wipers": "S1",
    "seated-sciatic-nerve-flossing": "S1",
    "transverse-abdominis-pushdown": "S1",
    "reverse-marches": "S1",
    "side-lying-clamshell": "S1",
    "bird-dog": "S1",
    "lift-off": "S2",
    "hip-holds": "S2",
    "heel-slides": "S2",
    "supine-nerve-flossing": "S3",
    "double-knees-to-chest": "S3",
    "sij-rocking-lunge": "S3",
    "glute-ball-release": "S3",
    "prone-mini-push-up": "S3",
    "knee-to-chest": "S4",
    "piriformis-stretch": "S4",
    "hamstring-stretch": "S4",
    "hip-hinge": "S4",
}
NERVE_DRILLS = ("tibial-nerve-glide", "seated-sciatic-nerve-flossing", "supine-nerve-flossing")

CLINICAL_ROUTINES = {
    # CLINICAL.md §7: id -> the seeds it draws on.
    "disc-extension": {"S1", "S3"},
    "facet-flexion": {"S1", "S3", "S4"},
    "nerve-glide": {"S0", "S1", "S3"},
    "core-stability": {"S1"},
    "mobility-foot-to-sacrum": {"S0"},
    "gentle-stretching": {"S4"},
    "muscle-sij": {"S3", "S4"},
    "rehab-and-revive-three": {"S2"},
}

LIB = load_shipped()
CAT = LIB.catalogue


def shipped_yaml_files() -> list[Path]:
    found = [*paths.exercises_dir().rglob("*.y*ml"), *paths.routines_dir().glob("*.y*ml")]
    return sorted(p for p in found if p.suffix in {".yaml", ".yml"})


# --- every file loads, every drill of the seeds is there ----------------------------------------


def test_every_shipped_file_validates(shipped):
    assert shipped.ok, "\n".join(str(p) for p in shipped.problems)
    files = shipped_yaml_files()
    assert shipped.files == len(files)
    used = {src.path.resolve() for src in shipped.catalogue.sources.values()}
    used |= {entry.source.path.resolve() for entry in shipped.routines.values()}
    assert used == {p.resolve() for p in files}, "a shipped file contributes nothing"


def test_every_drill_of_clinical_section_1_is_a_base_exercise_naming_its_seed():
    missing = sorted(set(CLINICAL_DRILLS) - set(CAT.exercises))
    assert not missing
    for drill_id, seed in CLINICAL_DRILLS.items():
        ex = CAT[drill_id]
        assert ex.variant_of is None, drill_id
        assert ex.source == SEED_FILE[seed], (drill_id, ex.source)


def test_at_least_26_base_exercises_name_a_seed_file_and_all_five_seeds_are_covered():
    bases = CAT.bases()
    from_seeds = [e for e in bases if e.source in SEEDS]
    assert len(from_seeds) >= 26
    assert {e.source for e in from_seeds} == set(SEEDS)
    if SEEDS_DIR.is_dir():
        assert set(SEEDS) <= {p.name for p in SEEDS_DIR.glob("*.txt")}


@pytest.mark.parametrize("drill_id", sorted(CLINICAL_DRILLS))
def test_each_seed_drill_is_fully_described(drill_id):
    ex = CAT[drill_id]
    assert ex.name.strip()
    assert isinstance(ex.category, Category)
    assert ex.position is not None
    assert ex.cues
    assert all(len(cue.split()) >= 2 for cue in ex.cues), ex.cues
    assert ex.breathing, "say what to do with the breath"
    assert ex.caution.strip()
    assert isinstance(ex.stop_rule, StopRule)
    d = ex.dosage
    needed = {
        Kind.REPS: ("sets", "reps"),
        Kind.HOLD: ("sets", "hold_s"),
        Kind.TIMED: ("duration_s",),
        Kind.BREATHING: ("breath",),
    }[ex.kind]
    assert all(getattr(d, name) is not None for name in needed), (ex.kind, d)


# --- ladders -----------------------------------------------------------------------------------


def test_every_ladder_id_resolves():
    dangling = [
        (ex.id, other)
        for ex in CAT.exercises.values()
        for other in (*ex.regressions, *ex.progressions)
        if other not in CAT.exercises
    ]
    assert not dangling
    assert not [p for p in LIB.problems if "regressions" in p.field or "progressions" in p.field]


def test_every_regression_chain_ends():
    """Follow the nearest regression from every exercise: it must reach the easiest and stop."""
    for start in CAT.exercises:
        seen = [start]
        current = CAT[start]
        while current.regressions:
            nxt = current.regressions[0]
            assert nxt not in seen, f"regressions loop: {' -> '.join([*seen, nxt])}"
            seen.append(nxt)
            current = CAT[nxt]


def test_easier_than_is_a_strict_order_across_all_ladders():
    """Every regression edge and every reversed progression edge, sorted topologically."""
    easier: dict[str, set[str]] = {i: set() for i in CAT.exercises}
    for ex in CAT.exercises.values():
        easier[ex.id].update(ex.regressions)
        for harder in ex.progressions:
            easier[harder].add(ex.id)
    pending = {i: len(easier[i]) for i in easier}
    harder_than: dict[str, list[str]] = {i: [] for i in easier}
    for hard, easy_ones in easier.items():
        for easy in easy_ones:
            harder_than[easy].append(hard)
    queue = deque(i for i, n in pending.items() if n == 0)
    ordered = []
    while queue:
        node = queue.popleft()
        ordered.append(node)
        for hard in harder_than[node]:
            pending[hard] -= 1
            if pending[hard] == 0:
                queue.append(hard)
    looped = sorted(set(easier) - set(ordered))
    assert not looped, f"these exercises sit on a ladder loop: {looped}"


def test_every_variant_hangs_off_a_base_and_is_reachable_from_it():
    for variant in CAT.variants():
        base = CAT.exercises.get(variant.variant_of)
        assert base is not None, variant.id
        assert base.variant_of is None, f"{variant.id}: '{base.id}' is itself a variant"
        reached, todo = {base.id}, [base.id]
        while todo:
            current = CAT[todo.pop()]
            for nxt in (*current.regressions, *current.progressions):
                if nxt not in reached:
                    reached.add(nxt)
                    todo.append(nxt)
        assert variant.id in reached, f"{variant.id} cannot be reached from {base.id}"


def test_every_base_drill_of_the_seeds_has_a_regression():
    """The stop button offers the first regression (DESIGN.md §5); a seed drill needs one."""
    assert not [i for i in CLINICAL_DRILLS if not CAT[i].regressions]


def test_nerve_drills_and_their_variants_stop_on_any_pain():
    for drill_id in NERVE_DRILLS:
        assert CAT[drill_id].category is Category.NERVE
    nerve = [e for e in CAT.exercises.values() if e.category is Category.NERVE]
    nerve += [e for e in CAT.variants() if e.variant_of in NERVE_DRILLS]
    assert len(nerve) > len(NERVE_DRILLS)
    assert not [e.id for e in nerve if e.stop_rule is not StopRule.PAIN_FREE]


# --- routines ----------------------------------------------------------------------------------


@pytest.mark.parametrize("routine_id", sorted(CLINICAL_ROUTINES))
def test_each_clinical_routine_names_its_seeds_audience_and_cautions(routine_id):
    assert routine_id in LIB.routines
    r = LIB.routine(routine_id)
    seeds = {SEEDS[s] for s in r.sources if s in SEEDS}
    assert seeds >= CLINICAL_ROUTINES[routine_id], r.sources
    assert len(r.audience.split()) >= 5
    assert r.cautions
    assert all(c.strip() for c in r.cautions)


def _caution_text(routine_id: str) -> str:
    return " ".join(LIB.routine(routine_id).cautions).lower()


def test_extension_and_flexion_routines_say_they_are_opposite_treatments():
    disc, facet = _caution_text("disc-extension"), _caution_text("facet-flexion")
    assert re.search(r"\bopposite\b", disc)
    assert "flexion" in disc
    assert re.search(r"\bopposite\b", facet)
    assert "extension" in facet


def _categories(routine_id: str) -> dict[str, Category]:
    """Every exercise a routine's steps can put in front of the user, with its category."""
    out = {}
    for step in LIB.routine(routine_id).steps:
        ids = [step.exercise]
        if not isinstance(step, BreathingStep) and step.variant is not None:
            ids.append(step.variant)
        for ex_id in ids:
            out[ex_id] = CAT[ex_id].category
    return out


def test_disc_extension_has_no_flexion_drill_and_facet_flexion_no_extension_drill():
    disc = _categories("disc-extension")
    facet = _categories("facet-flexion")
    assert Category.EXTENSION in disc.values()
    assert Category.FLEXION in facet.values()
    assert not [i for i, c in disc.items() if c is Category.FLEXION]
    assert not [i for i, c in facet.items() if c is Category.EXTENSION]


# --- words a patient reads ---------------------------------------------------------------------

SHORTHAND = re.compile(
    r"\b(?:S[0-4]|R\d{1,2}[a-z]?|CLINICAL(?:\.md)?|[Ss]eeds?)\b|§|#\d",
)
"""Seed keys (S0-S4), reference keys (R18), the brief's name, 'the seed', section and item marks."""


def patient_texts() -> dict[tuple[str, str, str], str]:
    """Every text the app shows a patient, keyed by (kind, id, field).

    Left out on purpose: `source`, `references` and `dosage.note`, which record provenance for
    the physiotherapist and may cite the seeds and references by their keys.
    """
    texts: dict[tuple[str, str, str], str] = {}
    for ex in CAT.exercises.values():
        fields = {
            "name": ex.name,
            "purpose": ex.purpose,
            "position_text": ex.position_text,
            "halfway_cue": ex.halfway_cue,
            "caution": ex.caution,
        }
        fields |= {f"cues[{i}]": cue for i, cue in enumerate(ex.cues)}
        fields |= {f"breathing.{phase}": words for phase, words in ex.breathing.items()}
        texts |= {("exercise", ex.id, k): v for k, v in fields.items() if v}
    for routine_id, entry in LIB.routines.items():
        r = entry.routine
        fields = {
            "title": r.title,
            "summary": r.summary,
            "audience": r.audience,
            "frequency": r.frequency,
        }
        fields |= {f"cautions[{i}]": c for i, c in enumerate(r.cautions)}
        for i, step in enumerate(r.steps):
            fields[f"steps[{i}].note"] = step.note
            if isinstance(step, BreathingStep):
                fields[f"steps[{i}].title"] = step.title
        texts |= {("routine", routine_id, k): v for k, v in fields.items() if v}
    return texts


KNOWN_SHORTHAND: dict[tuple[str, str, str], str] = {}


def test_the_shorthand_pattern_catches_what_it_should_and_spares_plain_words():
    for bad in ("as S1 says", "(R18)", "see CLINICAL.md", "the seed's range", "§7", "#22"):
        assert SHORTHAND.search(bad), bad
    for fine in ("Sit down slowly.", "Rest 30 s.", "Step 1 of 3", "Ask your clinician.", "S-bend"):
        assert not SHORTHAND.search(fine), fine


def test_no_patient_facing_text_uses_internal_shorthand():
    texts = patient_texts()
    assert len(texts) > 500  # the walk really covers the catalogue
    found = {
        key: SHORTHAND.findall(text)
        for key, text in texts.items()
        if key not in KNOWN_SHORTHAND and SHORTHAND.search(text)
    }
    assert not found


RUN = 8
"""Eight words in a row, verbatim, is copying rather than paraphrasing."""


def words(text: str) -> list[str]:
    """Lower-case words with punctuation and apostrophes gone, so "Don't" matches "dont"."""
    text = text.lower().replace("\u2019", "'").replace("'", "")
    return re.sub(r"[\W_]+", " ", text).split()


def runs(text: str, n: int = RUN) -> set[str]:
    w = words(text)
    return {" ".join(w[i : i + n]) for i in range(len(w) - n + 1)}


@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"seed articles not found in {SEEDS_DIR} (set SCIATICA_COACH_SEEDS)")
    texts = [(SEEDS_DIR / name).read_text(encoding="utf-8") for name in SEEDS]
    return " | ".join(" ".join(words(t)) for t in texts)


def test_the_copy_check_catches_a_copied_seed_sentence(seed_text):
    seed_words = seed_text.split(" | ")[1].split()
    copied = " ".join(seed_words[40:52]).upper().replace(" ", ",  ")
    assert any(f" {run} " in f" {seed_text} " for run in runs(copied))


def test_no_cue_or_caution_copies_eight_words_from_a_seed(seed_text):
    haystack = f" {seed_text} "
    copied = {
        key: run
        for key, text in patient_texts().items()
        for run in runs(text)
        if f" {run} " in haystack
    }
    assert not copied
