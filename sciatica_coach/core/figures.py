"""Every exercise's figure: the figure files resolved into keyframes, and poses on demand.

`pose_at(exercise_id, fraction, side)` is the shipped figure of an exercise `fraction` of the
way along a rep, as joint positions. A variant's figure starts from its base's and changes what
differs; a path keyframe changes only what differs from the straight blend of start and end.
Reading the files is `figure_data`, the blending `figure_motion`, the checks `figure_checks`,
the picture `figure_scene`. Pure, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from . import pose as P
from . import skeleton as S
from .figure_data import FigureFiles, Keyframe, Prop, RawFigure, merge, read_files
from .figure_motion import Figure, blend, is_mirrored, key_at, mirror
from .problems import Problem

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

    from .segments import Side


@dataclass
class FigureBook:
    """Every figure that loaded, and what was wrong with the ones that did not."""

    figures: dict[str, Figure] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    broken: set[str] = field(default_factory=set)
    file_names: tuple[str, ...] = ()
    frames: dict[tuple[str, bool], tuple[float, float, float, float]] = field(
        default_factory=dict, repr=False, compare=False
    )
    """Each drill's drawing box, worked out once (`figure_scene.frame`)."""

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self.figures

    def pose_at(
        self,
        exercise_id: str,
        fraction: float,
        side: Side | str | None = None,
        *,
        breath: float = 0.0,
    ) -> P.Pose:
        """The figure's joints `fraction` of the way from the start to the end of a rep."""
        fig = self.figures[exercise_id]
        pose = P.solve(key_at(fig, fraction) | {"breath": breath})
        return mirror(pose, fig.view) if is_mirrored(side) else pose


# --- resolving the files into figures -----------------------------------------------------------


@dataclass(frozen=True)
class _Spec:
    view: tuple[float, float]
    props: tuple[Prop, ...]
    start: S.Key
    end: S.Key
    path: tuple[Keyframe, ...]
    lines: tuple[int | None, int | None]


def build_book(files: FigureFiles, names: tuple[str, ...] = ()) -> FigureBook:
    """Resolve variants against their bases and blend path keyframes; problems are collected."""
    book = FigureBook(problems=list(files.problems), broken=set(files.broken), file_names=names)
    specs: dict[str, _Spec | None] = {}

    def spec(ex_id: str, seen: tuple[str, ...]) -> _Spec | None:
        if ex_id in specs:
            return specs[ex_id]
        raw = files.figures[ex_id]
        base: _Spec | None = None
        if raw.base is not None:
            if raw.base in seen or raw.base not in files.figures:
                why = "goes round in a circle" if raw.base in seen else "has no figure"
                book.problems.append(Problem(raw.file, raw.line, "from", f"'{raw.base}' {why}"))
                specs[ex_id] = None
                return None
            base = spec(raw.base, (*seen, ex_id))
            if base is None:
                specs[ex_id] = None
                return None
        specs[ex_id] = _inherit(raw, base)
        return specs[ex_id]

    for ex_id, raw in files.figures.items():
        s = spec(ex_id, ())
        if s is None:
            book.broken.add(ex_id)
            continue
        fig, problems = _make_figure(raw, s)
        if problems:
            book.problems.extend(problems)
            book.broken.add(ex_id)
        else:
            book.figures[ex_id] = fig
    return book


def _inherit(raw: RawFigure, base: _Spec | None) -> _Spec:
    def keyframe(
        mine: tuple[S.Key, int | None, bool] | None, theirs: S.Key | None
    ) -> tuple[S.Key | None, int | None]:
        if mine is None:
            return theirs, raw.line
        changes, line, replaces = mine
        return (changes if replaces or theirs is None else merge(theirs, changes)), line

    start, start_line = keyframe(raw.start, None if base is None else base.start)
    start = start or {}
    # A base drill's end changes its own start; a variant's changes its base's end.
    end, end_line = keyframe(raw.end, start if base is None else base.end)
    return _Spec(
        view=raw.view or (base.view if base else (0.0, 0.0)),
        props=raw.props if raw.props is not None else (base.props if base else ()),
        start=start,
        end=end if end is not None else dict(start),
        path=raw.path if raw.path is not None else (base.path if base else ()),
        lines=(start_line, end_line),
    )


