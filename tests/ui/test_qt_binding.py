"""The Qt binding the app depends on must survive a long session's worth of signals.

PySide6 6.12.0's Signal.emit() lost a reference to True on every call; after a few thousand
emits (minutes into a session at 30 frames a second) the interpreter aborted. pyproject.toml
excludes that release; this test fails on any binding with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)


def test_emitting_many_signals_leaves_reference_counts_alone():
    emitter = _Emitter()
    seen = []
    emitter.fired.connect(seen.append)
    before = sys.getrefcount(True)
    for i in range(500):
        emitter.fired.emit(i)
    assert len(seen) == 500
    assert abs(sys.getrefcount(True) - before) < 50
