"""Who gets to speak next, so the voice never talks over itself (pure; `ui/voice.py` drives it).

- Nothing being said: speak now.
- A count is being said: anything newer cuts it off (an old number is no use).
- A prompt is being said: a new prompt waits, replacing any prompt already waiting (at most one
  waits); a count is dropped, since it would be stale by the time it could be said.
- An urgent prompt ('Paused' after "this hurts") cuts off anything and clears what waits.
"""

from __future__ import annotations

from typing import Protocol

from .cue_router import SpeechKind


class SpeechEngine(Protocol):
    def speak(self, text: str) -> None:
        """Start saying `text`, cutting off whatever is being said."""
        ...

    def stop(self) -> None: ...


class SpeechQueue:
    def __init__(self, engine: SpeechEngine) -> None:
        self.engine = engine
        self.speaking: SpeechKind | None = None
        self.waiting: str | None = None

    def say(self, text: str, kind: SpeechKind) -> None:
        if kind is SpeechKind.URGENT:
            self.waiting = None
            self._start(text, kind)
        elif self.speaking is None or self.speaking is SpeechKind.COUNT:
            self._start(text, kind)
        elif kind is SpeechKind.PROMPT:
            self.waiting = text

    def finished(self) -> None:
        """The engine finished (or gave up on) what it was saying."""
        text, self.waiting = self.waiting, None
        if text is None:
            self.speaking = None
        else:
            self._start(text, SpeechKind.PROMPT)

    def silence(self) -> None:
        self.waiting = None
        if self.speaking is not None:
            self.speaking = None
            self.engine.stop()

    def _start(self, text: str, kind: SpeechKind) -> None:
        self.speaking = kind
        self.engine.speak(text)
