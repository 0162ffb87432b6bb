"""Translation files: `routines/i18n/<lang>/…/*.yaml`, the words of other files by id.

Their models, reading and checking them against the English (`check_file`, `validate`'s
`validated_words`), and `words_of(language)`: every file of one language merged, read once a
run and from a JSON copy in the cache folder when the files are unchanged. Merging the words
into a library is `content_i18n`'s; an English session never imports this module.
"""

from __future__ import annotations

import functools
import json
import re
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from .. import paths
from .constraints import STRICT, Check, Invalid, plain, validate
from .i18n import SOURCE_LANGUAGE
from .lazy_log import LazyLogger

# The models' field types, looked up by name when a file is validated: needed at run time.
from .models import (  # noqa: TC001
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

    from .library import Library
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


@functools.cache
def words_of(language: str) -> Translation:
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
    from .digest import key_hash

    try:
        h = key_hash(f"i18n:{language}".encode())
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
