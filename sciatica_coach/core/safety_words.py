"""Every sentence of the hurt flow and the warning signs, made when shown, through `_()`.

`safety` keeps the facts (red-flag ids, levels, reason codes); this module words them, so the log
stores facts and a second language needs a catalogue, not a change to the rules. One source for
the warning signs: routine and exercise files do not repeat them; the app shows
`warning_signs_summary()` beside every routine instead.

Wording (CLINICAL.md §3-4; NHS sciatica advice [R1] and NHS "FAST"): plain words a person in pain
understands, short questions about anything new or getting worse, careful verbs ("suggests",
"consider") and never a diagnosis or the name of a condition.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import region
from .i18n import _
from .listing import name_list
from .models import StopRule
from .region import Services
from .safety import (
    HIGH_PAIN,
    Action,
    Feeling,
    NextTime,
    Reach,
    Spread,
    Suggestion,
    Urgency,
    Why,
)

if TYPE_CHECKING:
    from collections.abc import Callable

# -- red flags ---------------------------------------------------------------------------------


def red_flag_question(flag_id: str) -> str:
    """The tick-box words for one red flag (short: all of them fit on one page)."""
    questions = {
        "saddle": _("Numbness around your genitals or bottom (where you would sit on a saddle)"),
        "bladder": _("New trouble peeing, not being able to pee, or leaking urine"),
        "bowel": _("New trouble controlling your bowels, or not feeling when you need to poo"),
        "sexual": _("New numbness in your genitals, or new problems with erection or ejaculation"),
        "both_legs": _("Pain, numbness or tingling in both legs"),
        "both_legs_weak": _("Weakness or numbness in both legs that is getting worse"),
        "face_arm_speech": _(
            "Face or arm suddenly numb or weak, a drooping face, or trouble speaking"
        ),
        "pain_nausea": _("Severe back pain with sudden nausea (feeling sick)"),
        "accident": _(
            "Back pain after a serious accident, such as a car crash or a fall from a height"
        ),
        "foot_drop": _("One leg getting weaker, or a foot that drags or slaps down as you walk"),
        "fever": _("A fever or feeling unwell with the back pain, more so if your immunity is low"),
        "night_weight": _("Pain at night that does not ease, or weight loss you cannot explain"),
        "history": _(
            "New back pain with past cancer, weak bones, steroids, or age under 20 or over 50"
        ),
    }
    return questions[flag_id]


def red_flag_short(flag_id: str) -> str:
    """A few words naming the sign, for history tables and the physio report."""
    short = {
        "saddle": _("saddle numbness"),
        "bladder": _("new bladder problems"),
        "bowel": _("new bowel problems"),
        "sexual": _("new sexual problems"),
        "both_legs": _("symptoms in both legs"),
        "both_legs_weak": _("worsening weakness or numbness in both legs"),
        "face_arm_speech": _("sudden face or arm numbness, or trouble speaking"),
        "pain_nausea": _("severe back pain with sudden nausea"),
        "accident": _("back pain after a serious accident"),
        "foot_drop": _("one leg getting weaker"),
        "fever": _("fever or feeling unwell"),
        "night_weight": _("night pain or unexplained weight loss"),
        "history": _("cancer, weak bones, steroids or age"),
        # Retired questions, still named in old logs (safety.RETIRED_FLAGS).
        "upper_body": _("face, arm or stomach symptoms (older question)"),
        "sudden_limb": _("sudden worse pain or loss of strength (older question)"),
    }
    return short[flag_id]


def red_flags_prompt() -> str:
    """Above the tick boxes: the questions are about change, not how things always are."""
    return _("Do you notice any of these? Tick anything that is new or getting worse.")


def urgency_heading(urgency: Urgency, services: Services | None = None) -> str:
    """The heading above the red flags of one level, in the dialog, Help and handouts."""
    where = services or region.current()
    if urgency is Urgency.EMERGENCY:
        return {
            Services.UK: _("Call 999 or your local emergency number, or go to A&E, if you have:"),
            Services.SPAIN: _(
                "Call 112 or go to a hospital emergency department (urgencias) if you have:"
            ),
            Services.EU: _("Call 112 or go to a hospital emergency department if you have:"),
            Services.LOCAL: _(
                "Call your local emergency number or go to a hospital emergency department "
                "if you have:"
            ),
        }[where]
    if urgency is Urgency.SAME_DAY:
        return {
            Services.UK: _("Get medical advice today (your GP or NHS 111) if you have:"),
            Services.SPAIN: _(
                "Get medical advice today (your doctor at your health centre, the centro de "
                "salud) if you have:"
            ),
            Services.EU: _(
                "Get medical advice today (your doctor or local urgent care) if you have:"
            ),
            Services.LOCAL: _(
                "Get medical advice today (your doctor or local urgent care) if you have:"
            ),
        }[where]
    return _("See a doctor soon if you have:")


def advice(urgency: Urgency, contact: str | None = None, services: Services | None = None) -> str:
    """What to do now, with the number and services of `services` (by default the ones
    Settings gave, `region.current()`). The physio's contact is added after the app's advice,
    never instead."""
    where = services or region.current()
    if urgency is Urgency.EMERGENCY:
        # Never the physio's number here: it must not look like an alternative to 999 or 112.
        return {
            Services.UK: _(
                "Stop exercising now and get help straight away: call 999 or your local emergency "
                "number, or go to A&E. Do not wait to see if it passes, and do not drive yourself."
            ),
            Services.SPAIN: _(
                "Stop exercising now and get help straight away: call 112 or go to a hospital "
                "emergency department (urgencias). Do not wait to see if it passes, and do not "
                "drive yourself."
            ),
            Services.EU: _(
                "Stop exercising now and get help straight away: call 112 or go to a hospital "
                "emergency department. Do not wait to see if it passes, and do not drive "
                "yourself."
            ),
            Services.LOCAL: _(
                "Stop exercising now and get help straight away: call your local emergency "
                "number or go to a hospital emergency department. Do not wait to see if it "
                "passes, and do not drive yourself."
            ),
        }[where]
    if urgency is Urgency.SAME_DAY:
        text = {
            Services.UK: _(
                "Stop exercising for today and get medical advice today: call your GP surgery or "
                "NHS 111 (or your local urgent care service). If it gets worse quickly, call 999 "
                "or your local emergency number."
            ),
            Services.SPAIN: _(
                "Stop exercising for today and get medical advice today: call your health centre "
                "(centro de salud) and ask to be seen today. If it gets worse quickly, call 112."
            ),
            Services.EU: _(
                "Stop exercising for today and get medical advice today: call your doctor or "
                "your local urgent care service. If it gets worse quickly, call 112."
            ),
            Services.LOCAL: _(
                "Stop exercising for today and get medical advice today: call your doctor or "
                "your local urgent care service. If it gets worse quickly, call your local "
                "emergency number."
            ),
        }[where]
    else:
        text = _(
            "Stop this session and arrange to see a doctor soon, within a few days. Tell them "
            "what you noticed. If it gets worse, or new signs appear, get advice sooner."
        )
    if contact:
        then = _("Then let your physio know: {contact}.").format(contact=contact)
        text = f"{text} {then}"
    return text


def unsure_text(contact: str | None = None) -> str:
    """Under every suggestion that is not a warning sign: the app's limits, and who to ask."""
    if contact:
        return _(
            "The app never diagnoses: if you are unsure, stop and ask your physio: {contact}."
        ).format(contact=contact)
    return _("The app never diagnoses: if you are unsure, stop and ask your physio.")


