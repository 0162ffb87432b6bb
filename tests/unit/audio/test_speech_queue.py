"""Turn-taking for spoken prompts: the voice never talks over itself."""

from __future__ import annotations

from sciatica_coach.audio.cue_router import SpeechKind
from sciatica_coach.audio.speech_queue import SpeechQueue

PROMPT, COUNT, URGENT = SpeechKind.PROMPT, SpeechKind.COUNT, SpeechKind.URGENT


class FakeEngine:
    def __init__(self) -> None:
        self.log: list[str] = []

    def speak(self, text: str) -> None:
        self.log.append(text)

    def stop(self) -> None:
        self.log.append("<stop>")


def queue() -> tuple[SpeechQueue, FakeEngine]:
    engine = FakeEngine()
    return SpeechQueue(engine), engine


def test_a_prompt_is_never_cut_off_by_a_count():
    q, engine = queue()
    q.say("Hold, 20 seconds", PROMPT)
    q.say("3", COUNT)
    q.finished()
    assert engine.log == ["Hold, 20 seconds"]
    assert q.speaking is None


def test_a_new_prompt_cuts_off_a_count():
    q, engine = queue()
    q.say("2", COUNT)
    q.say("Last one", PROMPT)
    assert engine.log == ["2", "Last one"]
    assert q.speaking is PROMPT


def test_a_newer_count_replaces_an_older_one():
    q, engine = queue()
    q.say("3", COUNT)
    q.say("2", COUNT)
    assert engine.log == ["3", "2"]


def test_at_most_one_prompt_waits_and_the_newest_wins():
    q, engine = queue()
    q.say("Rest, 30 seconds", PROMPT)
    q.say("Next: bird dog", PROMPT)
    q.say("Next: clamshell", PROMPT)
    assert engine.log == ["Rest, 30 seconds"]
    q.finished()
    assert engine.log == ["Rest, 30 seconds", "Next: clamshell"]
    q.finished()
    assert q.speaking is None
    assert q.waiting is None


def test_urgent_cuts_off_a_prompt_and_clears_what_waits():
    q, engine = queue()
    q.say("Hold", PROMPT)
    q.say("Next: clamshell", PROMPT)
    q.say("Paused", URGENT)
    q.finished()
    assert engine.log == ["Hold", "Paused"]
    assert q.speaking is None


def test_silence_stops_speech_and_forgets_the_waiting_prompt():
    q, engine = queue()
    q.silence()  # nothing to stop
    q.say("Hold", PROMPT)
    q.say("Next: clamshell", PROMPT)
    q.silence()
    q.finished()
    assert engine.log == ["Hold", "<stop>"]
