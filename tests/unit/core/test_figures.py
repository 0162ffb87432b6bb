"""Every drill's figure: there, possible for a human body, moving, inherited, mirrored.

The shipped figures are posed at the start, middle and end of a rep (on both sides where the
drill has sides) and measured here with our own arithmetic, not the validator's: every bone its
length, nothing through the floor, every joint within a human range, and a reps drill's end
different from its start. Then the pieces: variants inherit and override, the other side is the
mirror image, a session's moment maps onto the path, and the validator finds what is wrong with a
bad figure file, with its line.
"""

from __future__ import annotations

import math
import textwrap

import pytest

from sciatica_coach.core import pose as P
from sciatica_coach.core import skeleton as S
from sciatica_coach.core.figure_checks import check_figures
from sciatica_coach.core.figure_motion import ease, mirror, moment, moves_within, phase
from sciatica_coach.core.figure_scene import scene_at
from sciatica_coach.core.figures import figure_files, load_figures, pose_at, shipped_figures
from sciatica_coach.core.models import Kind
from sciatica_coach.core.plan import build_plan
from sciatica_coach.core.segments import Side
from sciatica_coach.core.shipped import load_shipped

CATALOGUE = load_shipped().catalogue.exercises
IDS = sorted(CATALOGUE)
MOMENTS = (0.0, 0.5, 1.0)
FLOOR_SLACK = 1.5


def sides_of(exercise_id: str) -> tuple[str | None, ...]:
    sided = CATALOGUE[exercise_id].dosage.sides not in (None, "none")
    return ("right", "left") if sided else (None,)


# --- the shipped figures ------------------------------------------------------------------------


def test_every_exercise_of_the_catalogue_has_a_figure_and_validation_finds_nothing(shipped):
    book = shipped_figures()
    assert set(book.figures) == set(shipped.catalogue.exercises)
    assert check_figures(shipped.catalogue.exercises, book) == []


@pytest.mark.parametrize("exercise_id", IDS)
def test_each_pose_along_a_rep_is_one_a_person_can_take(exercise_id):
    for side in sides_of(exercise_id):
        for at in MOMENTS:
            pose = pose_at(exercise_id, at, side)
            where = f"{exercise_id} at {at} ({side})"
            for (a, b), length in S.BONE_LENGTHS.items():
                assert math.dist(pose.joints[a], pose.joints[b]) == pytest.approx(
                    length, abs=1e-6
                ), f"{where}: {a}-{b}"
            for name, (_, y, _) in pose.joints.items():
                assert y - S.RADIUS.get(name, 2.0) >= -FLOOR_SLACK, f"{where}: {name} below floor"
            lowest = min(y - S.RADIUS.get(n, 2.0) for n, (_, y, _) in pose.joints.items())
            assert lowest <= 3.0 or "chair" in str(shipped_figures().figures[exercise_id].props), (
                f"{where}: floats {lowest:.0f} cm up"
            )
            for name, value in pose.angles.items():
                lo, hi = S.RANGES[name[2:]]
                assert lo - 0.5 <= value <= hi + 0.5, f"{where}: {name} = {value:.0f}"
            assert pose.unreachable == (), where


@pytest.mark.parametrize("exercise_id", [i for i in IDS if CATALOGUE[i].kind is Kind.REPS])
def test_a_drill_done_in_reps_moves_from_its_start_to_its_end(exercise_id):
    start, end = pose_at(exercise_id, 0.0), pose_at(exercise_id, 1.0)
    moved = max(math.dist(start.joints[n], end.joints[n]) for n in S.JOINTS)
    assert moved >= 3.0


def test_the_motion_is_eased_and_passes_through_the_middle():
    assert (ease(0), ease(0.5), ease(1)) == (0, pytest.approx(0.5), 1)
    assert ease(0.1) < 0.1 < 0.9 < ease(0.9)  # slow in, slow out
    start, middle, end = (pose_at("prone-press-up", f).joints["head"][1] for f in MOMENTS)
    assert start < middle < end  # the chest rises all the way up


