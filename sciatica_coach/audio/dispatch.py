"""Carry cues from the session to the player and the voice, remembering whether it is paused.

Pure (no Qt) so that the tests drive the very path the window uses: `ui/cue_output.py` forwards
the driver's signals here, and a unit test feeds the machine's events straight in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from ..core import events as ev
from .cue_router import route

if TYPE_CHECKING:
    from .cue_router import CueSettings, Routed, SpeechKind
    from .player import CuePlayer


class Speaker(Protocol):
    def say(self, text: str, kind: SpeechKind) -> None: ...

    def silence(self) -> None:
        """Stop talking and forget anything waiting to be said."""
        ...


class CueDispatcher:
    def __init__(
        self, player: CuePlayer, settings: CueSettings, speaker: Speaker | None = None
    ) -> None:
        self.player = player
        self.settings = settings
        """Read at every cue, so a change on the Settings page applies at once."""
        self.speaker = speaker
        self.paused = False

    def set_paused(self, paused: bool) -> None:
        if paused and not self.paused and self.speaker is not None:
            self.speaker.silence()
        self.paused = paused

    def cue(self, cue: ev.Cue) -> Routed:
        routed = route(cue, self.settings, paused=self.paused)
        if routed.sound is not None:
            self.player.play(routed.sound)
        if routed.speech is not None and self.speaker is not None:
            self.speaker.say(routed.speech, routed.speech_kind)
        return routed

    def feed(self, events: list[ev.Event]) -> list[Routed]:
        """Handle the machine's events in order (what the driver's signals carry)."""
        out: list[Routed] = []
        for event in events:
            if isinstance(event, ev.Paused):
                self.set_paused(True)
            elif isinstance(event, ev.Resumed):
                self.set_paused(False)
            elif isinstance(event, ev.Cue):
                out.append(self.cue(event))
        return out
