"""Write a realistic, synthetic history into a database, for the benchmark, tests and screenshots.

    python tools/make_demo_history.py OUT.db [--days 120] [--seed 7] [--end 2026-03-01]

Everything goes through `SessionLog`'s public API, as the app would write it. The same seed, days,
end date and time zone give the same database. The story: mostly daily sessions of the disc /
extension routine, with core stability added after ten weeks; pain before sessions falls slowly
with day-to-day noise and a flare-up every couple of months; sessions usually ease leg pain a
little; morning-after check-ins; a few "this hurts" stops a month, each setting the drill's next
level to its first regression, and a move back up after calm sessions; an occasional interrupted
or stopped session; and, in histories of three months or more, two red-flag stops followed by a
break of a week or so.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import random
import sys
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sciatica_coach.core.models import Kind
from sciatica_coach.core.plan import Change, ChangeCause, Plan, Segment, build_plan
from sciatica_coach.core.shipped import load_shipped
from sciatica_coach.storage.log import SessionLog
from sciatica_coach.storage.records import (
    CheckIn,
    DrillResult,
    ExerciseLevel,
    HurtEvent,
    SessionEnd,
    SessionStart,
    SessionStatus,
    utc_timestamp,
)

if TYPE_CHECKING:
    from sciatica_coach.core.library import Library
    from sciatica_coach.storage.records import Action, DrillStatus, Feeling, Morning, Reach

MAIN, LATER = "disc-extension", "core-stability"
LATER_FROM_DAY = 70
RED_FLAG_AT = (0.37, 0.81)
"""Fractions of the history where a red-flag stop happens (histories of MIN_DAYS_FOR_FLAGS+)."""
MIN_DAYS_FOR_FLAGS = 90
RED_FLAGS = (("bladder", "saddle"), ("both_legs",))


@dataclass
class _Day:
    index: int
    day: date
    leg: float
    back: float
    flare: float


class _Story:
    """The pain story over the days, and the state that carries from session to session."""

    def __init__(self, lib: Library, rng: random.Random, days: int, end: date, tz: tzinfo) -> None:
        self.lib, self.rng, self.days, self.end, self.tz = lib, rng, days, end, tz
        self.levels: dict[str, str] = {}
        self.calm: dict[str, int] = {}
        self.flare_until = -1
        self.flare_size = 0.0
        self.pause_until = -1
        self.flags_written = 0
        self.plans: dict[tuple[str, tuple[tuple[int, str], ...]], Plan] = {}
        self.flag_days = (
            {int(days * f) for f in RED_FLAG_AT} if days >= MIN_DAYS_FOR_FLAGS else set()
        )
        self.hashes = {
            rid: hashlib.sha256(entry.source.path.read_bytes()).hexdigest()
            for rid, entry in lib.routines.items()
            if entry.source.path is not None
        }

    def pain(self, index: int) -> _Day:
        if index > 30 and index > self.flare_until and self.rng.random() < 1 / 70:
            self.flare_until = index + self.rng.randint(6, 12)
            self.flare_size = self.rng.uniform(1.8, 3.2)
        flare = 0.0
        if index <= self.flare_until:
            left = (self.flare_until - index) / 10
            flare = self.flare_size * min(1.0, left + 0.3)
        leg = 1.4 + 4.4 * math.exp(-index / 55) + flare
        back = 1.6 + 2.8 * math.exp(-index / 75) + 0.6 * flare
        day = self.end - timedelta(days=self.days - 1 - index)
        return _Day(index, day, leg, back, flare)


def generate(
    log: SessionLog,
    *,
    days: int,
    seed: int = 7,
    end: date | None = None,
    tz: tzinfo = UTC,
    lib: Library | None = None,
) -> int:
    """Write `days` days of history ending on `end` (default: today) into `log`.

    Returns the number of sessions written.
    """
    lib = lib or load_shipped()
    rng = random.Random(seed)
    story = _Story(lib, rng, days, end or date.today(), tz)
    written = 0
    for index in range(days):
        today = story.pain(index)
        if index <= story.pause_until:
            continue
        chance = 0.93 if index < 90 else 0.84
        if rng.random() > chance and index not in story.flag_days:
            continue
        sittings = 2 if rng.random() < 0.08 else 1
        for sitting in range(sittings):
            routine_id = MAIN
            if index >= LATER_FROM_DAY and today.flare == 0 and (index + sitting) % 2 == 0:
                routine_id = LATER
            start = _start_time(rng, today.day, sitting, tz)
            flagged = index in story.flag_days and sitting == 0
            _session(log, story, routine_id, start, today, flagged)
            written += 1
            if flagged:
                story.pause_until = index + rng.randint(5, 9)
                break
    return written


def _start_time(rng: random.Random, day: date, sitting: int, tz: tzinfo) -> datetime:
    if sitting:
        hour = rng.uniform(12.5, 14.0)
    elif rng.random() < 0.6:
        hour = rng.gauss(7.6, 0.6)
    else:
        hour = rng.gauss(19.0, 0.9)
    moment = datetime.combine(day, time(), tzinfo=tz) + timedelta(hours=min(max(hour, 6), 22))
    return moment.replace(second=0, microsecond=0)


def _clip(value: float) -> int:
    return int(min(10, max(0, round(value))))


def _reach(rng: random.Random, leg: int) -> Reach:
    if leg >= 7:
        return rng.choice(("below_knee", "foot", "foot"))
    if leg >= 5:
        return rng.choice(("thigh", "below_knee", "below_knee"))
    if leg >= 3:
        return rng.choice(("buttock", "thigh", "thigh"))
    return rng.choice(("none", "buttock", "buttock")) if leg else "none"


def _session(
    log: SessionLog,
    story: _Story,
    routine_id: str,
    start: datetime,
    today: _Day,
    flagged: bool,
) -> None:
    rng, lib = story.rng, story.lib
    sid = uuid.UUID(int=rng.getrandbits(128), version=4).hex
    routine = lib.routine(routine_id)
    log.write(
        SessionStart(
            id=sid,
            routine_id=routine_id,
            routine_title=routine.title,
            routine_hash=story.hashes[routine_id],
            started_at=utc_timestamp(start),
        )
    )
    leg = _clip(rng.gauss(today.leg, 0.8))
    back = _clip(rng.gauss(today.back, 0.8))
    if rng.random() < 0.94:
        checkin = CheckIn(
            session_id=sid,
            moment="before",
            at=utc_timestamp(start),
            back_pain=back,
            leg_pain=leg,
            reach=_reach(rng, leg),
        )
        log.write(checkin)
    variants = {
        step: (story.levels[base], Change(ChangeCause.STOPPED, base))
        for step, base in enumerate(_bases(lib, routine_id))
        if base in story.levels
    }
    key = (routine_id, tuple(sorted((k, v[0]) for k, v in variants.items())))
    if key not in story.plans:
        story.plans[key] = build_plan(routine, lib.catalogue, variants)
    plan = story.plans[key]
    clock = start + timedelta(seconds=rng.uniform(40, 90))
    status: SessionStatus = "completed"
    hurt_p = 0.06 + 0.06 * max(0, leg - 3) / 4
    cut_at = rng.randrange(1, len(plan.drills)) if rng.random() < 0.02 else None
    for drill in plan.drills:
        if cut_at is not None and drill.step == cut_at:
            status = "interrupted" if rng.random() < 0.7 else "stopped"
            break
        seconds = (plan.drill_end_ms(drill.step) - plan.drill_start_ms(drill.step)) / 1000
        began, clock = clock, clock + timedelta(seconds=seconds * rng.uniform(0.95, 1.25))
        breathing = drill.exercise.kind is Kind.BREATHING
        drill_status: DrillStatus = "skipped" if not breathing and rng.random() < 0.015 else "done"
        outcome = None
        if flagged and drill.step == 1:
            outcome = _red_flag(log, story, sid, plan, drill.step, began, clock)
        elif not breathing and drill_status == "done" and rng.random() < hurt_p:
            outcome = _hurt(log, story, sid, plan, drill.step, began, clock, leg)
        if outcome is not None:
            drill_status = "stopped"
            clock = outcome[1]
        sets = 0 if drill_status == "skipped" else drill.dose.sets
        log.write(
            DrillResult(
                session_id=sid,
                step=drill.step,
                exercise_id=drill.base,
                variant_id=drill.exercise.id,
                status=drill_status,
                sets_done=sets if drill_status == "done" else max(0, sets - 1),
                started_at=utc_timestamp(began),
                ended_at=utc_timestamp(clock),
            )
        )
        if outcome is not None and outcome[0] in ("end", "red_flag"):
            status = "red_flag" if outcome[0] == "red_flag" else "stopped"
            break
        if outcome is None and drill_status == "done" and drill.base in story.levels:
            _maybe_progress(log, story, sid, drill.base, clock, leg)
    log.write(SessionEnd(session_id=sid, status=status, ended_at=utc_timestamp(clock)))
    if status == "completed" and rng.random() < 0.86:
        relief_leg = rng.gauss(0.9 if routine_id == MAIN else 0.5, 0.7)
        relief_back = rng.gauss(0.3, 0.8)
        leg_after = _clip(leg - relief_leg)
        log.write(
            CheckIn(
                session_id=sid,
                moment="after",
                at=utc_timestamp(clock + timedelta(minutes=1)),
                back_pain=_clip(back - relief_back),
                leg_pain=leg_after,
                reach=_reach(rng, leg_after),
            )
        )
    if status != "red_flag" and rng.random() < 0.55:
        morning = datetime.combine(start.date() + timedelta(days=1), time(7, 30), tzinfo=story.tz)
        if morning.date() <= story.end:
            roll = rng.random()
            worse = 0.25 if today.flare > 1.5 else 0.08
            feel: Morning = "worse" if roll < worse else "better" if roll < worse + 0.45 else "same"
            log.write(
                CheckIn(
                    session_id=sid, moment="morning_after", at=utc_timestamp(morning), morning=feel
                )
            )


def _bases(lib: Library, routine_id: str) -> list[str]:
    return [step.exercise for step in lib.routine(routine_id).steps]


def _hurt(
    log: SessionLog,
    story: _Story,
    sid: str,
    plan: Plan,
    step: int,
    began: datetime,
    ended: datetime,
    leg: int,
) -> tuple[str, datetime]:
    """A "this hurts" report part-way through a drill; returns (choice, when the drill ended)."""
    rng, drill = story.rng, plan.drills[step]
    pain = min(9, max(3, leg + rng.randint(1, 3)))
    feelings: tuple[Feeling, ...] = rng.choice(
        (("sharp",), ("sharp", "numbness_tingling"), ("ache",), ("sharp",))
    )
    regression = story.lib.catalogue.first_regression(drill.exercise.id)
    suggestion: Action = "regress" if regression else "skip"
    if pain <= 5 and "numbness_tingling" not in feelings:
        suggestion = "regress" if regression and rng.random() < 0.5 else "continue"
    choice: Action = suggestion if rng.random() < 0.75 else rng.choice(("skip", "end"))
    at = began + (ended - began) * rng.uniform(0.2, 0.8)
    log.write(
        _hurt_event(
            sid,
            plan,
            step,
            at,
            rng,
            pain=pain,
            reach=_reach(rng, pain),
            feelings=feelings,
            red_flags=(),
            suggestion=suggestion,
            choice=choice,
            variant_offered=regression.id if regression and suggestion == "regress" else None,
        )
    )
    if choice != "continue" and regression is not None:
        story.levels[drill.base] = regression.id
        story.calm[drill.base] = 0
        log.write(
            ExerciseLevel(
                base_id=drill.base,
                level_id=regression.id,
                about_id=drill.exercise.id,
                since=utc_timestamp(at),
                source="stopped",
                session_id=sid,
            )
        )
    return choice, at if choice != "continue" else ended


def _red_flag(
    log: SessionLog,
    story: _Story,
    sid: str,
    plan: Plan,
    step: int,
    began: datetime,
    ended: datetime,
) -> tuple[str, datetime]:
    rng = story.rng
    at = began + (ended - began) * 0.5
    log.write(
        _hurt_event(
            sid,
            plan,
            step,
            at,
            rng,
            pain=7,
            reach="foot",
            feelings=("numbness_tingling", "weakness"),
            red_flags=RED_FLAGS[story.flags_written % len(RED_FLAGS)],
            suggestion="red_flag",
            choice="red_flag",
        )
    )
    story.flags_written += 1
    return "red_flag", at


def _hurt_event(
    sid: str, plan: Plan, step: int, at: datetime, rng: random.Random, **answers: Any
) -> HurtEvent:
    """A hurt report at a plausible moment of the drill, with the given answers."""
    drill, seg = plan.drills[step], _segment_at(plan, step, rng)
    return HurtEvent(
        **{
            "session_id": sid,
            "at": utc_timestamp(at),
            "step": step,
            "exercise_id": drill.base,
            "variant_id": drill.exercise.id,
            "set": seg.set or 1,
            "side": None if seg.side is None else seg.side.value,
            "rep": seg.rep,
            "phase": seg.kind.value,
            "elapsed_s": round((seg.start_ms + 900) / 1000, 1),
            **answers,
        }
    )


def _segment_at(plan: Plan, step: int, rng: random.Random) -> Segment:
    segs = [s for s in plan.segments if s.step == step and s.kind.value in ("move", "hold")]
    return rng.choice(segs) if segs else plan.segments[plan.drill_starts[step]]


def _maybe_progress(
    log: SessionLog, story: _Story, sid: str, base: str, when: datetime, leg: int
) -> None:
    """After calm sessions on a regression, move back up to the routine's drill."""
    story.calm[base] = story.calm.get(base, 0) + 1 if leg <= 3 else 0
    if story.calm[base] >= 3 and story.rng.random() < 0.25:
        del story.levels[base]
        story.calm[base] = 0
        log.write(
            ExerciseLevel(
                base_id=base,
                level_id=base,
                about_id=base,
                since=utc_timestamp(when),
                source="progressed",
                session_id=sid,
            )
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the database to create (must not exist)")
    parser.add_argument("--days", type=int, default=120)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--end", type=date.fromisoformat, default=None, help="last day (today)")
    args = parser.parse_args(argv)
    if args.out.exists():
        parser.error(f"{args.out} exists; choose a new file")
    with SessionLog.open(args.out) as log:
        fast(log)
        n = generate(log, days=args.days, seed=args.seed, end=args.end)
    print(f"wrote {n} sessions over {args.days} days to {args.out}")
    return 0


def fast(log: SessionLog) -> None:
    """Skip the fsync per event: a generated file need not survive a power cut mid-write."""
    log.connection.execute("PRAGMA synchronous = OFF")


if __name__ == "__main__":
    raise SystemExit(main())
