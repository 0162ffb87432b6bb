"""The questions the workflows ask the person, as a small interface the window implements.

Each question is asked and answered later: the window opens a dialog and calls `answer` when
the person has chosen, so the service never blocks. Tests pass a stand-in that answers at once
(Picard's dialog service, STYLE.md), so every branch of a workflow can be tested without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from ..core.progress import ProgressionOffer
    from ..core.safety import Urgency
    from ..core.sides import AffectedSide

Moment = Literal["before", "after", "morning_after"]


@dataclass(frozen=True, slots=True)
class CheckinAnswers:
    """A check-in as answered; every field may be left out."""

    back_pain: int | None = None
    leg_pain: int | None = None
    reach: str | None = None
    morning: str | None = None

    @property
    def empty(self) -> bool:
        return self == CheckinAnswers()


@dataclass(frozen=True, slots=True)
class RedFlagLock:
    """A warning sign was reported and no clinician has been confirmed since: sessions wait."""

    session_id: str
    at: datetime
    flags: tuple[str, ...]
    urgency: Urgency
    routine_title: str
    contact: str | None = None


@dataclass(frozen=True, slots=True)
class ResumeChoice:
    """A session cut short (crash, kill, power loss) that can carry on at `step`."""

    session_id: str
    routine_id: str
    routine_title: str
    step: int
    """Where it carries on (0 when the routine has changed since)."""
    steps: int
    changed: bool = False
    """The routine file changed since: it starts from the beginning, not silently resumed."""


class Prompts(Protocol):
    def safety_notice(self, done: Callable[[], None]) -> None:
        """The first-run notice: the app guides, it does not diagnose; the warning signs."""
        ...

    def check_in(self, moment: Moment, answer: Callable[[CheckinAnswers | None], None]) -> None:
        """Pain and reach before or after a session, or the morning after; None if skipped."""
        ...

    def offer_progression(
        self, offer: ProgressionOffer, answer: Callable[[bool], None]
    ) -> None: ...

    def offer_resume(self, choice: ResumeChoice, answer: Callable[[bool], None]) -> None: ...

    def which_side(self, routine_title: str, answer: Callable[[AffectedSide | None], None]) -> None:
        """Which side the sciatica is on (asked once, for drills on the affected side): left,
        right or both; None if the person put the question off (both sides, asked again)."""
        ...

    def red_flag_lock(self, lock: RedFlagLock, answer: Callable[[bool], None]) -> None:
        """Sessions are locked after a warning sign: True once the person confirms that a
        clinician has seen them since."""
        ...
