"""Resolving many paths at once gives exactly what resolving each alone gives."""

from __future__ import annotations

import os
from pathlib import Path

from sciatica_coach.core.paths_walk import display_names, real_path, real_paths


def _named_alone(path: Path) -> str:
    """How one path was named before names were made in a batch: the reference."""
    try:
        cwd = Path.cwd()
    except OSError:
        return str(path)
    for here, there in ((cwd, Path(os.path.abspath(path))), (real_path(cwd), real_path(path))):
        try:
            return str(there.relative_to(here))
        except ValueError:
            continue
    return str(path)


def _tree(tmp_path: Path) -> list[Path]:
    """Files, a folder reached through a link, a file that is a link, a link loop, a file
    that does not exist, and relative paths with '..' in them."""
    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    for name in ("a.yaml", "b.yaml", "sub/c.yaml"):
        (real / name).write_text("x")
    (tmp_path / "via").symlink_to(real, target_is_directory=True)
    (real / "link.yaml").symlink_to(real / "sub" / "c.yaml")
    (real / "loop.yaml").symlink_to(real / "loop.yaml")
    return [
        real / "a.yaml",
        real / "b.yaml",
        tmp_path / "via" / "a.yaml",
        tmp_path / "via" / "sub" / "c.yaml",
        real / "link.yaml",
        tmp_path / "via" / "link.yaml",
        real / "loop.yaml",
        real / "missing.yaml",
        tmp_path / "nowhere" / "x.yaml",
        Path("real/a.yaml"),
        Path("via/sub/../b.yaml"),
        Path("a-file-here.yaml"),
        Path("."),
        real / "sub" / "..",
        real / "subway.yaml",  # beside the folder "sub", not in it: its name begins the same
    ]


def test_each_path_resolves_as_it_does_alone(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    paths = _tree(tmp_path)
    assert real_paths(paths) == [real_path(p) for p in paths]
    # A link to a file leads to its target, not to a file of that name in its folder.
    assert real_paths([tmp_path / "via" / "link.yaml"]) == [tmp_path / "real/sub/c.yaml"]


def test_each_path_is_named_as_it_is_alone(tmp_path, monkeypatch):
    paths = _tree(tmp_path)
    for here in (tmp_path, tmp_path / "via", tmp_path / "real" / "sub"):
        monkeypatch.chdir(here)
        names = display_names(paths)
        assert names == [_named_alone(p) for p in paths]
    monkeypatch.chdir(tmp_path / "via")  # reached through a link: named from where it leads
    assert display_names([tmp_path / "real" / "b.yaml"]) == ["b.yaml"]


def test_naming_from_a_folder_that_is_gone_gives_the_paths_as_given(tmp_path, monkeypatch):
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    os.rmdir(gone)
    paths = [Path("x.yaml"), tmp_path / "y.yaml"]
    assert display_names(paths) == [_named_alone(p) for p in paths] == [str(p) for p in paths]


def test_a_folder_that_leads_back_to_itself_is_logged_once_from_where_it_was_found(
    tmp_path, caplog
):
    """The walk's warnings reach the log (`SCIATICA_COACH_LOG`) though `logging` is imported
    only when one is written, and each names the module and function that wrote it."""
    import logging

    from sciatica_coach.core.paths_walk import expand_paths

    root = tmp_path / "routines"
    root.mkdir()
    (root / "mine.yaml").write_text("schema_version: 1\n")
    (root / "again").symlink_to(root)
    with caplog.at_level(logging.WARNING):
        assert expand_paths([root]) == [root / "mine.yaml"]
    (record,) = caplog.records
    assert "leads back to a folder already read" in record.getMessage()
    assert (record.name, record.funcName) == ("sciatica_coach.core.paths_walk", "_yaml_files_under")
