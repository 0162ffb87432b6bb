"""Names in a run of text."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable


def name_list(names: Iterable[str]) -> str:
    """Drill names in a run of text: "A, B, C", or "A; B, with a comma; C" when a name has a
    comma of its own (so "Piriformis stretch, seated figure-4" never reads as two drills)."""
    names = list(names)
    return ("; " if any("," in n for n in names) else ", ").join(names)
