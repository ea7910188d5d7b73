"""What the Linux desktop reads about SmallCRM: the .desktop file, the AppStream metainfo (both checked by their
validators when installed), the icons; and the version, defined once and repeated where it must be."""

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

from smallcrm import __version__
from smallcrm.resources import APP_ID, icon_files

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate is missing (apt-get install desktop-file-utils)")
def test_the_desktop_file_is_valid():
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is missing (apt-get install appstream)")
def test_the_metainfo_is_valid():
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert not re.search(r"^[EW]: ", done.stdout, re.MULTILINE), done.stdout  # errors, warnings (infos are fine)


def test_opening_a_vcard_with_smallcrm_passes_the_file_to_the_window():
    entry = _entry()
    assert entry["Exec"] == "smallcrm-desktop %f"  # ui/app.py: a file argument opens the import on it
    assert "text/vcard" in entry["MimeType"].split(";")
    assert entry["Icon"] == APP_ID


def test_the_metainfo_names_the_desktop_file_and_the_vcard_type():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert "text/vcard" in [m.text for m in root.iter("mediatype")]


def test_the_version_is_defined_once_and_repeated_where_it_must_be():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "smallcrm.__version__"}
    newest = ET.parse(METAINFO).getroot().find("releases/release")
    assert newest.get("version") == __version__  # software centres show it: a release adds its <release>
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(r"^## (\S+)", changelog, re.MULTILINE).group(1) == __version__


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


def test_the_icon_comes_in_the_usual_sizes_each_as_big_as_its_name_says():
    files = icon_files()
    assert list(files) == [16, 24, 32, 48, 64, 128, 256, 512]
    assert all(_png_size(path) == (size, size) for size, path in files.items())
    icons = ROOT / "resources" / "icons"
    assert (icons / "smallcrm.svg").is_file() and (icons / "smallcrm.ico").is_file()
    assert (icons / "smallcrm.icns").is_file()
