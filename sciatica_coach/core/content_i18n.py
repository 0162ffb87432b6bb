"""The catalogue and the shipped routines in another language: per-language files beside them.

`routines/i18n/<lang>/…/*.yaml` give, by id, the words of exercises (name, purpose, position,
cues, breathing, caution, what a side means, the halfway cue, equipment) and of routines (title,
summary, audience, cautions, frequency in words, and each step's note, stop note, frequency or
title, by step number from 1). Everything else (ids, kinds, doses, ladders, stop rules) comes
from the English files alone, so a translation cannot change what a session does.

They are merged when the library is loaded (`translated(lib, "es")`), falling back to English
string by string: a cue left out (`~`) or a field not given stays English. `check_file` holds a
translation file to the same standard as the files it translates, with a file and line for each
problem: unknown ids, fields the English does not have, lists of a different length, a
`side_means` without its `{side}`.
"""

from __future__ import annotations

import functools
import json
import re
import string
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from .. import paths
from .constraints import STRICT, Check, Invalid, plain, validate
from .i18n import SOURCE_LANGUAGE
from .lazy_log import LazyLogger
from .library import Catalogue, Library, RoutineEntry
from .models import (
    BreathingStep,
    BreathPhase,
    Paragraph,
    SchemaVersion,
    Sentence,
    ShortText,
    Slug,
)
from .problems import Problem, RoutineFileError

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from .models import Exercise, Routine

logger = LazyLogger(__name__)

I18N_FOLDER = "i18n"
SIDE_FIELDS = frozenset({"side", "other", "side_f", "other_f"})
"""What `side_means` may hold: `{side}` and `{other}` are the words for left and right as they
follow a noun of the default gender; `{side_f}` and `{other_f}` after a feminine one (Spanish
"pierna izquierda", "pie izquierdo")."""
Language = Annotated[str, Check(pattern=r"^[a-z]{2,3}$")]


@dataclass(frozen=True, slots=True, kw_only=True)
class ExerciseText:
    """An exercise's words in one language; each field optional (English where left out)."""

    __pydantic_config__ = STRICT

    name: ShortText | None = None
    purpose: Sentence | None = None
    position_text: Sentence | None = None
    cues: Annotated[list[Sentence | None], Check(max_length=12)] | None = None
    side_means: ShortText | None = None
    halfway_cue: Sentence | None = None
    breathing: dict[BreathPhase, Sentence] = field(default_factory=dict)
    caution: Paragraph | None = None
    equipment: Annotated[list[ShortText | None], Check(max_length=10)] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class StepText:
    __pydantic_config__ = STRICT

    note: Sentence | None = None
    stop_note: Sentence | None = None
    frequency: Sentence | None = None
    title: ShortText | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RoutineText:
    __pydantic_config__ = STRICT

    title: ShortText | None = None
    summary: Paragraph | None = None
    audience: Paragraph | None = None
    cautions: Annotated[list[Paragraph | None], Check(max_length=12)] | None = None
    frequency: Sentence | None = None
    steps: dict[int, StepText] = field(default_factory=dict)
    """By step number, counted from 1 as `plan` and the messages count."""


@dataclass(frozen=True, slots=True, kw_only=True)
class TranslationFile:
    __pydantic_config__ = STRICT

    schema_version: SchemaVersion
    language: Language
    exercises: dict[Slug, ExerciseText] = field(default_factory=dict)
    routines: dict[Slug, RoutineText] = field(default_factory=dict)


@dataclass
class Translation:
    """Every translation file of one language, merged; `problems` with any of them."""

    language: str
    exercises: dict[str, ExerciseText] = field(default_factory=dict)
    routines: dict[str, RoutineText] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def translations_dir(language: str) -> Path:
    return paths.routines_dir() / I18N_FOLDER / language


def is_translation_file(path: Path) -> bool:
    """A file in `…/i18n/<lang>/` (at any depth below it): the words of other files."""
    parts = path.parts
    return any(
        part == I18N_FOLDER and re.fullmatch(r"[a-z]{2,3}", parts[i + 1]) is not None
        for i, part in enumerate(parts[:-2])
    )


def read_file(path: Path, name: str | None = None) -> tuple[TranslationFile, Any]:
    """Parse and validate one translation file on its own (ids are checked by `check_file`)."""
    from . import yaml_io  # the YAML parser only when a file is read, never on the start path

    shown = name or str(path)
    doc = yaml_io.parse(yaml_io.read_text(path, shown), shown)
    try:
        return validate(TranslationFile, yaml_io.to_plain(doc)), doc
    except Invalid as exc:
        from .loader import validation_problems

        raise RoutineFileError(validation_problems(exc, shown, doc)) from exc


