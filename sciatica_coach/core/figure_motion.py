"""A figure in motion: keyframes blended along a rep, the session's moment mapped onto the
path, and the mirror image for the other side (pure, no Qt).

`phase` says where along the path a segment of the session is (a move goes from the start, 0, to
the end, 1, in the rep's tempo; a hold stays at the end; a return comes back), so the figure
follows the session's own clock: pausing freezes it and `--speed` speeds it up.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import pose as P
from . import skeleton as S
from . import vec as V
from .models import Kind
from .segments import Side

if TYPE_CHECKING:
    from .figure_data import Keyframe, Prop
    from .plan import Plan
    from .segments import SegmentKind

MIRRORED_NAMES = {
    **{j: f"l_{j[2:]}" for j in S.JOINTS if j.startswith("r_")},
    **{j: f"r_{j[2:]}" for j in S.JOINTS if j.startswith("l_")},
}
AUTHORED_SIDE = Side.RIGHT
"""Keyframes are written for the right side, as the exercise's `side_means` reads for it
("left arm and right leg" for a bird dog); the left side is their mirror image."""
READY_RAMP = 0.3
"""A hold drill eases into its position over the last 30% of the get-ready (and out over the
first 30% of a rest), so the person sees how to get there."""


@dataclass(frozen=True)
class Figure:
    """One exercise's figure, resolved: a camera, props and keyframes from 0 (start) to 1."""

    exercise: str
    file: str
    line: int | None
    view: tuple[float, float]
    props: tuple[Prop, ...]
    keyframes: tuple[Keyframe, ...]
    angles: tuple[dict[str, float], ...]
    """Every keyframe's limb angles (targets solved), for blending angle to angle."""


def is_mirrored(side: Side | str | None) -> bool:
    return side is not None and str(side) != AUTHORED_SIDE.value


def ease(t: float) -> float:
    """Slow in, slow out: a person does not start or stop a movement at full speed."""
    t = min(max(t, 0.0), 1.0)
    return (1 - math.cos(math.pi * t)) / 2


def key_at(fig: Figure, fraction: float) -> S.Key:
    """The key `fraction` of the way through a rep's movement (eased at both ends)."""
    return key_along(fig, ease(fraction))


def key_along(fig: Figure, s: float) -> S.Key:
    """The key at `s` along the figure's path (0: start, 1: end), keyframe to keyframe."""
    ats = [k.at for k in fig.keyframes]
    if len(ats) == 1:
        return dict(fig.keyframes[0].key)
    i = max(0, min(bisect_right(ats, s) - 1, len(ats) - 2))
    a, b = fig.keyframes[i], fig.keyframes[i + 1]
    u = 0.0 if b.at <= a.at else (s - a.at) / (b.at - a.at)
    return blend(a.key, fig.angles[i], b.key, fig.angles[i + 1], min(max(u, 0.0), 1.0))


def blend(k0: S.Key, a0: dict[str, float], k1: S.Key, a1: dict[str, float], u: float) -> S.Key:
    """A key `u` of the way from k0 to k1. A limb reaching for a target in both keeps reaching
    (a hand on the mat stays on it); otherwise it moves angle by angle (lengths kept)."""

    def lerp(x: float, y: float) -> float:
        return x + (y - x) * u

    out: S.Key = {}
    for name in (*S.ROOT, *S.SPINE, *S.EXTRA):
        default = S.NEUTRAL.get(name, 0.0)
        out[name] = lerp(k0.get(name, default), k1.get(name, default))
    for s in S.SIDES:
        for limb in S.ANGLES:
            kind = S.target_kind(k0, s, limb)
            if kind is not None and kind == S.target_kind(k1, s, limb):
                _, names = S.limb_params(s, limb)
                for n in names:
                    if n in k0 or n in k1:
                        out[n] = lerp(k0.get(n, 0.0), k1.get(n, 0.0))
                if limb == "leg":
                    out[f"{s}_ankle"] = lerp(a0[f"{s}_ankle"], a1[f"{s}_ankle"])
            else:
                for p in S.ANGLES[limb]:
                    n = f"{s}_{p}"
                    out[n] = lerp(a0[n], a1[n])
        sole = f"{s}_{S.SOLE}"
        if sole in k0 and sole in k1:  # a flat foot stays flat all the way
            out[sole] = lerp(k0[sole], k1[sole])
    return out


