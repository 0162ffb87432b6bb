"""The README's first lines are the two commands for a fresh machine, and CI runs the second."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def fenced_blocks(text: str) -> list[str]:
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", text, flags=re.S)]


def test_the_first_two_commands_install_and_open_then_test():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    head = readme.split("---", 1)[0]
    install, tests = fenced_blocks(head)[:2]
    assert "pip install ." in install
    assert install.endswith("sciatica-coach")
    assert "pip install '.[test]'" in tests
    assert "pytest" in tests
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["gui-scripts"]
    assert "sciatica-coach" in scripts


def test_ci_runs_the_readmes_test_command_verbatim():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    tests = fenced_blocks(readme.split("---", 1)[0])[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    last = [line for line in ci.splitlines() if line.strip() and not line.startswith("#")][-1]
    assert last == tests


def test_every_screenshot_the_readme_shows_exists():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    images = re.findall(r"\]\((docs/[^)]+\.png)\)", readme)
    assert "docs/screenshot-hold.png" in images
    for image in images:
        assert (ROOT / image).is_file(), image
