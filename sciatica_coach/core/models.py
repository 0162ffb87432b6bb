"""The two routine file kinds, exercises and routines (DESIGN.md §3), as frozen dataclasses.

Pydantic validates them when a file is read (`constraints.validate`); each field's `Check` says
what a valid value is. A start that reads the validated library back from its cache builds them
with their own constructors and never imports pydantic (`constraints`).

The bounds below are the contract a physiotherapist writes against; they are printed by
`sciatica-coach schema` and listed in the README. They reject typing slips (0 reps, a 3000 s hold)
rather than encode clinical limits: the clinical dosage lives in the exercise files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Annotated, Any, Literal

from .constraints import STRICT, Check, describe

SCHEMA_VERSION = 1
"""The routine file format this version reads and writes."""

Slug = Annotated[
    str,
    Check(
        pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$",
        min_length=2,
        max_length=60,
        description="Lower-case words joined by hyphens, e.g. 'bird-dog'.",
    ),
]
ShortText = Annotated[str, Check(min_length=1, max_length=120)]
Sentence = Annotated[str, Check(min_length=1, max_length=400)]
Paragraph = Annotated[str, Check(min_length=1, max_length=1500)]

# Bounds, in one place so the README and error messages agree with the models.
MAX_SETS = 10
MAX_REPS = 50
MAX_HOLD_S = 300.0
MAX_REST_S = 600.0
MIN_TEMPO_S = 0.5
MAX_TEMPO_S = 30.0
MIN_DURATION_S = 5.0
MAX_DURATION_S = 1800.0
MAX_BREATH_S = 20.0
MAX_CYCLES = 60
MAX_STEPS = 40


class Category(StrEnum):
    EXTENSION = "extension"
    FLEXION = "flexion"
    NERVE = "nerve"
    SIJ = "sij"
    MUSCLE = "muscle"
    CORE = "core"
    MOBILITY = "mobility"
    STRETCH = "stretch"
    STRENGTH = "strength"
    BREATHING = "breathing"


Bias = StrEnum("Bias", [(c.name, c.value) for c in Category] + [("MIXED", "mixed")])  # type: ignore[misc]
"""A routine's direction or focus: a category, or 'mixed'."""


class Position(StrEnum):
    PRONE = "prone"
    SUPINE = "supine"
    SEATED = "seated"
    QUADRUPED = "quadruped"
    SIDE_LYING = "side-lying"
    STANDING = "standing"


class Kind(StrEnum):
    REPS = "reps"
    HOLD = "hold"
    TIMED = "timed"
    BREATHING = "breathing"


class StopRule(StrEnum):
    PAIN_FREE = "pain_free"
    """Any pain stops the drill (nerve glides, SIJ rocking)."""
    MUST_RELIEVE = "must_relieve"
    """The drill should ease symptoms; stop if they get worse."""
    TOLERABLE = "tolerable"
    """Traffic light: up to 5/10 and settling is acceptable."""


class Sides(StrEnum):
    NONE = "none"
    EACH = "each"
    """All reps on one side, then switch."""
    ALTERNATING = "alternating"
    """Left, right, left, right..."""
    LEFT = "left"
    """The left side only (a physio's prescription for the affected side)."""
    RIGHT = "right"
    """The right side only."""
    AFFECTED = "affected"
    """The side the person's sciatica is on, asked once and kept in their settings (a seed's
    "the affected leg"); each side, one after the other, until they say, or if both are."""


_DURATION = re.compile(
    r"^\s*(?:(?P<min>\d+(?:\.\d+)?)\s*(?:min|mins|minute|minutes))?"
    r"\s*(?:(?P<s>\d+(?:\.\d+)?)\s*(?:s|sec|secs|second|seconds))?\s*$"
)
DURATION_HINT = 'write seconds as a number (90) or with units ("90 s", "2 min", "1 min 30 s")'


def seconds(value: Any) -> Any:
    """A duration as a physio writes it: 90, "90 s", "2 min", "1 min 30 s" -> seconds."""
    if not isinstance(value, str):
        return value
    found = _DURATION.match(value)
    if found is None or not (found["min"] or found["s"]):
        raise ValueError(f"not a duration: {value!r}; {DURATION_HINT}")
    return float(found["min"] or 0) * 60 + float(found["s"] or 0)


