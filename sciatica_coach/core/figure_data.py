"""Reading the figure files (`assets/figures/*.yaml`): each exercise's keyframes, as data.

A file holds named `poses` (shared starting points such as `all-fours`) and `figures`, one per
exercise id, each with a `start` and an `end` keyframe of a rep and, where the path matters,
`path` keyframes in between. A keyframe names a pose and changes what differs; a variant says
`from: <base id>` and changes only what differs from its base. Everything wrong is collected as
`Problem` records with the file and line; a figure with a problem is left out whole.

The files live under `assets/`, not `routines/`: every YAML file below `routines/` is read as a
routine or an exercise file (`sciatica-coach validate routines/`, the catalogue cache).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import skeleton as S
from .problems import Problem, RoutineFileError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from pathlib import Path

FIGURE_SCHEMA_VERSION = 1
VIEWS = {"side": (0.0, 0.0), "front": (90.0, 0.0), "above": (0.0, 90.0)}
"""Named cameras as (turn, tilt): `side` looks at the right side of a figure facing right."""
PROP_KINDS = frozenset(
    {"mat", "chair", "step", "worktop", "wall", "ball", "band", "strap", "towel", "pillow"}
    | {"dowel", "weight"}
)
"""What may be drawn with a figure (`figure_scene.prop_shapes` says where and how)."""
PROP_FIELDS = frozenset(
    {"kind", "x", "to", "y", "z", "height", "r", "at", "between", "under", "faces"}
)
NUMBER_FIELDS = frozenset({"x", "to", "y", "z", "height", "r"})
FIGURE_FIELDS = frozenset({"from", "view", "props", "start", "end", "path"})
TARGETS = {f"{s}_{S.TARGET[limb]}": (s, limb) for s in S.SIDES for limb in S.TARGET}
SWITCHING = {
    (s, limb): frozenset(f"{s}_{p}" for p in S.ANGLES[limb] if p != "ankle")
    for s in S.SIDES
    for limb in S.ANGLES
}
"""The angles that say how a limb is posed (so they replace an inherited target)."""


@dataclass(frozen=True)
class Prop:
    kind: str
    values: tuple[tuple[str, Any], ...] = ()

    def get(self, name: str, default: Any = None) -> Any:
        return dict(self.values).get(name, default)


@dataclass(frozen=True)
class Keyframe:
    at: float
    key: S.Key
    line: int | None = None


@dataclass(frozen=True)
class RawFigure:
    """One exercise's figure as written: keyframes are changes, not yet resolved."""

    exercise: str
    file: str
    line: int | None
    view: tuple[float, float] | None
    props: tuple[Prop, ...] | None
    start: tuple[S.Key, int | None, bool] | None
    """(changes, line, replaces: it named a pose, so it does not build on the base's)."""
    end: tuple[S.Key, int | None, bool] | None
    path: tuple[Keyframe, ...] | None
    base: str | None


@dataclass
class FigureFiles:
    """What the figure files say, before the keyframes are blended into paths."""

    figures: dict[str, RawFigure] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    broken: set[str] = field(default_factory=set)
    """Exercise ids whose figure has a problem (so it is not also reported missing)."""


def read_files(files: Iterable[tuple[Path, str]]) -> FigureFiles:
    """Read every figure file (path, name shown in messages); poses are shared between them."""
    from . import yaml_io

    out = FigureFiles()
    docs: list[tuple[str, Any]] = []
    for path, name in files:
        try:
            doc = yaml_io.parse(yaml_io.read_text(path, name), name)
        except RoutineFileError as exc:
            out.problems.extend(exc.problems)
            continue
        docs.append((name, doc))
    raw_poses: dict[str, tuple[str, Any, Any]] = {}
    for name, doc in docs:
        if not _check_top(name, doc, out.problems):
            continue
        for pose_name, body in (doc.get("poses") or {}).items():
            if pose_name in raw_poses:
                out.problems.append(
                    _p(name, doc, ("poses", pose_name), "the pose name is used twice")
                )
            raw_poses[str(pose_name)] = (name, doc, body)
    poses = _resolve_poses(raw_poses, out.problems)
    for name, doc in docs:
        if not isinstance(doc, dict) or not isinstance(doc.get("figures"), dict | None):
            continue
        for ex_id, body in (doc.get("figures") or {}).items():
            reader = _Reader(name, doc, ("figures", str(ex_id)), poses)
            fig = reader.figure(str(ex_id), body)
            if str(ex_id) in out.figures:
                reader.problem((), f"'{ex_id}' has a figure already in {out.figures[ex_id].file}")
            if reader.problems:
                out.problems.extend(reader.problems)
                out.broken.add(str(ex_id))
            elif fig is not None:
                out.figures[str(ex_id)] = fig
    return out


