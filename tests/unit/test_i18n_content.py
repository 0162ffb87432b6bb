"""The catalogue and the shipped routines in Spanish (routines/i18n/es/), merged at load time.

Complete: every shipped exercise and routine has every field of words in Spanish. Checked:
`validate` holds the translation files to file-and-line problems. Safe: a translation changes
words only, never what a session does, and falls back to English string by string.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sciatica_coach import cli, paths
from sciatica_coach.core import i18n, translation_files
from sciatica_coach.core.constraints import field_names, plain, validate
from sciatica_coach.core.content_i18n import translate_exercise, translated
from sciatica_coach.core.models import Exercise, Routine
from sciatica_coach.core.plan import build_plan
from sciatica_coach.core.plan_words import side_words
from sciatica_coach.core.segments import Side
from sciatica_coach.core.translation_files import (
    ExerciseText,
    RoutineText,
    check_file,
    load_translation,
)
from sciatica_coach.services.routine_files import routine_hash

TEXT_FIELDS = {
    "name", "purpose", "position_text", "cues", "side_means", "halfway_cue", "breathing",
    "caution", "equipment",
}  # fmt: skip
ROUTINE_TEXT = {"title", "summary", "audience", "cautions", "frequency", "steps"}


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.set_language("en")


@pytest.fixture(scope="module")
def spanish_words():
    t = load_translation("es")
    assert not t.problems, "\n".join(map(str, t.problems))
    return t


@pytest.fixture(scope="module")
def spanish_library(shipped):
    return translated(shipped, "es")


def test_every_exercise_and_variant_has_all_its_words_in_spanish(shipped, spanish_words):
    assert len(shipped.catalogue) >= 109
    missing = []
    for ex in shipped.catalogue.exercises.values():
        t = spanish_words.exercises.get(ex.id)
        if t is None:
            missing.append(ex.id)
            continue
        for name in ("name", "purpose", "position_text", "side_means", "halfway_cue", "caution"):
            if getattr(ex, name) is not None and getattr(t, name) is None:
                missing.append(f"{ex.id}.{name}")
        if t.cues is None or None in t.cues:
            missing.append(f"{ex.id}.cues")
        if set(t.breathing) != set(ex.breathing):
            missing.append(f"{ex.id}.breathing")
        if ex.equipment and (t.equipment is None or None in t.equipment):
            missing.append(f"{ex.id}.equipment")
    assert not missing, missing


def test_every_shipped_routine_has_all_its_words_in_spanish(shipped, spanish_words):
    missing = []
    for routine_id, entry in shipped.routines.items():
        r, t = entry.routine, spanish_words.routines.get(routine_id)
        if t is None:
            missing.append(routine_id)
            continue
        for name in ("title", "summary", "audience"):
            if getattr(r, name) is not None and getattr(t, name) is None:
                missing.append(f"{routine_id}.{name}")
        if r.cautions and (t.cautions is None or None in t.cautions):
            missing.append(f"{routine_id}.cautions")
        if isinstance(r.frequency, str) and t.frequency is None:
            missing.append(f"{routine_id}.frequency")
        for i, step in enumerate(r.steps, 1):
            for name in ("note", "stop_note", "frequency", "title"):
                said = getattr(t.steps.get(i), name, None)
                if isinstance(getattr(step, name, None), str) and said is None:
                    missing.append(f"{routine_id}.steps.{i}.{name}")
    assert not missing, missing


def test_the_shipped_translation_files_validate(capsys):
    assert cli.main(["validate"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert "so are" in out
    assert "translation files (es)" in out


def test_a_translation_changes_words_only(shipped, spanish_library):
    """Ids, kinds, doses, ladders and stop rules come from the English files alone."""
    for ex_id, ex in shipped.catalogue.exercises.items():
        es = spanish_library.catalogue[ex_id]
        assert _without(es, TEXT_FIELDS) == _without(ex, TEXT_FIELDS), ex_id
        assert es.name != ex.name or ex.name.startswith("Bird dog"), ex_id
    for routine_id, entry in shipped.routines.items():
        es = spanish_library.routine(routine_id)
        english = entry.routine
        assert _without(es, ROUTINE_TEXT) == _without(english, ROUTINE_TEXT)
        strip = {"note", "stop_note", "frequency", "title"}
        assert [_without(s, strip) for s in es.steps] == [_without(s, strip) for s in english.steps]
        plan_en = build_plan(english, shipped.catalogue)
        plan_es = build_plan(es, spanish_library.catalogue)
        assert plan_es.total_ms == plan_en.total_ms
        assert [(s.kind, s.duration_ms) for s in plan_es.segments] == [
            (s.kind, s.duration_ms) for s in plan_en.segments
        ]


def test_the_routine_digest_does_not_change_with_the_language(shipped, spanish_library):
    for routine_id, entry in shipped.routines.items():
        assert routine_hash(spanish_library.routine(routine_id)) == routine_hash(entry.routine)


def test_english_is_the_library_itself(shipped):
    assert translated(shipped, "en") is shipped
    assert translated(shipped, "xx") is shipped  # no such folder: nothing to translate


def test_a_missing_string_falls_back_to_english(shipped):
    ex = shipped.catalogue["bird-dog"]
    t = ExerciseText(name="Perro", cues=["Uno", None], breathing={"move": "Espira"})
    merged = translate_exercise(ex, t)
    assert merged.name == "Perro"
    assert merged.cues[:2] == ["Uno", ex.cues[1]]
    assert merged.cues[2:] == ex.cues[2:]
    assert merged.breathing["move"] == "Espira"
    assert merged.breathing["return"] == ex.breathing["return"]
    assert merged.caution == ex.caution


def test_sides_agree_with_the_noun_in_spanish(spanish_library):
    i18n.set_language("es")
    plan = build_plan(spanish_library.routine("quick-tour"), spanish_library.catalogue)
    bird_dog = plan.drills[0]
    assert side_words(bird_dog, Side.LEFT) == "brazo derecho y pierna izquierda"
    ankle = spanish_library.catalogue["ankle-circles"]
    assert ankle.side_means == "tobillo {side}"


def _write(tmp: Path, text: str) -> Path:
    path = tmp / "i18n" / "es" / "words.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_validate_names_each_problem_with_its_line(tmp_path, shipped):
    path = _write(
        tmp_path,
        "schema_version: 1\n"
        "language: es\n"
        "exercises:\n"
        "  bird-dgo:\n"
        "    name: Perro\n"
        "  bird-dog:\n"
        "    cues: [Uno, Dos]\n"
        "    side_means: brazo y pierna\n"
        "  ankle-circles:\n"
        "    side_means: '{lado} tobillo'\n"
        "    breathing: {hold: Mantén}\n"
        "routines:\n"
        "  quick-tour:\n"
        "    steps:\n"
        "      9: {note: Nota}\n"
        "      1: {stop_note: Para}\n",
    )
    found = {(p.line, p.field, p.message) for p in check_file(path, shipped, "words.yaml")}
    assert (4, "exercises.bird-dgo", "unknown exercise 'bird-dgo'") in found
    assert any(line == 7 and "2 cues for the English 5" in m for line, _f, m in found)
    assert any(line == 8 and "has no {side}" in m for line, _f, m in found)
    assert any(line == 8 and "names the other side" in m for line, _f, m in found)
    assert any(line == 10 and "unknown placeholder" in m for line, _f, m in found)
    assert any(line == 11 and "no breathing for 'hold'" in m for line, _f, m in found)
    assert any(line == 15 and "no step 9" in m for line, _f, m in found)
    assert any(line == 16 and "no stop_note in words" in m for line, _f, m in found)


def test_validate_a_translation_file_from_the_command_line(tmp_path, capsys):
    path = _write(tmp_path, "schema_version: 1\nlanguage: fr\nroutines:\n  nope: {title: X}\n")
    assert cli.main(["validate", str(path)]) == 2
    out = capsys.readouterr().out
    assert "language: the file is in the 'es' folder but says 'fr'" in out
    assert "unknown routine 'nope'" in out


def test_a_bad_file_is_refused_whole_and_the_english_shows(tmp_path, shipped):
    bad = _write(tmp_path, "schema_version: 1\nlanguage: es\nexercises:\n  bird-dog: {nmae: X}\n")
    t = load_translation("es", [bad])
    assert t.problems
    assert not t.exercises
    assert "nmae" in str(t.problems[0])


def test_translation_files_are_found_where_they_ship():
    folder = paths.routines_dir() / "i18n" / "es"
    assert translation_files.is_translation_file(folder / "exercises" / "s0-mobility.yaml")
    assert translation_files.is_translation_file(folder / "quick-tour.yaml")
    assert not translation_files.is_translation_file(paths.routines_dir() / "quick-tour.yaml")
    assert len(translation_files.shipped_translation_files()) >= 15


def test_a_routine_of_ones_own_keeps_its_words(tmp_path, shipped):
    """Only shipped routine files take the shipped translations, even with the same id."""
    from sciatica_coach.core.shipped import load_routine_file

    mine = tmp_path / "quick-tour-copy.yaml"
    mine.write_text(
        "schema_version: 1\nid: my-tour\ntitle: My tour\nsteps:\n  - exercise: bird-dog\n",
        encoding="utf-8",
    )
    lib, routine = load_routine_file(mine, translated(shipped, "es"))
    assert routine is not None
    es = translated(lib, "es")
    assert es.routine("my-tour").title == "My tour"
    assert es.catalogue["bird-dog"].name == "Bird dog (perro de muestra)"


def test_the_models_accept_what_the_files_say():
    assert validate(RoutineText, {"steps": {"2": {"note": "x"}}}).steps[2].note == "x"
    assert set(field_names(Exercise)) >= {"name", "cues", "side_means"}
    assert set(field_names(Routine)) >= {"title", "cautions"}


def test_a_folder_walk_leaves_the_translations_out_unless_asked():
    """`validate routines/` and a library loaded from the folder read routines, not their words;
    `validate routines/i18n` reads the words."""
    from sciatica_coach.core.library_load import load_library
    from sciatica_coach.core.paths_walk import expand_paths

    everything = expand_paths([paths.routines_dir()])
    assert not [p for p in everything if translation_files.is_translation_file(p)]
    assert load_library(everything).ok
    words = expand_paths([paths.routines_dir() / "i18n"])
    assert words
    assert all(translation_files.is_translation_file(p) for p in words)


def _without(model: object, names: set[str] | frozenset[str]) -> dict[str, object]:
    """The model's fields as a file holds them, but those named."""
    return {k: v for k, v in plain(model).items() if k not in names}
