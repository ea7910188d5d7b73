"""The .deb and the .rpm made from the bundle: what they install, and (the .deb, installed into a scratch root
with dpkg) that the installed programs start, and that a newer package installed over an older, and then its
removal, leave the user's data alone.

Built with light compression (--fast) to keep the test short; ``make deb rpm`` builds the releases' files.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from smallcrm import __version__
from smallcrm.resources import APP_ID
from tests.installers.bundle import ROOT, bundle_or_skip, run, user_env

BUILD = ROOT / "packaging" / "linux" / "build_packages.py"
NEWER = f"{__version__}+test1"  # dpkg orders it after __version__
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _build(bundle: Path, out: Path, *args: str) -> None:
    subprocess.run([sys.executable, str(BUILD), "--bundle", str(bundle), "--out", str(out), "--fast", *args],
                   check=True, capture_output=True, text=True)


@pytest.fixture(scope="module")
def debs(tmp_path_factory) -> dict[str, Path]:
    bundle = bundle_or_skip()
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb is missing (not a Debian-like system)")
    out = tmp_path_factory.mktemp("debs")
    _build(bundle, out, "--deb")
    _build(bundle, out, "--deb", "--version", NEWER)
    return {version: next(out.glob(f"smallcrm_{version}_*.deb")) for version in (__version__, NEWER)}


def _dpkg(root: Path, *args: str) -> str:
    """dpkg on a scratch root of its own (its own package database; the system's stays untouched)."""
    done = subprocess.run(["dpkg", f"--root={root}", "--force-not-root", "--force-depends", *args],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _scratch_root(folder: Path) -> Path:
    for name in ("info", "updates", "triggers"):
        (folder / "var" / "lib" / "dpkg" / name).mkdir(parents=True)
    (folder / "var" / "lib" / "dpkg" / "status").touch()
    return folder


def _contacts(database: Path) -> int:
    with sqlite3.connect(database) as conn:
        return conn.execute("SELECT COUNT(*) FROM party").fetchone()[0]


def test_the_deb_installs_the_programs_the_menu_entry_the_icons_and_the_metainfo(debs, tmp_path):
    root = _scratch_root(tmp_path / "root")
    _dpkg(root, "-i", str(debs[__version__]))
    share = root / "usr" / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert all((share / "icons" / "hicolor" / f"{s}x{s}" / "apps" / f"{APP_ID}.png").is_file() for s in ICON_SIZES)
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    env = user_env(tmp_path / "home")
    assert run(root / "usr" / "bin" / "smallcrm", "--version", env=env).stdout == f"smallcrm {__version__}\n"
    smoke = run(root / "usr" / "bin" / "smallcrm-desktop", "--smoke", env=env)
    assert smoke.returncode == 0, smoke.stderr


def test_a_newer_deb_over_an_older_and_then_removing_it_keep_the_users_data(debs, tmp_path):
    root = _scratch_root(tmp_path / "root")
    env = user_env(tmp_path / "home")
    smallcrm = root / "usr" / "bin" / "smallcrm"
    database = tmp_path / "home" / ".local" / "share" / "SmallCRM" / "smallcrm.sqlite3"
    _dpkg(root, "-i", str(debs[__version__]))
    assert run(smallcrm, "demo", "--contacts", "12", "--seed", "5", env=env).returncode == 0
    before = _contacts(database)

    _dpkg(root, "-i", str(debs[NEWER]))
    assert _dpkg(root, "-s", "smallcrm").count(f"Version: {NEWER}") == 1
    assert _contacts(database) == before
    assert run(smallcrm, "check", env=env).returncode == 0

    _dpkg(root, "--purge", "smallcrm")
    assert not smallcrm.exists()
    assert _contacts(database) == before


@pytest.mark.skipif(shutil.which("rpmbuild") is None, reason="rpmbuild is missing (apt-get install rpm)")
def test_the_rpm_holds_the_same_tree_and_requires_only_system_libraries(tmp_path):
    bundle = bundle_or_skip()
    _build(bundle, tmp_path, "--rpm")
    rpm = next(tmp_path.glob("smallcrm-*.rpm"))
    files = subprocess.run(["rpm", "-qpl", str(rpm)], capture_output=True, text=True, check=True).stdout.split()
    assert {"/usr/bin/smallcrm", "/usr/bin/smallcrm-desktop", f"/usr/share/applications/{APP_ID}.desktop",
            f"/usr/share/metainfo/{APP_ID}.metainfo.xml", "/usr/lib/smallcrm/smallcrm-desktop"} <= set(files)
    version = subprocess.run(["rpm", "-qp", "--qf", "%{VERSION}", str(rpm)], capture_output=True, text=True,
                             check=True).stdout
    assert version == __version__
    requires = subprocess.run(["rpm", "-qpR", str(rpm)], capture_output=True, text=True, check=True).stdout
    assert "libxcb-icccm" not in requires and "libpython" not in requires  # carried by the bundle, not required
