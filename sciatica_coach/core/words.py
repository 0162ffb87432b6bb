"""Facts into sentences, at the moment they are shown (never stored).

The log keeps what happened and when (which drill, which level, why, the date); these functions
write the sentence for the day it is read, in the chosen language, so a reason stored on Monday
reads "on Monday" on Friday and "today" only on the day itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .i18n import N_, _, ngettext
from .segments import Change, ChangeCause

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date, datetime

    from .library import Catalogue
    from .models import Frequency
    from .progress import PhysioNotice, ProgressionOffer

_WEEKDAYS = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)
_MONTHS = (
    N_("Jan"),
    N_("Feb"),
    N_("Mar"),
    N_("Apr"),
    N_("May"),
    N_("Jun"),
    N_("Jul"),
    N_("Aug"),
    N_("Sep"),
    N_("Oct"),
    N_("Nov"),
    N_("Dec"),
)


def lower_name(name: str) -> str:
    """A drill's name inside a sentence: 'Bird dog' -> 'bird dog', but 'SIJ rock' stays."""
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


def long_day_words(day: date) -> str:
    """'1 December 2026', in the chosen language ('1 de diciembre de 2026')."""
    months = (
        _("January"),
        _("February"),
        _("March"),
        _("April"),
        _("May", "the month, in full"),  # the same English as the short "May"
        _("June"),
        _("July"),
        _("August"),
        _("September"),
        _("October"),
        _("November"),
        _("December"),
    )
    return _("{day} {month} {year}").format(day=day.day, month=months[day.month - 1], year=day.year)


def month_words(month: int) -> str:
    """'Dec' for 12, in the chosen language."""
    return _(_MONTHS[month - 1])


def weekday(moment: date) -> str:
    return _(_WEEKDAYS[moment.weekday()])


def day_words(moment: date) -> str:
    """'Tue 1 Dec': a date a person reads at a glance."""
    return _("{weekday} {day} {month}").format(
        weekday=weekday(moment)[:3], day=moment.day, month=_(_MONTHS[moment.month - 1])
    )


def when_words(moment: datetime, now: datetime) -> str:
    """'today', 'yesterday', 'on Monday' within the week, else 'on Tue 1 Dec' (local dates)."""
    moment, now = moment.astimezone(), now.astimezone()
    days = (now.date() - moment.date()).days
    if days == 0:
        return _("today")
    if days == 1:
        return _("yesterday")
    if 1 < days < 7:
        return _("on {weekday}").format(weekday=weekday(moment))
    return _("on {date}").format(date=day_words(moment))


def change_text(change: Change, level: str, names: Callable[[str], str], now: datetime) -> str:
    """Why a drill runs on `level` instead of the routine's own exercise."""
    about = lower_name(names(change.about)) if change.about else _("this drill")
    when = when_words(change.since, now) if change.since is not None else ""
    level_name = lower_name(names(level))
    if change.cause is ChangeCause.HURT_NOW:
        return _("Switched to {level} because {about} hurt.").format(level=level_name, about=about)
    if change.cause is ChangeCause.PROGRESSED:
        return (
            _("Starting on {level}: you chose to step up {when}.")
            .format(level=level_name, when=when)
            .replace("  ", " ")
        )
    if change.cause is ChangeCause.USER:
        return _("Starting on {level}: your choice.").format(level=level_name)
    if change.cause is ChangeCause.LEFT_OUT:
        return left_out_text(about, when)
    return _("Starting on {level} because {about} was stopped {when}.").format(
        level=level_name, about=about, when=when
    )


def left_out_text(about: str, when: str) -> str:
    return _(
        "{about} is left out: it was stopped {when} and has no easier version. "
        "Please ask your physio about it."
    ).format(about=about[:1].upper() + about[1:], when=when)


def progression_text(offer: ProgressionOffer, names: Callable[[str], str]) -> str:
    return _(
        "{current} went calmly in your last three sessions. You could try {harder} next. "
        "Only if it feels right: you do not need to progress every session."
    ).format(current=names(offer.current), harder=lower_name(names(offer.harder)))


