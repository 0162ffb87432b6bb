"""What a figure looks like on paper: the skeleton and its props projected to 2D strokes.

Pure geometry in centimetres (y up), so a painter only scales and colours it. Strokes come in
painting order: the floor line, props, the limbs on the far side, the trunk and head, the limbs
on the near side, ties (a band, a strap) and the face mark. Of each pair of limbs the one further
from the camera is "far", whichever way the figure lies; the painter shades it lighter.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import pose as P
from . import skeleton as S
from . import vec as V
from .figure_motion import is_mirrored, key_at, mirror, view_right

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from .figure_data import Prop
    from .figures import FigureBook
    from .segments import Side

Point = tuple[float, float]
Box = tuple[float, float, float, float]
ROLES = ("mat", "prop_soft", "prop", "far", "body", "head", "near", "tie", "face")
"""Painting order; the painter picks a colour for each."""
UNFRAMED = frozenset({"mat"})
"""Drawn, but not fitted into the picture: a mat may run off its edges, the person may not."""
WIDTH = {"trunk": 13.0, "hips": 8.0, "leg": 8.5, "arm": 6.5, "foot": 4.0, "chest": 11.0}
MAT = (-105.0, 105.0)
CHAIR_DEPTH = 42.0
FLOOR_TILT_MAX = 45.0
"""Above this tilt the floor is seen from above: no ground line, the mat shows it."""


@dataclass(frozen=True)
class Stroke:
    """A polyline (or a filled polygon) `width` cm wide, or a disc when `radius` is set."""

    role: str
    points: tuple[Point, ...]
    width: float = 0.0
    filled: bool = False
    radius: float = 0.0


@dataclass(frozen=True)
class Scene:
    strokes: tuple[Stroke, ...]
    floor_y: float | None
    """Where the floor line runs across the picture (None: seen from above)."""

    def bounds(self) -> Box:
        return bounds_of(self.strokes)


@dataclass(frozen=True)
class Camera:
    right: V.Vec
    up: V.Vec
    toward: V.Vec

    @classmethod
    def of(cls, view: tuple[float, float]) -> Camera:
        turn, tilt = (math.radians(a) for a in view)
        right = view_right(view)
        up = (-math.sin(tilt) * math.sin(turn), math.cos(tilt), -math.sin(tilt) * math.cos(turn))
        toward = V.cross(right, up)
        return cls(right, up, toward)

    def flat(self, p: V.Vec) -> Point:
        return (V.dot(p, self.right), V.dot(p, self.up))

    def depth(self, p: V.Vec) -> float:
        return V.dot(p, self.toward)


def scene_at(
    book: FigureBook,
    exercise_id: str,
    fraction: float,
    side: Side | str | None = None,
    *,
    breath: float = 0.0,
) -> Scene:
    """The picture of an exercise's figure at `fraction` of a rep, on `side`."""
    fig = book.figures[exercise_id]
    pose = P.solve(key_at(fig, fraction) | {"breath": breath})
    shapes = prop_shapes(fig.props, pose)
    if is_mirrored(side):
        right = view_right(fig.view)
        pose = mirror(pose, fig.view)
        shapes = [s.reflected(right) for s in shapes]
    return draw(pose, shapes, Camera.of(fig.view))


def frame(book: FigureBook, exercise_id: str, both_sides: bool) -> Box:
    """A box that holds the figure all along its path (on both sides if asked): drawn in a
    fixed box, the figure moves and the floor stays put. Worked out once per drill."""
    known = book.frames.get((exercise_id, both_sides))
    if known is not None:
        return known
    samples = [i / 8 for i in range(9)]
    sides: Sequence[str | None] = ("right", "left") if both_sides else (None,)
    scenes = [scene_at(book, exercise_id, f, s) for f in samples for s in sides]
    boxes = [bounds_of(st for st in sc.strokes if st.role not in UNFRAMED) for sc in scenes]
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    floor = scenes[0].floor_y
    if floor is not None:
        y0 = min(y0, floor - 2)
    book.frames[(exercise_id, both_sides)] = (x0, y0, x1, y1)
    return (x0, y0, x1, y1)


# --- props -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shape:
    """A prop in the room: a box (8 corners), a line or a ball."""

    kind: str
    points: tuple[V.Vec, ...]
    role: str
    width: float = 0.0

    def reflected(self, right: V.Vec) -> Shape:
        pts = tuple(V.sub(p, V.scale(right, 2 * V.dot(p, right))) for p in self.points)
        return Shape(self.kind, pts, self.role, self.width)


def _box(x0: float, x1: float, y0: float, y1: float, z0: float, z1: float, role: str) -> Shape:
    corners = tuple((x, y, z) for x in (x0, x1) for y in (y0, y1) for z in (z0, z1))
    return Shape("box", corners, role)


