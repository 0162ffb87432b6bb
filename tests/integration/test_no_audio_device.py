"""A whole session with no audio device: one calm notice, no exception, visual cues carry on.

With no sound card ALSA cannot open its default device, `aplay` prints an error and exits 1,
and playsound3 raises nothing (DESIGN.md §8): only the exit status tells.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sciatica_coach.audio.cue_router import CueOptions
from sciatica_coach.audio.dispatch import CueDispatcher
from sciatica_coach.audio.player import NO_DEVICE, PlayerStatus, PlaysoundPlayer
from sciatica_coach.core.plan import build_plan
from sciatica_coach.core.session import SessionMachine
from tests.helpers.doubles import FakeClock

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("aplay") is None or shutil.which("mpg123") is None,
        reason="needs aplay and mpg123 for playsound3's alsa backend "
        "(Debian: apt-get install -y alsa-utils mpg123)",
    ),
]


def _has_sound_card() -> bool:
    cards = Path("/proc/asound/cards")
    try:
        return "no soundcards" not in cards.read_text(encoding="utf-8")
    except OSError:
        return False


@pytest.fixture
def no_audio_device(tmp_path, monkeypatch):
    """ALSA with no card: the bare default where there is none; a missing card where there is."""
    home = tmp_path / "home"
    home.mkdir()
    if _has_sound_card():  # never make noise on a developer's machine
        (home / ".asoundrc").write_text("pcm.!default { type hw; card 31 }\n", encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("ALSA_CONFIG_PATH", raising=False)


def test_a_whole_session_gives_one_notice_and_no_exception(no_audio_device, shipped):
    plan = build_plan(shipped.routine("quick-tour"), shipped.catalogue)
    clock = FakeClock(0.0)
    machine = SessionMachine(plan)
    notices: list[str] = []
    player = PlaysoundPlayer(backend="alsa")
    player.on_problem(notices.append)
    dispatcher = CueDispatcher(player, CueOptions())
    captions: list[str] = []
    try:
        events = machine.start(clock.now)
        while True:
            for event in events:
                for routed in dispatcher.feed([event]):
                    assert player.wait_idle(20.0)  # every cue really reaches the player
                    captions.append(routed.caption or "")
            if machine.finished:
                break
            events = machine.tick(clock.advance(0.25))
    finally:
        player.close()
    assert notices == [NO_DEVICE]
    assert player.started == 1  # one aplay that exited 1, then no more tries
    assert player.status is PlayerStatus.CLOSED
    assert len(captions) > 20
    assert captions[-1] == "Session complete"
