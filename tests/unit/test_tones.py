"""Cue tones: well-formed, click-free, at the right level and pitch, in step with their script."""

from __future__ import annotations

import importlib.util
import itertools
import sys
import wave
from pathlib import Path
from typing import Any

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
SOUNDS = ROOT / "assets" / "sounds"


def _load_tool(name: str):
    path = ROOT / "tools" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_tools_{name}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # dataclasses look the module up in sys.modules while the class body is processed.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


make_tones = _load_tool("make_tones")
TONE_NAMES = sorted(make_tones.TONES)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sounds")
    make_tones.write_all(out)
    return out


def _read(path: Path) -> tuple[Any, np.ndarray]:
    with wave.open(str(path), "rb") as wav:
        params = wav.getparams()
        samples = np.frombuffer(wav.readframes(params.nframes), dtype="<i2")
    return params, samples


def dominant_frequency(samples: np.ndarray, rate: int) -> float:
    """Frequency of the highest peak of the Hann-windowed, zero-padded spectrum."""
    padded = max(1 << 16, 1 << int(np.ceil(np.log2(len(samples)))))
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples)), n=padded))
    spectrum[0] = 0.0
    return float(np.fft.rfftfreq(padded, 1.0 / rate)[np.argmax(spectrum)])


@pytest.mark.parametrize("name", TONE_NAMES)
def test_tone_is_well_formed(generated: Path, name: str) -> None:
    spec = make_tones.TONES[name]
    params, samples = _read(generated / f"{name}.wav")

    assert params.nchannels == 1
    assert params.sampwidth == 2
    assert params.framerate == 44100
    assert params.nframes / params.framerate == pytest.approx(spec.duration_s, abs=0.002)

    # No click: the waveform starts and ends at (almost) silence.
    assert abs(int(samples[0])) <= 3
    assert abs(int(samples[-1])) <= 3

    peak_dbfs = 20 * np.log10(np.abs(samples.astype(float)).max() / 32768)
    assert -12.0 <= peak_dbfs <= -3.0

    found = dominant_frequency(samples.astype(float), params.framerate)
    assert found == pytest.approx(spec.freq_hz, rel=0.03)


def test_dominant_frequencies_are_far_apart() -> None:
    """A capture test must be able to tell which file was played."""
    for a, b in itertools.combinations(make_tones.TONES.values(), 2):
        assert abs(a.freq_hz - b.freq_hz) >= 50, (a.name, b.name)


def test_table_names_match_keys() -> None:
    assert all(key == spec.name for key, spec in make_tones.TONES.items())


@pytest.mark.parametrize("name", [*(f"{n}.wav" for n in TONE_NAMES), "README.md"])
def test_committed_file_matches_the_script(generated: Path, name: str) -> None:
    committed = SOUNDS / name
    assert committed.is_file(), f"{committed} is missing: run python tools/make_tones.py"
    assert committed.read_bytes() == (generated / name).read_bytes(), (
        f"{committed} differs from what tools/make_tones.py makes: rerun it and commit"
    )


def test_no_stray_files_in_sounds() -> None:
    expected = {f"{n}.wav" for n in TONE_NAMES} | {"README.md"}
    assert {p.name for p in SOUNDS.iterdir()} == expected
