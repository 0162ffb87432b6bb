"""Generate the cue tones in assets/sounds/ (and their README) from the table below.

Usage: python tools/make_tones.py [OUT_DIR]       (default: assets/sounds/ in this checkout)

Standard library only, so it runs without the app's venv, and deterministic: the same script
always writes the same bytes (tests/unit/test_tones.py checks the committed files against a fresh
run). Every tone is mono, 16-bit, 44100 Hz, peaks at -6 dBFS and starts and ends on an exact zero
behind raised-cosine fades, so it never clicks.

`TONES[name].freq_hz` is the dominant frequency of that file's spectrum (the note that carries
the most energy, or the note a glide settles on). Tests look for it with an FFT, including one
that plays a file through ALSA; keep the dominant frequencies at least 50 Hz apart.
"""

from __future__ import annotations

import argparse
import math
import wave
from dataclasses import dataclass
from pathlib import Path

SAMPLE_RATE = 44100
SAMPLE_WIDTH_BYTES = 2
PEAK_DBFS = -6.0
FILE_FADE_IN_S = 0.010
FILE_FADE_OUT_S = 0.015
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"


@dataclass(frozen=True)
class Note:
    """One voice: a sine (plus soft harmonics) with its own fades and an optional glide."""

    start_s: float
    length_s: float
    freq_hz: float
    gain: float = 1.0
    to_hz: float | None = None  # glide from freq_hz to to_hz over glide_s, then hold
    glide_s: float = 0.0
    decay_s: float | None = None  # exponential ring-down (bell-like); None keeps it sustained
    attack_s: float = 0.012
    release_s: float = 0.030


@dataclass(frozen=True)
class ToneSpec:
    name: str
    freq_hz: float  # the dominant frequency an FFT of the file finds
    duration_s: float
    purpose: str
    notes: tuple[Note, ...]
    harmonics: tuple[float, ...] = (0.15, 0.04)  # amplitudes of partials 2, 3, ... (1 = root)

    @property
    def sound(self) -> str:
        """How it sounds, for the README: the notes in Hz, in order."""
        parts = []
        for note in self.notes:
            if note.to_hz is None:
                parts.append(f"{note.freq_hz:g}")
            else:
                parts.append(f"{note.freq_hz:g} to {note.to_hz:g} glide")
        return ", ".join(parts)


# G5 = 784, D6 = 1175; C5 = 523; D5 = 587, F#5 = 740, A5 = 880; G4 = 392, B4 = 494; E4 = 330,
# A3 = 220, D4 = 294. Dominants, low to high: 220 294 440 523 587 660 784 880 1000 1175.
TONES: dict[str, ToneSpec] = {
    spec.name: spec
    for spec in (
        ToneSpec(
            "start",
            1175.0,
            0.35,
            "a segment begins (get ready is over): bright rising chime",
            (
                Note(0.0, 0.13, 784.0, gain=0.55, decay_s=0.10),
                Note(0.09, 0.26, 1175.0, decay_s=0.16, release_s=0.06),
            ),
            harmonics=(0.12, 0.06),
        ),
        ToneSpec(
            "tick",
            1000.0,
            0.08,
            "one tick in each of the last three seconds of a hold, rest or timed segment",
            (Note(0.0, 0.08, 1000.0, decay_s=0.035, attack_s=0.010, release_s=0.025),),
            harmonics=(0.08,),
        ),
        ToneSpec(
            "done",
            523.0,
            0.40,
            "a hold, rest or timed segment ends: falling, resolving two notes",
            (
                Note(0.0, 0.15, 784.0, gain=0.55, decay_s=0.12),
                Note(0.11, 0.29, 523.0, decay_s=0.20, release_s=0.08),
            ),
        ),
        ToneSpec(
            "rep",
            660.0,
            0.12,
            "one repetition counted: soft, round tick below the countdown tick",
            (Note(0.0, 0.12, 660.0, decay_s=0.06, attack_s=0.015, release_s=0.04),),
            harmonics=(0.06,),
        ),
        ToneSpec(
            "breathe_in",
            440.0,
            0.90,
            "breathe in: a glide that rises and settles",
            (Note(0.0, 0.90, 330.0, to_hz=440.0, glide_s=0.50, attack_s=0.15, release_s=0.25),),
            harmonics=(0.10,),
        ),
        ToneSpec(
            "breathe_out",
            294.0,
            1.20,
            "breathe out: a longer glide that falls and settles",
            (Note(0.0, 1.20, 440.0, to_hz=294.0, glide_s=0.65, attack_s=0.15, release_s=0.35),),
            harmonics=(0.10,),
        ),
        ToneSpec(
            "switch_side",
            587.0,
            0.30,
            "switch sides: two quick identical notes",
            (
                Note(0.0, 0.12, 587.0, decay_s=0.08),
                Note(0.15, 0.15, 587.0, decay_s=0.08, release_s=0.05),
            ),
        ),
        ToneSpec(
            "set_done",
            880.0,
            0.55,
            "a set is finished: three notes stepping up (D major)",
            (
                Note(0.0, 0.14, 587.0, gain=0.5, decay_s=0.10),
                Note(0.11, 0.14, 740.0, gain=0.6, decay_s=0.10),
                Note(0.22, 0.33, 880.0, decay_s=0.20, release_s=0.10),
            ),
        ),
        ToneSpec(
            "session_done",
            784.0,
            1.20,
            "the session is complete: a gentle G major arpeggio that rings together",
            (
                Note(0.0, 1.20, 392.0, gain=0.40, decay_s=0.35, release_s=0.3),
                Note(0.15, 1.05, 494.0, gain=0.40, decay_s=0.35, release_s=0.3),
                Note(0.30, 0.90, 587.0, gain=0.45, decay_s=0.35, release_s=0.3),
                Note(0.45, 0.75, 784.0, decay_s=0.45, release_s=0.3),
            ),
        ),
        ToneSpec(
            "stop",
            220.0,
            0.50,
            "the session stopped (Stop: this hurts): a calm, low falling fifth",
            (
                Note(0.0, 0.20, 330.0, gain=0.6, attack_s=0.025, release_s=0.06, decay_s=0.25),
                Note(0.16, 0.34, 220.0, attack_s=0.03, release_s=0.12, decay_s=0.40),
            ),
            harmonics=(0.25, 0.05),
        ),
    )
}


