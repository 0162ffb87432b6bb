"""Shared fixtures. Qt runs offscreen: with no display and no QT_QPA_PLATFORM, Qt aborts."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Test modules load the catalogue while they are collected: keep them off the user's real cache
# from the start (the session fixture below gives each run its own folder).
_CACHE = tempfile.mkdtemp(prefix="sc-cache-")
atexit.register(shutil.rmtree, _CACHE, True)
os.environ.setdefault("SCIATICA_COACH_CACHE_DIR", _CACHE)
# Unsaved history that cannot go beside a test's database goes to the state folder: a temporary
# one, never the real home's.
os.environ["XDG_STATE_HOME"] = os.path.join(_CACHE, "state")

import pytest  # noqa: E402 - the environment above must be set first

from sciatica_coach.core.shipped import load_shipped  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _private_catalogue_cache(tmp_path_factory):
    """Tests never read or write the user's real cache folder."""
    from sciatica_coach.core.catalogue_cache import CACHE_ENV

    old = os.environ.get(CACHE_ENV)
    os.environ[CACHE_ENV] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        os.environ.pop(CACHE_ENV, None)
    else:
        os.environ[CACHE_ENV] = old


@pytest.fixture(scope="session")
def shipped():
    """Every shipped exercise and routine, loaded once."""
    lib = load_shipped()
    assert lib.ok, "\n".join(str(p) for p in lib.problems)
    return lib


@pytest.fixture(autouse=True)
def _no_player_threads_left(request):
    """A test that starts a sound player thread must close it (the app does on quit)."""
    import threading

    before = set(threading.enumerate())
    yield
    left = [
        t for t in set(threading.enumerate()) - before if t.name == "cue-player" and t.is_alive()
    ]
    for t in left:
        t.join(timeout=5)
    assert not [t for t in left if t.is_alive()], f"{request.node.nodeid} left a player thread"
