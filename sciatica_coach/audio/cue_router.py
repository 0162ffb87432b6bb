"""Decide what one `Cue` becomes: a tone, spoken words, a caption and maybe a screen flash.

Pure: the caller passes the user's settings and whether the session is paused. While paused
(by the user, after a sleep, or in the "this hurts" dialog) nothing is sounded or spoken except
the `stop` cue itself; captions still describe what changed on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from ..core.i18n import N_, _

if TYPE_CHECKING:
    from ..core.events import Cue

STOP_SOUND = "stop"
"""The sound of `core.cues.stop_cue()`: the one cue heard while paused."""

CAPTIONS: dict[str, str] = {
    "start": N_("Begin"),
    "tick": N_("Tick"),
    "done": N_("Done"),
    "rep": N_("Next rep"),
    "breathe_in": N_("Breathe in"),
    "breathe_out": N_("Breathe out"),
    "switch_side": N_("Switch sides"),
    "set_done": N_("Set done"),
    "session_done": N_("Session complete"),
    "stop": N_("Paused"),
}
"""A caption for every sound, used when a cue carries neither a caption nor words."""


class CueSettings(Protocol):
    """The four switches the router reads (`storage.settings.Settings` has them)."""

    @property
    def sound_on(self) -> bool: ...

    @property
    def voice_on(self) -> bool: ...

    @property
    def count_aloud(self) -> bool: ...

    @property
    def screen_flash(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class CueOptions:
    sound_on: bool = True
    voice_on: bool = True
    count_aloud: bool = False
    screen_flash: bool = False


class SpeechKind(StrEnum):
    COUNT = "count"
    """A number ('3'): a newer prompt may cut it off."""
    PROMPT = "prompt"
    """'Hold', 'Next: clamshell': never cut off by a count; waits for the one being spoken."""
    URGENT = "urgent"
    """'Paused' after 'Stop: this hurts': cuts off anything and clears what waits."""


@dataclass(frozen=True, slots=True)
class Routed:
    sound: str | None
    speech: str | None
    speech_kind: SpeechKind
    caption: str | None
    flash: bool


def route(cue: Cue, settings: CueSettings, *, paused: bool) -> Routed:
    stop = cue.sound == STOP_SOUND
    audible = stop or not paused
    sound = cue.sound if audible and settings.sound_on else None
    speak = audible and settings.voice_on and (settings.count_aloud or not cue.count)
    kind = SpeechKind.URGENT if stop else SpeechKind.COUNT if cue.count else SpeechKind.PROMPT
    caption = cue.caption or cue.speech or (sound_caption(cue.sound) if cue.sound else None)
    return Routed(
        sound=sound,
        speech=cue.speech if speak else None,
        speech_kind=kind,
        caption=caption,
        flash=audible and settings.screen_flash and cue.sound is not None,
    )


def sound_caption(sound: str) -> str:
    if sound in CAPTIONS:
        return _(CAPTIONS[sound])
    return sound.replace("_", " ").capitalize()
