"""Voice: absent without the `voice` extra (the default); turn-taking on Qt's mock engine."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from sciatica_coach.audio.cue_router import SpeechKind
from sciatica_coach.ui.voice import Voice

HAS_TTS = importlib.util.find_spec("PySide6.QtTextToSpeech") is not None


def test_without_qttexttospeech_the_voice_is_quietly_unavailable(qtbot, monkeypatch):
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)  # import raises ImportError
    voice = Voice()
    assert voice.available is False
    assert "voice" in (voice.reason or "")
    voice.say("Hold", SpeechKind.PROMPT)  # does nothing, raises nothing
    voice.silence()


@pytest.mark.skipif(not HAS_TTS, reason="needs PySide6-Addons (the optional 'voice' extra)")
@pytest.mark.qt_log_ignore("pipewire", "text-to-speech plug-in")
def test_prompts_wait_for_each_other_on_the_mock_engine(qtbot):
    voice = Voice(engine="mock")
    assert voice.available
    spoken: list[str] = []
    voice._tts.sayingWord.connect(lambda word, *_: spoken.append(word))
    voice.say("Rest, 30 seconds", SpeechKind.PROMPT)
    voice.say("3", SpeechKind.COUNT)  # dropped: never talks over a prompt
    voice.say("Next: clamshell", SpeechKind.PROMPT)  # waits for the first
    qtbot.waitUntil(lambda: voice._queue.speaking is None, timeout=10_000)
    assert spoken == ["Rest", "30", "seconds", "Next", "clamshell"]
    spoken.clear()
    voice.say("Three two one", SpeechKind.COUNT)
    voice.say("Hold", SpeechKind.PROMPT)  # cuts the count off
    qtbot.waitUntil(lambda: voice._queue.speaking is None, timeout=10_000)
    assert spoken == ["Hold"]
