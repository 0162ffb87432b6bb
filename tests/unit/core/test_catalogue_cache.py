"""The catalogue cache: same library as parsing, refreshed by any change, never trusted blindly."""

from __future__ import annotations

import shutil

from sciatica_coach import paths
from sciatica_coach.core import catalogue_cache
from sciatica_coach.core.library_load import load_library
from sciatica_coach.core.paths_walk import expand_paths


def test_a_cached_library_equals_the_parsed_one_and_a_change_misses(tmp_path, monkeypatch):
    monkeypatch.setenv(catalogue_cache.CACHE_ENV, str(tmp_path / "cache"))
    shutil.copytree(paths.routines_dir(), tmp_path / "routines")
    files = expand_paths([tmp_path / "routines"])
    parsed = load_library(files)
    assert parsed.ok
    assert catalogue_cache.load(files) is None
    catalogue_cache.store(files, parsed)
    cached = catalogue_cache.load(files)
    assert cached is not None
    assert cached.catalogue.exercises == parsed.catalogue.exercises
    assert {i: r.routine for i, r in cached.routines.items()} == {
        i: r.routine for i, r in parsed.routines.items()
    }
    assert cached.catalogue.sources["bird-dog"].line == parsed.catalogue.sources["bird-dog"].line
    # Any edit to any file misses the cache, so an edited routine is validated again.
    quick = tmp_path / "routines" / "quick-tour.yaml"
    quick.write_text(quick.read_text() + "\n# edited\n")
    assert catalogue_cache.load(files) is None


def test_a_library_with_problems_is_never_cached(tmp_path, monkeypatch):
    monkeypatch.setenv(catalogue_cache.CACHE_ENV, str(tmp_path / "cache"))
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nid: x\nsteps: []\n")
    lib = load_library([bad])
    assert lib.problems
    catalogue_cache.store([bad], lib)
    assert catalogue_cache.load([bad]) is None


def test_a_damaged_cache_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv(catalogue_cache.CACHE_ENV, str(tmp_path / "cache"))
    files = expand_paths([paths.routines_dir() / "quick-tour.yaml", paths.exercises_dir()])
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / f"library-{catalogue_cache.digest(files)}.json").write_text("{nope")
    assert catalogue_cache.load(files) is None


def test_the_same_files_elsewhere_do_not_share_a_cache(tmp_path, monkeypatch):
    """A second checkout (or an installed copy) must not be told the first one's paths."""
    monkeypatch.setenv(catalogue_cache.CACHE_ENV, str(tmp_path / "cache"))
    for where in ("one", "two"):
        shutil.copytree(paths.routines_dir(), tmp_path / where)
    first = expand_paths([tmp_path / "one"])
    second = expand_paths([tmp_path / "two"])
    catalogue_cache.store(first, load_library(first))
    assert catalogue_cache.load(first) is not None
    assert catalogue_cache.load(second) is None