def warning_signs_summary(services: Services | None = None) -> str:
    """The warning signs in two sentences, for routine cards, previews and handouts."""
    signs = _(
        "numbness around your genitals or bottom; new bladder, bowel or sexual problems; pain, "
        "numbness or weakness in both legs; a face or arm suddenly numb or weak, or trouble "
        "speaking; severe back pain with sudden nausea; or back pain after a serious accident."
    )
    where = services or region.current()
    emergency = {
        Services.UK: _("Call 999 or your local emergency number, or go to A&E, for:"),
        Services.SPAIN: _("Call 112 or go to a hospital emergency department (urgencias) for:"),
        Services.EU: _("Call 112 or go to a hospital emergency department for:"),
        Services.LOCAL: _(
            "Call your local emergency number or go to a hospital emergency department for:"
        ),
    }[where]
    same_day = _(
        "Get medical advice the same day for a leg getting weaker, or a fever or feeling unwell "
        "with back pain."
    )
    return f"{emergency} {signs} {same_day}"


# -- answers and buttons -----------------------------------------------------------------------


def reach_label(reach: Reach) -> str:
    labels = {
        Reach.NONE: _("Back only (or nowhere)"),
        Reach.BUTTOCK: _("Buttock"),
        Reach.THIGH: _("Thigh"),
        Reach.BELOW_KNEE: _("Below the knee"),
        Reach.FOOT: _("Foot"),
    }
    return labels[reach]