def _check_top(name: str, doc: Any, problems: list[Problem]) -> bool:
    if not isinstance(doc, dict):
        problems.append(Problem(name, 1, "", "a figure file is a mapping with 'schema_version: 1'"))
        return False
    version = doc.get("schema_version")
    if version != FIGURE_SCHEMA_VERSION:
        problems.append(
            _p(name, doc, ("schema_version",), f"must be {FIGURE_SCHEMA_VERSION}, not {version!r}")
        )
        return False
    unknown = sorted(set(doc) - {"schema_version", "poses", "figures"})
    for key in unknown:
        problems.append(_p(name, doc, (key,), "unknown field: a figure file has poses and figures"))
    for key in ("poses", "figures"):
        if doc.get(key) is not None and not isinstance(doc.get(key), dict):
            problems.append(_p(name, doc, (key,), "must be a mapping of names"))
    return not unknown


def _p(name: str, doc: Any, loc: tuple[int | str, ...], message: str) -> Problem:
    from .yaml_io import line_of

    return Problem(name, line_of(doc, loc), ".".join(str(x) for x in loc), message)


def _resolve_poses(
    raw: Mapping[str, tuple[str, Any, Any]], problems: list[Problem]
) -> dict[str, S.Key]:
    """Each named pose as a full key; a pose may build on another (`pose: name`)."""
    done: dict[str, S.Key] = {}

    def resolve(pose_name: str, seen: tuple[str, ...]) -> S.Key | None:
        if pose_name in done:
            return done[pose_name]
        file, doc, body = raw[pose_name]
        reader = _Reader(file, doc, ("poses", pose_name), {})
        parent = body.get("pose") if isinstance(body, dict) else None
        base: S.Key = {}
        if parent is not None:
            if parent in seen or parent not in raw:
                why = "goes round in a circle" if parent in seen else "is not a pose in any file"
                reader.problem(("pose",), f"'{parent}' {why}")
            else:
                base = dict(resolve(str(parent), (*seen, pose_name)) or {})
        changes = reader.changes((), body)
        problems.extend(reader.problems)
        if reader.problems:
            return None
        done[pose_name] = merge(base, changes)
        return done[pose_name]

    for pose_name in raw:
        resolve(pose_name, ())
    return done


def merge(base: Mapping[str, float], changes: Mapping[str, float]) -> S.Key:
    """`changes` over `base`; posing a limb one way (angles or a target) drops the other way."""
    out = dict(base)
    for s in S.SIDES:  # the ankle is set one way or the other: by its angle or by the sole
        for a, b in ((f"{s}_ankle", f"{s}_{S.SOLE}"), (f"{s}_{S.SOLE}", f"{s}_ankle")):
            if a in changes:
                out.pop(b, None)
    for (s, limb), angle_names in SWITCHING.items():
        _, target_names = S.limb_params(s, limb)
        if angle_names & changes.keys():
            for n in target_names:
                out.pop(n, None)
        end = f"{s}_{S.TARGET[limb]}"
        if f"{end}.x" in changes or f"{end}.on" in changes:
            for n in angle_names | (target_names - {f"{s}_{S.POLE[limb]}"}):
                out.pop(n, None)
    out.update(changes)
    return out


