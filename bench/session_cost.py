"""What a session costs while nothing but a 60 s hold is on screen: memory and CPU, at 1x.

Starts the app offscreen on a routine whose only drill is one 60 s hold (12 s of get-ready
first), waits until the hold is under way, then reads the process's own CPU time and resident
memory from /proc over 40 s of the hold. A bare PySide6 window idling over the same span is
measured in the same run as the baseline. Linux only (/proc).

    python bench/session_cost.py [--seconds 40]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TICKS = os.sysconf("SC_CLK_TCK")
ROUTINE = textwrap.dedent(
    """\
    schema_version: 1
    id: one-long-hold
    title: One long hold
    summary: A single 60 s hold, for measuring what a session costs.
    bias: flexion
    audience: The benchmark.
    sources: [003_b1811144eaed076d.txt]
    steps:
      - exercise: double-knees-to-chest
        sets: 1
        hold_s: 60
    """
)
BARE = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
w = QWidget()
w.resize(1280, 800)
w.show()
app.exec()
"""


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure(cmd: list[str], settle_s: float, seconds: float) -> tuple[float, float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        time.sleep(settle_s)  # a benchmark, not a test: real time is what is measured
        c0, t0 = cpu_seconds(proc.pid), time.monotonic()
        peak = 0.0
        while time.monotonic() - t0 < seconds:
            time.sleep(1.0)
            peak = max(peak, rss_mb(proc.pid))
        c1, t1 = cpu_seconds(proc.pid), time.monotonic()
        return (c1 - c0) / (t1 - t0) * 100, rss_mb(proc.pid), peak
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=40.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        routine = Path(tmp) / "one-long-hold.yaml"
        routine.write_text(ROUTINE)
        # The hold runs from about 12 s (after get-ready) to 72 s after start-up.
        app = [
            sys.executable,
            "-m",
            "sciatica_coach",
            "--data-dir",
            str(Path(tmp) / "data"),
            "--routine",
            str(routine),
            "--start",
        ]
        cpu, rss, peak = measure(app, 16.0, min(args.seconds, 52.0))
        bare_cpu, bare_rss, bare_peak = measure(
            [sys.executable, "-c", BARE], 16.0, min(args.seconds, 52.0)
        )
    print(
        f"bare PySide6 window idle:   CPU {bare_cpu:.2f}% of a core, RSS {bare_rss:.0f} MB "
        f"(peak {bare_peak:.0f})"
    )
    print(
        f"Sciatica Coach during hold: CPU {cpu:.2f}% of a core, RSS {rss:.0f} MB (peak {peak:.0f})"
    )
    print(
        f"targets: <= 0.5% of a core during a hold at 1x, <= 90 MB resident: "
        f"{'met' if cpu <= 0.5 and peak <= 90 else 'MISSED'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
