"""Next time: start a stopped drill on its regression, offer a progression after calm sessions,
and suggest seeing the physio when things keep getting worse (DESIGN.md §5). Pure rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from .library import Catalogue
    from .models import Routine

CALM_SESSIONS_FOR_PROGRESSION = 3
CALM_MAX_PAIN = 2
STOPS_BEFORE_PHYSIO = 2
STOP_WINDOW = timedelta(days=28)


@dataclass(frozen=True, slots=True)
class Level:
    """The exercise a base drill currently starts on, and why (shown to the user)."""

    base: str
    level: str
    reason: str


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
    base: str
    current: str
    harder: str
    text: str


def when_words(moment: datetime, now: datetime) -> str:
    """'today', 'yesterday', 'on Tuesday' within a week, else 'on 12 Nov'."""
    days = (now.date() - moment.date()).days
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 7:
        return f"on {moment.strftime('%A')}"
    return f"on {moment.day} {moment.strftime('%b')}"


def stopped_reason(exercise_name: str, moment: datetime, now: datetime) -> str:
    return f"{exercise_name} was stopped {when_words(moment, now)}"


def start_variants(
    routine: Routine, catalogue: Catalogue, levels: Mapping[str, Level]
) -> dict[int, tuple[str, str]]:
    """Steps that should start on a stored level: {step: (exercise id, reason shown)}."""
    out: dict[int, tuple[str, str]] = {}
    for index, step in enumerate(routine.steps):
        level = levels.get(step.exercise)
        if level is None or level.level == step.exercise or level.level not in catalogue:
            continue
        if level.level not in catalogue.ladder(step.exercise):
            continue
        name = catalogue[level.level].name
        out[index] = (level.level, f"Starting on {_lower(name)} because {level.reason}.")
    return out


def progression_offers(
    outcomes: Sequence[DrillOutcome], catalogue: Catalogue, levels: Mapping[str, Level]
) -> list[ProgressionOffer]:
    """Drills done calmly in each of the last three sessions that included them."""
    by_base: dict[str, list[DrillOutcome]] = {}
    for o in sorted(outcomes, key=lambda o: o.started_at, reverse=True):
        by_base.setdefault(o.base, []).append(o)
    offers = []
    for base, rows in by_base.items():
        current = levels[base].level if base in levels else base
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
        if harder is None:
            continue
        name = catalogue[current].name
        offers.append(
            ProgressionOffer(
                base,
                current,
                harder.id,
                f"{name} went calmly in your last {CALM_SESSIONS_FOR_PROGRESSION} sessions. "
                f"You could try {_lower(harder.name)} next. Only if it feels right: "
                "you do not need to progress every session.",
            )
        )
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
    names: Mapping[str, str],
    now: datetime,
) -> list[str]:
    """Suggestions to see the physio. `morning_after`: newest first; `stops`: (base, when)."""
    notices = []
    if len(morning_after) >= 2 and morning_after[0] == "worse" and morning_after[1] == "worse":
        notices.append(
            "You felt worse the morning after your last two sessions. Consider talking to your "
            "physio before carrying on with this routine."
        )
    counts: dict[str, int] = {}
    for base, when in stops:
        if now - when <= STOP_WINDOW:
            counts[base] = counts.get(base, 0) + 1
    for base, n in sorted(counts.items()):
        if n >= STOPS_BEFORE_PHYSIO:
            notices.append(
                f"{names.get(base, base)} has been stopped {n} times in the last four weeks. "
                "Consider asking your physio about it before doing it again."
            )
    return notices


def _lower(name: str) -> str:
    return name[:1].lower() + name[1:] if name[1:2].islower() else name