def prop_shapes(props: Iterable[Prop], pose: P.Pose) -> list[Shape]:
    j = pose.joints
    out: list[Shape] = []
    for prop in props:
        k, g = prop.kind, prop.get
        if k == "mat":
            out.append(_box(g("x", MAT[0]), g("to", MAT[1]), 0, 1.5, -35, 35, "mat"))
        elif k == "chair":
            out += _chair(float(g("x", 28.0)), float(g("height", 43.0)), g("faces", "right"))
        elif k == "step":
            x, h = float(g("x", 20.0)), float(g("height", 18.0))
            out.append(_box(x, float(g("to", x + 30)), 0, h, -40, 40, "prop_soft"))
        elif k == "worktop":
            x, h, z = float(g("x", 60.0)), float(g("height", 90.0)), float(g("z", 0.0))
            out.append(_box(x, float(g("to", x + 55)), 0, h, z - 30, z + 30, "prop_soft"))
        elif k == "wall":
            x, z = float(g("x", -60.0)), float(g("z", 0.0))
            out.append(_box(x - 4, x, 0, 200, z - 60, z + 60, "prop_soft"))
        elif k == "ball":
            x, y, z = [*g("at", [0, 4, 0]), 0.0][:3]
            out.append(Shape("ball", ((float(x), float(y), float(z)),), "prop", float(g("r", 4))))
        elif k in ("band", "strap"):
            a, b = g("between", ["l_knee", "r_knee"])
            out.append(Shape("line", (j[a], j[b]), "tie", 2.5 if k == "band" else 2.0))
        elif k in ("towel", "pillow"):
            p = j[g("under", "r_heel" if k == "towel" else "head")]
            half, h = (13.0, 1.5) if k == "towel" else (15.0, float(g("height", 6.0)))
            out.append(_box(p[0] - half, p[0] + half, 0, h, p[2] - 14, p[2] + 14, "prop_soft"))
        elif k == "dowel":
            along = V.norm(V.sub(j["head"], j["pelvis"]))
            back = V.scale(pose.front, -12.0)
            a = V.add(V.add(j["pelvis"], back), V.scale(along, -12))
            b = V.add(V.add(j["head"], back), V.scale(along, 8))
            out.append(Shape("line", (a, b), "prop", 2.5))
        elif k == "weight":
            names = g("at", ["r_hand", "l_hand"])
            pts = [j[n] for n in ([names] if isinstance(names, str) else names)]
            mid = V.scale(_sum(pts), 1 / len(pts))
            out.append(Shape("ball", (mid,), "prop", float(g("r", 5.0))))
    return out


def _sum(points: Iterable[V.Vec]) -> V.Vec:
    total: V.Vec = (0.0, 0.0, 0.0)
    for p in points:
        total = V.add(total, p)
    return total


def _chair(front: float, height: float, faces: str) -> list[Shape]:
    """A chair whose seat's front edge is at `front`, for a sitter facing right (or left)."""
    back_x = front - CHAIR_DEPTH if faces == "right" else front + CHAIR_DEPTH
    x0, x1 = sorted((front, back_x))
    shapes = [_box(x0, x1, height - 4, height, -22, 22, "prop_soft")]
    for x in (x0 + 2, x1 - 2):
        for z in (-20.0, 20.0):
            shapes.append(Shape("line", ((x, height - 4, z), (x, 0.0, z)), "prop", 2.5))
    bx0 = back_x - 2 if faces == "right" else back_x
    shapes.append(_box(bx0, bx0 + 2, height, height + 42, -21, 21, "prop_soft"))
    return shapes


def seat_of(props: Iterable[Prop]) -> tuple[float, float, float] | None:
    """(x from, x to, seat height) of the chair in the picture, if there is one."""
    for prop in props:
        if prop.kind == "chair":
            front, height = float(prop.get("x", 28.0)), float(prop.get("height", 43.0))
            back = (
                front - CHAIR_DEPTH
                if prop.get("faces", "right") == "right"
                else front + CHAIR_DEPTH
            )
            return (min(front, back), max(front, back), height)
    return None


# --- drawing -----------------------------------------------------------------------------------


LIMBS = {
    "arm": ("shoulder", (("arm", ("neck", "shoulder", "elbow", "hand")), ("hand", ("hand",)))),
    "leg": ("hip", (("leg", ("hip", "knee", "ankle")), ("foot", ("ankle", "heel", "toe")))),
}
"""Each limb: the joint it hangs from, and its parts as drawn (joint names without the side)."""


