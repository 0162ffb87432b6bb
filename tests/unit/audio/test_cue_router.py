"""What each cue becomes under each combination of settings, paused or not."""

from __future__ import annotations

import pytest

from sciatica_coach import paths
from sciatica_coach.audio.cue_router import (
    CAPTIONS,
    CueOptions,
    Routed,
    SpeechKind,
    route,
    sound_caption,
)
from sciatica_coach.core import cues
from sciatica_coach.core.events import Cue
from sciatica_coach.storage.settings import Settings

PROMPT = Cue("switch_side", "Switch sides", "Switch to your right side")
COUNT = cues.countdown_cue(3)
SPOKEN_ONLY = Cue(None, "Get ready: Clam", "Get ready: Clam")
STOP = cues.stop_cue()


def test_defaults_sound_the_tone_and_say_the_prompt():
    assert route(PROMPT, CueOptions(), paused=False) == Routed(
        sound="switch_side",
        speech="Switch sides",
        speech_kind=SpeechKind.PROMPT,
        caption="Switch to your right side",
        flash=False,
    )


@pytest.mark.parametrize("sound_on", [True, False])
@pytest.mark.parametrize("voice_on", [True, False])
@pytest.mark.parametrize("count_aloud", [True, False])
def test_each_switch_controls_only_its_own_output(sound_on, voice_on, count_aloud):
    opts = CueOptions(sound_on=sound_on, voice_on=voice_on, count_aloud=count_aloud)
    prompt = route(PROMPT, opts, paused=False)
    count = route(COUNT, opts, paused=False)
    assert prompt.sound == ("switch_side" if sound_on else None)
    assert count.sound == ("tick" if sound_on else None)
    assert prompt.speech == ("Switch sides" if voice_on else None)
    assert count.speech == ("3" if voice_on and count_aloud else None)
    assert count.speech_kind is SpeechKind.COUNT
    # Captions never depend on the switches: the screen always says what the sound means.
    assert prompt.caption == "Switch to your right side"
    assert count.caption == "3"


def test_a_cue_without_a_sound_can_still_be_spoken_and_captioned():
    routed = route(SPOKEN_ONLY, CueOptions(), paused=False)
    assert (routed.sound, routed.speech, routed.caption) == (
        None,
        "Get ready: Clam",
        "Get ready: Clam",
    )
    assert routed.flash is False  # a flash stands in for a sound; there is none here


def test_flash_goes_with_every_sound_when_asked_even_with_sound_off():
    opts = CueOptions(sound_on=False, screen_flash=True)
    assert route(PROMPT, opts, paused=False).flash
    assert route(COUNT, opts, paused=False).flash
    assert not route(PROMPT, CueOptions(), paused=False).flash


def test_while_paused_nothing_is_sounded_spoken_or_flashed_but_captions_stay():
    opts = CueOptions(count_aloud=True, screen_flash=True)
    for cue in (PROMPT, COUNT, SPOKEN_ONLY, Cue("start", "Left side. Go", "Rep 1 of 2")):
        routed = route(cue, opts, paused=True)
        assert (routed.sound, routed.speech, routed.flash) == (None, None, False)
        assert routed.caption == cue.caption


def test_the_stop_cue_is_heard_while_paused_and_cuts_in():
    routed = route(STOP, CueOptions(screen_flash=True), paused=True)
    assert routed == Routed("stop", "Paused", SpeechKind.URGENT, "Paused: this hurts", True)
    assert route(STOP, CueOptions(sound_on=False, voice_on=False), paused=True).sound is None


def test_every_engine_sound_has_a_caption_and_a_file():
    assert set(CAPTIONS) == set(cues.SOUNDS)
    for sound in cues.SOUNDS:
        assert paths.asset(f"sounds/{sound}.wav").is_file()
        bare = route(Cue(sound), CueOptions(), paused=False)
        assert bare.caption == CAPTIONS[sound]
    assert sound_caption("new_sound") == "New sound"


def test_the_saved_settings_model_is_what_the_router_reads():
    settings = Settings(count_aloud=True, screen_flash=True)
    routed = route(COUNT, settings, paused=False)
    assert (routed.sound, routed.speech, routed.flash) == ("tick", "3", True)
