"""What one wake of a hold costs the app's UI thread, beside a bare window's repaint, in one run.

`session_cost.py` samples a real hold for a minute; on a shared VM that figure moves by half
between runs of the same code (other guests, caches). This bench counts the work itself: the
app is built as `app.py` builds it, on a clock that moves only when told, and a 90 s hold is
stepped one second per wake, each wake painted, with the UI thread's own CPU time read around
it. Between wakes the process sleeps `--gap` seconds, as in a real hold, so each wake meets
cold caches as it would. The baseline, measured the same way in the same run: a bare PySide6
window whose one large label changes its number each wake. Runs alternate (app, bare, app...),
each a fresh process; the medians of each are printed, and their ratio.

    python bench/hold_wake.py [--runs 3] [--wakes 40] [--gap 0.3] [--tree PATH]

Offscreen by default (what is measured is the app's own work, not the X server's);
`--x` runs both in a real X window under Xvfb.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import ROOT, for_tree, median, offscreen_env, x_session
from session_cost import HOLD_ROUTINE  # the same 90 s hold, 12 s of get-ready first

_WAKES = """
import os, sys, time
from PySide6.QtWidgets import QApplication

WAKES, GAP = int(sys.argv[1]), float(sys.argv[2])


def measure(step):
    app = QApplication.instance()
    for _ in range(5):  # the first wakes also build what later ones reuse
        step()
        app.processEvents()
    spent = []
    for _ in range(WAKES):
        time.sleep(GAP)
        start = time.thread_time()
        step()
        app.processEvents()
        spent.append(time.thread_time() - start)
    print("WAKES", " ".join(f"{1000 * s:.4f}" for s in spent), flush=True)
"""

APP = (
    _WAKES
    + """
from pathlib import Path
from sciatica_coach import app as coach
from sciatica_coach.ui import launch, theme
from sciatica_coach.ui.look import Look


class Clock:
    now = 1000.0

    def monotonic(self):
        return self.now


clock, data = Clock(), Path(sys.argv[3])
qapp = launch.make_app(sys.argv[:1])
window = launch.build_window("light", 1.0)  # as run_window builds it, focus rings and all
window.resize(1280, 720)
window.show()
theme.install_focus_rings(qapp)
options = coach.Options(data_dir=data, start=True, make_clock=lambda _speed: clock)
shell = coach.wire(window, options, coach.load(options), Look("light", 1.0, parent=window))
shell.begin(Path(sys.argv[4]), start=True)
while shell.sessions.driver is None:
    qapp.processEvents()
driver = shell.sessions.driver


def wake():
    clock.now += 1.0
    driver.tick()
    driver._timer.stop()  # this bench is the timer


for _ in range(15):  # through the get-ready, into the hold
    wake()
    qapp.processEvents()
assert driver.snapshot().segment.kind == "hold", driver.snapshot().segment.kind
measure(wake)
os._exit(0)  # a running session would ask before closing
"""
)

BARE = (
    _WAKES
    + """
from PySide6.QtWidgets import QLabel
qapp = QApplication(sys.argv[:1])
label = QLabel("90")
font = label.font()
font.setPixelSize(160)
label.setFont(font)
label.resize(1280, 720)
label.show()
left = [90]


def wake():
    left[0] -= 1
    label.setText(str(left[0]))


measure(wake)
"""
)


def run(script: str, args: list[str], env: dict[str, str], tree: Path) -> list[float]:
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        env=env,
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("WAKES")), None)
    if line is None:
        raise RuntimeError(f"no figures (exit {done.returncode}): {done.stderr[-2000:]}")
    return [float(x) for x in line.split()[1:]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--wakes", type=int, default=40)
    parser.add_argument("--gap", type=float, default=0.3, help="seconds asleep between wakes")
    parser.add_argument("--x", action="store_true", help="in a real X window (Xvfb)")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout to measure")
    args = parser.parse_args()
    tree = args.tree.resolve()
    spent: dict[str, list[float]] = {"app": [], "bare": []}
    with contextlib.ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="sc-wake-")))
        base = stack.enter_context(x_session()) if args.x else offscreen_env()
        env = {**for_tree(base, tree), "SCIATICA_COACH_CACHE_DIR": str(tmp / "cache")}
        routine = tmp / "one-long-hold.yaml"
        routine.write_text(HOLD_ROUTINE)
        common = [str(args.wakes), str(args.gap)]
        for n in range(args.runs):
            data = tmp / f"data-{n}"
            data.mkdir()
            (data / "settings.json").write_text(
                json.dumps({"schema_version": 1, "first_run_seen": True})
            )
            spent["app"] += run(APP, [*common, str(data), str(routine)], env, tree)
            spent["bare"] += run(BARE, common, env, tree)
    where = "a real X window (Xvfb)" if args.x else "offscreen"
    print(f"tree: {tree}")
    print(
        f"{where}: UI thread CPU per wake, {args.runs} runs x {args.wakes} wakes each, "
        f"{args.gap} s asleep between wakes"
    )
    app, bare = median(spent["app"]), median(spent["bare"])
    print(f"  Sciatica Coach, a hold (ring, figure, bar)   {app:6.2f} ms  (median)")
    print(f"  bare window, one big label's number           {bare:6.2f} ms  (median)")
    print(f"  a hold's wake / a bare repaint, same run      {app / bare:6.2f}x")
    print(f"  at one wake a second: {app / 10:.3f}% of a core for the wakes alone")
    return 0


if __name__ == "__main__":
    sys.exit(main())
