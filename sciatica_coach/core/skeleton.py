"""The figure's body: bone lengths, joint names, what a pose may say, and human joint ranges.

A pose is a flat mapping of numbers (`Key`): where the pelvis is and how the body is turned, how
the spine, neck and each limb are bent, and, for a limb that rests on something (a hand on the
mat, a foot on the floor, a hand holding a knee), the point it reaches for instead of its angles.
Positions are in centimetres: x to the right of a side view, y up from the floor (y = 0), z toward
the viewer. `pose.solve` turns a key into joint positions.

Angles are in degrees, anatomical and the same for both sides: `r_hip: 90` and `l_hip: 90` both
bend a hip to a right angle; `*_out` moves a limb away from the body's midline; `*_turn` turns it
outward about its own axis. The figure's right side faces the viewer in the side view.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .vec import Vec

Key = dict[str, float]
"""A pose as written: joint angles, targets and where the pelvis is, by name (PARAMS)."""

SIDES = ("r", "l")
SEGMENT = {
    "lumbar": 24.0,  # pelvis to chest
    "thoracic": 22.0,  # chest to neck
    "neck": 13.0,  # neck to the centre of the head
    "upper_arm": 29.0,
    "forearm": 28.0,  # elbow to the middle of the hand
    "thigh": 44.0,
    "shin": 42.0,
}
HEAD_RADIUS = 10.0
SHOULDER_AT: Vec = (0.0, -3.0, 17.0)
"""Where the right shoulder sits from the neck, in the chest's frame."""
HIP_AT: Vec = (0.0, -4.0, 9.0)
"""Where the right hip joint sits from the pelvis centre, in the pelvis's frame."""
HEEL_AT: Vec = (-5.0, -7.0, 0.0)
TOE_AT: Vec = (16.0, -7.0, 0.0)
"""Heel and toe from the ankle, in the foot's frame (x along the foot, y up the shin)."""
ARM_POLE: Vec = (-1.0, -0.3, 0.0)
LEG_POLE: Vec = (1.0, 0.0, 0.0)
"""Which way an elbow (back, a little down) and a knee (forward) point while a limb reaches, in
the chest's and the pelvis's frames."""
STANDING_PELVIS_Y = 7.0 + SEGMENT["shin"] + SEGMENT["thigh"] + 4.0

ROOT = ("x", "y", "z", "tip", "roll", "turn", "lean")
"""Pelvis position; `tip` tips the body forward (90: face down, -90: on the back), then `roll`
rolls it about the room's x axis (-90 from face down: lying on the left side, facing the viewer),
then `turn` turns it about the vertical, and `lean` tilts it in the side view's plane (+: the
right-hand end up)."""
SPINE = ("back", "upper", "nod", "twist", "bend")
"""Low back and upper back bending forward (negative: arching back), the chin toward the chest
(negative: looking up), the trunk turning left and bending sideways."""
ARM = ("shoulder", "shoulder_out", "shoulder_turn", "elbow")
LEG = ("hip", "hip_out", "hip_turn", "knee", "ankle")
ANGLES = {"arm": ARM, "leg": LEG}
TARGET = {"arm": "hand", "leg": "foot"}
"""A limb's reach target: `r_hand: [x, y, z]`, `l_foot: [x, y]` (z then the limb's usual), or a
place on the body (see GRIP); `r_foot` is where the ankle goes."""
POLE = {"arm": "elbow_out", "leg": "knee_out"}
"""With a target, how far the elbow or knee points outward from its usual way (degrees)."""
EXTRA = ("breath",)
"""Not a joint: 0 to 1, how full the chest is drawn."""
SOLE = "sole"
"""`r_sole: 0` sets the ankle so the sole lies at that angle to the floor (0: flat, + toes up)."""

RANGES: dict[str, tuple[float, float]] = {
    "back": (-40, 75),
    "upper": (-35, 60),
    "nod": (-60, 70),
    "twist": (-50, 50),
    "bend": (-35, 35),
    "shoulder": (-60, 190),
    "shoulder_out": (-60, 180),
    "shoulder_turn": (-90, 90),
    "elbow": (-3, 155),
    "hip": (-35, 145),
    "hip_out": (-35, 70),
    "hip_turn": (-50, 90),  # about the thigh after it flexes and moves out: reads high
    "knee": (-3, 160),
    "ankle": (-55, 35),
    "elbow_out": (-90, 90),
    "knee_out": (-70, 90),
    "breath": (0, 1),
}
"""What a human joint does (generously): a pose outside these is impossible, not just hard."""