def physio_text(notice: PhysioNotice, names: Callable[[str], str], now: datetime) -> str:
    from .progress import PhysioReason  # here: a plan's words need nothing else of progress

    if notice.reason is PhysioReason.WORSE_MORNINGS:
        return _(
            "You felt worse the morning after your last two sessions. Consider talking to "
            "your physio before carrying on with this routine."
        )
    name = names(notice.base) if notice.base else _("A drill")
    if notice.reason is PhysioReason.LEFT_OUT:
        when = when_words(notice.since, now) if notice.since is not None else ""
        return left_out_text(lower_name(name), when)
    return ngettext(
        "{name} has been stopped {n} time in the last four weeks. Consider asking your "
        "physio about it before doing it again.",
        "{name} has been stopped {n} times in the last four weeks. Consider asking your "
        "physio about it before doing it again.",
        notice.count,
    ).format(name=name, n=notice.count)


def times(n: int) -> str:
    """'once', 'twice', '3 times'."""
    if n == 1:
        return _("once")
    if n == 2:
        return _("twice")
    return ngettext("{n} time", "{n} times", n).format(n=n)


def flag_words(flag_id: str) -> str:
    """A warning sign in a few words (an id from an older version is shown as its words)."""
    from .safety_words import red_flag_short

    try:
        return red_flag_short(flag_id)
    except KeyError:
        return flag_id.replace("_", " ")


def red_flag_report(flags: tuple[str, ...] | list[str], at: datetime, now: datetime) -> str:
    """'On Tue 1 Dec you reported a warning sign: saddle numbness.' (said at display time)."""
    signs = "; ".join(flag_words(f) for f in flags)
    return ngettext(
        "{when} you reported a warning sign: {signs}.",
        "{when} you reported warning signs: {signs}.",
        len(flags),
    ).format(when=_("On {date}").format(date=day_words(at.astimezone())), signs=signs)


def exercise_name(catalogue: Catalogue | None, exercise_id: str) -> str:
    """An exercise's shown name, or its id in words when the catalogue no longer has it."""
    if catalogue is not None and exercise_id in catalogue:
        return catalogue[exercise_id].name
    return exercise_id.replace("-", " ").capitalize()


def level_words(
    exercise_id: str,
    level_id: str | None,
    source: str | None,
    about: str | None,
    since: datetime | None,
    names: Callable[[str], str],
    now: datetime,
) -> tuple[str, str]:
    """What a drill starts on now and why, for the History table and the physio report."""
    if level_id is None or source is None:
        return _("Full version"), ""
    change = Change(ChangeCause(source), about, since)
    why = change_text(change, level_id, names, now)
    if level_id == exercise_id:
        return (_("Left out") if source == ChangeCause.LEFT_OUT else _("Full version")), why
    return names(level_id), why


def frequency_words(frequency: Frequency | str) -> str:
    """'Every 2 to 3 hours while awake', '3 times a day, 5 days a week', or the physio's words."""
    if isinstance(frequency, str):
        return frequency
    hours = frequency.every_hours
    if hours is not None:
        low, high = (hours[0], hours[1]) if isinstance(hours, list) else (hours, hours)
        text = (
            _("Every {low:g} to {high:g} hours").format(low=low, high=high)
            if low != high
            else ngettext(
                "Every hour", "Every {n:g} hours", int(low) if low == int(low) else 2
            ).format(n=low)
        )
        if frequency.while_awake:
            text = _("{text} while awake").format(text=text)
    else:
        n = frequency.times_per_day or 1
        text = ngettext("Once a day", "{n} times a day", n).format(n=n)
    if frequency.days_per_week is not None and frequency.days_per_week < 7:
        text = _("{text}, {n} days a week").format(text=text, n=frequency.days_per_week)
    return text


def which_side_text(routine_title: str) -> str:
    """Why the app asks which side, once."""
    return _(
        "{routine} has drills for the side your sciatica is on, such as a stretch for that "
        "leg. Which side is it? If it is both, or you are not sure, each drill is done on both "
        "sides in turn. The app asks once; you can change it in Settings."
    ).format(routine=routine_title)