def test_the_figures_drawn_are_the_cues(shipped):
    """A few cues, measured: they are what a person would check the figure against."""
    bird = pose_at("bird-dog", 1.0, "right")  # on the right side: left arm and right leg
    assert bird.joints["l_hand"][0] > bird.joints["head"][0]  # the arm reaches forward
    assert bird.joints["r_ankle"][0] < bird.joints["pelvis"][0] - 60  # the leg reaches back
    assert bird.joints["r_ankle"][1] > 35
    assert bird.joints["l_hand"][1] > 40
    press = pose_at("prone-press-up", 1.0)
    assert press.joints["pelvis"][1] < 15 < 40 < press.joints["neck"][1]  # hips down, chest up
    assert press.angles["r_elbow"] < 25  # on straight arms
    knee = pose_at("knee-to-chest", 1.0, "right")
    assert knee.angles["r_hip"] > 110
    assert knee.angles["l_hip"] < 60
    floss = pose_at("seated-sciatic-nerve-flossing", 1.0, "right")
    assert floss.angles["r_knee"] < 10
    assert floss.angles["l_knee"] > 80
    chin = pose_at("seated-sciatic-nerve-flossing", 0.0, "right").joints["head"][1]
    assert floss.joints["head"][1] < chin  # ... as the chin drops
    hinge = pose_at("hip-hinge", 1.0)
    assert hinge.joints["pelvis"][0] < -10  # hips back
    back = P.sub(hinge.joints["neck"], hinge.joints["pelvis"])
    assert 35 < math.degrees(math.atan2(back[0], back[1])) < 70  # a long back, tipped forward
    clam = pose_at("side-lying-clamshell", 1.0, "right")
    clam0 = pose_at("side-lying-clamshell", 0.0, "right")
    assert clam.joints["r_knee"][1] > clam0.joints["r_knee"][1] + 10  # the top knee lifts
    assert math.dist(clam.joints["r_ankle"], clam0.joints["r_ankle"]) < 1  # feet stay together


# --- variants -----------------------------------------------------------------------------------


def test_a_variant_starts_from_its_base_and_changes_only_what_differs():
    book = shipped_figures()
    base, same = book.figures["bird-dog"], book.figures["bird-dog-short-hold"]
    assert [k.key for k in same.keyframes] == [k.key for k in base.keyframes]
    assert same.view == base.view
    leg_only = book.figures["bird-dog-leg-only"]
    assert leg_only.keyframes[0].key == base.keyframes[0].key
    end, base_end = leg_only.keyframes[-1].key, base.keyframes[-1].key
    assert end["r_hip"] == base_end["r_hip"]
    assert end["r_knee"] == base_end["r_knee"]
    assert "l_shoulder" not in end
    assert end["l_hand.y"] == 3.0
    pose = pose_at("bird-dog-leg-only", 1.0)
    assert pose.joints["l_hand"][1] == pytest.approx(3.0)


FILES = {
    "base.yaml": """\
        schema_version: 1
        poses:
          lying: {tip: -90, y: 10}
        figures:
          drill:
            props: [mat]
            start: {pose: lying}
            end: {r_hip: 60}
            path:
              - {at: 0.5, r_knee: 40}
          drill-easier:
            from: drill
            end: {r_hip: 30}
        """,
}


def write(tmp_path, files):
    for name, text in files.items():
        (tmp_path / name).write_text(textwrap.dedent(text))
    return sorted(tmp_path.glob("*.yaml"))


def test_a_variant_keeps_its_bases_path_changes_over_its_own_start_and_end(tmp_path):
    book = load_figures(write(tmp_path, FILES))
    assert book.problems == []
    base, easier = book.figures["drill"], book.figures["drill-easier"]
    assert easier.props == base.props
    assert easier.keyframes[-1].key["r_hip"] == 30.0
    assert easier.keyframes[-1].key["tip"] == -90
    assert [k.at for k in easier.keyframes] == [0.0, 0.5, 1.0]
    assert easier.keyframes[1].key["r_hip"] == pytest.approx(15.0)  # halfway to its own end
    assert easier.keyframes[1].key["r_knee"] == 40.0  # the base's path change, kept
    assert base.keyframes[1].key["r_hip"] == pytest.approx(30.0)


