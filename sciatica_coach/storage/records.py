"""The records the log stores and returns (DESIGN.md §5, §6).

The same frozen model goes in and comes back out, so a round trip is an equality. Values are
checked here, before anything is written or queued, and again by the database's CHECK constraints.
Timestamps are ISO-8601 UTC strings with whole seconds ("2026-11-22T02:15:00+00:00"), passed in by
the caller; any other offset is converted to UTC, so the strings sort in time order.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

SessionStatus = Literal["completed", "stopped", "interrupted", "red_flag"]
Moment = Literal["before", "after", "morning_after"]
Reach = Literal["none", "buttock", "thigh", "below_knee", "foot"]
Morning = Literal["better", "same", "worse"]
DrillStatus = Literal["done", "skipped", "stopped"]
Side = Literal["left", "right"]
Phase = Literal[
    "get_ready",
    "move",
    "hold",
    "return",
    "rest",
    "switch_side",
    "breathe_in",
    "breathe_hold",
    "breathe_out",
    "timed",
]
Feeling = Literal["sharp", "numbness_tingling", "weakness", "ache", "other"]
Action = Literal["regress", "skip", "continue", "end", "red_flag"]
"""What the app suggested after a hurt report, and what the person chose."""
Choice = Literal["regress", "skip", "continue", "end", "red_flag", "mistake"]
"""What the person chose; 'mistake': "this hurts" pressed by mistake, taken back."""
Spread = Literal["further", "same", "retreating", "unknown"]
"""How far down the leg symptoms reach compared with the start of the session."""
LevelSource = Literal["stopped", "left_out", "progressed", "user"]
"""Why a drill starts where it does: stopped (on its easier variant), left out (stopped with no
easier variant: skipped until the person puts it back), progressed, or the person's own choice."""


def utc_timestamp(moment: datetime) -> str:
    """The log's timestamp form for an aware datetime: UTC, whole seconds."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"timestamp needs a time zone (UTC), got naive {moment.isoformat()}")
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def as_timestamp(value: str | datetime) -> str:
    """`value` (an ISO-8601 string with an offset, or an aware datetime) in the log's form."""
    if isinstance(value, datetime):
        return utc_timestamp(value)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"not an ISO-8601 timestamp: {value!r}") from None
    return utc_timestamp(parsed)


def _timestamp(value: Any) -> Any:
    return as_timestamp(value) if isinstance(value, str | datetime) else value


def _distinct(values: tuple[str, ...]) -> tuple[str, ...]:
    if len(set(values)) != len(values):
        raise ValueError(f"values repeat: {list(values)}")
    return values


