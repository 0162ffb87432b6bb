"""audio/ must import and work where Qt is absent (STYLE.md: the Qt boundary)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

BLOCK_QT = textwrap.dedent(
    """
    import importlib, importlib.abc, pkgutil, sys

    class NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in {"PySide6", "shiboken6", "pyqtgraph"}:
                raise ImportError(f"audio imported {name}")
            return None

    sys.meta_path.insert(0, NoQt())
    import sciatica_coach.audio as audio
    for module in pkgutil.iter_modules(audio.__path__):
        importlib.import_module(f"sciatica_coach.audio.{module.name}")
    from sciatica_coach.audio.cue_router import CueOptions
    from sciatica_coach.audio.dispatch import CueDispatcher
    from sciatica_coach.audio.player import RecordingPlayer
    from sciatica_coach.core.cues import stop_cue

    player = RecordingPlayer()
    CueDispatcher(player, CueOptions()).cue(stop_cue())
    print(player.sounds, sorted(m.name for m in pkgutil.iter_modules(audio.__path__)))
    """
)


def test_audio_imports_without_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", BLOCK_QT], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("['stop']")
    assert "'player'" in done.stdout
