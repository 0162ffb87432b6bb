"""The records the log stores and returns (DESIGN.md §5, §6).

The same frozen record goes in and comes back out, so a round trip is an equality. Values are
checked here when a record is made (by pydantic, from each field's `Check`), before anything is
written or queued, and again by the database's CHECK constraints. Records read back from the
database are made `trusted()`, without checking again: the constraints vetted them on the way
in, and five years of daily sessions must load fast without pydantic (DESIGN.md §10).
Timestamps are ISO-8601 UTC strings with whole seconds ("2026-11-22T02:15:00+00:00"), passed in by
the caller; any other offset is converted to UTC, so the strings sort in time order.
"""

from __future__ import annotations

import contextlib
import re
from contextvars import ContextVar
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal

from ..core.constraints import Check, surely_valid, validate

if TYPE_CHECKING:
    from collections.abc import Iterator

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


def _in_log_form(value: Any) -> bool:
    """Already a log timestamp (as `as_timestamp` writes it), so checking leaves it as it is."""
    if type(value) is not str or not _LOG_FORM.fullmatch(value):
        return False
    try:
        return as_timestamp(value) == value
    except ValueError:
        return False


_LOG_FORM = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00")

Timestamp = Annotated[str, Check(before=_timestamp, sure=_in_log_form)]
Pain = Annotated[int, Check(ge=0, le=10, strict=True)]
Index = Annotated[int, Check(ge=0, strict=True)]
Id = Annotated[str, Check(min_length=1, max_length=200)]
SessionId = Annotated[str, Check(pattern=r"^[0-9a-f]{32}$", description="uuid4().hex")]
EventId = Annotated[str, Check(pattern=r"^[0-9a-f]{32}$", description="uuid4().hex")]
Sha256 = Annotated[str, Check(pattern=r"^[0-9a-f]{64}$")]
Distinct = Check(after=_distinct, sure=lambda v: len(set(v)) == len(v))

_TRUSTED: ContextVar[bool] = ContextVar("trusted", default=False)


@contextlib.contextmanager
def trusted() -> Iterator[None]:
    """Records made inside are taken as they are: rows the database already vetted."""
    token = _TRUSTED.set(True)
    try:
        yield
    finally:
        _TRUSTED.reset(token)


def check_fields(obj: Any) -> None:
    """Check a record's (or the settings') fields as pydantic would, and keep the values it
    makes of them (a timestamp in UTC, a list as a tuple); Invalid if any is refused."""
    values = {f.name: getattr(obj, f.name) for f in fields(obj)}
    if surely_valid(type(obj), values):
        return
    with trusted():  # pydantic makes a checked copy; that copy is not checked again
        checked = validate(type(obj), values)
    for name in values:
        object.__setattr__(obj, name, getattr(checked, name))


@dataclass(frozen=True, slots=True, kw_only=True)
class Record:
    """Base of the stored records: frozen, no unknown fields, checked when made."""

    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid", "frozen": True}

    def __post_init__(self) -> None:
        if not _TRUSTED.get():
            check_fields(self)
            self._check()

    def _check(self) -> None:
        """Rules across fields (raise ValueError)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class SessionStart(Record):
    """What the app knows when a session begins. `resumed_from` links a resumed sitting."""

    id: SessionId
    routine_id: Id
    routine_title: str
    routine_hash: Sha256
    started_at: Timestamp
    speed: Annotated[float, Check(gt=0, le=1000)] = 1.0
    resume_step: Index = 0
    """Where this session starts: 0, or the step a resumed session picks up at."""
    resumed_from: SessionId | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
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


@dataclass(frozen=True, slots=True, kw_only=True)
class SessionEnd(Record):
    session_id: SessionId
    status: SessionStatus
    ended_at: Timestamp
    active_s: Annotated[float | None, Check(ge=0)] = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Progress(Record):
    session_id: SessionId
    resume_step: Index


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckIn(Record):
    """Pain and reach before or after a session, or how the morning after felt."""

    session_id: SessionId | None
    moment: Moment
    at: Timestamp
    back_pain: Pain | None = None
    leg_pain: Pain | None = None
    reach: Reach | None = None
    morning: Morning | None = None

    def _check(self) -> None:
        if self.morning is not None and self.moment != "morning_after":
            raise ValueError("'morning' is only asked in a morning_after check-in")


@dataclass(frozen=True, slots=True, kw_only=True)
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


@dataclass(frozen=True, slots=True, kw_only=True)
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
    elapsed_s: Annotated[float, Check(ge=0)]
    pain: Pain | None = None
    """The higher of back and leg pain; None until answered."""
    reach: Reach | None = None
    feelings: Annotated[tuple[Feeling, ...], Distinct] = ()
    red_flags: Annotated[tuple[Id, ...], Distinct] = ()
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


@dataclass(frozen=True, slots=True, kw_only=True)
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
    feelings: Annotated[tuple[Feeling, ...], Distinct] = ()
    red_flags: Annotated[tuple[Id, ...], Distinct] = ()
    variant_offered: Id | None = None

    def _check(self) -> None:
        if (self.choice == "mistake") != (self.suggestion is None):
            raise ValueError("an answer has a suggestion; a press taken back has none")


@dataclass(frozen=True, slots=True, kw_only=True)
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


@dataclass(frozen=True, slots=True, kw_only=True)
class ClinicianReview(Record):
    """The person confirmed that a clinician has seen them since a red-flag stop.

    Until then, sessions stay locked (DESIGN.md §5, CLINICAL.md §4)."""

    red_flag_session_id: SessionId
    at: Timestamp


@dataclass(frozen=True, slots=True, kw_only=True)
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
