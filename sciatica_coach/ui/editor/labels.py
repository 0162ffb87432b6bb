"""The words the editor shows for the catalogue's facts (positions, directions, kinds, sides)."""

from __future__ import annotations

from ...core.i18n import _
from ...core.models import Category, Kind, Position, Sides
from ...core.plan_words import capital, position_words


def position_label(position: Position) -> str:
    return capital(position_words(position))


def category_label(category: Category) -> str:
    return {
        Category.EXTENSION: _("Extension (bending back)"),
        Category.FLEXION: _("Flexion (bending forward)"),
        Category.NERVE: _("Nerve glides"),
        Category.SIJ: _("Sacroiliac joint"),
        Category.MUSCLE: _("Muscle release"),
        Category.CORE: _("Core"),
        Category.MOBILITY: _("Mobility"),
        Category.STRETCH: _("Stretch"),
        Category.STRENGTH: _("Strength"),
        Category.BREATHING: _("Breathing"),
    }[category]


def kind_label(kind: Kind) -> str:
    return {
        Kind.REPS: _("Repetitions"),
        Kind.HOLD: _("Holds"),
        Kind.TIMED: _("Timed"),
        Kind.BREATHING: _("Breathing"),
    }[kind]


def equipment_label(word: str) -> str:
    if word == "none":
        return _("Nothing (a mat at most)")
    return capital(word)


def sides_label(sides: Sides) -> str:
    return {
        Sides.NONE: _("No sides (both together)"),
        Sides.EACH: _("Each side in turn"),
        Sides.ALTERNATING: _("Alternating sides"),
        Sides.LEFT: _("Left side only"),
        Sides.RIGHT: _("Right side only"),
        Sides.AFFECTED: _("The affected side (asked once)"),
    }[sides]


def bias_label(bias: str) -> str:
    if bias == "mixed":
        return _("Mixed (a clinician chose both directions)")
    return category_label(Category(bias))