# --- the other side -----------------------------------------------------------------------------


@pytest.mark.parametrize("exercise_id", [i for i in IDS if sides_of(i) != (None,)])
def test_the_left_side_is_the_mirror_image_of_the_right(exercise_id):
    fig = shipped_figures().figures[exercise_id]
    for at in MOMENTS:
        right, left = pose_at(exercise_id, at, "right"), pose_at(exercise_id, at, "left")
        again = mirror(left, fig.view)  # mirrored twice: the right side again
        for name in S.JOINTS:
            assert again.joints[name] == pytest.approx(right.joints[name], abs=1e-9)
        assert left.angles == {
            {"r": "l", "l": "r"}[n[0]] + n[1:]: v for n, v in right.angles.items()
        }


def test_mirroring_a_side_view_turns_the_figure_round_and_swaps_its_limbs():
    right, left = pose_at("bird-dog", 1.0, Side.RIGHT), pose_at("bird-dog", 1.0, Side.LEFT)
    for name in S.JOINTS:
        twin = name.replace("r_", "l_", 1) if name.startswith("r_") else name
        twin = twin.replace("l_", "r_", 1) if name.startswith("l_") else twin
        x, y, z = right.joints[twin]
        assert left.joints[name] == pytest.approx((-x, y, z))
    assert left.joints["l_ankle"][0] > 60  # facing left now: the left leg reaches back
    assert pose_at("bird-dog", 1.0, None).joints == right.joints  # no side: as written


# --- following the session ----------------------------------------------------------------------


def test_a_rep_moves_out_holds_at_the_end_and_comes_back():
    assert phase("move", 0.0) == (0.0, 0.0)
    assert phase("move", 0.25) == (0.25, 0.0)
    assert phase("hold", 0.7) == (1.0, 0.0)
    assert phase("return", 0.25) == (0.75, 0.0)
    assert phase("rest", 0.5) == (0.0, 0.0)
    assert phase("get_ready", 0.9) == (0.0, 0.0)  # a reps drill waits at its start
    assert phase("get_ready", 0.5, holds_still=True) == (0.0, 0.0)
    assert phase("get_ready", 1.0, holds_still=True) == (1.0, 0.0)  # eases into a hold
    assert phase("rest", 1.0, holds_still=True) == (0.0, 0.0)
    assert phase("breathe_in", 0.5) == (1.0, 0.5)
    assert phase("breathe_hold", 0.5, lungs_full=True) == (1.0, 1.0)
    assert phase("breathe_out", 0.25) == (1.0, 0.75)


def test_the_moment_of_a_plan_names_the_side_coming_next(shipped):
    plan = build_plan(shipped.routine("core-stability"), shipped.catalogue)
    segs = plan.segments
    for index, seg in enumerate(segs):
        m = moment(plan, index, 0.5)
        assert m.exercise == plan.drills[seg.step].exercise.id
        if seg.side is not None:
            assert m.side is seg.side
    clam = next(i for i, s in enumerate(segs) if s.exercise == "side-lying-clamshell")
    first_side = next(s.side for s in segs[clam:] if s.side is not None)
    assert segs[clam].kind == "get_ready"
    assert moment(plan, clam, 0.0).side is first_side


def test_a_segment_said_to_stand_still_shows_one_moment_from_start_to_end(shipped):
    """The player draws a still segment's figure once (a hold asks nothing more of it each
    second): in every shipped routine, a segment is still exactly when its moment is the same
    all the way through. A rest or get-ready is still in a reps drill, not around a hold."""
    seen = {True: set(), False: set()}
    for entry in shipped.routines.values():
        plan = build_plan(entry.routine, shipped.catalogue)
        for index, seg in enumerate(plan.segments):
            moments = {moment(plan, index, f / 20) for f in range(21)}
            assert moves_within(plan, index) == (len(moments) > 1), (entry.routine.id, seg)
            seen[moves_within(plan, index)].add(str(seg.kind))
    assert {"hold", "timed", "rest", "get_ready"} <= seen[False]  # a rest between reps
    assert {"move", "return", "breathe_in", "rest", "get_ready"} <= seen[True]  # into a hold


