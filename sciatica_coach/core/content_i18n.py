"""The catalogue and the shipped routines in another language: per-language files beside them.

`routines/i18n/<lang>/…/*.yaml` give, by id, the words of exercises (name, purpose, position,
cues, breathing, caution, what a side means, the halfway cue, equipment) and of routines (title,
summary, audience, cautions, frequency in words, and each step's note, stop note, frequency or
title, by step number from 1). Everything else (ids, kinds, doses, ladders, stop rules) comes
from the English files alone, so a translation cannot change what a session does.

They are merged when the library is loaded (`translated(lib, "es")`), falling back to English
string by string: a cue left out (`~`) or a field not given stays English. Reading and checking
the translation files is `translation_files`' (imported only for a language other than English).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .. import paths
from .i18n import SOURCE_LANGUAGE
from .lazy_log import LazyLogger
from .library import Catalogue, Library, RoutineEntry
from .models import BreathingStep

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

    from .models import Exercise, Routine
    from .translation_files import ExerciseText, RoutineText, StepText

logger = LazyLogger(__name__)


def translate_exercise(ex: Exercise, t: ExerciseText | None) -> Exercise:
    if t is None:
        return ex
    update: dict[str, Any] = {}
    for name in ("name", "purpose", "position_text", "side_means", "halfway_cue", "caution"):
        given = getattr(t, name)
        if given is not None and (name in {"name", "caution"} or getattr(ex, name) is not None):
            update[name] = given
    if t.cues is not None:
        update["cues"] = _each(ex.cues, t.cues)
    if t.equipment is not None:
        update["equipment"] = _each(ex.equipment, t.equipment)
    if t.breathing:
        update["breathing"] = {k: t.breathing.get(k) or v for k, v in ex.breathing.items()}
    return replace(ex, **update) if update else ex


def translate_routine(r: Routine, t: RoutineText | None) -> Routine:
    if t is None:
        return r
    update: dict[str, Any] = {}
    for name in ("title", "summary", "audience"):
        given = getattr(t, name)
        if given is not None and (name == "title" or getattr(r, name) is not None):
            update[name] = given
    if t.cautions is not None:
        update["cautions"] = _each(r.cautions, t.cautions)
    if t.frequency is not None and isinstance(r.frequency, str):
        update["frequency"] = t.frequency
    if t.steps:
        update["steps"] = [
            _translate_step(step, t.steps.get(i + 1)) for i, step in enumerate(r.steps)
        ]
    return replace(r, **update) if update else r


def _translate_step(step: Any, t: StepText | None) -> Any:
    if t is None:
        return step
    update: dict[str, Any] = {}
    for name in ("note", "stop_note", "frequency", "title"):
        given = getattr(t, name)
        if given is not None and isinstance(getattr(step, name, None), str):
            update[name] = given
    if isinstance(step, BreathingStep):
        update.pop("stop_note", None)
        update.pop("frequency", None)
    return replace(step, **update) if update else step


def _each(english: list[str], given: list[str | None]) -> list[str]:
    """String by string: a translated entry where there is one, else the English."""
    return [g or e for e, g in zip(english, [*given, *[None] * len(english)], strict=False)]


_english_of: dict[int, tuple[Routine, Routine]] = {}
"""id(translated routine) -> (it, the routine as its file says it), for digests (`original`);
holding the translated one keeps its id from being reused."""


def translated(lib: Library, language: str) -> Library:
    """`lib` in `language`: its exercises and routines with the words of the translation files,
    English string by string where they give none. The same library when there is nothing to
    translate. Problems with the translation files are logged, never fatal: the English shows."""
    if language == SOURCE_LANGUAGE:
        return lib
    from .translation_files import words_of  # only for a language other than English

    t = words_of(language)
    if not t.exercises and not t.routines:
        return lib
    for problem in t.problems:
        logger.warning("translation problem: %s", problem)
    catalogue = Catalogue(
        exercises={i: translate_exercise(ex, t.exercises.get(i)) for i, ex in _items(lib)},
        sources=dict(lib.catalogue.sources),
    )
    routines = {}
    for routine_id, entry in lib.routines.items():
        shipped = entry.source.path is not None and _is_shipped(entry.source.path)
        routine = translate_routine(entry.routine, t.routines.get(routine_id) if shipped else None)
        if routine is not entry.routine:
            _english_of[id(routine)] = (routine, entry.routine)
        routines[routine_id] = RoutineEntry(routine, entry.source)
    return Library(catalogue, routines, list(lib.problems), lib.files)


def shipped_library() -> Library:
    """The shipped exercises and routines in the language the app speaks now."""
    from .i18n import language
    from .shipped import load_shipped

    return translated(load_shipped(), language())


def load_routine_file(path: Path) -> tuple[Library, Routine | None]:
    """`shipped.load_routine_file` in the language the app speaks: the catalogue's words, and
    the routine's own when `path` is a shipped routine file (a file of one's own stays in the
    words its author wrote)."""
    from .i18n import language
    from .shipped import load_routine_file as load_english

    lib, routine = load_english(path, shipped_library())
    if routine is None or language() == SOURCE_LANGUAGE or not _is_shipped(path):
        return lib, routine
    from .translation_files import words_of

    return lib, translate_routine(routine, words_of(language()).routines.get(routine.id))


def original(routine: Routine) -> Routine:
    """The routine as its file says it (English), so a digest of it does not change with the
    language the app speaks."""
    pair = _english_of.get(id(routine))
    return pair[1] if pair is not None and pair[0] is routine else routine


def _items(lib: Library) -> Iterable[tuple[str, Exercise]]:
    return lib.catalogue.exercises.items()


def _is_shipped(path: Path) -> bool:
    try:
        return path.resolve().parent == paths.routines_dir().resolve()
    except OSError:
        return False
