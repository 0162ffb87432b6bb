"""Files resolved against each other: unknown ids, duplicates, ladders that loop or dangle."""

from __future__ import annotations

import textwrap

from sciatica_coach.core.library_load import load_library


def drill(id, *, regressions=(), progressions=(), variant_of=None, kind="reps", extra=""):
    lines = [
        f"  - id: {id}",
        f"    name: {id}",
        "    source: 001_ee699b751415854c.txt",
        "    category: core",
        "    position: quadruped",
        f"    kind: {kind}",
        "    cues: [Slowly.]",
        "    caution: Careful.",
        "    stop_rule: tolerable",
        f"    regressions: [{', '.join(regressions)}]",
        f"    progressions: [{', '.join(progressions)}]",
    ]
    if variant_of:
        lines.append(f"    variant_of: {variant_of}")
    if extra:
        lines.append(extra)
    return "\n".join(lines) + "\n"


def exercises_file(tmp_path, *drills, name="ex.yaml"):
    path = tmp_path / name
    path.write_text("schema_version: 1\nexercises:\n" + "".join(drills))
    return path


def routine_file(tmp_path, steps, name="r.yaml", id="r-one"):
    path = tmp_path / name
    path.write_text(
        textwrap.dedent(
            f"""\
            schema_version: 1
            id: {id}
            title: R
            summary: S.
            bias: core
            audience: A.
            sources: [x]
            steps:
            """
        )
        + steps
    )
    return path


def messages(lib):
    return [(p.file.rsplit("/", 1)[-1], p.line, p.field, p.message) for p in lib.problems]


def test_a_consistent_ladder_loads(tmp_path):
    ex = exercises_file(
        tmp_path,
        drill("base-drill", regressions=["easy-one", "easier-two"], progressions=["hard-one"]),
        drill(
            "easy-one",
            variant_of="base-drill",
            regressions=["easier-two"],
            progressions=["base-drill"],
        ),
        drill("easier-two", variant_of="base-drill", progressions=["easy-one"]),
        drill("hard-one", variant_of="base-drill", regressions=["base-drill"]),
    )
    lib = load_library([ex])
    assert lib.ok, lib.problems
    cat = lib.catalogue
    assert [e.id for e in cat.bases()] == ["base-drill"]
    assert cat.first_regression("base-drill").id == "easy-one"
    assert cat.first_progression("base-drill").id == "hard-one"
    assert cat.ladder("base-drill") == {"easy-one", "easier-two", "hard-one"}


def test_a_ladder_loop_is_refused_with_its_path(tmp_path):
    ex = exercises_file(
        tmp_path,
        drill("aa", regressions=["bb"]),
        drill("bb", regressions=["cc"], variant_of="aa"),
        drill("cc", regressions=["aa"], variant_of="aa"),
    )
    lib = load_library([ex])
    loops = [m for m in messages(lib) if "loops" in m[3]]
    assert len(loops) == 1
    assert "aa -> bb -> cc -> aa" in loops[0][3]
    assert loops[0][1] == 3  # the line of the first exercise's id


def test_contradicting_regression_and_progression_is_a_loop(tmp_path):
    ex = exercises_file(
        tmp_path, drill("aa", regressions=["bb"]), drill("bb", regressions=["aa"], variant_of="aa")
    )
    assert any("loops" in m[3] for m in messages(load_library([ex])))


def test_unknown_ladder_ids_and_unreachable_variants(tmp_path):
    ex = exercises_file(
        tmp_path,
        drill("aa", regressions=["nope"]),
        drill("bb", variant_of="aa"),
        drill("cc", variant_of="zz"),
    )
    found = messages(load_library([ex]))
    assert ("ex.yaml", 3, "aa.regressions", "unknown exercise 'nope'") in found
    assert any(m[2] == "bb.variant_of" and "does not reach" in m[3] for m in found)
    assert any(m[2] == "cc.variant_of" and "unknown exercise 'zz'" in m[3] for m in found)


def test_duplicate_ids_across_files(tmp_path):
    one = exercises_file(tmp_path, drill("aa"), name="one.yaml")
    two = exercises_file(tmp_path, drill("aa", kind="hold"), name="two.yaml")  # a different "aa"
    found = messages(load_library([one, two]))
    assert len(found) == 1
    assert found[0][:3] == ("two.yaml", 3, "exercises[1].id")
    assert "already used at" in found[0][3]
    assert "one.yaml:3" in found[0][3]


def test_routine_ids_must_resolve_and_steps_must_fit(tmp_path):
    ex = exercises_file(
        tmp_path,
        drill("bird-dog", regressions=["bird-dog-easy"]),
        drill("bird-dog-easy", variant_of="bird-dog", progressions=["bird-dog"]),
        drill("knee-hug", kind="hold"),
        drill("other-drill"),
    )
    r = routine_file(
        tmp_path,
        "  - exercise: bird-dgo\n"
        "  - exercise: bird-dog\n    variant: other-drill\n"
        "  - exercise: knee-hug\n    duration_s: 30\n"
        "  - exercise: bird-dog\n    variant: bird-dog-easy\n"
        "  - breathing: {cycles: 2}\n",
    )
    found = messages(load_library([ex, r]))
    assert (
        "r.yaml",
        9,
        "step 1 (bird-dgo): exercise",
        "unknown exercise 'bird-dgo'; did you mean 'bird-dog'?",
    ) in found
    assert any(m[1] == 11 and "not a regression or progression" in m[3] for m in found)
    assert any(m[1] == 12 and "only for timed drills" in m[3] for m in found)
    assert any(m[2] == "step 5 (breathing): exercise" and "slow-breathing" in m[3] for m in found)
    assert len(found) == 4


def test_a_bad_file_is_rejected_whole_and_the_others_still_load(tmp_path):
    ex = exercises_file(tmp_path, drill("aa"))
    bad = routine_file(tmp_path, "  - exercise: aa\n    reps: 0\n", name="bad.yaml", id="bad-one")
    good = routine_file(tmp_path, "  - exercise: aa\n", name="good.yaml", id="good-one")
    lib = load_library([ex, bad, good])
    assert list(lib.routines) == ["good-one"]
    assert [m[0] for m in messages(lib)] == ["bad.yaml"]


def test_folders_are_searched_for_yaml_files(tmp_path):
    sub = tmp_path / "mine"
    sub.mkdir()
    exercises_file(sub, drill("aa"))
    routine_file(sub, "  - exercise: aa\n", name="r.yml")
    (sub / "notes.txt").write_text("not yaml")
    lib = load_library([tmp_path])
    assert lib.ok
    assert lib.files == 2
    assert list(lib.routines) == ["r-one"]


def test_an_identical_copy_of_a_routine_or_exercise_is_not_a_clash(tmp_path):
    one = exercises_file(tmp_path, drill("aa"), name="one.yaml")
    copy = exercises_file(tmp_path, drill("aa"), name="copy.yaml")
    r1 = routine_file(tmp_path, "  - exercise: aa\n", name="r1.yaml")
    r2 = routine_file(tmp_path, "  - exercise: aa\n", name="r2.yaml")
    lib = load_library([one, copy, r1, r2])
    assert lib.ok, lib.problems
    changed = routine_file(tmp_path, "  - exercise: aa\n    reps: 3\n", name="r3.yaml")
    found = messages(load_library([one, r1, changed]))
    assert [(m[0], m[2]) for m in found] == [("r3.yaml", "id")]
