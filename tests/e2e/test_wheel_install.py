"""A real wheel, installed into a bare folder: the shipped routines, sounds and icons come along.

The one test that runs an installed copy, by design: every other child process runs the
checkout's code (tests/helpers/env.py). This venv holds a copy of its own too (non-editable
after the README's `pip install '.[test]'`, editable in a developer's venv), and the checkout
may be on PYTHONPATH, so the freshly built wheel's copy is put first on PYTHONPATH, the commands
run from an unrelated folder, and each run asserts that the package it imported is the wheel's.
Dependencies come from the current venv.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from sciatica_coach import cli

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
NETWORK_TROUBLE = (
    "Could not find a version that satisfies the requirement",
    "No matching distribution found",
    "NewConnectionError",
    "Failed to establish a new connection",
    "Temporary failure in name resolution",
    "Network is unreachable",
    "ProxyError",
)


@dataclass(frozen=True)
class Installed:
    wheel: Path
    site: Path
    elsewhere: Path

    @property
    def data(self) -> Path:
        return self.site / "sciatica_coach" / "_data"

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            [str(self.site), *filter(None, [os.environ.get("PYTHONPATH")])]
        )
        return subprocess.run(
            [sys.executable, *args],
            cwd=self.elsewhere,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )


def _pip(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pip", *args],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Installed:
    tmp = tmp_path_factory.mktemp("wheel")
    dist = tmp / "dist"
    built = _pip("wheel", "--no-deps", "--disable-pip-version-check", "-w", str(dist), str(ROOT))
    if built.returncode != 0:
        output = built.stdout + built.stderr
        if any(words in output for words in NETWORK_TROUBLE):
            pytest.skip(f"cannot fetch the build backend: {output.strip()[-600:]}")
        pytest.fail(f"pip wheel failed:\n{output}")
    wheels = sorted(dist.glob("sciatica_coach-*.whl"))
    assert len(wheels) == 1, wheels
    site = tmp / "site"
    done = _pip(
        "install", "--no-deps", "--disable-pip-version-check", "--target", str(site), str(wheels[0])
    )
    assert done.returncode == 0, done.stdout + done.stderr
    elsewhere = tmp / "elsewhere"
    elsewhere.mkdir()
    return Installed(wheels[0], site, elsewhere)


WHERE = textwrap.dedent(
    """
    import sciatica_coach
    import sciatica_coach.paths as p
    print(sciatica_coach.__file__)
    print(p.data_root())
    print(p.asset("sounds/start.wav").is_file())
    """
)


def test_the_installed_package_finds_its_data_inside_itself(installed):
    done = installed.run("-c", WHERE)
    assert done.returncode == 0, done.stderr
    package_file, data_root, has_sound = done.stdout.splitlines()
    assert Path(package_file).resolve().is_relative_to(installed.site.resolve())
    assert Path(data_root).resolve() == installed.data.resolve()
    assert has_sound == "True"
    assert not Path(data_root).resolve().is_relative_to(ROOT.resolve())


def test_validate_from_the_wheel_reports_what_the_checkout_reports(installed, capsys):
    assert cli.main(["validate"]) == 0
    checkout_line = capsys.readouterr().out.strip()
    done = installed.run("-m", "sciatica_coach", "validate")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == checkout_line
    assert "Traceback" not in done.stderr
    which = installed.run("-c", "import sciatica_coach; print(sciatica_coach.__file__)")
    assert Path(which.stdout.strip()).resolve().is_relative_to(installed.site.resolve())


def _shipped_files(folder: str, pattern: str) -> set[str]:
    return {p.relative_to(ROOT).as_posix() for p in (ROOT / folder).rglob(pattern) if p.is_file()}


def test_the_wheel_carries_the_translations_and_speaks_spanish(installed):
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
    catalogues = {f"sciatica_coach/i18n/sciatica_coach_es.{kind}" for kind in ("ts", "qm")}
    assert catalogues <= names
    words = _shipped_files("routines/i18n", "*.yaml")
    assert len(words) >= 15
    assert not sorted(f for f in words if "sciatica_coach/_data/" + f not in names)
    plan = installed.run(
        "-c",
        "import os, sys; os.environ['LANGUAGE'] = 'es'\n"
        "from sciatica_coach import cli, paths\n"
        "sys.exit(cli.main(['plan', str(paths.routines_dir() / 'quick-tour.yaml')]))",
    )
    assert plan.returncode == 0, plan.stdout + plan.stderr
    assert plan.stdout.startswith("Visita rápida (2 minutos) (quick-tour): 3 ejercicios")


def test_the_wheel_carries_the_sounds_icons_and_routines(installed):
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
    prefix = "sciatica_coach/_data/"
    sounds = _shipped_files("assets/sounds", "*.wav")
    icons = _shipped_files("assets/icons", "*")
    routines = _shipped_files("routines", "*.yaml")
    assert sounds
    assert icons
    assert len(routines) >= 8 + 5
    missing = sorted(f for f in sounds | icons | routines if prefix + f not in names)
    assert not missing
    for name in sounds:
        assert (installed.data / name).stat().st_size > 44  # more than a bare WAV header
