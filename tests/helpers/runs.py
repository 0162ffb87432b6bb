"""A session run over a small routine, on a fake clock and an in-memory log, for tests of the
parts that follow a session (the driver, the cue path) without the whole window."""

from __future__ import annotations

from datetime import UTC, datetime

from sciatica_coach.core.plan import build_plan
from sciatica_coach.services.routine_files import routine_hash
from sciatica_coach.services.session_run import SessionRun
from sciatica_coach.storage.log import SessionLog
from tests.helpers.builders import routine, standard_catalogue


def make_run(
    *steps: dict, clock, catalogue=None, speed: float = 1.0, log=None, now=None
) -> SessionRun:
    cat = catalogue or standard_catalogue()
    r = routine(*steps)
    return SessionRun(
        plan=build_plan(r, cat),
        routine=r,
        catalogue=cat,
        log=log if log is not None else SessionLog.open(":memory:"),
        clock=clock,
        now=now or (lambda: datetime(2026, 11, 17, 9, 0, tzinfo=UTC)),
        routine_hash=routine_hash(r),
        speed=speed,
    )