def _make_figure(raw: RawFigure, spec: _Spec) -> tuple[Figure, list[Problem]]:
    problems: list[Problem] = []
    start, end = _normalise(spec.start), _normalise(spec.end)
    for key, line, name in ((start, spec.lines[0], "start"), (end, spec.lines[1], "end")):
        problems += _pole_problems(raw, key, line, name)
    a_start, a_end = P.solve(start).angles, P.solve(end).angles
    keyframes = [Keyframe(0.0, start, spec.lines[0])]
    angles = [a_start]
    for mid in spec.path:
        key = _normalise(merge(blend(start, a_start, end, a_end, mid.at), mid.key))
        problems += _pole_problems(raw, key, mid.line, f"path at {mid.at:g}")
        keyframes.append(Keyframe(mid.at, key, mid.line))
        angles.append(P.solve(key).angles)
    keyframes.append(Keyframe(1.0, end, spec.lines[1]))
    angles.append(a_end)
    fig = Figure(
        exercise=raw.exercise,
        file=raw.file,
        line=raw.line,
        view=spec.view,
        props=spec.props,
        keyframes=tuple(keyframes),
        angles=tuple(angles),
    )
    return fig, problems


def _normalise(key: S.Key) -> S.Key:
    """Give every target its z (the limb's usual one when the file gave [x, y])."""
    missing = [
        (s, limb)
        for s in S.SIDES
        for limb in S.TARGET
        if f"{s}_{S.TARGET[limb]}.x" in key and f"{s}_{S.TARGET[limb]}.z" not in key
    ]
    if not missing:
        return key
    solved = P.solve(key)
    out = dict(key)
    for s, limb in missing:
        root = solved.joints[f"{s}_shoulder" if limb == "arm" else f"{s}_hip"]
        out[f"{s}_{S.TARGET[limb]}.z"] = root[2]
    return out


def _pole_problems(raw: RawFigure, key: S.Key, line: int | None, where: str) -> list[Problem]:
    out = []
    for s in S.SIDES:
        for limb in S.TARGET:
            pole = f"{s}_{S.POLE[limb]}"
            if pole in key and not S.has_target(key, s, limb):
                out.append(
                    Problem(
                        raw.file,
                        line,
                        where,
                        f"{pole} says where the joint points while reaching, "
                        f"but {s}_{S.TARGET[limb]} gives no target",
                    )
                )
    return out


# --- the shipped figures ------------------------------------------------------------------------


def figure_files() -> list[Path]:
    from .. import paths

    folder = paths.asset("figures")
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def load_figures(files: Iterable[Path]) -> FigureBook:
    from .. import paths

    listed = list(files)
    names = tuple(_shown(p, paths.data_root()) for p in listed)
    return build_book(read_files(zip(listed, names, strict=True)), names)


def _shown(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


STAND_INS = {
    "prone": "prone-lying",
    "supine": "pelvic-tilts-supine",
    "seated": "box-breathing",
    "quadruped": "bird-dog",
    "side-lying": "side-lying-clamshell",
    "standing": "hip-hinge",
}
"""A figure to show (at its start) for an exercise that has none: one in the same position."""


def fallback_figure(position: str, book: FigureBook) -> str | None:
    shown = STAND_INS.get(position)
    return shown if shown in book.figures else None


@cache
def shipped_figures() -> FigureBook:
    """Every shipped figure, read once: from the figure cache when the files match it."""
    from .. import paths
    from . import figure_cache

    files = figure_files()
    cached = figure_cache.load(files)
    if cached is not None:
        names = tuple(_shown(p, paths.data_root()) for p in files)
        return FigureBook(figures=cached, file_names=names)
    book = load_figures(files)
    if not book.problems and not book.broken:
        figure_cache.store(files, book.figures.values())
    return book


def pose_at(
    exercise_id: str,
    fraction: float,
    side: Side | str | None = None,
    *,
    breath: float = 0.0,
    book: FigureBook | None = None,
) -> P.Pose:
    """The shipped figure of an exercise `fraction` of the way along a rep, on `side`."""
    return (book or shipped_figures()).pose_at(exercise_id, fraction, side, breath=breath)