def test_breathing_lifts_the_chest_in_the_picture():
    book = shipped_figures()
    empty = scene_at(book, "slow-breathing", 1.0, breath=0.0)
    full = scene_at(book, "slow-breathing", 1.0, breath=1.0)
    changed = [(a, b) for a, b in zip(empty.strokes, full.strokes, strict=True) if a != b]
    assert len(changed) == 1  # only the chest
    ((before, after),) = changed
    assert max(y for _, y in after.points) > max(y for _, y in before.points) + 3


# --- the validator ------------------------------------------------------------------------------

BAD = {
    "knee past its range": ("drill:\n    start: {r_knee: 175}\n", "r_knee at 175°"),
    "through the floor": ("drill:\n    start: {y: 40}\n", "below the floor"),
    "floating": ("drill:\n    start: {y: 140}\n", "floats"),
    "out of reach": ("drill:\n    start: {r_hand: [90, 5]}\n", "cannot reach"),
    "does not move": ("drill:\n    start: {}\n    end: {}\n", "nothing moves"),
    "unknown joint": ("drill:\n    start: {r_wing: 3}\n", "'r_wing' is not a joint"),
    "unknown pose": ("drill:\n    start: {pose: flying}\n", "'flying' is not a pose"),
    "no such base": ("drill:\n    from: dril\n", "'dril' has no figure"),
    "a loop": ("drill:\n    from: drill\n", "goes round in a circle"),
    "bad prop": ("drill:\n    props: [trampoline]\n    start: {}\n", "a prop is one of"),
    "path order": (
        "drill:\n    start: {}\n    end: {r_hip: 30}\n    path: [{at: 0.6}, {at: 0.3}]\n",
        "in order of 'at'",
    ),
    "a pole with no target": ("drill:\n    start: {r_knee_out: 20}\n", "gives no target"),
}


@pytest.mark.parametrize("case", BAD)
def test_the_validator_finds_an_impossible_or_broken_figure_with_its_line(tmp_path, case):
    body, says = BAD[case]
    text = "schema_version: 1\nfigures:\n  " + body
    (tmp_path / "bad.yaml").write_text(text)
    exercises = {"drill": CATALOGUE["bird-dog"]}
    problems = check_figures(exercises, load_figures([tmp_path / "bad.yaml"]))
    assert problems, case
    assert any(says in p.message for p in problems), [str(p) for p in problems]
    assert all(p.file.endswith("bad.yaml") and p.line is not None for p in problems), problems


def test_the_validator_names_a_missing_figure_and_one_for_no_exercise(tmp_path):
    (tmp_path / "f.yaml").write_text("schema_version: 1\nfigures:\n  not-a-drill:\n    start: {}\n")
    book = load_figures([tmp_path / "f.yaml"])
    problems = check_figures({"bird-dog": CATALOGUE["bird-dog"]}, book)
    said = {(p.field, p.message.split(":")[0]) for p in problems}
    assert ("bird-dog", "no figure for this exercise") in said
    assert ("not-a-drill", "a figure for an exercise not in the catalogue") in said


def test_the_shipped_figure_files_are_found_beside_the_other_assets():
    files = figure_files()
    assert {f.name for f in files} >= {"poses.yaml", "s1-strength-mobility.yaml"}
    assert all(f.parent.name == "figures" and f.parent.parent.name == "assets" for f in files)


def test_the_figure_cache_gives_back_the_same_figures_and_misses_on_any_change(
    tmp_path, monkeypatch
):
    from sciatica_coach.core import catalogue_cache, figure_cache

    monkeypatch.setenv(catalogue_cache.CACHE_ENV, str(tmp_path / "cache"))
    files = write(tmp_path, FILES)
    book = load_figures(files)
    assert figure_cache.load(files) is None
    figure_cache.store(files, book.figures.values())
    assert figure_cache.load(files) == book.figures
    files[0].write_text(files[0].read_text() + "\n# edited\n")
    assert figure_cache.load(files) is None
    shipped = figure_files()
    figure_cache.store(shipped, shipped_figures().figures.values())
    assert figure_cache.load(shipped) == load_figures(shipped).figures
