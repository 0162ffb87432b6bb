"""Finding a drill in the catalogue as a physio building a routine does: by words, position,
direction, kind and what equipment the person has; and a drill's easier variants in order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .exercise_list import find_exercises

if TYPE_CHECKING:
    from .library import Catalogue
    from .models import Exercise

EQUIPMENT_WORDS = (
    "mat",
    "chair",
    "wall",
    "worktop",
    "band",
    "strap",
    "belt",
    "towel",
    "pillow",
    "ball",
    "step",
    "stair",
    "dowel",
    "weight",
)
"""The things a drill's equipment lines name ("sturdy chair or wall": chair, wall)."""
NO_EQUIPMENT = "none"
"""The equipment filter for drills that need nothing but a mat (or optional extras)."""


def equipment_words(ex: Exercise) -> set[str]:
    """What the drill needs, as single words; optional extras ("pillow (optional)") left out."""
    found: set[str] = set()
    for line in ex.equipment:
        low = line.lower()
        if "optional" in low:
            continue
        found.update(word for word in EQUIPMENT_WORDS if word in low)
    return found


def equipment_choices(cat: Catalogue) -> list[str]:
    """The equipment words some drill needs, in the order of EQUIPMENT_WORDS."""
    used = set().union(*(equipment_words(ex) for ex in cat.exercises.values()))
    return [word for word in EQUIPMENT_WORDS if word in used]


def search(
    cat: Catalogue,
    words: str = "",
    *,
    position: str | None = None,
    category: str | None = None,
    kind: str | None = None,
    equipment: str | None = None,
    variants: bool = True,
) -> list[Exercise]:
    """Drills whose id, name, category, position, purpose or equipment hold every word, and that
    pass each filter given (None: any); each base drill followed by its variants."""
    found = find_exercises(cat, words.split())
    out = []
    for ex in found:
        if not variants and ex.variant_of is not None:
            continue
        if position is not None and ex.position.value != position:
            continue
        if category is not None and ex.category.value != category:
            continue
        if kind is not None and ex.kind.value != kind:
            continue
        if equipment is not None:
            needs = equipment_words(ex)
            if equipment == NO_EQUIPMENT and not needs <= {"mat"}:
                continue
            if equipment != NO_EQUIPMENT and equipment not in needs:
                continue
        out.append(ex)
    return out


def easier_in_order(cat: Catalogue, exercise_id: str) -> list[Exercise]:
    """Every easier variant of a drill (what `if_it_hurts` may name), nearest first: its own
    regressions in the order the catalogue gives them, then theirs."""
    seen: list[str] = []
    todo = [exercise_id]
    while todo:
        ex = cat.exercises.get(todo.pop(0))
        for nxt in () if ex is None else ex.regressions:
            if nxt not in seen and nxt != exercise_id and nxt in cat.exercises:
                seen.append(nxt)
                todo.append(nxt)
    return [cat.exercises[i] for i in seen]
