"""Real sound through the app's own player path: playsound3's `alsa` backend runs `aplay`.

ALSA is pointed at a file instead of a sound card (DESIGN.md §8), so the test hears exactly what
a speaker would have been sent, on a machine with no audio hardware.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import wave
from pathlib import Path

import numpy as np
import pytest

from sciatica_coach.audio.player import PlaysoundPlayer

ROOT = Path(__file__).resolve().parents[2]
NEEDS = ("aplay", "mpg123")  # playsound3's alsa backend checks both
MISSING = [tool for tool in NEEDS if shutil.which(tool) is None]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        bool(MISSING),
        reason=f"needs {' and '.join(MISSING)} on PATH for playsound3's alsa backend "
        "(Debian: apt-get install -y alsa-utils mpg123)",
    ),
]


def _load_tones():
    spec = importlib.util.spec_from_file_location(
        "_tools_make_tones", ROOT / "tools" / "make_tones.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while building classes
    spec.loader.exec_module(module)
    return module.TONES


TONES = _load_tones()


@pytest.fixture
def captured(tmp_path, monkeypatch) -> Path:
    """ALSA's default device becomes a WAV file; returns the file's path."""
    out = tmp_path / "OUT.wav"
    home = tmp_path / "home"
    home.mkdir()
    # The distribution's alsa.conf loads ~/.asoundrc last, so this overrides any system default.
    (home / ".asoundrc").write_text(
        f'pcm.!default {{ type file; slave.pcm "null"; file "{out}"; format "wav" }}\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("ALSA_CONFIG_PATH", raising=False)
    return out


def dominant_hz(samples: np.ndarray, rate: int) -> float:
    n = max(len(samples), rate)  # zero-pad to at least 1 s: bins of 1 Hz or finer
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples)), n=n))
    return float(np.argmax(spectrum) * rate / n)


@pytest.mark.parametrize("name", sorted(TONES))
def test_a_tone_played_through_alsa_arrives_with_its_pitch(captured, name):
    notices: list[str] = []
    player = PlaysoundPlayer(backend="alsa")
    player.on_problem(notices.append)
    try:
        player.play(name)
        assert player.wait_idle(20.0), "aplay did not finish"
    finally:
        player.close()
    assert notices == []
    assert player.started == 1
    assert captured.is_file(), "ALSA wrote no capture file: was the asoundrc ignored?"
    with wave.open(str(captured), "rb") as wav:
        rate, width, channels = wav.getframerate(), wav.getsampwidth(), wav.getnchannels()
        frames = wav.readframes(wav.getnframes())
    assert (rate, width, channels) == (44100, 2, 1)
    samples = np.frombuffer(frames, dtype="<i2").astype(np.float64)
    assert len(samples) >= TONES[name].duration_s * rate * 0.99
    peak = np.max(np.abs(samples)) / 32768.0
    assert peak > 0.25, f"captured audio is (nearly) silent: peak {peak:.4f}"
    expected = TONES[name].freq_hz
    assert dominant_hz(samples, rate) == pytest.approx(expected, rel=0.03)
