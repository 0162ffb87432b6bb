"""Pydantic models of the two routine file kinds: exercises and routines (DESIGN.md §3).

The bounds below are the contract a physiotherapist writes against; they are printed by
`sciatica-coach schema` and listed in the README. They reject typing slips (0 reps, a 3000 s hold)
rather than encode clinical limits: the clinical dosage lives in the exercise files.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    WithJsonSchema,
    model_validator,
)

SCHEMA_VERSION = 1
"""The routine file format this version reads and writes."""

Slug = Annotated[
    str,
    Field(
        pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$",
        min_length=2,
        max_length=60,
        description="Lower-case words joined by hyphens, e.g. 'bird-dog'.",
    ),
]
ShortText = Annotated[str, Field(min_length=1, max_length=120)]
Sentence = Annotated[str, Field(min_length=1, max_length=400)]
Paragraph = Annotated[str, Field(min_length=1, max_length=1500)]

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


def duration(ge: float, le: float) -> Any:
    """Seconds from `ge` to `le`, written as a number or in words ("90 s", "2 min")."""
    return Annotated[
        float,
        Field(ge=ge, le=le),
        BeforeValidator(seconds),
        WithJsonSchema(
            {
                "anyOf": [
                    {"type": "number", "minimum": ge, "maximum": le},
                    {"type": "string", "pattern": DURATION_PATTERN},
                ]
            }
        ),
    ]


class DosageBasis(StrEnum):
    SEED = "seed"
    """The source article gives this dosage."""
    REFERENCE = "reference"
    """Taken from a cited reference because the seed gives none."""
    DEFAULT = "default"
    """A conservative default: the seed only shows the drill on video."""


BreathPhase = Literal["move", "hold", "return", "throughout", "rest"]


class _Strict(BaseModel):
    # defer_build: a validator is built when a file is first validated, not at import. A start
    # reads the validated catalogue back from its cache (catalogue_cache) and needs none.
    model_config = ConfigDict(
        extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True
    )


class Tempo(_Strict):
    """Seconds to move into the position and to come back out of it, for each rep."""

    move_s: duration(MIN_TEMPO_S, MAX_TEMPO_S) = 2.0  # type: ignore[valid-type]
    return_s: duration(MIN_TEMPO_S, MAX_TEMPO_S) = 2.0  # type: ignore[valid-type]


class Breath(_Strict):
    """A paced breathing pattern: in, optional hold, out, optional hold; repeated."""

    inhale_s: duration(1.0, MAX_BREATH_S) = 4.0  # type: ignore[valid-type]
    hold_in_s: duration(0.0, MAX_BREATH_S) = 0.0  # type: ignore[valid-type]
    exhale_s: duration(1.0, MAX_BREATH_S) = 6.0  # type: ignore[valid-type]
    hold_out_s: duration(0.0, MAX_BREATH_S) = 0.0  # type: ignore[valid-type]
    cycles: int = Field(6, ge=1, le=MAX_CYCLES)


class DosageFields(_Strict):
    """The fields a step may set and an exercise gives defaults for. None means 'not set here'."""

    sets: int | None = Field(None, ge=1, le=MAX_SETS)
    reps: int | None = Field(None, ge=1, le=MAX_REPS, description="Reps per side.")
    hold_s: duration(0.0, MAX_HOLD_S) | None = Field(  # type: ignore[valid-type]
        None,
        description="Hold at the end of each rep (reps kind) or the hold itself (hold kind): "
        'seconds, or "2 min", "1 min 30 s".',
    )
    rest_s: duration(0.0, MAX_REST_S) | None = Field(  # type: ignore[valid-type]
        None, description='Rest between sets (seconds, or "1 min").'
    )
    tempo: Tempo | None = None
    sides: Sides | None = None
    duration_s: duration(MIN_DURATION_S, MAX_DURATION_S) | None = None  # type: ignore[valid-type]
    breath: Breath | None = None


class Dosage(DosageFields):
    """An exercise's default dosage, and where it comes from."""

    basis: DosageBasis = DosageBasis.SEED
    note: Sentence | None = Field(
        None, description="Where the numbers come from, e.g. 'Seed: 3 x 10-15; we start at 10'."
    )


class Exercise(_Strict):
    """One drill or one variant of a drill. Variants are full exercises with their own cues."""

    id: Slug
    name: ShortText
    source: ShortText = Field(
        description="The seed article's file name, or a reference (e.g. 'R18') for variants."
    )
    references: list[ShortText] = Field(default_factory=list, max_length=10)
    variant_of: Slug | None = Field(
        None, description="The base drill this is an easier or harder variant of."
    )
    purpose: Sentence | None = None
    category: Category
    position: Position
    position_text: Sentence | None = Field(
        None, description="How to get into position, shown while getting ready."
    )
    equipment: list[ShortText] = Field(default_factory=list, max_length=10)
    kind: Kind
    cues: list[Sentence] = Field(min_length=1, max_length=12)
    side_means: ShortText | None = Field(
        None,
        description="What 'left' and 'right' mean for this drill, with {side} and {other} for "
        "the words, e.g. '{side} leg' or '{side} arm and {other} leg' (default: '{side} side').",
    )
    halfway_cue: Sentence | None = Field(
        None,
        description="Shown from the middle rep of each side on, e.g. 'Now circle the other way'.",
    )
    breathing: dict[BreathPhase, Sentence] = Field(default_factory=dict)
    caution: Paragraph
    stop_rule: StopRule
    dosage: Dosage = Field(default_factory=Dosage)
    regressions: list[Slug] = Field(
        default_factory=list, max_length=10, description="Easier variants, nearest first."
    )
    progressions: list[Slug] = Field(
        default_factory=list, max_length=10, description="Harder variants, nearest first."
    )
    clinician_only: bool = Field(
        False,
        description="Only when a clinician chose it (e.g. the straight-leg toe-touch): a routine "
        "step that runs it must say `clinician_chose: true`, and the app never suggests it.",
    )

    @model_validator(mode="after")
    def _fits_kind(self) -> Exercise:
        _check_dosage_fits(self.kind, self.dosage, "dosage")
        if self.id in self.regressions or self.id in self.progressions:
            raise ValueError("an exercise cannot be its own regression or progression")
        return self