def load_translation(language: str, files: Iterable[Path] | None = None) -> Translation:
    """Every file under `routines/i18n/<language>/`, or `files`; problems are collected."""
    out = Translation(language)
    if files is None:
        folder = translations_dir(language)
        files = sorted(folder.rglob("*.y*ml")) if folder.is_dir() else []
    for path in files:
        try:
            data, _doc = read_file(path, _shown(path))
        except RoutineFileError as exc:
            out.problems.extend(exc.problems)
            continue
        out.exercises.update(data.exercises)
        out.routines.update(data.routines)
    return out


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(paths.data_root()))
    except ValueError:
        return str(path)


# -- checking against the English -------------------------------------------------------------


def check_file(path: Path, lib: Library, name: str | None = None) -> list[Problem]:
    """Everything wrong with one translation file, against the library it translates."""
    shown = name or _shown(path)
    try:
        data, doc = read_file(path, shown)
    except RoutineFileError as exc:
        return list(exc.problems)
    problems: list[Problem] = []

    def say(loc: tuple[int | str, ...], message: str) -> None:
        where = ".".join(str(p) for p in loc)
        problems.append(Problem(shown, _line(doc, loc), where, message))

    folder = _language_folder(path)
    if folder is not None and folder != data.language:
        say(("language",), f"the file is in the {folder!r} folder but says {data.language!r}")
    if data.language == SOURCE_LANGUAGE:
        say(("language",), "English is the files' own language: nothing to translate")
    for ex_id, text in data.exercises.items():
        if ex_id not in lib.catalogue:
            say(("exercises", ex_id), f"unknown exercise {ex_id!r}")
            continue
        for loc, message in _exercise_problems(lib.catalogue[ex_id], text):
            say(("exercises", ex_id, *loc), message)
    for routine_id, rtext in data.routines.items():
        if routine_id not in lib.routines:
            say(("routines", routine_id), f"unknown routine {routine_id!r}")
            continue
        for loc, message in _routine_problems(lib.routine(routine_id), rtext):
            say(("routines", routine_id, *loc), message)
    return sorted(problems, key=lambda p: (p.line or 0, p.field))


def shipped_translation_files() -> list[Path]:
    """Every translation file that ships, all languages."""
    folder = paths.routines_dir() / I18N_FOLDER
    return sorted(folder.rglob("*.y*ml")) if folder.is_dir() else []


def validated_words(files: Iterable[Path], lib: Library) -> tuple[list[Problem], str]:
    """`validate`'s check of translation files against `lib`: the problems, and a few words
    for its OK line (e.g. "; so are 15 translation files (es)"), "" when there were none."""
    files = list(files)
    problems = [p for path in files for p in check_file(path, lib)]
    return problems, translations_ok(files)


def translations_ok(files: Sequence[Path]) -> str:
    """The words `validate` adds to its OK line for these translation files ("" for none)."""
    if not files:
        return ""
    languages = sorted({_language_folder(p) or "?" for p in files})
    noun = "translation file" if len(files) == 1 else "translation files"
    return f"; so are {len(files)} {noun} ({', '.join(languages)})"


def _line(doc: Any, loc: tuple[int | str, ...]) -> int | None:
    """The line of `loc`, as `yaml_io.line_of` finds it, but also through the numbered keys
    of `steps:` (mapping keys that are numbers)."""
    from . import yaml_io

    node, line = doc, yaml_io.line_of(doc, ())
    for part in loc:
        try:
            if part not in node:
                break
            line = int(node.lc.key(part)[0]) + 1
            node = node[part]
        except (TypeError, AttributeError, KeyError):
            break
    return line


def _language_folder(path: Path) -> str | None:
    parts = path.parts
    for i, part in enumerate(parts[:-2]):
        if part == I18N_FOLDER:
            return parts[i + 1]
    return None


