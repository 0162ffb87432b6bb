"""The player's figure on a fake clock: it moves with the rep, holds still, freezes on pause,
turns round for the other side, breathes, and takes a third of the stage.

What the widget would draw is compared with the pure picture (`core.figure_scene.scene_at`) of
the drill at the rep's moment, so these tests say which pose is on screen, not only that
something changed.
"""

from __future__ import annotations

import textwrap

import pytest

from sciatica_coach.core.figure_scene import scene_at
from sciatica_coach.core.figures import shipped_figures
from sciatica_coach.ui.widgets.figure import STEPS, DrillFigure
from tests.helpers.app import make_harness

ROUTINE = textwrap.dedent(
    """\
    schema_version: 1
    id: figure-test
    title: Figure test
    summary: Reps on both sides, a hold, then breathing.
    bias: mixed
    audience: Tests.
    sources: [001_ee699b751415854c.txt]
    steps:
      - exercise: bird-dog
        sets: 1
        reps: 2
        hold_s: 2
        tempo: {move_s: 2, return_s: 2}
        sides: alternating
      - exercise: knee-to-chest
        sets: 1
        hold_s: 20
        sides: each
      - breathing: {inhale_s: 4, exhale_s: 6, cycles: 1}
    """
)
BOOK = shipped_figures()


@pytest.fixture
def harness(qtbot, tmp_path):
    h = make_harness(qtbot, tmp_path / "data")
    yield h
    h.shell.shutdown()


@pytest.fixture
def player(harness, tmp_path):
    path = tmp_path / "figure-test.yaml"
    path.write_text(ROUTINE)
    harness.start_routine(harness.open_routine_file(path), checkins=False)
    return harness.player


def shows(figure: DrillFigure, exercise: str, at: float, side: str | None, breath=0.0) -> bool:
    """Whether the widget holds the picture of `exercise` at `at` of its rep, on `side`."""
    return figure.scene == scene_at(BOOK, exercise, at, side, breath=breath)


def test_the_figure_follows_the_rep_move_hold_return(harness, player):
    h, figure = harness, player.figure
    h.seek(0, "get_ready", into=1.0)
    assert figure.exercise == "bird-dog"
    assert shows(figure, "bird-dog", 0.0, "left")  # waiting at the start, for the left side
    h.seek(0, "move", into=0.0)
    assert shows(figure, "bird-dog", 0.0, "left")  # a move starts from the start pose
    h.seek(0, "move", into=1.0)
    assert shows(figure, "bird-dog", 0.5, "left")  # halfway through a 2 s move: halfway
    h.seek(0, "hold", into=0.5)
    assert shows(figure, "bird-dog", 1.0, "left")  # the end pose, held
    h.seek(0, "return", into=0.5)
    assert shows(figure, "bird-dog", 0.75, "left")  # on its way back
    h.seek(0, "return", into=1.95)
    assert figure.state is not None
    assert figure.state[1] < 0.05 * STEPS  # back at the start as the rep ends


def test_the_figure_holds_still_in_a_hold_and_freezes_on_pause(harness, player):
    h, figure = harness, player.figure
    h.seek(0, "hold", into=0.1)
    asked = figure.repaints_asked
    h.advance(1.5)  # 15 frames of the hold
    assert figure.repaints_asked == asked  # no repaint at all while it holds
    h.seek(0, "move", nth=1, into=0.5)
    h.driver.pause()
    state, asked = figure.state, figure.repaints_asked
    h.advance(5.0)
    assert (figure.state, figure.repaints_asked) == (state, asked)  # frozen mid-move
    h.driver.resume()
    h.advance(0.5)
    assert figure.state != state  # and moves on from there


def test_a_move_repaints_the_figure_once_a_frame_and_only_its_own_rectangle(harness, player):
    h, figure = harness, player.figure
    h.seek(0, "move", into=0.0)
    asked = figure.repaints_asked
    h.advance(1.0, step=0.1)
    assert 8 <= figure.repaints_asked - asked <= 10  # one per frame of the driver, no more
    h.advance(0.0)
    painted: list[object] = []
    figure.paintEvent = lambda event: painted.append(event.rect())  # type: ignore[method-assign]
    figure.repaint()
    assert painted == [figure.rect()]


