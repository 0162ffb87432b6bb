"""The words match the buttons and the facts: what the hurt flow says, for every suggestion."""

from __future__ import annotations

import gettext
import itertools
import re

import pytest

from sciatica_coach.core import i18n
from sciatica_coach.core.models import StopRule
from sciatica_coach.core.safety import (
    RED_FLAGS,
    Action,
    Baseline,
    Feeling,
    HurtAnswers,
    NextTime,
    Reach,
    Spread,
    Suggestion,
    Urgency,
    Why,
    suggest,
)
from sciatica_coach.core.safety_words import (
    action_label,
    advice,
    feeling_label,
    next_time_text,
    reach_label,
    red_flag_question,
    red_flag_short,
    red_flags_prompt,
    spread_label,
    spread_question,
    suggestion_text,
    urgency_heading,
    warning_signs_summary,
)

DRILL, EASIER = "Bird dog", "Bird dog, arm only"
# The key words of each button, as the sentences use them.
SAYS = {
    Action.REGRESS: r"\bswitch",
    Action.SKIP: r"\bskip",
    Action.CONTINUE: r"\bcarry on",
    Action.END: r"\bend the session",
    Action.RED_FLAG: r"\bend the session",
}


def every_suggestion() -> list[Suggestion]:
    """One suggestion for every answer: pain x change x rule x feeling x easier x check-in."""
    feelings = (frozenset(), *(frozenset({f}) for f in Feeling))
    out = []
    for back, leg, change, rule, feel, easier, base in itertools.product(
        range(11), range(11), Spread, StopRule, feelings, (True, False), (None, Baseline(3, 3))
    ):
        answers = HurtAnswers(back, leg, spread=change, feelings=feel)
        out.append(suggest(answers, rule, base, has_easier=easier))
    for flag in RED_FLAGS:
        answers = HurtAnswers(2, 2, red_flags=frozenset({flag.id}))
        out.append(suggest(answers, StopRule.TOLERABLE, has_easier=True))
    return out


SUGGESTIONS = sorted(
    set(every_suggestion()), key=lambda s: (s.why, s.action, s.change, s.pain, s.has_easier)
)


def said(s: Suggestion) -> str:
    # The easier name is passed even without an easier variation: the words must not use it.
    return suggestion_text(s, DRILL, EASIER).lower()


def test_the_key_words_are_the_buttons_words():
    for action, pattern in SAYS.items():
        assert re.search(pattern, action_label(action, EASIER).lower())
    assert action_label(Action.REGRESS, EASIER) == f"Switch to {EASIER}"
    assert action_label(Action.REGRESS, None) == "Switch to the easier version"


def test_every_action_named_is_offered_and_the_suggested_one_is_named():
    assert len(SUGGESTIONS) > 250  # distinct suggestions from ~30,000 answers
    for s in SUGGESTIONS:
        text = said(s)
        named = {a for a, pattern in SAYS.items() if re.search(pattern, text)}
        offered = set(s.options) | ({Action.RED_FLAG} if Action.END in s.options else set())
        offered |= {Action.END} if Action.RED_FLAG in s.options else set()
        assert named <= offered, (s, text)
        assert s.action in named, (s, text)


@pytest.mark.parametrize(
    ("phrase", "change"),
    [
        ("not spread", Spread.SAME),
        ("spread further down your leg since", Spread.FURTHER),
        ("moved up toward your back", Spread.RETREATING),
    ],
)
def test_spread_is_only_spoken_of_when_it_is_known(phrase, change):
    for s in SUGGESTIONS:
        if phrase in said(s):
            assert s.change is change, (s, said(s))
    assert any(phrase in said(s) for s in SUGGESTIONS)


def test_low_pain_says_no_spread_only_when_the_reach_was_compared():
    for s in SUGGESTIONS:
        if s.why is Why.LOW and s.change is Spread.SAME:
            assert "has not spread further down your leg" in said(s)
        elif s.why is Why.LOW:
            assert "spread" not in said(s), said(s)


def test_without_an_easier_variation_there_is_no_switching_and_the_drill_is_left_out():
    for s in SUGGESTIONS:
        if s.has_easier or s.why is Why.RED_FLAG:
            continue
        text = said(s)
        assert EASIER.lower() not in text, text
        assert "switch" not in text, text
        assert "easier" not in text.replace("no easier version", ""), text
        if s.stops_drill or s.why is Why.AMBER:
            assert "there is no easier version of this drill" in text, text
        if s.stops_drill:
            assert "left out next time" in text, text
            assert "ask your physio" in text, text
            assert "same drill" not in text, text


def test_after_a_stop_the_words_say_the_easier_version_comes_next_time():
    for s in SUGGESTIONS:
        if s.has_easier and s.stops_drill:
            assert f"next time it starts on {EASIER.lower()}." in said(s), said(s)


@pytest.mark.parametrize(
    ("why", "words"),
    [
        (Why.HIGH_PAIN, "too high to keep going. stop this drill and rest"),
        (Why.AMBER, "middle zone"),
        (Why.PAIN_FREE, "should not hurt at all"),
        (Why.WORSE, "making them worse"),
        (Why.SHARP, "sharp or shooting"),
        (Why.NERVE, "numbness, tingling or weakness"),
        (Why.CENTRALISING, "usually a good sign"),
        (Why.LOW, "your pain is low"),
    ],
)
def test_each_reason_is_worded_with_its_pain(why, words):
    found = [s for s in SUGGESTIONS if s.why is why]
    assert found
    for s in found:
        assert words in said(s), said(s)
        if why in (Why.HIGH_PAIN, Why.AMBER, Why.LOW, Why.PAIN_FREE):
            assert f"{s.pain} out of 10" in said(s)


