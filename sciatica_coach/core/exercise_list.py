"""The catalogue as a physio looks it up: find exercises by words, and describe each one's kind,
position, default dose and its easier and harder variants (`sciatica-coach exercises`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .constraints import plain
from .dosage import resolve
from .models import Kind
from .plan_words import dose_words
from .segments import Drill

if TYPE_CHECKING:
    from .library import Catalogue
    from .models import Exercise


def default_drill(ex: Exercise) -> Drill:
    """The exercise on its own default dose, as a routine step naming only it would run it."""
    return Drill(0, ex.variant_of or ex.id, ex, resolve(ex), ex.name, side_means=ex.side_means)


def _haystack(ex: Exercise) -> str:
    fields = (
        ex.id,
        ex.name,
        ex.category.value,
        ex.position.value,
        ex.kind.value,
        ex.purpose or "",
        ex.variant_of or "",
        ex.source,
        " ".join(ex.equipment),
    )
    return " ".join(fields).lower()


def find_exercises(cat: Catalogue, words: list[str]) -> list[Exercise]:
    """Every exercise whose id, name, category, position, kind, purpose, base or equipment holds
    all of `words` (any case); each base drill followed by its own variants, in file order."""
    wanted = [w.lower() for w in words]
    hits = {ex.id for ex in cat.exercises.values() if all(w in _haystack(ex) for w in wanted)}
    ordered: list[Exercise] = []
    for base in cat.bases():
        family = [base, *(v for v in cat.variants() if v.variant_of == base.id)]
        ordered.extend(ex for ex in family if ex.id in hits)
    known = {ex.id for ex in ordered}
    ordered.extend(ex for ex in cat.variants() if ex.id in hits and ex.id not in known)
    return ordered


def exercise_json(ex: Exercise) -> dict[str, Any]:
    """One exercise as `exercises --json` prints it."""
    dose = resolve(ex)
    default: dict[str, Any] = {"sets": dose.sets, "sides": dose.sides.value}
    if ex.kind is Kind.REPS:
        default.update(reps=dose.reps, hold_s=dose.hold_s)
    elif ex.kind is Kind.HOLD:
        default.update(hold_s=dose.hold_s)
    elif ex.kind is Kind.TIMED:
        default.update(duration_s=dose.duration_s)
    else:
        default = {"breath": plain(dose.breath)}
    return {
        "id": ex.id,
        "name": ex.name,
        "variant_of": ex.variant_of,
        "category": ex.category.value,
        "kind": ex.kind.value,
        "position": ex.position.value,
        "stop_rule": ex.stop_rule.value,
        "default": default,
        "default_words": dose_words(default_drill(ex)),
        "side_means": ex.side_means,
        "easier": list(ex.regressions),
        "harder": list(ex.progressions),
        "source": ex.source,
    }


def exercise_lines(ex: Exercise) -> list[str]:
    """Two or three lines a person can read: id and name; what it is and its default; the ladder."""
    head = f"{ex.id}  {ex.name}" if ex.variant_of is None else f"  {ex.id}  {ex.name}"
    pad = "    " if ex.variant_of is None else "      "
    lines = [
        head,
        f"{pad}{ex.kind.value}, {ex.position.value}, {ex.category.value}; "
        f"default {dose_words(default_drill(ex))}",
    ]
    ladder = []
    if ex.regressions:
        ladder.append("easier: " + ", ".join(ex.regressions))
    if ex.progressions:
        ladder.append("harder: " + ", ".join(ex.progressions))
    if ladder:
        lines.append(pad + "; ".join(ladder))
    return lines