DURATION_PATTERN = (
    r"^\s*(\d+(\.\d+)?\s*(min|mins|minute|minutes))?"
    r"\s*(\d+(\.\d+)?\s*(s|sec|secs|second|seconds))?\s*$"
)


def duration(ge: float, le: float, description: str | None = None) -> Check:
    """Seconds from `ge` to `le`, written as a number or in words ("90 s", "2 min")."""
    return Check(
        ge=ge,
        le=le,
        before=seconds,
        description=description,
        json_schema={
            "anyOf": [
                {"type": "number", "minimum": ge, "maximum": le},
                {"type": "string", "pattern": DURATION_PATTERN},
            ]
        },
    )


class DosageBasis(StrEnum):
    SEED = "seed"
    """The source article gives this dosage."""
    REFERENCE = "reference"
    """Taken from a cited reference because the seed gives none."""
    DEFAULT = "default"
    """A conservative default: the seed only shows the drill on video."""


BreathPhase = Literal["move", "hold", "return", "throughout", "rest"]


TempoSeconds = Annotated[float, duration(MIN_TEMPO_S, MAX_TEMPO_S)]
BreathSeconds = Annotated[float, duration(1.0, MAX_BREATH_S)]
BreathPause = Annotated[float, duration(0.0, MAX_BREATH_S)]


@dataclass(frozen=True, slots=True, kw_only=True)
class Tempo:
    """Seconds to move into the position and to come back out of it, for each rep."""

    __pydantic_config__ = STRICT

    move_s: TempoSeconds = 2.0
    return_s: TempoSeconds = 2.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Breath:
    """A paced breathing pattern: in, optional hold, out, optional hold; repeated."""

    __pydantic_config__ = STRICT

    inhale_s: BreathSeconds = 4.0
    hold_in_s: BreathPause = 0.0
    exhale_s: BreathSeconds = 6.0
    hold_out_s: BreathPause = 0.0
    cycles: Annotated[int, Check(ge=1, le=MAX_CYCLES)] = 6


@dataclass(frozen=True, slots=True, kw_only=True)
class DosageFields:
    """The fields a step may set and an exercise gives defaults for. None means 'not set here'."""

    __pydantic_config__ = STRICT

    sets: Annotated[int, Check(ge=1, le=MAX_SETS)] | None = None
    reps: Annotated[int | None, Check(ge=1, le=MAX_REPS, description="Reps per side.")] = None
    hold_s: Annotated[
        float | None,
        duration(
            0.0,
            MAX_HOLD_S,
            "Hold at the end of each rep (reps kind) or the hold itself (hold kind): "
            'seconds, or "2 min", "1 min 30 s".',
        ),
    ] = None
    rest_s: Annotated[
        float | None, duration(0.0, MAX_REST_S, 'Rest between sets (seconds, or "1 min").')
    ] = None
    tempo: Tempo | None = None
    sides: Sides | None = None
    duration_s: Annotated[float, duration(MIN_DURATION_S, MAX_DURATION_S)] | None = None
    breath: Breath | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Dosage(DosageFields):
    """An exercise's default dosage, and where it comes from."""

    basis: DosageBasis = DosageBasis.SEED
    note: Annotated[
        Sentence | None,
        describe("Where the numbers come from, e.g. 'Seed: 3 x 10-15; we start at 10'."),
    ] = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Exercise:
    """One drill or one variant of a drill. Variants are full exercises with their own cues."""

    __pydantic_config__ = STRICT

    id: Slug
    name: ShortText
    source: Annotated[
        ShortText,
        describe("The seed article's file name, or a reference (e.g. 'R18') for variants."),
    ]
    references: Annotated[list[ShortText], Check(max_length=10)] = field(default_factory=list)
    variant_of: Annotated[
        Slug | None, describe("The base drill this is an easier or harder variant of.")
    ] = None
    purpose: Sentence | None = None
    category: Category
    position: Position
    position_text: Annotated[
        Sentence | None, describe("How to get into position, shown while getting ready.")
    ] = None
    equipment: Annotated[list[ShortText], Check(max_length=10)] = field(default_factory=list)
    kind: Kind
    cues: Annotated[list[Sentence], Check(min_length=1, max_length=12)]
    side_means: Annotated[
        ShortText | None,
        describe(
            "What 'left' and 'right' mean for this drill, with {side} and {other} for the "
            "words, e.g. '{side} leg' or '{side} arm and {other} leg' (default: '{side} "
            "side')."
        ),
    ] = None
    halfway_cue: Annotated[
        Sentence | None,
        describe("Shown from the middle rep of each side on, e.g. 'Now circle the other way'."),
    ] = None
    breathing: dict[BreathPhase, Sentence] = field(default_factory=dict)
    caution: Paragraph
    stop_rule: StopRule
    dosage: Dosage = field(default_factory=Dosage)
    regressions: Annotated[
        list[Slug], Check(max_length=10, description="Easier variants, nearest first.")
    ] = field(default_factory=list)
    progressions: Annotated[
        list[Slug], Check(max_length=10, description="Harder variants, nearest first.")
    ] = field(default_factory=list)
    clinician_only: Annotated[
        bool,
        describe(
            "Only when a clinician chose it (e.g. the straight-leg toe-touch): a routine step "
            "that runs it must say `clinician_chose: true`, and the app never suggests it."
        ),
    ] = False

    def __post_init__(self) -> None:
        _check_dosage_fits(self.kind, self.dosage, "dosage")
        if self.id in self.regressions or self.id in self.progressions:
            raise ValueError("an exercise cannot be its own regression or progression")


