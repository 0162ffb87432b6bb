"""`sides: affected` (issue 20): a seed's "the affected leg". The person is asked once which side
their sciatica is on; the answer is kept and the drill is done on that side only; "both" does
each side in turn; putting the question off does both sides and asks again next time."""

from __future__ import annotations

from sciatica_coach.core.segments import Side
from tests.unit.services.test_session_service import World

AFFECTED = {"exercise": "knee-hug", "sides": "affected", "sets": 1, "hold_s": 20}


def hold_sides(run) -> list[Side | None]:
    return [s.side for s in run.plan.segments if s.step == 0 and s.kind == "hold"]


def test_asked_once_then_done_on_that_side_only(tmp_path):
    w = World(tmp_path, AFFECTED)
    w.prompts.side = "left"
    run = w.begin()
    assert w.prompts.asked == ["side"]
    assert hold_sides(run) == [Side.LEFT]
    assert w.service.settings.settings.affected_side == "left"
    w.finish(run)
    w.prompts.asked.clear()
    again = w.begin()
    assert "side" not in w.prompts.asked  # kept: not asked again
    assert hold_sides(again) == [Side.LEFT]


def test_both_or_not_sure_does_each_side_in_turn(tmp_path):
    w = World(tmp_path, AFFECTED)
    w.prompts.side = "both"
    run = w.begin()
    assert hold_sides(run) == [Side.LEFT, Side.RIGHT]
    assert w.service.settings.settings.affected_side == "both"


def test_put_off_does_both_sides_and_is_not_asked_again_this_run(tmp_path):
    w = World(tmp_path, AFFECTED)
    w.prompts.side = None  # "Ask me later"
    run = w.begin()
    assert hold_sides(run) == [Side.LEFT, Side.RIGHT]
    assert w.service.settings.settings.affected_side is None
    w.finish(run)
    w.begin()
    assert w.prompts.asked.count("side") == 1


def test_a_routine_without_affected_drills_never_asks(tmp_path):
    w = World(tmp_path, {"exercise": "knee-hug", "sides": "each"})
    run = w.begin()
    assert "side" not in w.prompts.asked
    assert hold_sides(run).count(Side.LEFT) == hold_sides(run).count(Side.RIGHT)


def test_the_side_set_in_settings_is_used_without_asking(tmp_path):
    w = World(tmp_path, AFFECTED)
    w.service.settings.settings.affected_side = "right"
    run = w.begin()
    assert "side" not in w.prompts.asked
    assert hold_sides(run) == [Side.RIGHT]
