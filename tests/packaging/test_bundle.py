"""The Linux bundle: packaging/build_linux.sh builds it from an Essentials-only venv, it holds
only the Qt it needs, and its self-check passes offscreen with a throwaway home.

The build takes about a minute (half of it making the build venv the first time; the venv is
kept in packaging/build/venv and reused). To test a bundle built already, point
SCIATICA_COACH_BUNDLE at it (the folder holding the `sciatica-coach` executable, or its parent):

    SCIATICA_COACH_BUNDLE=packaging/dist .venv/bin/python -m pytest tests/packaging -m slow
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.env import isolated_env

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="only the Linux bundle is built here"),
]

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "packaging" / "build_linux.sh"
BUNDLE_ENV = "SCIATICA_COACH_BUNDLE"
NAME = "sciatica-coach"
NETWORK_TROUBLE = (
    "No matching distribution found",
    "Failed to establish a new connection",
    "Temporary failure in name resolution",
    "Network is unreachable",
    "ProxyError",
)
# A stand-in for GStreamer's player, which playsound3 prefers: it notes the library path it was
# started with, so the test sees both that playsound3 probed the system's players from inside
# the bundle and that the bundle did not hand them its own libraries.
BUILD_NOTES: list[str] = []  # the build script's own "bundle size: ..., built in N s" line
FAKE_PLAYER = """#!/bin/sh
printf '%s\\n' "${LD_LIBRARY_PATH-<unset>}" >> "$FAKE_PLAYER_LOG"
exit 0
"""


def _given_bundle(value: str) -> Path:
    path = Path(value).resolve()
    for candidate in (path, path / NAME):
        if (candidate / NAME).is_file():
            return candidate
    raise pytest.UsageError(f"{BUNDLE_ENV}={value}: no {NAME} executable there or in {NAME}/")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    given = os.environ.get(BUNDLE_ENV)
    if given:
        return _given_bundle(given)
    tmp = tmp_path_factory.mktemp("bundle")
    # The build venv is made from the interpreter running the tests unless PYTHON says otherwise.
    env = {"PYTHON": sys.executable, **os.environ}
    result = subprocess.run(
        ["bash", str(BUILD), "--dist", str(tmp / "dist"), "--work", str(tmp / "work")],
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    output = result.stdout + result.stderr
    if result.returncode != 0:
        if not os.environ.get("CI") and any(words in output for words in NETWORK_TROUBLE):
            pytest.skip(f"cannot reach PyPI to make the build venv: {output.strip()[-600:]}")
        pytest.fail(f"build_linux.sh failed ({result.returncode}):\n{output[-6000:]}")
    built = [line for line in output.splitlines() if line.startswith("bundle size:")]
    BUILD_NOTES.extend(built)
    return tmp / "dist" / NAME


def _measure(folder: Path) -> tuple[float, int]:
    """Size in MiB (as `du -sm`, links not followed) and the number of regular files."""
    total, files = 0, 0
    for path in folder.rglob("*"):
        info = path.lstat()
        if stat.S_ISREG(info.st_mode):
            total += info.st_size
            files += 1
    return total / 2**20, files


def _run(
    command: list[str], tmp_path: Path, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False
    )


def _self_check_line(result: subprocess.CompletedProcess[str]) -> str:
    output = f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    assert result.returncode == 0, output
    lines = [line for line in result.stdout.splitlines() if line.startswith("self-check:")]
    assert lines, output
    return lines[-1]


def _home(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    # The frozen app runs only what it carries: no PYTHONPATH to the checkout (or anywhere).
    return isolated_env(home, drop=("QT_", "LD_LIBRARY_PATH", "PYTHON"), working_tree=False)


def test_bundle_self_check_exits_0(bundle, tmp_path, record_testsuite_property, capsys):
    mb, files = _measure(bundle)
    # In the JUnit report's properties. record_property would be the per-test kind, but pytest
    # warns that it does not fit the default xunit2 format, and warnings are errors here.
    record_testsuite_property("bundle_size_mib", round(mb, 1))
    record_testsuite_property("bundle_files", files)
    for note in BUILD_NOTES:
        record_testsuite_property("bundle_build", note)
    with capsys.disabled():
        print(f"\nbundle {bundle}: {mb:.0f} MiB, {files} files", *BUILD_NOTES, sep="\n")  # noqa: T201

    env = _home(tmp_path)
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    player = fake_bin / "gst-play-1.0"
    player.write_text(FAKE_PLAYER)
    player.chmod(0o755)
    player_log = tmp_path / "player.log"
    env["FAKE_PLAYER_LOG"] = str(player_log)
    env["PATH"] = os.pathsep.join([str(fake_bin), env.get("PATH", "")])

    line = _self_check_line(_run([str(bundle / NAME), "--self-check"], tmp_path, env))
    record_testsuite_property("bundle_self_check", line)
    with capsys.disabled():
        print(line)  # noqa: T201

    # Demo mode: nothing is written to a history anywhere under the throwaway home.
    assert not list(Path(env["HOME"]).rglob("history.db*"))
    # playsound3 came along and probed the players; they got the system's libraries.
    assert player_log.is_file(), "playsound3 never ran a player: is it in the bundle?"
    seen = player_log.read_text().splitlines()
    assert seen, "the fake player recorded nothing"
    assert not any(str(bundle) in value for value in seen), seen


def test_bundle_runs_on_x11(bundle, tmp_path):
    """The xcb plugin and the X libraries the bundle carries work with a real X server."""
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        pytest.skip("xvfb-run is not installed (apt-get install xvfb xauth): xcb not run")
    env = _home(tmp_path)
    env["QT_QPA_PLATFORM"] = "xcb"
    command = [xvfb_run, "-a", "-s", "-screen 0 1280x800x24", str(bundle / NAME), "--self-check"]
    assert "xcb platform" in _self_check_line(_run(command, tmp_path, env))


def test_bundle_carries_only_the_qt_it_needs(bundle):
    internal = bundle / "_internal"
    qt = internal / "PySide6" / "Qt"
    data = internal / "sciatica_coach" / "_data"
    assert (data / "routines" / "quick-tour.yaml").is_file()
    assert (data / "assets" / "icons" / "hicolor" / "256x256" / "apps").is_dir()
    assert list((data / "assets" / "sounds").glob("*.wav"))

    plugins = {p.relative_to(qt / "plugins").as_posix() for p in (qt / "plugins").rglob("*.so")}
    platforms = {p for p in plugins if p.startswith("platforms/")}
    assert platforms == {"platforms/libqxcb.so", "platforms/libqoffscreen.so"}
    assert {"iconengines/libqsvgicon.so", "imageformats/libqsvg.so"} <= plugins
    assert not [
        p for p in plugins if p.split("/")[0] in {"tls", "networkinformation", "sqldrivers"}
    ]

    libs = {p.name.split(".so")[0] for p in (qt / "lib").glob("libQt6*")}
    assert {"libQt6Core", "libQt6Gui", "libQt6Widgets", "libQt6Svg"} <= libs
    unwanted = {"Network", "Qml", "Quick", "OpenGL", "WaylandClient", "WebEngineCore", "Pdf",
                "Multimedia", "TextToSpeech", "3DCore"}  # fmt: skip
    assert not {f"libQt6{name}" for name in unwanted} & libs
    # Qt's own words only in the languages the app speaks; the app's catalogues beside it.
    assert {p.name for p in qt.rglob("*.qm")} == {"qtbase_es.qm"}
    assert (internal / "sciatica_coach" / "i18n" / "sciatica_coach_es.qm").is_file()
    assert (internal / "sciatica_coach" / "i18n" / "sciatica_coach_es.ts").is_file()
    assert (data / "routines" / "i18n" / "es" / "quick-tour.yaml").is_file()
    assert (internal / "numpy").is_dir(), "pyqtgraph needs numpy"
    assert (internal / "pyqtgraph").is_dir()
    dangling = [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling
