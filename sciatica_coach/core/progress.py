"""Next time: start a stopped drill on its regression (or leave it out when it has none), offer a
progression after calm sessions, and suggest the physio when things keep getting worse
(DESIGN.md §5, CLINICAL.md §3). Pure rules over facts: the sentences are `core.words`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from .models import ExerciseStep
from .segments import Change, ChangeCause

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from .library import Catalogue
    from .models import Routine

CALM_SESSIONS_FOR_PROGRESSION = 3
CALM_MAX_PAIN = 2
STOPS_BEFORE_PHYSIO = 2
WORSE_MORNINGS_BEFORE_PHYSIO = 2
STOP_WINDOW = timedelta(days=28)


@dataclass(frozen=True, slots=True)
class Level:
    """The exercise a base drill starts on now, and the facts behind it."""

    base: str
    level: str
    cause: ChangeCause
    since: datetime | None = None
    about: str | None = None
    """The exercise that was stopped (or stepped up from)."""

    @property
    def change(self) -> Change:
        return Change(self.cause, self.about, self.since)


@dataclass(frozen=True, slots=True)
class DrillOutcome:
    """One drill in one past session, as the log recorded it."""

    session_id: str
    started_at: datetime
    base: str
    exercise: str
    status: str
    hurt: bool
    after_pain: int | None


@dataclass(frozen=True, slots=True)
class ProgressionOffer:
    """Three calm sessions on `current`: the person may step up to `harder`."""

    base: str
    current: str
    harder: str


class PhysioReason(StrEnum):
    WORSE_MORNINGS = "worse_mornings"
    STOPPED_AGAIN = "stopped_again"
    LEFT_OUT = "left_out"


@dataclass(frozen=True, slots=True)
class PhysioNotice:
    """A reason to suggest talking to the physio (the words are `core.words.physio_text`)."""

    reason: PhysioReason
    base: str | None = None
    count: int = 0
    since: datetime | None = None


def start_variants(
    routine: Routine, catalogue: Catalogue, levels: Mapping[str, Level]
) -> dict[int, tuple[str, Change]]:
    """Steps that start on a stored level: {step: (exercise id, why)}.

    A level outside the step's ladder (the catalogue changed) or back at the routine's own
    exercise is ignored; so is a left-out drill (see `left_out_steps`)."""
    out: dict[int, tuple[str, Change]] = {}
    for index, step in enumerate(routine.steps):
        level = levels.get(step.exercise)
        if level is None or level.cause is ChangeCause.LEFT_OUT:
            continue
        if level.level == _routine_exercise(step) or level.level not in catalogue:
            continue
        if level.level not in catalogue.ladder(step.exercise) | {step.exercise}:
            continue
        out[index] = (level.level, level.change)
    return out


def left_out_steps(routine: Routine, levels: Mapping[str, Level]) -> dict[int, Level]:
    """Steps whose drill was stopped with no easier variant: skipped until put back."""
    return {
        index: levels[step.exercise]
        for index, step in enumerate(routine.steps)
        if step.exercise in levels and levels[step.exercise].cause is ChangeCause.LEFT_OUT
    }


def _routine_exercise(step: object) -> str | None:
    if isinstance(step, ExerciseStep):
        return step.variant or step.exercise
    return None


def progression_offers(
    outcomes: Sequence[DrillOutcome], catalogue: Catalogue, levels: Mapping[str, Level]
) -> list[ProgressionOffer]:
    """Drills done calmly in each of the last three sessions that included them."""
    by_base: dict[str, list[DrillOutcome]] = {}
    for o in sorted(outcomes, key=lambda o: o.started_at, reverse=True):
        by_base.setdefault(o.base, []).append(o)
    offers = []
    for base, rows in by_base.items():
        level = levels.get(base)
        if level is not None and level.cause is ChangeCause.LEFT_OUT:
            continue
        # What the person does now: the stored level, or else what they did last time (the
        # routine itself may start on a variant).
        current = level.level if level is not None else rows[0].exercise
        sessions: list[list[DrillOutcome]] = []
        for row in rows:
            if not sessions or sessions[-1][0].session_id != row.session_id:
                sessions.append([row])
            else:
                sessions[-1].append(row)
        recent = sessions[:CALM_SESSIONS_FOR_PROGRESSION]
        if len(recent) < CALM_SESSIONS_FOR_PROGRESSION or not all(
            _calm(group, current) for group in recent
        ):
            continue
        harder = catalogue.first_progression(current) if current in catalogue else None
        if harder is not None and not harder.clinician_only:  # a clinician's choice, not ours
            offers.append(ProgressionOffer(base, current, harder.id))
    return offers


def _calm(group: list[DrillOutcome], current: str) -> bool:
    return any(o.exercise == current and o.status == "done" for o in group) and all(
        not o.hurt
        and o.status != "stopped"
        and (o.after_pain is None or o.after_pain <= CALM_MAX_PAIN)
        for o in group
    )


def physio_notices(
    morning_after: Sequence[str],
    stops: Sequence[tuple[str, datetime]],
    now: datetime,
    levels: Mapping[str, Level] | None = None,
) -> list[PhysioNotice]:
    """Reasons to suggest seeing the physio. `morning_after`: newest first; `stops`: (base,
    when) for each drill stopped because it hurt; `levels`: drills left out."""
    notices = []
    recent = morning_after[:WORSE_MORNINGS_BEFORE_PHYSIO]
    if len(recent) == WORSE_MORNINGS_BEFORE_PHYSIO and all(m == "worse" for m in recent):
        notices.append(PhysioNotice(PhysioReason.WORSE_MORNINGS))
    counts: dict[str, int] = {}
    for base, when in stops:
        if now - when <= STOP_WINDOW:
            counts[base] = counts.get(base, 0) + 1
    for base, n in sorted(counts.items()):
        if n >= STOPS_BEFORE_PHYSIO:
            notices.append(PhysioNotice(PhysioReason.STOPPED_AGAIN, base, n))
    for base, level in sorted((levels or {}).items()):
        if level.cause is ChangeCause.LEFT_OUT:
            notices.append(PhysioNotice(PhysioReason.LEFT_OUT, base, since=level.since))
    return notices