SchemaVersion = Annotated[int, Check(ge=1, le=SCHEMA_VERSION)]


@dataclass(frozen=True, slots=True, kw_only=True)
class Frequency:
    """How often, as a physio prescribes it: every few hours while awake, or times a day."""

    __pydantic_config__ = STRICT

    every_hours: float | Annotated[list[float], Check(min_length=2, max_length=2)] | None = None
    """Every N hours, or every N to M hours ([2, 3])."""
    while_awake: bool = True
    times_per_day: Annotated[int, Check(ge=1, le=12)] | None = None
    days_per_week: Annotated[int, Check(ge=1, le=7)] | None = None

    def __post_init__(self) -> None:
        if (self.every_hours is None) == (self.times_per_day is None):
            raise ValueError("give either every_hours or times_per_day")
        hours = self.every_hours
        low, high = (hours, hours) if not isinstance(hours, list) else (hours[0], hours[1])
        if low is not None and high is not None and not 0.5 <= low <= high <= 24:
            raise ValueError("every_hours must be 0.5 to 24 hours, the smaller first")

    @property
    def gap_hours(self) -> float | None:
        """The shortest gap between sessions a reminder waits for."""
        hours = self.every_hours
        if hours is None:
            return None
        return hours[0] if isinstance(hours, list) else hours


@dataclass(frozen=True, slots=True, kw_only=True)
class ExerciseStep(DosageFields):
    """A step of a routine that runs one exercise from the catalogue."""

    exercise: Slug
    variant: Annotated[
        Slug | None, describe("Start on this regression or progression instead of the exercise.")
    ] = None
    note: Annotated[Sentence | None, describe("A note for this patient, shown in the player.")] = (
        None
    )
    if_it_hurts: Annotated[
        Slug | None,
        describe(
            "The easier drill the physio chose for this step (one of its easier variants): "
            "the hurt flow offers it first, and the next session starts there."
        ),
    ] = None
    stop_note: Annotated[
        Sentence | None, describe("The physio's words for when it hurts, shown in the hurt flow.")
    ] = None
    frequency: Annotated[
        Frequency | Sentence | None,
        describe(
            "How often this drill alone may be repeated, where it differs from the routine "
            "(e.g. 'Every few hours while it helps'); shown with the drill."
        ),
    ] = None
    clinician_chose: Annotated[
        bool,
        describe(
            "A clinician chose this drill for this person: needed for an exercise marked "
            "clinician_only."
        ),
    ] = False


@dataclass(frozen=True, slots=True, kw_only=True)
class BreathingStep:
    """A paced breathing step. `exercise` names the breathing exercise whose cues are shown."""

    __pydantic_config__ = STRICT

    breathing: Breath
    exercise: Slug = "slow-breathing"
    title: ShortText | None = None
    note: Sentence | None = None


def _step_tag(value: Any) -> str:
    if isinstance(value, dict):
        return "breathing_step" if "breathing" in value else "exercise_step"
    return "breathing_step" if isinstance(value, BreathingStep) else "exercise_step"