JOINTS = (
    "pelvis",
    "chest",
    "neck",
    "head",
    *(f"{s}_{j}" for s in SIDES for j in ("shoulder", "elbow", "hand")),
    *(f"{s}_{j}" for s in SIDES for j in ("hip", "knee", "ankle", "heel", "toe")),
)
BONES: tuple[tuple[str, str], ...] = (
    ("pelvis", "chest"),
    ("chest", "neck"),
    ("neck", "head"),
    *(
        pair
        for s in SIDES
        for pair in (
            ("neck", f"{s}_shoulder"),
            (f"{s}_shoulder", f"{s}_elbow"),
            (f"{s}_elbow", f"{s}_hand"),
            ("pelvis", f"{s}_hip"),
            (f"{s}_hip", f"{s}_knee"),
            (f"{s}_knee", f"{s}_ankle"),
            (f"{s}_ankle", f"{s}_heel"),
            (f"{s}_ankle", f"{s}_toe"),
            (f"{s}_heel", f"{s}_toe"),
        )
    ),
)
RADIUS = {
    "head": HEAD_RADIUS,
    "pelvis": 9.0,
    "chest": 9.0,
    "neck": 5.0,
    **{f"{s}_{j}": 0.0 for s in SIDES for j in ("heel", "toe")},
    **{f"{s}_knee": 4.0 for s in SIDES},
}
"""How far a joint's flesh reaches round it, for the floor (others 2 cm; heel and toe are the
sole's own points)."""


def _length(a: Vec, b: Vec) -> float:
    return math.dist(a, b)


BONE_LENGTHS: dict[tuple[str, str], float] = {
    ("pelvis", "chest"): SEGMENT["lumbar"],
    ("chest", "neck"): SEGMENT["thoracic"],
    ("neck", "head"): SEGMENT["neck"],
    **{
        pair: length
        for s in SIDES
        for pair, length in (
            (("neck", f"{s}_shoulder"), _length((0, 0, 0), SHOULDER_AT)),
            ((f"{s}_shoulder", f"{s}_elbow"), SEGMENT["upper_arm"]),
            ((f"{s}_elbow", f"{s}_hand"), SEGMENT["forearm"]),
            (("pelvis", f"{s}_hip"), _length((0, 0, 0), HIP_AT)),
            ((f"{s}_hip", f"{s}_knee"), SEGMENT["thigh"]),
            ((f"{s}_knee", f"{s}_ankle"), SEGMENT["shin"]),
            ((f"{s}_ankle", f"{s}_heel"), _length((0, 0, 0), HEEL_AT)),
            ((f"{s}_ankle", f"{s}_toe"), _length((0, 0, 0), TOE_AT)),
            ((f"{s}_heel", f"{s}_toe"), _length(HEEL_AT, TOE_AT)),
        )
    },
}
"""The length every bone has in every pose."""

NEUTRAL: Key = {
    "y": STANDING_PELVIS_Y,
    **{f"{s}_{p}": 0.0 for s in SIDES for p in (*ARM, *LEG)},
}
"""Standing tall, arms by the sides; anything a key leaves out is as here."""


GRIP = ("on", "to", "by")
"""A target on the body itself: `r_hand: [l_knee, l_hip, 0.3]` holds the thigh 30% of the way
from the knee to the hip (stored as joint numbers `r_hand.on`, `r_hand.to` and `r_hand.by`)."""


def param_names() -> frozenset[str]:
    """Every name a key may hold (targets flattened to `r_foot.x`, `.y`, `.z`, or a grip)."""
    names = {*ROOT, *SPINE, *EXTRA}
    for s in SIDES:
        for limb in ANGLES:
            angles, target = limb_params(s, limb)
            names |= angles | target
        names.add(f"{s}_{SOLE}")
    return frozenset(names)


def limb_params(side: str, limb: str) -> tuple[frozenset[str], frozenset[str]]:
    """A limb's angle names and its target names (the two ways to pose it)."""
    angles = frozenset(f"{side}_{p}" for p in ANGLES[limb])
    end = f"{side}_{TARGET[limb]}"
    target = frozenset({*(f"{end}.{c}" for c in (*"xyz", *GRIP)), f"{side}_{POLE[limb]}"})
    return angles, target


def has_target(key: Mapping[str, float], side: str, limb: str) -> bool:
    end = f"{side}_{TARGET[limb]}"
    return f"{end}.x" in key or f"{end}.on" in key


def target_kind(key: Mapping[str, float], side: str, limb: str) -> tuple[float, ...] | None:
    """None (posed by angles), () (a point in the room) or (on, to) (a point on the body)."""
    end = f"{side}_{TARGET[limb]}"
    if f"{end}.on" in key:
        return (key[f"{end}.on"], key[f"{end}.to"])
    return () if f"{end}.x" in key else None


PARAMS = param_names()
