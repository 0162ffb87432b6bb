"""The README's checks (`ruff check .`, `ruff format --check .`, `mypy`) run with the tests.

Each runs the venv's own tool (beside this interpreter) from the checkout's root, configured by
pyproject.toml alone, exactly as a developer types it; a failure shows the tool's output.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.env import ROOT


def check(tool: str, *args: str) -> None:
    found = shutil.which(tool, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{tool} is not installed beside {sys.executable}: pip install '.[test]'")
    done = subprocess.run(
        [found, *args], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )
    if done.returncode != 0:
        command = " ".join((tool, *args))
        pytest.fail(f"`{command}` exited {done.returncode}:\n{done.stdout}{done.stderr}", False)


def test_ruff_check():
    check("ruff", "check", ".")


def test_ruff_format():
    check("ruff", "format", "--check", ".")


@pytest.mark.slow  # about 4 s with no .mypy_cache (a fresh CI checkout), under 1 s with one
def test_mypy():
    check("mypy")
