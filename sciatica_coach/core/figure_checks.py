"""Is every figure there, and could a person take each of its poses? (`sciatica-coach validate`)

A figure is impossible when a bone changes length, a joint goes through the floor, the body
floats, a sitter hovers over (or sinks into) the chair, a limb cannot reach what it holds, or a
joint bends past what a human joint does. Each pose along the path is checked: the keyframes,
and the start, quarter, middle and end of a rep. A drill done in reps must move.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from . import pose as P
from . import skeleton as S
from .figure_motion import Figure, key_along
from .figure_scene import seat_of
from .figures import FigureBook, shipped_figures
from .problems import Problem

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .models import Exercise

FLOOR_SLACK_CM = 1.5
"""Flesh may press this far into the floor (a stick figure's joints are not skin)."""
FLOAT_CM = 3.0
"""The lowest part of the body must be at most this far above the floor."""
SIT_CM = (6.0, 15.0)
"""A sitter's pelvis (the hip joints) is this far above the seat."""
MOVES_CM = 3.0
"""A reps drill's end differs from its start by at least this much somewhere."""
SAMPLES = (0.0, 0.25, 0.5, 0.75, 1.0)


def check_figures(
    exercises: Mapping[str, Exercise], book: FigureBook | None = None
) -> list[Problem]:
    """Every problem with the figures of these exercises: the files' own, missing figures,
    figures of unknown exercises, and impossible poses. Empty when all is well."""
    book = shipped_figures() if book is None else book
    problems = list(book.problems)
    where = book.file_names[0].rsplit("/", 1)[0] + "/" if book.file_names else "figures"
    for ex_id in sorted(exercises):
        if ex_id not in book.figures and ex_id not in book.broken:
            problems.append(
                Problem(where, None, ex_id, "no figure for this exercise: add it under 'figures:'")
            )
    for ex_id, fig in book.figures.items():
        ex = exercises.get(ex_id)
        if ex is None:
            problems.append(
                Problem(fig.file, fig.line, ex_id, "a figure for an exercise not in the catalogue")
            )
            continue
        problems += check_figure(fig, moves=ex.kind.value == "reps")
    return problems


def check_figure(fig: Figure, *, moves: bool) -> list[Problem]:
    """What makes one figure impossible (each problem once, at the first place it shows)."""
    found: dict[str, Problem] = {}
    ats = sorted({*SAMPLES, *(k.at for k in fig.keyframes)})
    seat = seat_of(fig.props)
    for s in ats:
        key = key_along(fig, s)
        pose = P.solve(key)
        kf = min(fig.keyframes, key=lambda k: abs(k.at - s))
        field = f"figures.{fig.exercise}: {_where(s)}"
        for what, message in _pose_problems(pose, key, seat):
            found.setdefault(what, Problem(fig.file, kf.line or fig.line, field, message))
    if moves:
        first, last = P.solve(fig.keyframes[0].key), P.solve(fig.keyframes[-1].key)
        moved = max(math.dist(first.joints[n], last.joints[n]) for n in S.JOINTS)
        if moved < MOVES_CM:
            found["still"] = Problem(
                fig.file,
                fig.line,
                f"figures.{fig.exercise}",
                f"start and end are the same (nothing moves {MOVES_CM:g} cm): "
                "a drill done in reps must show the movement",
            )
    return list(found.values())


def _where(s: float) -> str:
    return {0.0: "start", 1.0: "end"}.get(s, f"at {s:.0%} of the rep")


def _pose_problems(
    pose: P.Pose, key: Mapping[str, float], seat: tuple[float, float, float] | None
) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    j = pose.joints
    for limb in pose.unreachable:
        out.append((f"reach:{limb}", f"the {_limb(limb)} cannot reach its target"))
    for (a, b), length in S.BONE_LENGTHS.items():
        if abs(math.dist(j[a], j[b]) - length) > 0.05:
            out.append((f"bone:{a}", f"the bone {a}-{b} is not {length:.1f} cm long"))
    lows = {n: p[1] - S.RADIUS.get(n, 2.0) for n, p in j.items()}
    for n, low in lows.items():
        if low < -FLOOR_SLACK_CM:
            out.append((f"floor:{n}", f"{n} goes {-low:.0f} cm below the floor"))
    pelvis = j["pelvis"]
    sits = seat is not None and seat[0] - 5 <= pelvis[0] <= seat[1] + 5
    if seat is not None and sits:
        above = pelvis[1] - seat[2]
        if not SIT_CM[0] <= above <= SIT_CM[1]:
            out.append(
                (
                    "seat",
                    f"the pelvis is {above:.0f} cm above the chair's seat, "
                    f"not sitting on it ({SIT_CM[0]:g} to {SIT_CM[1]:g} cm)",
                )
            )
    lowest = min(lows.values())
    if lowest > FLOAT_CM and not sits:
        out.append(("float", f"the figure floats {lowest:.0f} cm above the floor"))
    values = {**{n: key.get(n, 0.0) for n in S.SPINE}, **pose.angles}
    values |= {n: key[n] for n in key if n.endswith(("_out", "breath")) and n in S.PARAMS}
    for name, value in values.items():
        joint = name[2:] if name[:2] in ("r_", "l_") else name
        lo, hi = S.RANGES.get(joint, (-math.inf, math.inf))
        if not lo - 0.5 <= value <= hi + 0.5:
            out.append(
                (
                    f"range:{name}",
                    f"{name} at {value:.0f}° is past what a person can do ({lo:g} to {hi:g}°)",
                )
            )
    return out


def _limb(name: str) -> str:
    side, limb = name.split("_", 1)
    return f"{'right' if side == 'r' else 'left'} {limb}"
