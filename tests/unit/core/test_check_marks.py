"""`validate` remembers that the shipped figures and translations passed, and nothing else.

The figure poses and the translation files are checked only when a file or the code changed
since they last passed; a check that found a problem is never remembered, so it runs (and
says the problem) every time until the file is fixed.
"""

from __future__ import annotations

import pytest

from sciatica_coach import cli
from sciatica_coach.core import catalogue_cache, check_marks, figure_checks, translation_files
from sciatica_coach.core.problems import Problem


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv(catalogue_cache.CACHE_ENV, str(folder))
    return folder


def test_a_mark_holds_for_the_same_bytes_only(cache, tmp_path):
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text("one: 1\n")
    b.write_text("two: 2\n")
    assert not check_marks.passed("words", [a, b])
    check_marks.mark_passed("words", [a, b])
    assert check_marks.passed("words", [a, b])
    assert not check_marks.passed("figures", [a, b])  # another check is its own
    assert not check_marks.passed("words", [a])  # a file fewer
    b.write_text("two: 3\n")
    assert not check_marks.passed("words", [a, b])
    b.unlink()
    assert not check_marks.passed("words", [a, b])  # gone: check again, never raise


def test_validate_checks_figures_and_words_once_until_they_change(cache, monkeypatch, capsys):
    calls = {"figures": 0, "words": 0}
    real_figures, real_words = figure_checks.check_figures, translation_files.validated_words

    def figures(*args, **kwargs):
        calls["figures"] += 1
        return real_figures(*args, **kwargs)

    def words(*args, **kwargs):
        calls["words"] += 1
        return real_words(*args, **kwargs)

    monkeypatch.setattr(figure_checks, "check_figures", figures)
    monkeypatch.setattr(translation_files, "validated_words", words)
    assert cli.main(["validate"]) == 0
    first = capsys.readouterr().out
    assert cli.main(["validate"]) == 0
    assert capsys.readouterr().out == first  # the same OK line, translations named
    assert "translation files (es)" in first
    assert calls == {"figures": 1, "words": 1}


def test_a_problem_is_said_every_time_and_never_remembered(cache, monkeypatch, capsys):
    bad = Problem("routines/i18n/es/x.yaml", 3, "exercises.bird-dog", "no such field: nmae")
    monkeypatch.setattr(translation_files, "validated_words", lambda files, lib: ([bad], ""))
    for _ in range(2):
        assert cli.main(["validate"]) == cli.EXIT_INVALID
        out = capsys.readouterr().out
        assert "routines/i18n/es/x.yaml:3" in out
        assert "nmae" in out