def spread_question() -> str:
    """Asked only when the check-in gave no reach to compare with."""
    return _("Has it spread further down your leg since you started?")


def spread_label(spread: Spread) -> str:
    labels = {
        Spread.FURTHER: _("Further down my leg"),
        Spread.SAME: _("No change"),
        Spread.RETREATING: _("Moved up toward my back"),
        Spread.UNKNOWN: _("Not sure"),
    }
    return labels[spread]


def feeling_label(feeling: Feeling) -> str:
    labels = {
        Feeling.SHARP: _("Sharp or shooting"),
        Feeling.NUMBNESS_TINGLING: _("Numbness or tingling"),
        Feeling.WEAKNESS: _("Weakness"),
        Feeling.ACHE: _("Dull ache"),
        Feeling.OTHER: _("Something else"),
    }
    return labels[feeling]


def action_label(action: Action, easier_name: str | None) -> str:
    """The button words; the suggestion's sentences use the same key words."""
    if action is Action.REGRESS:
        if easier_name:
            return _("Switch to {easier}").format(easier=easier_name)
        return _("Switch to the easier version")
    labels = {
        Action.SKIP: _("Skip this drill"),
        Action.CONTINUE: _("Carry on gently"),
        Action.END: _("End the session"),
        Action.RED_FLAG: _("End the session"),
    }
    return labels[action]


# -- the suggestion ----------------------------------------------------------------------------


def next_time_text(next_time: NextTime, drill_name: str, easier_name: str | None) -> str:
    """What the next session does with the drill, after the person's choice."""
    if next_time is NextTime.EASIER:
        if easier_name:
            return _("Next time it starts on {easier}.").format(easier=easier_name)
        return _("Next time it starts on its easier version.")
    if next_time is NextTime.LEAVE_OUT:
        return _("{drill} will be left out next time: ask your physio what to do instead.").format(
            drill=_sentence_start(drill_name)
        )
    return _("{drill} stays as it is next time.").format(drill=_sentence_start(drill_name))


def _sentence_start(name: str) -> str:
    """A drill's name (given as it reads mid-sentence) at the start of a sentence."""
    return name[:1].upper() + name[1:]


def suggestion_text(
    s: Suggestion, drill_name: str, easier_name: str | None, *, contact: str | None = None
) -> str:
    """Why, what the suggested button does and, after a stop, what happens next time.

    Every action these words name is among `s.options`; "switch" is said only when switching
    is offered and "carry on" only when carrying on is.
    """
    if s.why is Why.RED_FLAG:
        if s.urgency is None:
            raise ValueError("a red-flag suggestion needs its urgency")
        end_now = _("End the session now.")
        return f"{end_now} {advice(s.urgency, contact)}"
    easier = easier_name if s.has_easier else None
    parts = [_reason(s, drill_name), _what_to_do(s, easier)]
    if s.stops_drill:
        parts.append(next_time_text(s.next_time(s.action), drill_name, easier))
    return " ".join(parts)


