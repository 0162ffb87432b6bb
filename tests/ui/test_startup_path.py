"""The way to the first usable page imports only what that page needs: no plotting library (the
History page brings it when it opens), no PDF or report stack, no YAML parsing of the shipped
routines and no validator for them once the catalogue cache is warm (issue: lean)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from sciatica_coach.core.catalogue_cache import CACHE_ENV
from tests.helpers.env import ROOT, isolated_env

NOT_BEFORE_USABLE = (
    "pyqtgraph",
    "numpy",
    "sciatica_coach.ui.plots",
    "sciatica_coach.ui.history_page",
    "sciatica_coach.ui.report",
    "sciatica_coach.ui.handout",
    "sciatica_coach.ui.player_page",
    # What a session needs comes with the first session, the sound player just after start-up.
    "sciatica_coach.services.session_run",
    "sciatica_coach.ui.session_driver",
    "sciatica_coach.ui.dialogs.hurt",
    "playsound3",
    # The cue output (the cue router, the session's events) and the keyboard's focus rings:
    # each would be the first to name a member of the Qt namespace, whose ~90 enums PySide
    # then builds at once (some 15 ms): both come once the page is up.
    "sciatica_coach.ui.cue_output",
    "sciatica_coach.audio.dispatch",
    "sciatica_coach.ui.focus_ring",
    # The profile dialogs come with the first use of File > Switch profile or New profile.
    "sciatica_coach.ui.profiles",
)

PROBE = textwrap.dedent(
    """
    import json, linecache, sys
    from PySide6.QtWidgets import QApplication
    from sciatica_coach import app as coach
    from sciatica_coach.core import loader, models

    parsed = []
    real = loader.load_text
    loader.load_text = lambda text, name: (parsed.append(name), real(text, name))[1]
    wire = coach.wire


    def hooked(window, options, loaded, look):
        shell = wire(window, options, loaded, look)

        def ready():
            built = sorted(m for m in sys.modules if m.split(".")[0].startswith("pydantic"))
            print("RESULT", json.dumps({"modules": sorted(sys.modules), "parsed": parsed,
                                        "built": built, "cards": len(window.home.cards),
                                        "lines_kept": sorted(linecache.cache)}))
            QApplication.instance().exit(0)

        shell.ready.connect(ready)
        return shell


    coach.wire = hooked
    sys.exit(coach.main(["--data-dir", sys.argv[1]]))
    """
)


def start_until_usable(tmp_path) -> dict:
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    (data / "settings.json").write_text(json.dumps({"schema_version": 1, "first_run_seen": True}))
    env = isolated_env(tmp_path / "home")
    env[CACHE_ENV] = str(tmp_path / "cache")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(data)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line is not None, done.stderr
    return json.loads(line.removeprefix("RESULT "))


def test_the_first_usable_page_brings_no_plots_reports_or_player(tmp_path):
    first = start_until_usable(tmp_path)
    assert first["cards"] > 0
    loaded = set(first["modules"])
    assert not [m for m in NOT_BEFORE_USABLE if m in loaded]
    assert (tmp_path / "cache").is_dir()
    # The second start reads the shipped routines back from the cache the first one wrote.
    second = start_until_usable(tmp_path)
    assert second["parsed"] == []
    assert second["built"] == []
    # Nor OpenSSL (3.4 MB resident; core.digest) nor uuid (core.ids) for the rest of the run.
    assert not {"_hashlib", "uuid"} & set(second["modules"])


def test_the_window_s_modules_are_not_kept_as_text_after_pyside_checks_them(tmp_path):
    """PySide6 looks for its name in each module imported after it; that must not leave every
    source file's lines in memory (import_hook: about 5 MB on the way to the home page)."""
    first = start_until_usable(tmp_path)
    kept = [path for path in first["lines_kept"] if "sciatica_coach" in path]
    assert "sciatica_coach.ui.main_window" in first["modules"]
    assert not [p for p in kept if p.endswith(("main_window.py", "home_page.py", "shell.py"))]


def test_the_sound_player_loads_just_after_the_home_page_is_ready_not_before(qtbot, tmp_path):
    """Loading it (playsound3, its player checks) holds Python's lock for some 100 ms: not
    while the home page is being made, but a moment after; a cue before then loads it."""
    from sciatica_coach.ui.sound import WARM_UP_AFTER_MS
    from tests.helpers.app import make_harness

    harness = make_harness(qtbot, tmp_path / "data")
    assert harness.window.home.cards  # ready: the cards are there
    assert harness.sounds.warmed_up == 0
    qtbot.waitUntil(lambda: harness.sounds.warmed_up == 1, timeout=WARM_UP_AFTER_MS + 3000)
