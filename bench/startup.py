"""Start-up as a person meets it, against the baselines DESIGN.md §10 names, in one run.

The window (offscreen by default, `--x` for a real X window under Xvfb and openbox), each run a
fresh `python` process, timed from just before the process is made, on the system-wide
monotonic clock:
  bare      a bare PySide6 window (1280x800): its first paint;
  frame     Sciatica Coach's window: its first paint (an empty frame, "Loading routines...");
  usable    the home page usable: a routine card's Start button painted and the start-up
            questions answered (a returning user's: the first-run notice was seen before).
The command line, each a median of fresh processes with the catalogue cache warm:
  `python -c pass`, `sciatica-coach plan FILE` (a shipped routine, and a physio's file outside
  the app), `sciatica-coach validate` (everything shipped), `sciatica-coach exercises`; and once
  each, the same with the cache cold (first start after an install or an edit). Beside them,
  the floor under `plan`: a process that only imports the standard library's modules `plan`
  ends up with (dataclasses, typing, pathlib, re, json, argparse...), none of the app's code.
Runs are interleaved, so each pair sees the same machine load; the goals are printed beside.

    python bench/startup.py [--runs 7] [--x] [--tree PATH]

`--tree` measures another checkout (say an unmodified copy, for a before-and-after figure).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import ROOT, for_tree, marks, median, offscreen_env, wall_ms, x_session

GOALS = {"frame": 1.3, "usable": 1.5, "plan": 6.0}
VALIDATE_GOAL_MS = 300
SHIPPED_ROUTINE = "routines/disc-extension.yaml"

_PROBE = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QPushButton


def at(name):
    print("at", name, time.monotonic(), flush=True)


def rss():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            print("is rss_kb", line.split()[1], flush=True)


class FirstPaint(QObject):
    \"\"\"Marks the first paint of a widget `wanted(obj)` accepts, then calls `then`.\"\"\"

    def __init__(self, name, wanted, then):
        super().__init__()
        self.name, self.wanted, self.then, self.done = name, wanted, then, False

    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and self.wanted(obj):
            self.done = True
            at(self.name)
            self.then()
        return False


app = QApplication(sys.argv[:1])
QTimer.singleShot(0, lambda: at("shown"))  # the first turn of the event loop
"""

BARE = (
    _PROBE
    + """
from PySide6.QtWidgets import QWidget

w = QWidget()
w.resize(1280, 800)
painted = FirstPaint("frame", lambda obj: obj is w, lambda: QTimer.singleShot(0, app.quit))
w.installEventFilter(painted)
w.show()
app.exec()
rss()
"""
)

# The app's modules are imported in the launcher's order: the entry point before PySide6 (the
# `sciatica-coach` script imports it first), the window's after `lighten()` (as `run_window`
# does). Imported after PySide6 and before it, each would pay PySide's own check of its source
# (inspect.getsource, kept in linecache), which no start of the app pays.
APP = (
    "from sciatica_coach import app as coach\n"
    + _PROBE
    + """
from sciatica_coach.ui.import_hook import lighten

lighten()
from sciatica_coach.ui import home_page, launch

seen = set()
keep = []


def done(name):
    seen.add(name)
    if {"ready", "usable_paint"} <= seen:
        rss()
        QTimer.singleShot(0, app.quit)


build_window = launch.build_window


def hooked_build_window(*args):
    window = build_window(*args)
    frame = FirstPaint("frame", lambda obj: True, lambda: None)
    window.installEventFilter(frame)
    keep.append(frame)
    return window


wire = coach.wire


def is_start(obj):
    return isinstance(obj, QPushButton) and obj.accessibleName().startswith("Start ")


def hooked_wire(window, options, loaded, look):
    at("loaded")
    shell = wire(window, options, loaded, look)
    shell.ready.connect(lambda: (at("ready"), done("ready")))
    return shell


# Each routine card's Start button is watched for its first paint, and nothing else: a filter
# on the whole application would see every event of every widget on the way (and have PySide
# wrap each), which costs the start it measures some 20 ms.
start = FirstPaint("usable_paint", lambda obj: True, lambda: done("usable_paint"))
card_init = home_page.RoutineCardWidget.__init__


def watched_card_init(card, *args, **kwargs):
    card_init(card, *args, **kwargs)
    for button in card.findChildren(QPushButton):
        if is_start(button):
            button.installEventFilter(start)


home_page.RoutineCardWidget.__init__ = watched_card_init
launch.build_window, coach.wire = hooked_build_window, hooked_wire
sys.exit(coach.main(["--data-dir", sys.argv[1]]))
"""
)


def window_runs(tree: Path, env: dict[str, str], runs: int) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        data.mkdir()
        (data / "settings.json").write_text(
            json.dumps({"schema_version": 1, "first_run_seen": True})
        )
        env = for_tree(env, tree)
        app_env = {**env, "SCIATICA_COACH_CACHE_DIR": str(Path(tmp) / "cache")}
        py = sys.executable
        marks([py, "-c", BARE], env, tree)
        marks([py, "-c", APP, str(data)], app_env, tree)  # the cache and the disk cache warm
        for _ in range(runs):  # interleaved, so both see the same machine load
            bare = marks([py, "-c", BARE], env, tree)
            got = marks([py, "-c", APP, str(data)], app_env, tree)
            got["usable"] = max(got["ready"], got["usable_paint"])
            for key, value in bare.items():
                out.setdefault(f"bare_{key}", []).append(value)
            for key, value in got.items():
                out.setdefault(key, []).append(value)
    return out


