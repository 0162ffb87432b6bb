"""Memory over one long session: a two-hour routine run at `--speed 20` (about 6.5 minutes).

The app starts on a routine of 33 steps (bird dog reps, a supine hold, slow breathing, over and
over: about 2 h 8 min of session time), at once and as a returning user, with time running 20
times faster. Its whole process tree's resident memory is sampled from /proc every few seconds
until the session ends; the goal (issue: lean) is that memory stays flat, within 5 MB, from a
few minutes in (everything the session needs has been loaded by then) to the end. The log is
read afterwards to prove the session ran to its end. Linux only (/proc).

    python bench/long_session.py [--speed 20] [--x] [--tree PATH]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import ROOT, TreeSampler, for_tree, offscreen_env, x_session

GOAL_MB = 5.0
BLOCKS = 11
BLOCK = """\
  - exercise: bird-dog
    sets: 3
    reps: 10
    hold_s: 1
    rest_s: 30
    tempo: {move_s: 2, return_s: 2}
    sides: alternating
  - exercise: double-knees-to-chest
    sets: 3
    hold_s: 60
    rest_s: 20
  - breathing: {inhale_s: 4, exhale_s: 6, cycles: 10}
"""
ROUTINE = (
    """\
schema_version: 1
id: two-hours
title: Two hours
summary: Reps, holds and breathing over and over, for measuring memory over a long session.
bias: mixed
audience: The benchmark.
sources: [001_ee699b751415854c.txt]
steps:
"""
    + BLOCK * BLOCKS
)
WARM_UP_FRACTION = 0.1
"""Memory is compared from this far into the session (every page and drill kind seen)."""


def plan_seconds(tree: Path, routine: Path, env: dict[str, str]) -> float:
    out = subprocess.run(
        [sys.executable, "-m", "sciatica_coach", "plan", str(routine), "--json"],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return float(json.loads(out)["total_s"])


def ended(data: Path) -> str | None:
    db = data / "history.db"
    if not db.is_file():
        return None
    with contextlib.closing(sqlite3.connect(db)) as con:
        row = con.execute(
            "SELECT status, ended_at FROM sessions ORDER BY started_at DESC"
        ).fetchone()
    return None if row is None or row[1] is None else str(row[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--speed", type=float, default=20.0)
    parser.add_argument("--every", type=float, default=5.0, help="seconds between samples")
    parser.add_argument("--x", action="store_true", help="a real X window (Xvfb and openbox)")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout to measure")
    args = parser.parse_args()
    tree = args.tree.resolve()
    where = x_session() if args.x else contextlib.nullcontext(offscreen_env())
    with tempfile.TemporaryDirectory() as tmp, where as base_env:
        env = {**for_tree(base_env, tree), "SCIATICA_COACH_CACHE_DIR": str(Path(tmp) / "cache")}
        routine = Path(tmp) / "two-hours.yaml"
        routine.write_text(ROUTINE)
        total_s = plan_seconds(tree, routine, env)
        data = Path(tmp) / "data"
        data.mkdir()
        (data / "settings.json").write_text(
            json.dumps({"schema_version": 1, "first_run_seen": True})
        )
        cmd = [sys.executable, "-m", "sciatica_coach", "--data-dir", str(data), "--routine",
               str(routine), "--start", "--speed", f"{args.speed:g}"]  # fmt: skip
        wall_s = total_s / args.speed
        print(
            f"a {total_s / 3600:.2f} h session at --speed {args.speed:g}: about "
            f"{wall_s / 60:.1f} min; resident memory of the process tree every {args.every:g} s"
        )
        proc = subprocess.Popen(
            cmd, cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        samples: list[tuple[float, float]] = []
        try:
            start = time.monotonic()
            sampler = TreeSampler(proc.pid)
            deadline = start + wall_s + 60
            while time.monotonic() < deadline and ended(data) is None:
                time.sleep(args.every)  # a benchmark: real time is what is measured
                if proc.poll() is not None:
                    break
                cost = sampler.finish()
                samples.append((time.monotonic() - start, cost.rss_mb))
            status = ended(data)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    if not samples:
        print("no samples: the app did not run")
        return 1
    print(f"{'session time':>14}  {'RSS MB':>7}")
    step = max(1, len(samples) // 14)
    for t, rss in [*samples[::step], samples[-1]]:
        print(f"{t * args.speed / 60:11.0f} min  {rss:7.1f}")
    steady = [rss for t, rss in samples if t >= wall_s * WARM_UP_FRACTION]
    growth = steady[-1] - steady[0]
    spread = max(steady) - min(steady)
    print(
        f"from {WARM_UP_FRACTION:.0%} in to the end: {steady[0]:.1f} -> {steady[-1]:.1f} MB "
        f"(growth {growth:+.1f} MB, spread {spread:.1f} MB, peak {max(steady):.1f} MB)"
    )
    print(f"the session {'ended: ' + status if status else 'did NOT reach its end'}")
    flat = abs(growth) <= GOAL_MB and spread <= GOAL_MB
    print(f"goal: flat within {GOAL_MB:g} MB: {'met' if flat and status else 'MISSED'}")
    return 0 if status else 1


if __name__ == "__main__":
    raise SystemExit(main())