def test_the_other_side_is_the_mirror_image(harness, player):
    h, figure = harness, player.figure
    h.seek(0, "hold", nth=0, into=0.5)
    left = figure.scene
    assert shows(figure, "bird-dog", 1.0, "left")
    h.seek(0, "hold", nth=1, into=0.5)  # the second rep alternates to the right side
    assert shows(figure, "bird-dog", 1.0, "right")
    assert left is not None
    assert figure.scene is not None
    head = next(s for s in left.strokes if s.role == "head").points[0]
    other = next(s for s in figure.scene.strokes if s.role == "head").points[0]
    assert other == pytest.approx((-head[0], head[1]))  # turned round about the middle


def test_a_hold_drill_shows_its_position_and_breathing_fills_the_chest(harness, player):
    h, figure = harness, player.figure
    h.seek(1, "hold", into=5.0)
    assert figure.exercise == "knee-to-chest"
    assert shows(figure, "knee-to-chest", 1.0, "left")
    h.seek(1, "hold", nth=1, into=5.0)
    assert shows(figure, "knee-to-chest", 1.0, "right")
    h.seek(2, "breathe_in", into=2.0)  # half of a 4 s in-breath
    assert shows(figure, "slow-breathing", 1.0, None, breath=0.5)
    h.seek(2, "breathe_out", into=3.0)
    assert shows(figure, "slow-breathing", 1.0, None, breath=0.5)


def test_with_reduced_motion_the_figure_shows_the_end_and_never_moves(harness, player):
    h, figure = harness, player.figure
    figure.still = True
    h.seek(0, "move", into=0.2)
    assert shows(figure, "bird-dog", 1.0, "left")
    asked = figure.repaints_asked
    h.advance(1.5)  # the rest of the move and into the hold
    assert figure.repaints_asked == asked
    h.seek(2, "breathe_in", into=2.0)
    assert shows(figure, "slow-breathing", 1.0, None)  # no breathing either


def test_the_figure_is_large_beside_the_count_a_third_of_the_stage(harness, player):
    h, figure, stage = harness, player.figure, player.stage
    h.seek(0, "move", into=0.5)
    assert figure.isVisible()
    assert stage.isVisible()
    both = figure.width() * figure.height() + stage.width() * stage.height()
    assert figure.width() * figure.height() >= both / 3
    assert figure.height() >= 0.9 * stage.height()  # as tall as the stage
    assert figure.height() >= 250  # about 1.5 m of person in 250 px: readable from 2 m
    assert figure.accessibleName() == "Exercise figure"
    assert "Bird dog" in figure.accessibleDescription()


def test_an_exercise_without_a_figure_shows_one_standing_in_for_its_position(qtbot):
    figure = DrillFigure()
    qtbot.addWidget(figure)
    figure.show_drill("my-own-drill", "quadruped", "My own drill", sides=False)
    assert figure.exercise is None
    assert figure.scene == scene_at(BOOK, "bird-dog", 0.0, None)
    figure.show_drill("my-own-drill", "in-a-tree", "My own drill", sides=False)
    assert figure.scene is None


def test_the_preview_and_its_pdf_show_each_drill_at_its_start_and_end(qtbot, shipped, tmp_path):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage, QTextDocument

    from sciatica_coach.core.plan import build_plan
    from sciatica_coach.ui.dialogs.preview import (
        PreviewDialog,
        routine_document,
        routine_html,
        write_routine_pdf,
    )
    from sciatica_coach.ui.figure_render import render_image

    routine = shipped.routine("core-stability")
    plan = build_plan(routine, shipped.catalogue)
    html = routine_html(routine, plan)
    dialog = PreviewDialog(routine, plan)
    qtbot.addWidget(dialog)
    printed = routine_document(routine, plan)
    pictures = 0
    for drill in plan.drills:
        ex = drill.exercise
        moments = ("0",) if ex.kind.value == "breathing" else ("0", "1")
        for at in moments:
            url = QUrl(f"figure:{ex.id}/{at}")
            assert f'src="{url.toString()}"' in html
            drawn = render_image(ex.id, float(at), size=(360, 240), background=False)
            for doc in (dialog.browser.document(), printed):  # on screen and on paper
                image = doc.resource(QTextDocument.ResourceType.ImageResource, url)
                assert isinstance(image, QImage)
                assert image == drawn
            pictures += 1
    assert pictures >= 2 * (len(plan.drills) - 1)
    pdf = tmp_path / "routine.pdf"
    write_routine_pdf(routine, plan, pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