LAUNCHER = "import sys; from sciatica_coach.app import main; sys.exit(main())"
"""What the installed `sciatica-coach` runs: pip's launcher script imports `main` and calls it.
(`python -m sciatica_coach` would add runpy and importlib.util, some 3 ms no person's start has.)"""

_STDLIB_OF = """
import contextlib, io, sys
sys.argv = ["sciatica-coach", *sys.argv[1:]]
with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
    from sciatica_coach.app import main
    sys.exit(main())
names = sys.stdlib_module_names
print(" ".join(sorted(m for m in sys.modules if m.split(".")[0] in names and m != "__main__")))
"""


def stdlib_modules(tree: Path, env: dict[str, str], args: list[str]) -> list[str]:
    """The standard library's modules `sciatica-coach ARGS` has imported when it ends: a
    process that imports only these is the floor under that command's time, before any of
    the app's own code runs. Its catalogue cache must be warm: else it reads the files and
    checks them with pydantic, which imports much more (email, decimal, zoneinfo...)."""
    done = subprocess.run(
        [sys.executable, "-c", _STDLIB_OF, *args],
        env=env,
        cwd=tree,
        capture_output=True,
        text=True,
        check=True,
    )
    return [m for m in done.stdout.split() if not m.startswith("_")] or ["sys"]


def cli_runs(tree: Path, runs: int) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        env = {**for_tree(offscreen_env(), tree), "SCIATICA_COACH_CACHE_DIR": str(cache)}
        physio = Path(tmp) / "for-jane.yaml"
        physio.write_text((tree / SHIPPED_ROUTINE).read_text() + "\n# for Jane\n")
        app = [py, "-c", LAUNCHER]
        commands = {
            "pass": [py, "-c", "pass"],
            "plan": [*app, "plan", SHIPPED_ROUTINE],
            "plan_physio": [*app, "plan", str(physio)],
            "validate": [*app, "validate"],
            "exercises": [*app, "exercises"],
        }
        for name, cmd in commands.items():  # the cache cold: the first start after an edit
            if name != "pass":
                shutil.rmtree(cache, ignore_errors=True)
            out[f"{name}_cold"] = [wall_ms(cmd, env, tree)]
        # What a warm `plan` imports (a cold one also checks the files, with pydantic's).
        wall_ms(commands["plan"], env, tree)
        floor = "import " + ", ".join(stdlib_modules(tree, env, ["plan", SHIPPED_ROUTINE]))
        commands["stdlib"] = [py, "-c", floor]
        for _ in range(runs):
            for name, cmd in commands.items():
                out.setdefault(name, []).append(wall_ms(cmd, env, tree))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--x", action="store_true", help="a real X window (Xvfb and openbox)")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout to measure")
    args = parser.parse_args()
    tree = args.tree.resolve()
    where = x_session() if args.x else contextlib.nullcontext(offscreen_env())
    with where as env:
        win = window_runs(tree, env, args.runs)
    cli = cli_runs(tree, args.runs)
    m = {k: median(v) for k, v in {**win, **cli}.items()}

    def row(label: str, key: str, base: str | None = None, goal: float | None = None) -> None:
        line = f"  {label:<44} {m[key]:6.0f} ms  (min {min({**win, **cli}[key]):.0f})"
        if base is not None:
            ratio = m[key] / m[base]
            line += f"  {ratio:5.2f}x {base}"
            if goal is not None:
                line += f"  goal <= {goal}x: {'met' if ratio <= goal else 'MISSED'}"
        print(line)

    print(f"tree: {tree}")
    platform = "a real X window (Xvfb + openbox)" if args.x else "offscreen"
    print(f"window, {platform}, median of {args.runs} runs each, interleaved:")
    row("bare PySide6 window painted", "bare_frame")
    row("Sciatica Coach frame painted", "frame", "bare_frame", GOALS["frame"])
    row("home page usable (Start painted, ready)", "usable", "bare_frame", GOALS["usable"])
    row("  first loop turn (the old 'shown' figure)", "shown", "bare_shown")
    row("  routines loaded (off the UI thread)", "loaded")
    print(
        f"  resident memory when usable: {m['rss_kb'] / 1024:.0f} MB "
        f"(bare window {m['bare_rss_kb'] / 1024:.0f} MB, at exit)"
    )
    print(f"command line, median of {args.runs} runs, catalogue cache warm:")
    row("python -c pass", "pass")
    row("  the standard library `plan` imports, alone", "stdlib", "pass")
    row(f"sciatica-coach plan {SHIPPED_ROUTINE}", "plan", "pass", GOALS["plan"])
    row("sciatica-coach plan <a physio's file>", "plan_physio", "pass", GOALS["plan"])
    row("sciatica-coach exercises", "exercises", "pass")
    validate = m["validate"]
    print(
        f"  {'sciatica-coach validate (all shipped)':<44} {validate:6.0f} ms  "
        f"goal <= {VALIDATE_GOAL_MS} ms: {'met' if validate <= VALIDATE_GOAL_MS else 'MISSED'}"
    )
    print("once, with the catalogue cache cold (after an install or an edit):")
    for name in ("plan", "plan_physio", "validate", "exercises"):
        print(f"  {name:<44} {cli[f'{name}_cold'][0]:6.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