class _Reader:
    """Reads one figure or pose body, noting problems with their lines."""

    def __init__(
        self, file: str, doc: Any, loc: tuple[str, ...], poses: Mapping[str, S.Key]
    ) -> None:
        self.file, self.doc, self.loc, self.poses = file, doc, loc, poses
        self.problems: list[Problem] = []

    def problem(self, where: tuple[int | str, ...], message: str) -> None:
        self.problems.append(_p(self.file, self.doc, (*self.loc, *where), message))

    def line(self, where: tuple[int | str, ...] = ()) -> int | None:
        from .yaml_io import line_of

        return line_of(self.doc, (*self.loc, *where))

    def figure(self, ex_id: str, body: Any) -> RawFigure | None:
        if not isinstance(body, dict):
            self.problem((), "a figure is a mapping: view, props, start, end, path, or from")
            return None
        for key in sorted(set(body) - FIGURE_FIELDS):
            self.problem((key,), f"unknown field; a figure has {', '.join(sorted(FIGURE_FIELDS))}")
        base = body.get("from")
        if base is None and "start" not in body:
            self.problem((), "a figure needs a 'start' keyframe (or 'from: <exercise id>')")
        return RawFigure(
            exercise=ex_id,
            file=self.file,
            line=self.line(),
            view=self.view(body["view"]) if "view" in body else None,
            props=self.props(body["props"]) if "props" in body else None,
            start=self.keyframe(("start",), body["start"]) if "start" in body else None,
            end=self.keyframe(("end",), body["end"]) if "end" in body else None,
            path=self.path(body["path"]) if "path" in body else None,
            base=None if base is None else str(base),
        )

    def view(self, value: Any) -> tuple[float, float] | None:
        if isinstance(value, str) and value in VIEWS:
            return VIEWS[value]
        if isinstance(value, dict) and set(value) <= {"turn", "tilt"}:
            turn, tilt = value.get("turn", 0), value.get("tilt", 0)
            if _number(turn) and _number(tilt) and -90 <= float(tilt) <= 90:
                return (float(turn), float(tilt))
        self.problem(("view",), "a view is side, front, above, or {turn: deg, tilt: -90..90}")
        return None

    def props(self, value: Any) -> tuple[Prop, ...]:
        if not isinstance(value, list):
            self.problem(("props",), "props is a list, e.g. [mat, {kind: chair, x: 20}]")
            return ()
        out = []
        for i, item in enumerate(value):
            body = {"kind": item} if isinstance(item, str) else item
            if not isinstance(body, dict) or body.get("kind") not in PROP_KINDS:
                self.problem(("props", i), f"a prop is one of {', '.join(sorted(PROP_KINDS))}")
                continue
            for key in sorted(set(body) - PROP_FIELDS):
                self.problem(("props", i, key), "unknown prop field")
            for key in sorted(NUMBER_FIELDS & set(body)):
                if not _number(body[key]):
                    self.problem(("props", i, key), "must be a number (cm)")
            if body.get("faces", "right") not in ("right", "left"):
                self.problem(("props", i, "faces"), "a chair faces right or left")
            at = body.get("at")
            if (
                at is not None
                and not (
                    isinstance(at, list) and at and all(_number(v) for v in at) and len(at) <= 3
                )
                and not _names(at)
            ):
                self.problem(("props", i, "at"), "at is [x, y, z] in cm or joint names")
            for key in ("between", "under", "at"):
                for joint in _names(body.get(key)):
                    if joint not in S.JOINTS:
                        self.problem(("props", i, key), f"'{joint}' is not a joint of the figure")
            values = tuple(sorted((str(k), _frozen(v)) for k, v in body.items()))
            out.append(Prop(str(body["kind"]), values))
        return tuple(out)

    def keyframe(
        self, where: tuple[int | str, ...], body: Any
    ) -> tuple[S.Key, int | None, bool] | None:
        if not isinstance(body, dict):
            self.problem(where, "a keyframe is a mapping: pose and the angles that differ")
            return None
        base: S.Key = {}
        pose_name = body.get("pose")
        if pose_name is not None:
            if pose_name not in self.poses:
                self.problem((*where, "pose"), f"'{pose_name}' is not a pose in any figure file")
            else:
                base = dict(self.poses[pose_name])
        return merge(base, self.changes(where, body)), self.line(where), pose_name is not None

    def path(self, value: Any) -> tuple[Keyframe, ...]:
        if not isinstance(value, list):
            self.problem(("path",), "path is a list of keyframes, each with 'at' between 0 and 1")
            return ()
        out = []
        for i, body in enumerate(value):
            at = _as_number(body.get("at")) if isinstance(body, dict) else None
            if at is None or not 0 < at < 1:
                self.problem(("path", i), "each path keyframe has 'at' between 0 and 1 (exclusive)")
                continue
            rest = {k: v for k, v in body.items() if k != "at"}
            out.append(Keyframe(at, self.changes(("path", i), rest), self.line(("path", i))))
        ats = [k.at for k in out]
        if ats != sorted(set(ats)):
            self.problem(("path",), "path keyframes go in order of 'at', each 'at' once")
        return tuple(out)

    def changes(self, where: tuple[int | str, ...], body: Any) -> S.Key:
        """The numbers a keyframe or pose sets, targets flattened (`r_foot.x`, ...)."""
        out: S.Key = {}
        if not isinstance(body, dict):
            self.problem(where, "must be a mapping of joint angles")
            return out
        for name, value in body.items():
            name = str(name)
            if name == "pose":
                continue
            if name in TARGETS:
                target = _target(value)
                if target is None:
                    self.problem(
                        (*where, name),
                        "a target is [x, y] or [x, y, z] in cm, a joint (l_knee), or a point "
                        "between two joints ([l_knee, l_hip, 0.3])",
                    )
                out |= {f"{name}.{axis}": v for axis, v in (target or {}).items()}
            elif name not in S.PARAMS or "." in name:
                self.problem((*where, name), f"'{name}' is not a joint angle or target")
            elif not _number(value):
                self.problem((*where, name), "must be a number")
            else:
                out[name] = float(value)
        return out


def _target(value: Any) -> dict[str, float] | None:
    """`[x, y]`, `[x, y, z]`, `joint` or `[joint, joint, share]` as flat numbers (or None)."""
    if isinstance(value, str):
        value = [value, value, 0]
    if not isinstance(value, list):
        return None
    if len(value) in (2, 3) and all(_number(v) for v in value):
        return {axis: float(v) for axis, v in zip("xyz", value, strict=False)}
    if (
        len(value) == 3
        and all(isinstance(v, str) and v in S.JOINTS for v in value[:2])
        and _number(value[2])
        and 0 <= float(value[2]) <= 1
    ):
        return {
            "on": float(S.JOINTS.index(value[0])),
            "to": float(S.JOINTS.index(value[1])),
            "by": float(value[2]),
        }
    return None


def _frozen(value: Any) -> Any:
    """Lists as tuples and numbers as plain floats: a prop is a value, compared and cached."""
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    return float(value) if _number(value) else str(value) if isinstance(value, str) else value


def _as_number(value: Any) -> float | None:
    return float(value) if _number(value) else None


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []
