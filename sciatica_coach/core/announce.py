"""What a screen reader is told, unasked, while a session runs: the moments a person who cannot
see the screen needs to hear (a new drill, each rep, a hold or rest, the last three seconds,
pause and resume, the end), never the frames in between.

Pure: the window posts these as accessibility announcements (`ui.announcer`); the words are made
here, when the event happens, in the language chosen then.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import events as ev
from .i18n import _
from .models import Sides
from .plan_words import capital, rest_text, segment_text, side_words, switch_text
from .segments import SegmentKind

if TYPE_CHECKING:
    from .plan import Plan
    from .segments import Segment


@dataclass(frozen=True, slots=True)
class Announcement:
    text: str
    urgent: bool = False
    """Said at once, cutting off what is being said (a pause); else after it."""


def announcement(event: ev.Event, plan: Plan) -> Announcement | None:
    """The words for `event`, or None when nothing needs saying (a frame, a rep's hold)."""
    if isinstance(event, ev.SegmentStarted):
        text = segment_words(event.segment, plan)
        return None if text is None else Announcement(text)
    if isinstance(event, ev.Countdown):
        return Announcement(str(event.seconds))
    if isinstance(event, ev.Paused):
        return Announcement(_("Paused"), urgent=True)
    if isinstance(event, ev.Resumed):
        return Announcement(_("Resumed"))
    if isinstance(event, ev.WaitingForRep):
        return Announcement(_("Your pace: press Enter after each rep"))
    if isinstance(event, ev.SessionDone):
        return Announcement(_("Session complete") if event.complete else _("Session ended"))
    return None


def segment_words(seg: Segment, plan: Plan) -> str | None:
    """A new drill says which and how to get ready; a rep says its number (and its side, at
    the first or when sides alternate); a hold, rest or side switch says what it is; a breath
    says in or out."""
    drill = plan.drills[seg.step]
    kind = seg.kind
    if kind is SegmentKind.GET_READY:
        where = _("Drill {n} of {total}").format(n=seg.step + 1, total=len(plan.drills))
        return f"{where}. {segment_text(seg, drill)}"
    if seg.rep is not None and seg.reps is not None:
        if kind is not SegmentKind.MOVE:
            return None  # a rep's hold and return come every few seconds: the count is enough
        count = _("Rep {n} of {total}").format(n=seg.rep, total=seg.reps)
        alternating = drill.dose.sides is Sides.ALTERNATING  # the side changes every rep
        if seg.side is not None and (seg.rep == 1 or alternating):
            return f"{capital(side_words(drill, seg.side))}. {count}"
        return count
    if kind is SegmentKind.REST:
        return rest_text(drill, (seg.set or 0) + 1)
    if kind is SegmentKind.SWITCH_SIDE:
        return switch_text(seg.side, drill)
    if kind is SegmentKind.BREATHE_IN:
        return _("Breathe in")
    if kind is SegmentKind.BREATHE_OUT:
        return _("Breathe out")
    if kind is SegmentKind.BREATHE_HOLD:
        return _("Hold the breath gently") if seg.lungs_full else _("Rest before the next breath")
    return segment_text(seg, drill)  # a hold or a timed stretch: what to do, with the breath