def _reason(s: Suggestion, drill_name: str) -> str:
    pain = s.pain
    if s.why is Why.SPREADING:
        text = _(
            "Your symptoms have spread further down your leg since you started. That suggests "
            "this movement is not right for you at the moment."
        )
    elif s.why is Why.SHARP:
        text = _("Sharp or shooting pain is a sign to stop this movement.")
    elif s.why is Why.NERVE:
        text = _("New numbness, tingling or weakness is a sign to stop this movement.")
    elif s.why is Why.HIGH_PAIN:
        return _("Pain of {pain} out of 10 is too high to keep going.").format(pain=pain)
    elif s.why is Why.PAIN_FREE:
        return _("{drill} should not hurt at all, and it hurts now ({pain} out of 10).").format(
            drill=_sentence_start(drill_name), pain=pain
        )
    elif s.why is Why.WORSE:
        return _("{drill} should ease your symptoms, but it seems to be making them worse.").format(
            drill=_sentence_start(drill_name)
        )
    elif s.why is Why.CENTRALISING:
        return _(
            "Your symptoms have moved up toward your back. That is usually a good sign, even "
            "if your back hurts a little more while your leg eases."
        )
    elif s.why is Why.AMBER:
        return _(
            "Pain of {pain} out of 10 is in the middle zone: fine if it settles, but ease off."
        ).format(pain=pain)
    elif s.change is Spread.SAME:
        return _(
            "Your pain is low ({pain} out of 10) and has not spread further down your leg."
        ).format(pain=pain)
    else:
        return _("Your pain is low ({pain} out of 10).").format(pain=pain)
    if pain > HIGH_PAIN:
        text += " " + _("Pain of {pain} out of 10 is also too high to keep going.").format(
            pain=pain
        )
    return text


def _what_to_do(s: Suggestion, easier: str | None) -> str:
    none_easier = _("There is no easier version of this drill.")
    easier = easier or _("the easier version")
    if s.action is Action.CONTINUE and s.why is Why.AMBER:
        carry_on = _("Carry on gently with a smaller, slower movement, or skip it.")
        return f"{none_easier} {carry_on}"
    if s.action is Action.CONTINUE:
        return _("Carry on gently, within a comfortable range.")
    if s.why is Why.AMBER:
        return _(
            "Consider switching to {easier}, or carry on gently with a smaller movement."
        ).format(easier=easier)
    if s.action is Action.REGRESS:
        return _("Stop this drill now. Consider switching to {easier}, or skip this drill.").format(
            easier=easier
        )
    if s.pain > HIGH_PAIN:
        rest = _("Stop this drill and rest: skip it for now.")
        return rest if s.has_easier else f"{rest} {none_easier}"
    stop, skip = _("Stop this drill now."), _("Consider skipping it.")
    return f"{stop} {none_easier} {skip}"


def stop_rule_words(rule: StopRule) -> str:
    """What to watch for after a drill with this stop rule (CLINICAL.md §3: the traffic light
    was not validated in nerve pain, so nerve and pain-free drills keep their own rule)."""
    if rule is StopRule.PAIN_FREE:
        return _("should not hurt at all: any pain, tingling or numbness means stop")
    if rule is StopRule.MUST_RELIEVE:
        return _("should ease your symptoms: if they made them worse, stop and ask your physio")
    return _("some discomfort, up to 5 out of 10, is acceptable if it settles by the next morning")


def stop_rule_lines(rules: dict[str, StopRule], names: Callable[[str], str]) -> list[str]:
    """One line per stop rule, naming the drills done under it, strictest first."""
    lines = []
    for rule in (StopRule.PAIN_FREE, StopRule.MUST_RELIEVE, StopRule.TOLERABLE):
        drills = [names(i) for i, r in rules.items() if r is rule]
        if drills:
            lines.append(
                _("{drills}: {rule}.").format(
                    drills=_sentence_start(name_list(drills)), rule=stop_rule_words(rule)
                )
            )
    return lines
