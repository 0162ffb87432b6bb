"""Shared fixtures. Qt runs offscreen: with no display and no QT_QPA_PLATFORM, Qt aborts."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from sciatica_coach.core.shipped import load_shipped


@pytest.fixture(scope="session")
def shipped():
    """Every shipped exercise and routine, loaded once."""
    lib = load_shipped()
    assert lib.ok, "\n".join(str(p) for p in lib.problems)
    return lib