def _raised_cosine(position_s: float, fade_s: float) -> float:
    """0 at position 0, rising smoothly to 1 at fade_s."""
    if position_s >= fade_s:
        return 1.0
    if position_s <= 0.0:
        return 0.0
    return 0.5 - 0.5 * math.cos(math.pi * position_s / fade_s)


def _phase(note: Note, t: float) -> float:
    """Phase of the root at t seconds into the note; a glide follows a raised-cosine curve."""
    if note.to_hz is None or note.glide_s <= 0.0:
        return 2.0 * math.pi * note.freq_hz * t
    f0, span, glide = note.freq_hz, note.to_hz - note.freq_hz, note.glide_s
    if t <= glide:
        # integral of f0 + span * (1 - cos(pi * t / glide)) / 2
        cycles = f0 * t + span / 2.0 * (t - glide / math.pi * math.sin(math.pi * t / glide))
    else:
        cycles = (f0 + span / 2.0) * glide + note.to_hz * (t - glide)
    return 2.0 * math.pi * cycles


def _render_note(note: Note, harmonics: tuple[float, ...], out: list[float]) -> None:
    first = round(note.start_s * SAMPLE_RATE)
    count = min(round(note.length_s * SAMPLE_RATE), len(out) - first)
    last = count - 1
    for i in range(count):
        t = i / SAMPLE_RATE
        envelope = (
            note.gain
            * _raised_cosine(i / SAMPLE_RATE, note.attack_s)
            * _raised_cosine((last - i) / SAMPLE_RATE, note.release_s)
        )
        if envelope == 0.0:
            continue
        phase = _phase(note, t)
        value = math.sin(phase)
        for k, amplitude in enumerate(harmonics, start=2):
            # Higher partials ring down faster, as in a struck bar.
            partial_decay = 1.0 if note.decay_s is None else math.exp(-t * (k - 1) / note.decay_s)
            value += amplitude * partial_decay * math.sin(k * phase)
        if note.decay_s is not None:
            envelope *= math.exp(-t / note.decay_s)
        out[first + i] += envelope * value


def render(spec: ToneSpec) -> list[int]:
    """The tone as 16-bit sample values, peak at PEAK_DBFS, exact zeros at both ends."""
    total = round(spec.duration_s * SAMPLE_RATE)
    mix = [0.0] * total
    for note in spec.notes:
        _render_note(note, spec.harmonics, mix)
    last = total - 1
    for i in range(total):
        mix[i] *= _raised_cosine(i / SAMPLE_RATE, FILE_FADE_IN_S) * _raised_cosine(
            (last - i) / SAMPLE_RATE, FILE_FADE_OUT_S
        )
    peak = max(abs(v) for v in mix)
    scale = 32767.0 * 10.0 ** (PEAK_DBFS / 20.0) / peak
    return [round(v * scale) for v in mix]


def write_wav(path: Path, samples: list[int]) -> None:
    frames = b"".join(s.to_bytes(SAMPLE_WIDTH_BYTES, "little", signed=True) for s in samples)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(SAMPLE_WIDTH_BYTES)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(frames)


def readme_text() -> str:
    rows = "\n".join(
        f"| `{s.name}.wav` | {s.purpose} | {s.sound} | {s.freq_hz:g} | {s.duration_s:g} |"
        for s in TONES.values()
    )
    return f"""# Cue tones

Generated by `python tools/make_tones.py` (this README too: edit the `TONES` table in that script,
rerun it, and commit the results; `tests/unit/test_tones.py` fails when the files and the script
disagree). Made by the Sciatica Coach developers and dedicated to the public domain under
[CC0 1.0](https://creativecommons.org/publicdomain/zero/1.0/).

All files: WAV, mono, 16-bit, {SAMPLE_RATE} Hz, peak {PEAK_DBFS:g} dBFS, sine tones with soft
harmonics and raised-cosine fades (exact zero at both ends, so no clicks). "Dominant" is the
frequency with the most energy in the file's spectrum; the dominant frequencies are at least
50 Hz apart, so a test can tell which file was played.

| file | plays when | notes (Hz) | dominant (Hz) | length (s) |
|---|---|---|---|---|
{rows}

Every sound also has an on-screen caption (DESIGN.md section 8).
"""


def write_all(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for spec in TONES.values():
        path = out_dir / f"{spec.name}.wav"
        write_wav(path, render(spec))
        written.append(path)
    readme = out_dir / "README.md"
    readme.write_text(readme_text(), encoding="utf-8", newline="\n")
    written.append(readme)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", nargs="?", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    for path in write_all(args.out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