def _exercise_problems(ex: Exercise, t: ExerciseText) -> Iterable[tuple[tuple[Any, ...], str]]:
    for name in ("purpose", "position_text", "halfway_cue"):
        if getattr(t, name) is not None and getattr(ex, name) is None:
            yield (name,), f"the English has no {name} to translate"
    if t.cues is not None and len(t.cues) != len(ex.cues):
        yield ("cues",), f"{len(t.cues)} cues for the English {len(ex.cues)}: one for each"
    if t.equipment is not None and len(t.equipment) != len(ex.equipment):
        yield ("equipment",), f"{len(t.equipment)} items for the English {len(ex.equipment)}"
    for phase in t.breathing:
        if phase not in ex.breathing:
            yield ("breathing", phase), f"the English has no breathing for {phase!r}"
    if t.side_means is not None:
        yield from ((("side_means",), m) for m in _side_means_problems(ex, t.side_means))


def _side_means_problems(ex: Exercise, words: str) -> Iterable[str]:
    try:
        names = {n for _lit, n, _spec, _conv in string.Formatter().parse(words) if n is not None}
    except ValueError as exc:
        yield f"not a valid template ({exc}); write {{side}} for the side's word"
        return
    unknown = names - SIDE_FIELDS
    if unknown:
        yield f"unknown placeholder(s) {sorted(unknown)}: use {{side}} or {{side_f}}, {{other}}"
    if not names & {"side", "side_f"}:
        yield "has no {side} (or {side_f}): the words must say which side"
    if "{other}" in (ex.side_means or "") and not names & {"other", "other_f"}:
        yield "the English names the other side ({other}); so must the translation"


def _routine_problems(r: Routine, t: RoutineText) -> Iterable[tuple[tuple[Any, ...], str]]:
    for name in ("summary", "audience"):
        if getattr(t, name) is not None and getattr(r, name) is None:
            yield (name,), f"the English has no {name} to translate"
    if t.cautions is not None and len(t.cautions) != len(r.cautions):
        yield ("cautions",), f"{len(t.cautions)} cautions for the English {len(r.cautions)}"
    if t.frequency is not None and not isinstance(r.frequency, str):
        yield ("frequency",), "only a frequency in words is translated (numbers are not words)"
    for number, step_text in t.steps.items():
        if not 1 <= number <= len(r.steps):
            yield ("steps", number), f"no step {number}: the routine has {len(r.steps)}"
            continue
        step = r.steps[number - 1]
        for name in ("note", "stop_note", "frequency", "title"):
            given = getattr(step_text, name)
            english = getattr(step, name, None)
            if given is not None and not isinstance(english, str):
                yield ("steps", number, name), f"step {number} has no {name} in words to translate"


# -- merging ----------------------------------------------------------------------------------


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
    t = _translation(language)
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
    return lib, translate_routine(routine, _translation(language()).routines.get(routine.id))


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


@functools.cache
def _translation(language: str) -> Translation:
    """Read once per run; from a JSON copy in the cache folder when the files are unchanged
    (ruamel reads the YAML at about 1 ms a KB)."""
    folder = translations_dir(language)
    files = sorted(folder.rglob("*.y*ml")) if folder.is_dir() else []
    cached = _cache_path(language, files)
    if cached is not None:
        try:
            data = json.loads(cached.read_text(encoding="utf-8"))
            return Translation(
                language,
                {k: ExerciseText(**v) for k, v in data["exercises"].items()},
                {k: _routine_text(v) for k, v in data["routines"].items()},
            )
        except (OSError, ValueError, KeyError, TypeError):
            pass
    t = load_translation(language, files)
    if cached is not None and not t.problems:
        _store(cached, t)
    return t


def _cache_path(language: str, files: list[Path]) -> Path | None:
    from . import catalogue_cache
    from .digest import sha256

    try:
        h = sha256(f"i18n:{language}".encode())
        h.update(Path(__file__).read_bytes())
        for path in files:
            h.update(str(path.resolve()).encode())
            h.update(path.read_bytes())
        return catalogue_cache.cache_dir() / f"words-{language}-{h.hexdigest()[:32]}.json"
    except OSError:
        return None


def _routine_text(data: dict[str, Any]) -> RoutineText:
    """A routine's words as the cache keeps them (JSON: step numbers as text)."""
    steps = {int(k): StepText(**v) for k, v in data.pop("steps", {}).items()}
    return RoutineText(**data, steps=steps)


def _store(path: Path, t: Translation) -> None:
    data = {
        "exercises": {k: plain(v, exclude_defaults=True) for k, v in t.exercises.items()},
        "routines": {k: plain(v, exclude_defaults=True) for k, v in t.routines.items()},
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        logger.debug("translation cache not written: %s", exc)