Timestamp = Annotated[str, BeforeValidator(_timestamp)]
Pain = Annotated[int, Field(ge=0, le=10, strict=True)]
Index = Annotated[int, Field(ge=0, strict=True)]
Id = Annotated[str, Field(min_length=1, max_length=200)]
SessionId = Annotated[str, Field(pattern=r"^[0-9a-f]{32}$", description="uuid4().hex")]
EventId = Annotated[str, Field(pattern=r"^[0-9a-f]{32}$", description="uuid4().hex")]
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class Record(BaseModel):
    """Base of the stored records: frozen, no unknown fields."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class SessionStart(Record):
    """What the app knows when a session begins. `resumed_from` links a resumed sitting."""

    id: SessionId
    routine_id: Id
    routine_title: str
    routine_hash: Sha256
    started_at: Timestamp
    speed: float = Field(1.0, gt=0, le=1000)
    resume_step: Index = 0
    """Where this session starts: 0, or the step a resumed session picks up at."""
    resumed_from: SessionId | None = None


class Session(Record):
    """A session as logged. `ended_at` is None only while it runs (or until recovery)."""

    id: SessionId
    routine_id: Id
    routine_title: str
    routine_hash: Sha256
    started_at: Timestamp
    ended_at: Timestamp | None
    status: SessionStatus
    resume_step: Index
    """Index of the next routine step not yet finished."""
    speed: float
    resumed_from: SessionId | None
    active_s: float | None = None
    """Exercise time, pauses left out (None for sessions logged before it was kept)."""


class SessionEnd(Record):
    session_id: SessionId
    status: SessionStatus
    ended_at: Timestamp
    active_s: float | None = Field(None, ge=0)


class Progress(Record):
    session_id: SessionId
    resume_step: Index


class CheckIn(Record):
    """Pain and reach before or after a session, or how the morning after felt."""

    session_id: SessionId | None
    moment: Moment
    at: Timestamp
    back_pain: Pain | None = None
    leg_pain: Pain | None = None
    reach: Reach | None = None
    morning: Morning | None = None

    @model_validator(mode="after")
    def _morning_only_after(self) -> CheckIn:
        if self.morning is not None and self.moment != "morning_after":
            raise ValueError("'morning' is only asked in a morning_after check-in")
        return self


class DrillResult(Record):
    """One routine step as it went: `variant_id` is what was done (may equal `exercise_id`)."""

    session_id: SessionId
    step: Index
    exercise_id: Id
    variant_id: Id
    status: DrillStatus
    sets_done: Index
    started_at: Timestamp
    ended_at: Timestamp


class HurtEvent(Record):
    """A "Stop: this hurts" press: where in the session, and what was felt, suggested and chosen.

    It is stored the moment the button is pressed, with `event_id` and no answers yet; the
    answers come as a `HurtAnswer` for the same `event_id`. So a kill while the questions are on
    screen still leaves the press in the log (answers empty)."""

    session_id: SessionId
    at: Timestamp
    step: Index
    exercise_id: Id
    variant_id: Id
    set: Index
    side: Side | None
    rep: Index | None
    """None outside reps (holds, rests, breathing)."""
    phase: Phase
    elapsed_s: float = Field(ge=0)
    pain: Pain | None = None
    """The higher of back and leg pain; None until answered."""
    reach: Reach | None = None
    feelings: Annotated[tuple[Feeling, ...], AfterValidator(_distinct)] = ()
    red_flags: Annotated[tuple[Id, ...], AfterValidator(_distinct)] = ()
    suggestion: Action | None = None
    choice: Choice | None = None
    variant_offered: Id | None = None
    back_pain: Pain | None = None
    leg_pain: Pain | None = None
    spread: Spread | None = None
    event_id: EventId | None = None

    @property
    def answered(self) -> bool:
        return self.choice is not None and self.choice != "mistake"


class HurtAnswer(Record):
    """The answers to a hurt press already stored (`event_id`), or 'mistake' to take it back."""

    event_id: EventId
    choice: Choice
    suggestion: Action | None = None
    pain: Pain | None = None
    back_pain: Pain | None = None
    leg_pain: Pain | None = None
    reach: Reach | None = None
    spread: Spread | None = None
    feelings: Annotated[tuple[Feeling, ...], AfterValidator(_distinct)] = ()
    red_flags: Annotated[tuple[Id, ...], AfterValidator(_distinct)] = ()
    variant_offered: Id | None = None

    @model_validator(mode="after")
    def _answered_or_taken_back(self) -> HurtAnswer:
        if (self.choice == "mistake") != (self.suggestion is None):
            raise ValueError("an answer has a suggestion; a press taken back has none")
        return self


class ExerciseLevel(Record):
    """The variant a base drill currently starts on, and the facts behind it.

    No sentence is stored: "Starting on X because Y was stopped on Tue 1 Dec" is written when it
    is shown (`core.words`), so it reads right on any later day and in any language."""

    base_id: Id
    level_id: Id
    source: LevelSource
    since: Timestamp
    about_id: Id | None = None
    """The exercise whose stop (or calm run, for a progression) led here."""
    session_id: SessionId | None = None


class ClinicianReview(Record):
    """The person confirmed that a clinician has seen them since a red-flag stop.

    Until then, sessions stay locked (DESIGN.md §5, CLINICAL.md §4)."""

    red_flag_session_id: SessionId
    at: Timestamp


class ResumeOffer(Record):
    """A session cut short by a crash or kill, which the app can offer to resume."""

    session_id: SessionId
    routine_id: Id
    routine_title: str
    routine_hash: Sha256
    resume_step: Index
    started_at: Timestamp
    ended_at: Timestamp
    """Set by recovery to the time of the session's last logged event."""
    drills_done: Index