def test_a_red_flag_suggestion_ends_the_session_with_the_advice():
    for s in SUGGESTIONS:
        if s.why is Why.RED_FLAG:
            assert s.urgency is not None
            text = suggestion_text(s, DRILL, None, contact="Sam 01234")
            assert text == f"End the session now. {advice(s.urgency, 'Sam 01234')}"


def test_emergency_advice_says_999_and_a_and_e_and_never_offers_the_physio():
    text = advice(Urgency.EMERGENCY, contact="Sam, physio, 01234 567890")
    for words in ("999", "local emergency number", "A&E"):
        assert words in text
    assert text == advice(Urgency.EMERGENCY)
    assert "physio" not in text.lower()
    assert "01234" not in text


@pytest.mark.parametrize("urgency", [Urgency.SAME_DAY, Urgency.SOON])
def test_the_physio_is_added_after_the_apps_own_advice_never_instead(urgency):
    own = advice(urgency)
    assert "physio" not in own.lower()
    assert "doctor" in own.lower() or "gp" in own.lower()
    with_contact = advice(urgency, contact="Sam 01234 567890")
    assert with_contact.startswith(own)
    assert with_contact.endswith("Sam 01234 567890.")


def test_the_headings_and_summary_say_what_to_do():
    assert urgency_heading(Urgency.EMERGENCY) == (
        "Call 999 or your local emergency number, or go to A&E, if you have:"
    )
    assert "today" in urgency_heading(Urgency.SAME_DAY)
    summary = warning_signs_summary()
    assert summary.count(". ") <= 1  # one or two sentences
    assert summary.startswith("Call 999")
    # Each emergency and same-day sign is named in the summary.
    for words in (
        "genitals or bottom",
        "bladder",
        "bowel",
        "sexual",
        "both legs",
        "face or arm",
        "speaking",
        "nausea",
        "accident",
        "same day",
        "leg getting weaker",
        "fever",
    ):
        assert words in summary, words


def test_every_red_flag_has_short_plain_words():
    for flag in RED_FLAGS:
        assert 0 < len(red_flag_question(flag.id)) <= 80, flag.id
        assert 0 < len(red_flag_short(flag.id)) <= 50, flag.id
    assert red_flag_short("saddle") == "saddle numbness"
    assert "new or getting worse" in red_flags_prompt()
    with pytest.raises(KeyError):
        red_flag_question("upper_body")  # retired: never asked again
    assert "older question" in red_flag_short("upper_body")  # but old logs still read


def _everything_shown() -> list[str]:
    texts = [red_flags_prompt(), warning_signs_summary(), spread_question()]
    texts += [red_flag_question(f.id) for f in RED_FLAGS]
    texts += [red_flag_short(f.id) for f in RED_FLAGS]
    texts += [urgency_heading(u) for u in Urgency] + [advice(u, "Sam") for u in Urgency]
    texts += [reach_label(r) for r in Reach] + [spread_label(s) for s in Spread]
    texts += [feeling_label(f) for f in Feeling] + [action_label(a, EASIER) for a in Action]
    texts += [next_time_text(n, DRILL, EASIER) for n in NextTime]
    texts += [suggestion_text(s, DRILL, EASIER, contact="Sam") for s in SUGGESTIONS]
    return texts


def test_the_words_never_diagnose_or_name_a_condition():
    for text in _everything_shown():
        lowered = text.lower()
        for word in ("diagnos", "cauda", "stroke", "herniat", "infection", "sciatica", "disc "):
            assert word not in lowered, (word, text)


class _Marked(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return f"«{message}»"


def test_every_sentence_goes_through_the_translation(monkeypatch):
    monkeypatch.setattr(i18n, "_translation", _Marked())
    for text in _everything_shown():
        assert re.fullmatch(r"«[^«»]*»( «[^«»]*»)*", text), text


def test_next_time_words_for_each_outcome():
    assert next_time_text(NextTime.EASIER, DRILL, EASIER) == f"Next time it starts on {EASIER}."
    assert (
        next_time_text(NextTime.EASIER, DRILL, None) == "Next time it starts on its easier version."
    )
    assert "left out next time: ask your physio" in next_time_text(NextTime.LEAVE_OUT, DRILL, None)
    assert next_time_text(NextTime.SAME, DRILL, EASIER) == f"{DRILL} stays as it is next time."


def test_red_flag_words_need_the_urgency():
    s = Suggestion(Action.RED_FLAG, (Action.RED_FLAG,), Why.RED_FLAG, None, Spread.SAME, True, 2)
    with pytest.raises(ValueError, match="urgency"):
        suggestion_text(s, DRILL, None)


def test_a_drill_name_with_its_own_comma_is_never_read_as_two_drills():
    from sciatica_coach.core.models import StopRule
    from sciatica_coach.core.safety_words import stop_rule_lines

    rules = {"a": StopRule.TOLERABLE, "b": StopRule.TOLERABLE, "c": StopRule.TOLERABLE}
    shown = {"a": "Bird dog", "b": "Piriformis stretch, seated figure-4", "c": "Slow breathing"}
    (line,) = stop_rule_lines(rules, shown.__getitem__)
    assert line.startswith("Bird dog; Piriformis stretch, seated figure-4; Slow breathing: ")
    plain = {"a": "Bird dog", "b": "Clamshell", "c": "Slow breathing"}
    (line,) = stop_rule_lines(rules, plain.__getitem__)
    assert line.startswith("Bird dog, Clamshell, Slow breathing: ")
