"""What a routine card on the home page shows, computed without Qt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .library import DIRECTIONS
from .paths_walk import real_path
from .plan import build_plan, duration_words
from .words import frequency_words

if TYPE_CHECKING:
    from datetime import datetime
    from pathlib import Path

    from .library import Library


@dataclass(frozen=True, slots=True)
class RoutineCard:
    id: str
    title: str
    summary: str | None
    audience: str | None
    bias: str
    duration_ms: int
    drills: int
    path: Path | None
    last_done: datetime | None = None
    for_: str | None = None
    """The person a physio wrote it for."""
    frequency: str | None = None
    """How often, in words."""
    includes: tuple[str, ...] = ()
    from_file: bool = False
    """Opened from a file (the person's or their physio's), not one that ships with the app."""
    """Directions (extension, flexion) among its drills that its bias does not already say."""

    @property
    def duration_text(self) -> str:
        return duration_words(self.duration_ms)


def routine_cards(
    lib: Library,
    last_done: dict[str, datetime] | None = None,
    shipped: frozenset[Path] = frozenset(),
) -> list[RoutineCard]:
    """One card per routine in the order the files were loaded: first those a physio wrote for
    this person (`for:`), then others opened from a file, then the ones in `shipped`."""
    seen = last_done or {}
    cards = []
    for entry in lib.routines.values():
        r = entry.routine
        plan = build_plan(r, lib.catalogue)
        cards.append(
            RoutineCard(
                id=r.id,
                title=r.title,
                summary=r.summary,
                audience=r.audience,
                bias=r.bias.value,
                duration_ms=plan.total_ms,
                drills=len(plan.drills),
                path=entry.source.path,
                last_done=seen.get(r.id),
                from_file=entry.source.path is not None
                and real_path(entry.source.path) not in shipped,
                for_=r.for_,
                frequency=None if r.frequency is None else frequency_words(r.frequency),
                includes=tuple(
                    d.value
                    for d in DIRECTIONS
                    if d.value != r.bias.value
                    and any(drill.exercise.category is d for drill in plan.drills)
                ),
            )
        )
    return sorted(cards, key=lambda card: (card.for_ is None, not card.from_file))
