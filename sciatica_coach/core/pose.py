"""Solving a pose: where each joint of the figure is for a key (pure, no Qt).

Forward kinematics from the pelvis out keeps every bone its length; a limb given a target is
bent to reach it (two-bone inverse kinematics) and its angles are read back, so every pose is
checked against the same joint ranges whichever way it was written (names: `skeleton`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .skeleton import (
    ANGLES,
    ARM,
    ARM_POLE,
    HEEL_AT,
    HIP_AT,
    JOINTS,
    LEG,
    LEG_POLE,
    NEUTRAL,
    POLE,
    RANGES,
    SEGMENT,
    SHOULDER_AT,
    SIDES,
    SOLE,
    TARGET,
    TOE_AT,
)
from .vec import (
    MIRROR_Z,
    Mat,
    Vec,
    add,
    apply,
    cross,
    dot,
    mul,
    norm,
    rotate_about,
    rx,
    ry,
    rz,
    scale,
    sub,
    transpose,
)

if TYPE_CHECKING:
    from collections.abc import Mapping


@dataclass(frozen=True)
class Pose:
    """Joint positions (cm) and what the drawing needs besides: which way the chest and face
    point, how full the breath is, and the angles every limb ended up at."""

    joints: dict[str, Vec]
    front: Vec
    face: Vec
    breath: float = 0.0
    angles: dict[str, float] = field(default_factory=dict)
    unreachable: tuple[str, ...] = ()
    """Limbs whose target was out of reach (they point at it, straight)."""


@dataclass(frozen=True)
class _Frames:
    pelvis: Mat
    lumbar: Mat
    chest: Mat
    head: Mat


def _frames(k: Mapping[str, float]) -> _Frames:
    g = k.get
    pelvis = mul(
        mul(mul(rz(g("lean", 0.0)), ry(g("turn", 0.0))), rx(g("roll", 0.0))), rz(-g("tip", 0.0))
    )
    lumbar = mul(mul(mul(pelvis, rz(-g("back", 0.0))), rx(-g("bend", 0.0))), ry(g("twist", 0.0)))
    chest = mul(lumbar, rz(-g("upper", 0.0)))
    head = mul(chest, rz(-g("nod", 0.0)))
    return _Frames(pelvis, lumbar, chest, head)


def _side_frame(frame: Mat, side: str) -> Mat:
    return frame if side == "r" else mul(frame, MIRROR_Z)


def _limb_frame(flex: float, out: float, turn: float) -> Mat:
    """Upper limb's frame in its parent's (right-side) frame: bend forward, out, turn outward."""
    return mul(mul(rz(flex), rx(-out)), ry(-turn))


def solve(key: Mapping[str, float]) -> Pose:
    """Joint positions for a key (missing names take their NEUTRAL values)."""
    k = {**NEUTRAL, **key}
    f = _frames(k)
    pelvis = (k.get("x", 0.0), k["y"], k.get("z", 0.0))
    chest = add(pelvis, apply(f.lumbar, (0.0, SEGMENT["lumbar"], 0.0)))
    neck = add(chest, apply(f.chest, (0.0, SEGMENT["thoracic"], 0.0)))
    head = add(neck, apply(f.head, (0.0, SEGMENT["neck"], 0.0)))
    joints: dict[str, Vec] = {"pelvis": pelvis, "chest": chest, "neck": neck, "head": head}
    angles: dict[str, float] = {}
    unreachable: list[str] = []
    # Legs before arms, and a limb holding another after it: a hand can hold a knee.
    todo = [(s, limb) for limb in ("leg", "arm") for s in SIDES]
    for attempt in range(len(todo) + 1):
        last = attempt == len(todo)
        waiting = []
        for s, limb in todo:
            parent, root_at, base = (
                (f.chest, SHOULDER_AT, neck) if limb == "arm" else (f.pelvis, HIP_AT, pelvis)
            )
            frame = _side_frame(parent, s)
            root = add(base, apply(frame, root_at))
            target = _target(k, s, limb, joints, root)
            if target is _LATER and not last:
                waiting.append((s, limb))
                continue
            if isinstance(target, tuple):
                limb_angles, reached = _reach(k, s, limb, frame, root, target)
                if not reached:
                    unreachable.append(f"{s}_{limb}")
            else:
                if target is _LATER:  # holds a limb that holds it back: cannot be
                    unreachable.append(f"{s}_{limb}")
                limb_angles = {p: k[f"{s}_{p}"] for p in ANGLES[limb]}
            if limb == "leg" and f"{s}_{SOLE}" in k:
                limb_angles["ankle"] = _flat_foot(frame, limb_angles, k[f"{s}_{SOLE}"])
            angles |= {f"{s}_{p}": v for p, v in limb_angles.items()}
            joints |= _limb_joints(s, limb, frame, root, limb_angles)
        if not waiting:
            break
        todo = waiting
    return Pose(
        joints=joints,
        front=apply(f.chest, (1.0, 0.0, 0.0)),
        face=apply(f.head, (1.0, 0.0, 0.0)),
        breath=k.get("breath", 0.0),
        angles=angles,
        unreachable=tuple(unreachable),
    )


def _limb_joints(
    s: str, limb: str, frame: Mat, root: Vec, a: Mapping[str, float]
) -> dict[str, Vec]:
    if limb == "arm":
        upper = mul(frame, _limb_frame(a["shoulder"], a["shoulder_out"], a["shoulder_turn"]))
        elbow = add(root, apply(upper, (0.0, -SEGMENT["upper_arm"], 0.0)))
        fore = mul(upper, rz(a["elbow"]))
        hand = add(elbow, apply(fore, (0.0, -SEGMENT["forearm"], 0.0)))
        return {f"{s}_shoulder": root, f"{s}_elbow": elbow, f"{s}_hand": hand}
    thigh = mul(frame, _limb_frame(a["hip"], a["hip_out"], a["hip_turn"]))
    knee = add(root, apply(thigh, (0.0, -SEGMENT["thigh"], 0.0)))
    shin = mul(thigh, rz(-a["knee"]))
    ankle = add(knee, apply(shin, (0.0, -SEGMENT["shin"], 0.0)))
    foot = mul(shin, rz(a["ankle"]))
    return {
        f"{s}_hip": root,
        f"{s}_knee": knee,
        f"{s}_ankle": ankle,
        f"{s}_heel": add(ankle, apply(foot, HEEL_AT)),
        f"{s}_toe": add(ankle, apply(foot, TOE_AT)),
    }


def _flat_foot(frame: Mat, a: Mapping[str, float], sole: float) -> float:
    """The ankle angle that sets the sole at `sole` degrees to the floor (nearest to neutral)."""
    thigh = mul(frame, _limb_frame(a["hip"], a["hip_out"], a["hip_turn"]))
    shin = mul(thigh, rz(-a["knee"]))
    along, up = shin[1][0], shin[1][1]  # world height of the shin's x and y axes
    reach = math.hypot(along, up)
    want = math.sin(math.radians(sole))
    if reach < 1e-9:
        return a.get("ankle", 0.0)
    base = math.degrees(math.atan2(up, along))
    spread = math.degrees(math.acos(max(-1.0, min(1.0, want / reach))))
    options = (base + spread, base - spread)
    return min((((o + 180) % 360) - 180 for o in options), key=abs)


_LATER = object()
"""A grip on a joint not placed yet."""


def _target(
    k: Mapping[str, float], s: str, limb: str, joints: Mapping[str, Vec], root: Vec
) -> Vec | object | None:
    """Where the limb reaches: a point in the room, a point on the body, or None (angles)."""
    end = f"{s}_{TARGET[limb]}"
    if f"{end}.on" in k:
        on, to = JOINTS[int(k[f"{end}.on"])], JOINTS[int(k[f"{end}.to"])]
        if on not in joints or to not in joints:
            return _LATER
        by = k.get(f"{end}.by", 0.0)
        return add(joints[on], scale(sub(joints[to], joints[on]), by))
    if f"{end}.x" in k:
        return (k[f"{end}.x"], k[f"{end}.y"], k.get(f"{end}.z", root[2]))
    return None


def _reach(
    k: Mapping[str, float], s: str, limb: str, frame: Mat, root: Vec, target: Vec
) -> tuple[dict[str, float], bool]:
    """Bend a limb so its end reaches the target; return its angles and whether it reached."""
    l1, l2 = (
        (SEGMENT["upper_arm"], SEGMENT["forearm"])
        if limb == "arm"
        else (SEGMENT["thigh"], SEGMENT["shin"])
    )
    v = sub(target, root)
    d = math.sqrt(dot(v, v))
    reached = abs(l1 - l2) - 0.5 <= d <= l1 + l2 + 0.5
    d = min(max(d, abs(l1 - l2) + 1e-6), l1 + l2 - 1e-9)
    axis = norm(v) if dot(v, v) > 1e-12 else apply(frame, (0.0, -1.0, 0.0))
    # The elbow points back and down, the knee forward and up (whichever way the limb reaches);
    # `*_out` swings it toward the limb's own side.
    pole = apply(frame, ARM_POLE if limb == "arm" else LEG_POLE)
    bend = sub(pole, scale(axis, dot(pole, axis)))
    if dot(bend, bend) < 1e-8:
        side = apply(frame, (0.0, 0.0, 1.0))
        bend = cross(axis, side)
    bend = norm(bend)
    # Turned about the reach: for a limb reaching down its own side, + swings the knee or elbow
    # outward. A fixed sense (not worked out from the pose), so a path never flips over.
    sense = (1.0 if limb == "leg" else -1.0) * (1.0 if s == "r" else -1.0)
    bend = rotate_about(bend, axis, sense * k.get(f"{s}_{POLE[limb]}", 0.0))
    t = (l1 * l1 - l2 * l2 + d * d) / (2 * d)
    h = math.sqrt(max(l1 * l1 - t * t, 0.0))
    mid = add(root, add(scale(axis, t), scale(bend, h)))
    end = add(root, scale(axis, d))
    angles = _angles_from(frame, root, mid, end, limb)
    if limb == "leg":
        angles["ankle"] = k.get(f"{s}_ankle", 0.0)
    return angles, reached


def _angles_from(frame: Mat, root: Vec, mid: Vec, end: Vec, limb: str) -> dict[str, float]:
    """The angles that put a limb's middle and end joints where they are (inverse of
    `_limb_joints`), in the limb's (right-side) frame."""
    to_local = transpose(frame)
    upper = norm(apply(to_local, sub(mid, root)))
    out = math.degrees(math.asin(max(-1.0, min(1.0, upper[2]))))
    flex = math.degrees(math.atan2(upper[0], -upper[1])) if abs(upper[2]) < 0.9999 else 0.0
    if limb == "arm" and flex < -90:
        flex += 360.0  # an arm reaching overhead and a little back is still flexed
    lower_world = norm(sub(end, mid))
    base = mul(frame, mul(rz(flex), rx(-out)))
    lower = apply(transpose(base), lower_world)
    bend = math.degrees(math.acos(max(-1.0, min(1.0, -lower[1]))))
    if bend < 0.5:
        turn = 0.0
    elif limb == "arm":  # forearm (sin e cos r, -cos e, sin e sin r)
        turn = math.degrees(math.atan2(lower[2], lower[0]))
    else:  # shin (-sin k cos r, -cos k, -sin k sin r)
        turn = math.degrees(math.atan2(-lower[2], -lower[0]))
    names = ARM if limb == "arm" else LEG
    # The same direction also reads as (flex + 180, 180 - out, turn + 180): take whichever is
    # the more human (an arm by the ear is flexed 170, not extended and turned right round).
    options = [(flex, out, turn), (_wrap(flex + 180), 180 - out, _wrap(turn + 180))]
    if limb == "arm":
        options[1] = (options[1][0] + (360 if options[1][0] < -90 else 0), *options[1][1:])
    best = min(options, key=lambda o: (_excess(names, o), abs(o[2])))
    return {names[0]: best[0], names[1]: best[1], names[2]: best[2], names[3]: bend}


def _wrap(deg: float) -> float:
    return (deg + 180) % 360 - 180


def _excess(names: tuple[str, ...], values: tuple[float, float, float]) -> float:
    """How far past the human range a reading of a limb's angles goes (0: within)."""
    total = 0.0
    for name, value in zip(names, values, strict=False):
        lo, hi = RANGES[name]
        total += max(0.0, lo - value, value - hi)
    return total
