"""Child processes run the checkout's code, not a copy pip installed into site-packages.

The README's test command installs the package non-editably, so a child that found
`sciatica_coach` the ordinary way, from any folder but the checkout's, would test that copy
(tests/helpers/env.py). Here a stand-in for the installed copy, which says so when run, is put
ahead of everything on the path; the helpers must still give the child the working tree.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import sciatica_coach
from tests.helpers.env import ROOT, app_command, isolated_env, working_tree_env

WHICH = "import sciatica_coach; print(sciatica_coach.__file__)"


@pytest.fixture
def installed_copy(tmp_path) -> dict[str, str]:
    """os.environ with a fake installed `sciatica_coach` first on PYTHONPATH."""
    site = tmp_path / "site"
    package = site / "sciatica_coach"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text('__version__ = "installed"\n')
    (package / "__main__.py").write_text('print("the installed copy ran")\n')
    return {**os.environ, "PYTHONPATH": str(site)}


def run(command: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_the_stand_in_would_be_run_without_the_helpers(tmp_path, installed_copy):
    """Else the tests below could pass whatever the helpers did."""
    done = run(app_command("--version"), tmp_path, installed_copy)
    assert done.stdout.strip() == "the installed copy ran", done.stderr


def test_a_child_runs_the_checkout_wherever_it_starts(tmp_path, installed_copy):
    env = working_tree_env(installed_copy)
    done = run([sys.executable, "-c", WHICH], tmp_path, env)
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()).resolve() == (ROOT / "sciatica_coach" / "__init__.py")
    assert Path(sciatica_coach.__file__).resolve().is_relative_to(ROOT), "and so does this one"

    done = run(app_command("--version"), tmp_path, env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"sciatica-coach {sciatica_coach.__version__}"


def test_the_isolated_environment_runs_the_checkout_too(tmp_path, installed_copy, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", installed_copy["PYTHONPATH"])
    home = tmp_path / "home"
    home.mkdir()
    done = run([sys.executable, "-c", WHICH], tmp_path, isolated_env(home))
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()).resolve().is_relative_to(ROOT)