def draw(pose: P.Pose, shapes: Iterable[Shape], cam: Camera) -> Scene:
    j = pose.joints
    flat = {n: cam.flat(p) for n, p in j.items()}
    strokes = [_shape_stroke(shape, cam) for shape in shapes]
    # Of each pair of limbs, the one nearer the camera is drawn in front and the other shaded
    # behind the trunk; a pair side by side (seen from the front) are both in front.
    far: list[tuple[float, list[Stroke]]] = []
    near: list[tuple[float, list[Stroke]]] = []
    for s in S.SIDES:
        twin = "l" if s == "r" else "r"
        for root, parts in LIMBS.values():
            mine, other = (
                _limb_depth(cam, j, s, root, parts),
                _limb_depth(cam, j, twin, root, parts),
            )
            drawn = [_limb_part(part, [_side(n, s) for n in names], flat) for part, names in parts]
            (far if mine < other - 1.0 else near).append((mine, drawn))
    strokes += _in_role("far", far) + _trunk(pose, cam, flat) + _in_role("near", near)
    strokes.sort(key=lambda st: ROLES.index(st.role))
    face = cam.flat(pose.face)
    if math.hypot(*face) > 0.35:  # the face is turned enough to show which way it looks
        hx, hy = flat["head"]
        strokes.append(Stroke("face", ((hx + face[0] * 6.5, hy + face[1] * 6.5),), radius=2.6))
    floor = None if abs(cam_tilt(cam)) > FLOOR_TILT_MAX else cam.flat((0.0, 0.0, 0.0))[1]
    return Scene(tuple(strokes), floor)


def _in_role(role: str, limbs: list[tuple[float, list[Stroke]]]) -> list[Stroke]:
    """The limbs' strokes, furthest first, in the colour of `role`."""
    out = []
    for _, drawn in sorted(limbs, key=lambda x: x[0]):
        out += [Stroke(role, d.points, d.width, d.filled, d.radius) for d in drawn]
    return out


def _side(name: str, side: str) -> str:
    return name if name in ("neck", "pelvis", "chest", "head") else f"{side}_{name}"


def _limb_depth(
    cam: Camera,
    j: dict[str, V.Vec],
    side: str,
    root: str,
    parts: tuple[tuple[str, tuple[str, ...]], ...],
) -> float:
    """How near a limb is: mostly where it joins the body, a little where it reaches."""
    along = [cam.depth(j[_side(n, side)]) for _, names in parts for n in names if n != "neck"]
    return cam.depth(j[f"{side}_{root}"]) + 0.3 * sum(along) / len(along)


def cam_tilt(cam: Camera) -> float:
    return math.degrees(math.asin(max(-1.0, min(1.0, cam.toward[1]))))


def _limb_part(kind: str, names: list[str], flat: dict[str, Point]) -> Stroke:
    pts = tuple(flat[n] for n in names)
    if kind == "hand":
        return Stroke("near", pts, radius=3.8)
    if kind == "foot":
        return Stroke("near", pts, WIDTH["foot"], filled=True)
    return Stroke("near", pts, WIDTH[kind])


def _trunk(pose: P.Pose, cam: Camera, flat: dict[str, Point]) -> list[Stroke]:
    j = pose.joints
    lift = 1.0 + 4.0 * pose.breath  # the chest rises as the breath comes in
    front = pose.front

    def at(a: str, b: str, t: float, out: float) -> Point:
        p = V.add(V.add(j[a], V.scale(V.sub(j[b], j[a]), t)), V.scale(front, out))
        return cam.flat(p)

    return [
        Stroke("body", (flat["l_hip"], flat["pelvis"], flat["r_hip"]), WIDTH["hips"]),
        Stroke("body", (flat["pelvis"], flat["chest"], flat["neck"]), WIDTH["trunk"]),
        Stroke(
            "body",
            (
                at("pelvis", "chest", 0.55, lift * 0.5),
                at("chest", "neck", 0.0, lift),
                at("chest", "neck", 0.55, lift * 0.6),
            ),
            WIDTH["chest"],
        ),
        Stroke("head", (flat["head"],), radius=S.HEAD_RADIUS),
    ]


def _shape_stroke(shape: Shape, cam: Camera) -> Stroke:
    pts = [cam.flat(p) for p in shape.points]
    if shape.kind == "box":
        return Stroke(shape.role, tuple(hull(pts)), 0.0, filled=True)
    if shape.kind == "ball":
        return Stroke(shape.role, (pts[0],), radius=shape.width)
    return Stroke(shape.role, tuple(pts), shape.width)


def hull(points: Iterable[Point]) -> list[Point]:
    """The convex hull, counter-clockwise (Andrew's monotone chain)."""
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts

    def turn(o: Point, a: Point, b: Point) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Point] = []
    upper: list[Point] = []
    for p in pts:
        while len(lower) >= 2 and turn(lower[-2], lower[-1], p) <= 1e-9:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and turn(upper[-2], upper[-1], p) <= 1e-9:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def bounds_of(strokes: Iterable[Stroke]) -> Box:
    xs: list[float] = []
    ys: list[float] = []
    for st in strokes:
        pad = max(st.width / 2, st.radius)
        for x, y in st.points:
            xs += [x - pad, x + pad]
            ys += [y - pad, y + pad]
    if not xs:
        return (0.0, 0.0, 1.0, 1.0)
    return (min(xs), min(ys), max(xs), max(ys))
