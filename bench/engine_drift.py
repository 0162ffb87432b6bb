"""How exactly does the session machine hit its boundaries against the real monotonic clock?

Drives `SessionMachine` the way the window's driver does: wake at the next frame (about 60 Hz)
or at the next segment boundary, whichever is sooner, and tick. For each boundary, the error is
how late the tick that reported it came, against the true time of the boundary. Drift is the
machine's own position against the monotonic truth at the end.

    python bench/engine_drift.py [--seconds 30] [--routine disc-extension] [--speed 20]

Prints p50 / p99 / max boundary error in ms at 1x for the first N seconds, then the same for a
whole routine at a high speed factor (errors in real ms), and the final drift of each run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sciatica_coach.core import events as ev
from sciatica_coach.core.clock import RealClock, ScaledClock
from sciatica_coach.core.plan import Plan, build_plan
from sciatica_coach.core.session import SessionMachine
from sciatica_coach.core.shipped import load_shipped

FRAME_S = 1 / 60


def drive(plan: Plan, speed: float, limit_s: float) -> tuple[list[float], float, int]:
    """Run for `limit_s` real seconds (or to the end); returns errors (real ms), drift, count."""
    clock = ScaledClock(speed) if speed != 1 else RealClock()
    machine = SessionMachine(plan, max_gap_s=5 * speed)
    t0 = clock.monotonic()
    machine.start(t0)
    errors: list[float] = []
    real_start = time.monotonic()
    while not machine.finished and time.monotonic() - real_start < limit_s:
        seg = machine.current
        to_boundary = (seg.end_ms - machine.position_ms(clock.monotonic())) / 1000 / speed
        time.sleep(max(0.0, min(FRAME_S, to_boundary)))
        now = clock.monotonic()
        for event in machine.tick(now):
            if isinstance(event, ev.SegmentStarted):
                truth_s = t0 + event.segment.start_ms / 1000
                errors.append((now - truth_s) * 1000 / speed)
    now = clock.monotonic()
    truth_ms = (now - t0) * 1000
    drift_ms = (machine.position_ms(now) - min(truth_ms, plan.total_ms)) / speed
    return errors, drift_ms, len(errors)


def summary(errors: list[float]) -> str:
    if not errors:
        return "no boundaries"
    ordered = sorted(errors)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"p50 {statistics.median(ordered):.2f} ms, p99 {p99:.2f} ms, max {ordered[-1]:.2f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--routine", default="core-stability")
    parser.add_argument("--speed", type=float, default=20.0)
    args = parser.parse_args()
    lib = load_shipped()
    plan = build_plan(lib.routine(args.routine), lib.catalogue)

    errors, drift, n = drive(plan, 1.0, args.seconds)
    print(
        f"1x, {args.seconds:g} s of {args.routine}: {n} boundaries; {summary(errors)}; "
        f"drift at end {drift:+.3f} ms"
    )
    ok_1x = bool(errors) and sorted(errors)[int(len(errors) * 0.99) - 1] <= 17 and abs(drift) < 1

    long_s = plan.total_ms / 1000 / args.speed
    errors, drift, n = drive(plan, args.speed, long_s + 5)
    print(
        f"{args.speed:g}x, whole {args.routine} ({plan.total_ms / 1000:.0f} s of plan in "
        f"{long_s:.1f} s): {n} boundaries; {summary(errors)} (real ms); "
        f"drift at end {drift:+.3f} ms"
    )
    print("target: p99 <= 17 ms at 1x and no drift:", "met" if ok_1x else "MISSED")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