class _StepKind:
    """A step is a breathing step when it has `breathing`, else an exercise step; pydantic's
    errors name which one it was read as (STEP_TAGS)."""

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.tagged_union_schema(
            {
                "exercise_step": handler.generate_schema(ExerciseStep),
                "breathing_step": handler.generate_schema(BreathingStep),
            },
            discriminator=_step_tag,
        )


Step = Annotated[ExerciseStep | BreathingStep, _StepKind()]
STEP_TAGS = frozenset({"exercise_step", "breathing_step"})
"""Discriminator tags that pydantic puts in an error's location; they are not file fields."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Contact:
    """Who to call with questions: shown beside the app's advice, never instead of it."""

    __pydantic_config__ = STRICT

    name: ShortText
    phone: ShortText | None = None

    def words(self) -> str:
        return self.name if self.phone is None else f"{self.name}, {self.phone}"


FIELD_NAMES = {"for_": "for"}
"""Routine fields whose name in a file is a Python keyword."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Routine:
    """A routine file: who it is for, where it comes from, and its steps in order.

    Only `schema_version`, `title` and `steps` are needed for a routine written for one person:
    the id comes from the file name and the bias from the drills."""

    __pydantic_config__ = STRICT

    schema_version: SchemaVersion
    id: Annotated[Slug, describe("Defaults to the file name.")]
    title: ShortText
    summary: Paragraph | None = None
    bias: Annotated[
        Bias,
        describe(
            "The routine's direction or focus, shown on its card (worked out from the drills "
            "when left out; checked against them when given)."
        ),
    ]
    audience: Annotated[Paragraph | None, describe("Who it is for, and who should not.")] = None
    for_: Annotated[ShortText | None, describe("The person it was written for, e.g. 'J. D.'.")] = (
        None
    )
    contact: Contact | None = None
    cautions: Annotated[list[Paragraph], Check(max_length=12)] = field(default_factory=list)
    sources: Annotated[list[ShortText], Check(max_length=12)] = field(default_factory=list)
    frequency: Annotated[
        Frequency | Sentence | None,
        describe(
            "How often: {every_hours: [2, 3], while_awake: true} or {times_per_day: 3} (a "
            "reminder can follow it), or plain words (shown, no reminder)."
        ),
    ] = None
    steps: Annotated[list[Step], Check(min_length=1, max_length=MAX_STEPS)]

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        # A file says `for`; the field is `for_`.
        from pydantic_core import core_schema

        return core_schema.no_info_before_validator_function(_file_names, handler(source))

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> Any:
        out = handler(schema)
        target = handler.resolve_ref_schema(out)
        for ours, theirs in FIELD_NAMES.items():
            props = target.get("properties", {})
            if ours in props:
                props[theirs] = props.pop(ours)
                props[theirs]["title"] = theirs.title()
        return out


def _file_names(value: Any) -> Any:
    if isinstance(value, dict) and any(k in value for k in FIELD_NAMES.values()):
        value = dict(value)
        for ours, theirs in FIELD_NAMES.items():
            if theirs in value and ours not in value:
                value[ours] = value.pop(theirs)
    return value


def _check_dosage_fits(kind: Kind, d: DosageFields, where: str) -> None:
    """Refuse fields that make no sense for the exercise's kind (e.g. reps on a hold)."""
    if kind is Kind.HOLD and d.reps is not None:
        raise ValueError(f"{where}: a hold drill has no reps; use sets for the number of holds")
    if kind is Kind.HOLD and d.hold_s is not None and d.hold_s < 1:
        raise ValueError(f"{where}: a hold drill needs hold_s of at least 1 second")
    if kind is not Kind.TIMED and d.duration_s is not None:
        raise ValueError(f"{where}: duration_s is only for timed drills")
    if kind is not Kind.BREATHING and d.breath is not None:
        raise ValueError(f"{where}: breath is only for breathing drills")
    if kind is not Kind.REPS and d.tempo is not None:
        raise ValueError(f"{where}: tempo is only for reps drills")


def check_step_fits(kind: Kind, step: DosageFields) -> str | None:
    """Return why a step's fields do not fit its exercise's kind, or None when they do."""
    try:
        _check_dosage_fits(kind, step, "step")
    except ValueError as exc:
        return str(exc).removeprefix("step: ")
    return None