def mirror(pose: P.Pose, view: tuple[float, float]) -> P.Pose:
    """The pose reflected left to right as the camera sees it: the other side's drill."""
    right = view_right(view)

    def reflect(p: V.Vec) -> V.Vec:
        return V.sub(p, V.scale(right, 2 * V.dot(p, right)))

    joints = {MIRRORED_NAMES.get(n, n): reflect(p) for n, p in pose.joints.items()}
    angles = {_swap(n): v for n, v in pose.angles.items()}
    return P.Pose(
        joints=joints,
        front=reflect(pose.front),
        face=reflect(pose.face),
        breath=pose.breath,
        angles=angles,
        unreachable=tuple(_swap(n) for n in pose.unreachable),
    )


def _swap(name: str) -> str:
    if name.startswith("r_"):
        return f"l_{name[2:]}"
    if name.startswith("l_"):
        return f"r_{name[2:]}"
    return name


def view_right(view: tuple[float, float]) -> V.Vec:
    """The room direction that runs left to right across the picture (the camera never rolls)."""
    turn = math.radians(view[0])
    return (math.cos(turn), 0.0, -math.sin(turn))


def phase(
    kind: SegmentKind | str,
    fraction: float,
    *,
    holds_still: bool = False,
    lungs_full: bool = False,
) -> tuple[float, float]:
    """(where along the rep's path, how full the breath) for a moment of a segment.

    A move goes from the start (0) to the end (1) in the rep's tempo, a hold stays at the end,
    a return comes back. A hold or timed drill (`holds_still`) is in its position (1) while it
    is held, eases into it at the end of its get-ready and out of it at the start of a rest.
    Breathing steps keep the position and fill the chest as the breath comes in."""
    k = str(kind)
    f = min(max(fraction, 0.0), 1.0)
    if k == "move":
        return f, 0.0
    if k == "return":
        return 1.0 - f, 0.0
    if k in ("hold", "timed"):
        return 1.0, 0.0
    if k == "breathe_in":
        return 1.0, f
    if k == "breathe_out":
        return 1.0, 1.0 - f
    if k == "breathe_hold":
        return 1.0, 1.0 if lungs_full else 0.0
    if holds_still and k in ("get_ready", "switch_side"):
        return min(1.0, max(0.0, (f - (1 - READY_RAMP)) / READY_RAMP)), 0.0
    if holds_still and k == "rest":
        return max(0.0, 1.0 - f / READY_RAMP), 0.0
    return 0.0, 0.0


@dataclass(frozen=True)
class Moment:
    """Which figure the session shows now, where along its rep, on which side, how full the
    breath."""

    exercise: str
    at: float
    side: Side | None
    breath: float


def moment(plan: Plan, index: int, fraction: float) -> Moment:
    """The figure's moment for `fraction` of the way through the plan's segment `index`."""
    seg = plan.segments[index]
    exercise = plan.drills[seg.step].exercise
    holds = exercise.kind in (Kind.HOLD, Kind.TIMED)
    at, breath = phase(seg.kind, fraction, holds_still=holds, lungs_full=seg.lungs_full)
    return Moment(exercise.id, at, side_shown(plan, index), breath)


def moves_within(plan: Plan, index: int) -> bool:
    """Whether the figure's moment changes during the plan's segment `index` (a move, a breath,
    the ease into or out of a hold). When it does not (a hold, a rest between reps), the moment
    at its start serves the whole segment. Each phase runs one way along the segment, so a
    moment the same at both ends is the same throughout."""
    seg = plan.segments[index]
    holds = plan.drills[seg.step].exercise.kind in (Kind.HOLD, Kind.TIMED)
    ends = [phase(seg.kind, f, holds_still=holds, lungs_full=seg.lungs_full) for f in (0.0, 1.0)]
    return ends[0] != ends[1]


def side_shown(plan: Plan, index: int) -> Side | None:
    """The side a segment works; for a get-ready, rest or switch, the side coming next (or, at
    the end of a drill, the one just done), so the figure does not flip back and forth."""
    segments = plan.segments
    step = segments[index].step
    if segments[index].side is not None:
        return segments[index].side
    for later in segments[index + 1 :]:
        if later.step != step:
            break
        if later.side is not None:
            return later.side
    for earlier in reversed(segments[:index]):
        if earlier.step != step:
            break
        if earlier.side is not None:
            return earlier.side
    return None
