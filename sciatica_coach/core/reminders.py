"""Reminders from a routine's `frequency`: when the next nudge is due (pure: no clock, no Qt).

The window asks `ReminderPlan.next_due(now, done, state)` each time something changes and each
time its timer fires; the answer is worked out from `now` every time, never by counting ticks,
so a laptop that slept, a clock put forward or back, or midnight passing needs nothing special.

All times are wall-clock times where the person is: `now` is local (aware, or naive with every
other time naive too) and the others are read in `now`'s zone. The rules:

- **Waking hours** (default 08:00 to 22:00, end after start on the same day) bound every nudge:
  a due time before the day's start moves to the start, one at or after the end moves to the
  next day's start. A frequency's `while_awake: false` does not bring nudges into the night.
- **every_hours** (N, or [low, high]): due `low` hours after the later of the last session of
  this routine and the last nudge shown (so an ignored nudge comes back `low` hours later, not
  every minute); with neither, due at once within waking hours.
- **times_per_day** N: the waking day is cut into N equal parts and a nudge is due at the start
  of each (08:00, 12:40 and 17:20 for three a day in 08:00 to 22:00). A slot is met when the
  sessions done that day number more than the slots before it, so an early session counts for
  the next slot and one done late, after its nudge, is not taken for the slot after; a slot
  already nudged is not nudged again.
- **days_per_week** sets no days: nudges stay daily (the person picks the days) and the
  frequency's words say "N days a week".
- **Snooze**: due again `snooze` (15 minutes) after it was pressed, still within waking hours
  (past the end means the next morning), until a session is done or that nudge is shown.
- **Done for today**: nothing more until the next day's waking start, whatever else says.
- **Off**, a frequency in plain words, or none: never due (`why_not` says which).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Final

from .i18n import _
from .models import Frequency

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import tzinfo

DEFAULT_WAKING_START: Final = "08:00"
DEFAULT_WAKING_END: Final = "22:00"
SNOOZE: Final = timedelta(minutes=15)
CLOCK_PATTERN: Final = r"^([01]\d|2[0-3]):[0-5]\d$"
"""A local time as the settings file keeps it: 24-hour "HH:MM"."""
_DAYS_AHEAD = 3
"""How many days `times_per_day` looks ahead for an open slot (tomorrow always has one)."""


def no_tray_words() -> str:
    """What to say where the desktop has no system tray for the reminders to live in."""
    return _("This desktop has no system tray, so reminders cannot run; they stay off.")


def parse_clock(text: str) -> time:
    """'07:30' -> 07:30; ValueError for anything that is not a 24-hour HH:MM."""
    if not re.match(CLOCK_PATTERN, text):
        raise ValueError(f"not a time of day as HH:MM: {text!r}")
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


@dataclass(frozen=True, slots=True)
class WakingHours:
    """The part of each day nudges may come in: [start, end), both on the same day."""

    start: time = time(8, 0)
    end: time = time(22, 0)

    def __post_init__(self) -> None:
        if not self.start < self.end:
            raise ValueError("waking hours must end after they start, before midnight")

    @classmethod
    def parse(cls, start: str, end: str) -> WakingHours:
        return cls(parse_clock(start), parse_clock(end))

    def opens(self, day: date, zone: tzinfo | None) -> datetime:
        return datetime.combine(day, self.start, tzinfo=zone)

    def closes(self, day: date, zone: tzinfo | None) -> datetime:
        return datetime.combine(day, self.end, tzinfo=zone)

    def first_at_or_after(self, moment: datetime) -> datetime:
        """`moment` if it is within waking hours, else the next time they start."""
        day, zone = moment.date(), moment.tzinfo
        if moment < self.opens(day, zone):
            return self.opens(day, zone)
        if moment < self.closes(day, zone):
            return moment
        return self.opens(day + timedelta(days=1), zone)


@dataclass(frozen=True, slots=True)
class ReminderState:
    """What happened to the nudges: kept by the window while it runs, passed in each time."""

    nudged_at: datetime | None = None
    """When the last nudge was shown."""
    snoozed_at: datetime | None = None
    """When Snooze was last pressed."""
    done_on: date | None = None
    """The local day "Done for today" was pressed on."""


@dataclass(frozen=True, slots=True)
class ReminderPlan:
    """When to nudge for one routine's frequency (module docstring: the rules)."""

    frequency: Frequency | str | None
    waking: WakingHours = field(default_factory=WakingHours)
    on: bool = True
    snooze: timedelta = SNOOZE

    @property
    def active(self) -> bool:
        """On, with a frequency a reminder can follow."""
        return self.on and isinstance(self.frequency, Frequency)

    def why_not(self) -> str | None:
        """Why no reminder will come, in words; None when reminders are running."""
        if not self.on:
            return _("Reminders are off.")
        if self.frequency is None:
            return _("This routine does not say how often to do it, so it sets no reminder.")
        if isinstance(self.frequency, str):
            return _(
                'This routine says how often in words ("{words}"), which set no reminder.'
            ).format(words=self.frequency)
        return None

    def next_due(
        self,
        now: datetime,
        done: Iterable[datetime] = (),
        state: ReminderState | None = None,
    ) -> datetime | None:
        """When the next nudge is due: `now` when one is due now, a later time, or None.

        `done` holds when sessions of this routine were done (today's at least; yesterday's
        too lets a late-evening session push the next nudge past the night)."""
        if not self.active:
            return None
        assert isinstance(self.frequency, Frequency)
        state = state or ReminderState()
        zone = now.tzinfo
        sessions = sorted(_here(t, now) for t in done)
        nudged = None if state.nudged_at is None else _here(state.nudged_at, now)
        floor = now
        if state.done_on is not None and state.done_on >= now.date():
            floor = max(now, self.waking.opens(state.done_on + timedelta(days=1), zone))
        target = self._snoozed_until(state, sessions, nudged, now)
        if target is None:
            target = self._frequency_due(self.frequency, floor, sessions, nudged)
        return self.waking.first_at_or_after(max(target, floor))

    def is_due(
        self,
        now: datetime,
        done: Iterable[datetime] = (),
        state: ReminderState | None = None,
    ) -> bool:
        due = self.next_due(now, done, state)
        return due is not None and due <= now

    # -- what the person did -----------------------------------------------------------------

    def nudged(self, now: datetime, state: ReminderState) -> ReminderState:
        return replace(state, nudged_at=now)

    def snoozed(self, now: datetime, state: ReminderState) -> ReminderState:
        return replace(state, snoozed_at=now)

    def done_today(self, now: datetime, state: ReminderState) -> ReminderState:
        return replace(state, done_on=now.date(), snoozed_at=None)

    # -- the rules ---------------------------------------------------------------------------

    def _snoozed_until(
        self,
        state: ReminderState,
        sessions: list[datetime],
        nudged: datetime | None,
        now: datetime,
    ) -> datetime | None:
        """The end of a snooze still waiting: no session done and no nudge shown since."""
        if state.snoozed_at is None:
            return None
        pressed = _here(state.snoozed_at, now)
        until = pressed + self.snooze
        if any(t >= pressed for t in sessions) or (nudged is not None and nudged >= until):
            return None
        return until

    def _frequency_due(
        self,
        frequency: Frequency,
        floor: datetime,
        sessions: list[datetime],
        nudged: datetime | None,
    ) -> datetime:
        gap = frequency.gap_hours
        if gap is not None:
            anchors = [t for t in (sessions[-1] if sessions else None, nudged) if t is not None]
            return max(anchors) + timedelta(hours=gap) if anchors else floor
        return self._slot_due(frequency.times_per_day or 1, floor, sessions, nudged)

    def slots(self, day: date, times: int, zone: tzinfo | None) -> list[datetime]:
        """The day's nudge times for `times` a day: the start of each equal part of it."""
        opens = self.waking.opens(day, zone)
        length = self.waking.closes(day, zone) - opens
        return [opens + length * j / times for j in range(times)]

    def _slot_due(
        self, times: int, floor: datetime, sessions: list[datetime], nudged: datetime | None
    ) -> datetime:
        """The first slot from `floor`'s day on that is neither met nor already nudged."""
        day = floor.date()
        for ahead in range(_DAYS_AHEAD):
            when = day + timedelta(days=ahead)
            count = sum(1 for t in sessions if t.date() == when)
            for j, slot in enumerate(self.slots(when, times, floor.tzinfo)):
                if j >= count and (nudged is None or slot > nudged):
                    return slot
        return self.waking.opens(day + timedelta(days=_DAYS_AHEAD), floor.tzinfo)


def _here(moment: datetime, now: datetime) -> datetime:
    """`moment` on the same clock as `now` (its zone, when both carry one)."""
    if moment.tzinfo is not None and now.tzinfo is not None:
        return moment.astimezone(now.tzinfo)
    return moment