SchemaVersion = Annotated[int, Field(ge=1, le=SCHEMA_VERSION)]


class ExerciseFile(_Strict):
    """A file holding several exercises."""

    schema_version: SchemaVersion
    exercises: list[Exercise] = Field(min_length=1, max_length=200)


class SingleExerciseFile(Exercise):
    """A file holding one exercise: the exercise's fields plus `schema_version`."""

    schema_version: SchemaVersion

    def exercise(self) -> Exercise:
        return Exercise.model_validate(self.model_dump(exclude={"schema_version"}))


class Frequency(_Strict):
    """How often, as a physio prescribes it: every few hours while awake, or times a day."""

    every_hours: float | Annotated[list[float], Field(min_length=2, max_length=2)] | None = None
    """Every N hours, or every N to M hours ([2, 3])."""
    while_awake: bool = True
    times_per_day: int | None = Field(None, ge=1, le=12)
    days_per_week: int | None = Field(None, ge=1, le=7)

    @model_validator(mode="after")
    def _one_way(self) -> Frequency:
        if (self.every_hours is None) == (self.times_per_day is None):
            raise ValueError("give either every_hours or times_per_day")
        hours = self.every_hours
        low, high = (hours, hours) if not isinstance(hours, list) else (hours[0], hours[1])
        if low is not None and high is not None and not 0.5 <= low <= high <= 24:
            raise ValueError("every_hours must be 0.5 to 24 hours, the smaller first")
        return self

    @property
    def gap_hours(self) -> float | None:
        """The shortest gap between sessions a reminder waits for."""
        hours = self.every_hours
        if hours is None:
            return None
        return hours[0] if isinstance(hours, list) else hours


class ExerciseStep(DosageFields):
    """A step of a routine that runs one exercise from the catalogue."""

    exercise: Slug
    variant: Slug | None = Field(
        None, description="Start on this regression or progression instead of the exercise."
    )
    note: Sentence | None = Field(None, description="A note for this patient, shown in the player.")
    if_it_hurts: Slug | None = Field(
        None,
        description="The easier drill the physio chose for this step (one of its easier "
        "variants): the hurt flow offers it first, and the next session starts there.",
    )
    stop_note: Sentence | None = Field(
        None, description="The physio's words for when it hurts, shown in the hurt flow."
    )
    frequency: Frequency | Sentence | None = Field(
        None,
        description="How often this drill alone may be repeated, where it differs from the "
        "routine (e.g. 'Every few hours while it helps'); shown with the drill.",
    )
    clinician_chose: bool = Field(
        False,
        description="A clinician chose this drill for this person: needed for an exercise "
        "marked clinician_only.",
    )


class BreathingStep(_Strict):
    """A paced breathing step. `exercise` names the breathing exercise whose cues are shown."""

    breathing: Breath
    exercise: Slug = "slow-breathing"
    title: ShortText | None = None
    note: Sentence | None = None


def _step_tag(value: Any) -> str:
    if isinstance(value, dict):
        return "breathing_step" if "breathing" in value else "exercise_step"
    return "breathing_step" if isinstance(value, BreathingStep) else "exercise_step"


Step = Annotated[
    Annotated[ExerciseStep, Tag("exercise_step")] | Annotated[BreathingStep, Tag("breathing_step")],
    Discriminator(_step_tag),
]
STEP_TAGS = frozenset({"exercise_step", "breathing_step"})
"""Discriminator tags that pydantic puts in an error's location; they are not file fields."""


class Contact(_Strict):
    """Who to call with questions: shown beside the app's advice, never instead of it."""

    name: ShortText
    phone: ShortText | None = None

    def words(self) -> str:
        return self.name if self.phone is None else f"{self.name}, {self.phone}"


class Routine(_Strict):
    """A routine file: who it is for, where it comes from, and its steps in order.

    Only `schema_version`, `title` and `steps` are needed for a routine written for one person:
    the id comes from the file name and the bias from the drills."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        str_strip_whitespace=True,
        populate_by_name=True,
        defer_build=True,
    )

    schema_version: SchemaVersion
    id: Slug = Field(description="Defaults to the file name.")
    title: ShortText
    summary: Paragraph | None = None
    bias: Bias = Field(
        description="The routine's direction or focus, shown on its card (worked out from the "
        "drills when left out; checked against them when given)."
    )
    audience: Paragraph | None = Field(None, description="Who it is for, and who should not.")
    for_: ShortText | None = Field(
        None, alias="for", description="The person it was written for, e.g. 'J. D.'."
    )
    contact: Contact | None = None
    cautions: list[Paragraph] = Field(default_factory=list, max_length=12)
    sources: list[ShortText] = Field(default_factory=list, max_length=12)
    frequency: Frequency | Sentence | None = Field(
        None,
        description="How often: {every_hours: [2, 3], while_awake: true} or {times_per_day: 3} "
        "(a reminder can follow it), or plain words (shown, no reminder).",
    )
    steps: list[Step] = Field(min_length=1, max_length=MAX_STEPS)


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
