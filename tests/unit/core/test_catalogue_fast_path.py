"""The fast path: a start, `plan`, `validate` and `exercises` read validated libraries back from
the catalogue cache, without the YAML parser and without building a validator, and any change
to a file, or to what a valid file means, is validated again."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sciatica_coach import paths
from sciatica_coach.core import catalogue_cache, library, library_load, shipped, yaml_io
from sciatica_coach.core.library_load import load_library
from sciatica_coach.core.paths_walk import expand_paths
from tests.helpers.env import working_tree_env

MINE = textwrap.dedent(
    """\
    schema_version: 1
    title: Jane's morning
    steps:
      - exercise: bird-dog
        reps: 6
      - exercise: double-knees-to-chest
        hold_s: 20
    """
)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(catalogue_cache.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_cached_library_is_the_parsed_one_field_for_field(cache, tmp_path):
    shutil.copytree(paths.routines_dir(), tmp_path / "routines")
    files = expand_paths([tmp_path / "routines"])
    parsed = load_library(files)
    catalogue_cache.store(files, parsed)
    cached = catalogue_cache.load(files)
    assert cached is not None
    for routine_id, entry in parsed.routines.items():
        again = cached.routines[routine_id].routine
        assert again == entry.routine
        # What the file set, not only the values: the plan says where a dose came from.
        for mine, theirs in zip(again.steps, entry.routine.steps, strict=True):
            assert type(mine) is type(theirs)
    for ex_id, ex in parsed.catalogue.exercises.items():
        assert cached.catalogue.exercises[ex_id] == ex
        assert type(cached.catalogue.exercises[ex_id].kind) is type(ex.kind)
        assert cached.catalogue.sources[ex_id] == parsed.catalogue.sources[ex_id]


@pytest.mark.parametrize(
    "source",
    [
        "models.py",
        "exercise_files.py",
        "loader.py",
        "library.py",
        "library_load.py",
        "migrations.py",
        "yaml_io.py",
        "catalogue_cache.py",
        "constraints.py",
    ],
)
def test_a_change_to_what_a_valid_file_means_misses(cache, monkeypatch, source):
    files = expand_paths([paths.routines_dir() / "quick-tour.yaml", paths.exercises_dir()])
    catalogue_cache.store(files, load_library(files))
    assert catalogue_cache.load(files) is not None
    real = catalogue_cache._source_bytes

    def edited(path):
        return real(path) + (b"\n# changed\n" if path.name == source else b"")

    monkeypatch.setattr(catalogue_cache, "_source_bytes", edited)
    assert catalogue_cache.load(files) is None


def _app_library(tmp_path, kept_text: str | None = None) -> library.Library:
    """What the app checks an opened file against: the shipped library and the routines the
    person keeps in the data folder."""
    kept = tmp_path / "data" / "routines"
    kept.mkdir(parents=True)
    (kept / "evening.yaml").write_text(MINE.replace("Jane's morning", "Evening"))
    if kept_text is not None:
        (kept / "janes-morning.yaml").write_text(kept_text)
    app = shipped.load_files([kept], base=shipped.load_shipped())
    assert not app.problems
    assert app is not shipped.load_shipped()
    return app


def test_a_routine_opened_in_the_app_is_read_from_the_cache(cache, tmp_path, monkeypatch):
    mine = tmp_path / "janes-morning.yaml"
    mine.write_text(MINE)
    app = _app_library(tmp_path)
    first, routine = shipped.load_routine_file(mine, base=app)  # parsed once, then kept
    assert routine is not None

    with monkeypatch.context() as m:
        m.setattr(library_load, "load_library", lambda *a, **k: pytest.fail("parsed again"))
        again, same = shipped.load_routine_file(mine, base=app)
    assert same == routine
    assert again.routines.keys() == first.routines.keys()
    assert again.catalogue.exercises == first.catalogue.exercises


def test_an_opened_routine_whose_id_a_kept_one_has_is_still_refused(cache, tmp_path):
    mine = tmp_path / "janes-morning.yaml"
    mine.write_text(MINE)
    shipped.load_routine_file(mine)  # valid on its own, and in the cache
    app = _app_library(tmp_path, kept_text=MINE.replace("reps: 6", "reps: 9"))
    lib, routine = shipped.load_routine_file(mine, base=app)
    assert routine is None
    assert any("already used" in p.message for p in lib.problems)


@pytest.mark.parametrize("xdg", [None, "/var/tmp/janes-cache", "relative/cache", ""])
def test_the_cache_is_in_the_folder_platformdirs_names(tmp_path, monkeypatch, xdg):
    """Found without importing platformdirs on each start, and still where it says: else every
    start after an upgrade would miss the cache and check every file again."""
    import platformdirs

    monkeypatch.delenv(catalogue_cache.CACHE_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    if xdg is None:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    expected = platformdirs.user_cache_dir("sciatica-coach", appauthor=False)
    assert catalogue_cache.cache_dir() == Path(expected)


def test_the_yaml_size_limit_is_the_loaders():
    assert catalogue_cache.MAX_FILE_BYTES == yaml_io.MAX_FILE_BYTES


def test_a_persons_file_is_read_back_from_the_cache_until_it_changes(cache, tmp_path, monkeypatch):
    mine = tmp_path / "janes-morning.yaml"
    mine.write_text(MINE)
    first, routine = shipped.load_routine_file(mine)
    assert routine is not None
    assert list(cache.glob("files-*.json"))

    def no_parsing(*args, **kwargs):
        raise AssertionError("parsed again")

    with monkeypatch.context() as m:
        m.setattr(library_load, "load_library", no_parsing)
        again, same = shipped.load_routine_file(mine)
    assert same == routine
    assert again.routines.keys() == first.routines.keys()
    assert again.catalogue.exercises == first.catalogue.exercises
    assert again.routines["janes-morning"].source == first.routines["janes-morning"].source
    assert again.files == first.files

    mine.write_text(MINE.replace("reps: 6", "reps: 8"))
    calls = []
    real = library_load.load_library

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(library_load, "load_library", counted)
    _, edited = shipped.load_routine_file(mine)
    assert calls, "an edited file must be parsed and validated again"
    assert edited is not None
    assert edited.steps[0].reps == 8


def test_a_file_with_problems_is_never_cached(cache, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(MINE.replace("bird-dog", "bird-cat"))
    lib, routine = shipped.load_routine_file(bad)
    assert routine is None
    assert lib.problems
    assert not list(cache.glob("files-*.json"))
    _, again = shipped.load_routine_file(bad)
    assert again is None


def test_a_fifo_named_yaml_is_not_read_for_the_key(cache, tmp_path):
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    lib = shipped.load_files([fifo], base=shipped.load_shipped())
    assert lib.problems  # the loader says what is wrong; the cache never blocks on it


def test_only_a_few_entries_for_own_files_are_kept(cache, tmp_path, monkeypatch):
    monkeypatch.setattr(catalogue_cache, "KEEP_EXTRA", 2)
    cache.mkdir()
    (cache / "library-shipped.json").write_text("{}")  # the shipped entry is not theirs to prune
    for n in range(4):
        mine = tmp_path / f"mine-{n}.yaml"
        mine.write_text(MINE.replace("reps: 6", f"reps: {n + 1}"))
        shipped.load_routine_file(mine)
    assert len(list(cache.glob("files-*.json"))) == 2
    assert (cache / "library-shipped.json").exists()


def test_a_library_not_made_from_the_shipped_one_is_loaded_as_before(cache, tmp_path):
    mine = tmp_path / "janes-morning.yaml"
    mine.write_text(MINE)
    base = library.Library()
    lib = shipped.load_files([mine], base=base)
    assert lib.problems  # no catalogue to check its drills against
    assert not list(cache.glob("files-*.json"))


FAST = textwrap.dedent(
    """
    import sys
    from sciatica_coach.app import main
    from sciatica_coach.core import loader, models

    loaded = []
    real = loader.load_text
    loader.load_text = lambda text, name: (loaded.append(name), real(text, name))[1]
    code = main(sys.argv[1:])
    built = sorted(m for m in sys.modules if m.split(".")[0].startswith("pydantic"))
    print("RESULT", code, len(loaded), built, file=sys.stderr)
    """
)


@pytest.mark.parametrize(
    "args",
    [
        ["validate"],
        ["plan", "routines/quick-tour.yaml"],
        ["plan", "{mine}"],
        ["exercises", "bird"],
    ],
)
def test_the_command_line_takes_the_fast_path_once_the_cache_is_warm(cache, tmp_path, args):
    mine = tmp_path / "janes-morning.yaml"
    mine.write_text(MINE)
    argv = [a.format(mine=mine) for a in args]
    env = working_tree_env({**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    env[catalogue_cache.CACHE_ENV] = str(cache)
    root = paths.routines_dir().parent

    def run() -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", FAST, *argv],
            capture_output=True,
            text=True,
            env=env,
            cwd=root,
            timeout=120,
        )
        line = next(x for x in done.stderr.splitlines() if x.startswith("RESULT"))
        return line.split(" ", 3)[1:]

    cold = run()
    assert cold[0] == "0"
    warm = run()
    assert warm == ["0", "0", "[]"], "a routine file was parsed, or pydantic imported"


def _modules_after(cache, args: list[str], modules: tuple[str, ...], **env_extra: str) -> list[str]:
    """`sciatica-coach ARGS` run in a fresh process (with `env_extra` in its environment): its
    exit code, then which of `modules` it had imported by the end."""
    probe = (
        "import sys; from sciatica_coach.app import main; code = main(sys.argv[1:]); "
        f"print('RESULT', code, *[m for m in {modules!r} if m in sys.modules], file=sys.stderr)"
    )
    env = working_tree_env({**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    env[catalogue_cache.CACHE_ENV] = str(cache)
    env.pop("COLUMNS", None)
    env.update(env_extra)
    done = subprocess.run(
        [sys.executable, "-c", probe, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=paths.routines_dir().parent,
        timeout=120,
    )
    line = next(x for x in done.stderr.splitlines() if x.startswith("RESULT"))
    return line.split()[1:]


@pytest.mark.parametrize(
    "args", [["plan", "routines/quick-tour.yaml"], ["exercises", "bird"], ["validate"]]
)
def test_a_warm_command_line_never_reads_or_checks_a_file_again(cache, args):
    """Neither the YAML parser nor the loader or the checks across files: what validated is
    read back from the cache."""
    reading = ("ruamel.yaml", "sciatica_coach.core.loader", "sciatica_coach.core.library_load")
    assert _modules_after(cache, args, reading)[0] == "0"  # cold: fills the cache
    assert _modules_after(cache, args, reading) == ["0"]


@pytest.mark.parametrize("args", [["plan", "routines/quick-tour.yaml"], ["exercises", "bird"]])
def test_a_warm_plan_or_list_leaves_out_the_heavy_standard_library(cache, args):
    """What such a command never uses when all goes well (logging, the temporary files only a
    cache write needs, platformdirs and the shutil it and argparse's width bring) is not
    imported: each costs every start a few milliseconds (bench/startup.py's `plan` line)."""
    heavy = ("logging", "tempfile", "platformdirs", "shutil")
    assert _modules_after(cache, args, heavy)[0] == "0"  # cold: checks files, writes the cache
    assert _modules_after(cache, args, heavy) == ["0"]


@pytest.mark.parametrize(("language", "reads"), [("en", False), ("es", True)])
def test_only_a_plan_in_another_language_reads_the_translation_files(cache, language, reads):
    """In English the words are the files' own: the translation files' reader (and the five
    models it builds at import) stays out of the start. In Spanish the plan needs them."""
    args = ["plan", "routines/quick-tour.yaml"]
    words = ("sciatica_coach.core.translation_files",)
    env = {"LANGUAGE": language, "LC_ALL": "C.UTF-8"}
    assert _modules_after(cache, args, words, **env)[0] == "0"  # cold: fills the cache
    expected = ["0", *words] if reads else ["0"]
    assert _modules_after(cache, args, words, **env) == expected
