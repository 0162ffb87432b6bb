"""The Linux desktop entry, AppStream metainfo and icons: valid, and all named by one app id."""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import sciatica_coach

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.sciaticacoach.SciaticaCoach"
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "assets" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install {package})")
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def test_desktop_file_validates_without_warnings() -> None:
    validator = _tool("desktop-file-validate", "desktop-file-utils")
    result = _run(validator, str(DESKTOP))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # desktop-file-validate prints "error:", "warning:" and "hint:" lines; hints are allowed.
    assert not re.search(r"\b(error|warning):", output), output


def test_metainfo_validates_without_warnings() -> None:
    validator = _tool("appstreamcli", "appstream")
    result = _run(validator, "validate", "--no-net", str(METAINFO))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # Issues are "E:", "W:", "I:" (info) and "P:" (pedantic) lines; infos and pedantic are allowed.
    assert not re.search(r"^\s*[EW]: ", output, re.MULTILINE), output


def test_one_app_id_everywhere() -> None:
    entry = _desktop_entry()
    root = _metainfo()
    assert DESKTOP.stem == APP_ID
    assert entry["Icon"] == APP_ID
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert METAINFO.name == f"{APP_ID}.metainfo.xml"


def test_desktop_entry_runs_the_installed_command() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "gui-scripts"
    ]
    entry = _desktop_entry()
    command = entry["Exec"].split()[0]
    assert command in scripts
    assert entry["StartupWMClass"] == command
    assert entry["Terminal"] == "false"
    assert _metainfo().findtext("provides/binary") == command


def test_metainfo_names_the_current_version() -> None:
    releases = _metainfo().findall("releases/release")
    assert releases, "the metainfo lists no releases"
    assert releases[0].get("version") == sciatica_coach.__version__, (
        "add a <release> for the new version at the top of the metainfo"
    )


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_icon_exists_at_size(size: int) -> None:
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert path.is_file(), f"{path} is missing: run python tools/make_icons.py"
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", head[16:24]) == (size, size)


def test_scalable_icon_is_the_source() -> None:
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ICONS / "sciatica-coach.svg").read_bytes(), (
        "the scalable icon differs from the source: run python tools/make_icons.py"
    )


def test_windows_icon_holds_every_size() -> None:
    data = (ICONS / "sciatica-coach.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        assert (width or 256) == (height or 256)
        assert offset + length <= len(data)
        sizes.append(width or 256)
    assert tuple(sizes) == ICO_SIZES
