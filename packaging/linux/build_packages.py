"""The Linux installers, made from the PyInstaller bundle: a .deb (Debian, Ubuntu) and an .rpm (Fedora).

    make deb rpm            (after make bundle; or: python packaging/linux/build_packages.py --deb --rpm)

Why these two and not an AppImage: a shop owner installs by double-clicking the file, and GNOME Software,
Ubuntu's App Center and KDE Discover install a .deb (Debian, Ubuntu) or an .rpm (Fedora) that way, with the
menu entry, the icon and "Open with SmallCRM" for vCards; upgrades then come as "install the new file over the
old one". An AppImage must first be made executable by hand, needs FUSE 2 (not installed on Ubuntu 22.04 and
later), and gets no menu entry nor file association without extra tools.

Both hold the same tree: the bundle in /usr/lib/smallcrm, `smallcrm` and `smallcrm-desktop` linked from
/usr/bin, the desktop file, the AppStream metainfo and the icons under /usr/share. Nothing of the user's is
in it: the database stays in ~/.local/share/SmallCRM, so installing a newer version over an older, or removing
it, leaves the data alone (a newer version migrates the database at its first start, after a verified backup).
The desktop and icon caches are refreshed by dpkg's and rpm's own triggers: no maintainer scripts.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from smallcrm import __version__  # noqa: E402
from smallcrm.resources import APP_ID, icon_files  # noqa: E402

HERE = Path(__file__).resolve().parent
MAINTAINER = "The SmallCRM maintainers <maintainers@smallcrm.invalid>"  # set a real address before publishing
SUMMARY = "Offline CRM for small businesses: customers, quotes, invoices"
DESCRIPTION = ("SmallCRM keeps the customers of a small business and everything done with them: contacts,\n"
               "calls, e-mails, meetings, tasks, deals, quotes, invoices, payments and who is late. Everything\n"
               "lives in one file on this computer; nothing needs a network. Italian, English and Romanian.")
# what the bundle loads from the system instead of carrying it (the graphics drivers' libraries, Wayland's
# client libraries, the C library): found with ldd over every ELF file of the bundle
DEB_DEPENDS = "libc6 (>= 2.36), libgl1, libegl1, libxcb1, libwayland-client0, libwayland-cursor0, libwayland-egl1"
RPM_REQUIRES = "glibc >= 2.36, libglvnd-glx, libglvnd-egl, libxcb, libwayland-client, libwayland-cursor, libwayland-egl"


def stage(bundle: Path, root: Path) -> Path:
    """Lay out the installed tree under ``root``; return it."""
    lib = root / "usr" / "lib" / "smallcrm"
    shutil.copytree(bundle, lib, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    for program in ("smallcrm", "smallcrm-desktop"):
        (root / "usr" / "bin" / program).symlink_to(f"../lib/smallcrm/{program}")
    share = root / "usr" / "share"
    for folder, name in (("applications", f"{APP_ID}.desktop"), ("metainfo", f"{APP_ID}.metainfo.xml")):
        (share / folder).mkdir(parents=True)
        shutil.copy2(HERE / name, share / folder / name)
    icons = share / "icons" / "hicolor"
    for size, png in icon_files().items():
        (icons / f"{size}x{size}" / "apps").mkdir(parents=True)
        shutil.copy2(png, icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "icons" / "smallcrm.svg", icons / "scalable" / "apps" / f"{APP_ID}.svg")
    doc = share / "doc" / "smallcrm"
    doc.mkdir(parents=True)
    shutil.copy2(ROOT / "CHANGELOG.md", doc / "CHANGELOG.md")
    (doc / "copyright").write_text(
        "SmallCRM is free software: GPL-3.0-or-later (/usr/share/common-licenses/GPL-3 on Debian).\n"
        "It carries Python, Qt (LGPL-3.0) and the Python packages listed in its pyproject.toml, each under its\n"
        "own licence, and the DejaVu fonts (/usr/lib/smallcrm/_internal/smallcrm/_data/fonts).\n", encoding="utf-8")
    for path in root.rglob("*"):  # the modes a package expects, whatever the umask of the build
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or path.stat().st_mode & 0o111 else 0o644)
    return root


def _size_kib(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024


def build_deb(root: Path, out: Path, version: str, fast: bool = False) -> Path:
    arch = {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())
    control = root / "DEBIAN" / "control"
    control.parent.mkdir()
    description = "\n".join(f" {line}" for line in DESCRIPTION.splitlines())
    control.write_text(f"Package: smallcrm\nVersion: {version}\nArchitecture: {arch}\nMaintainer: {MAINTAINER}\n"
                       f"Installed-Size: {_size_kib(root)}\nDepends: {DEB_DEPENDS}\nSection: misc\n"
                       f"Priority: optional\nDescription: {SUMMARY}\n{description}\n", encoding="utf-8")
    target = out / f"smallcrm_{version}_{arch}.deb"
    compression = ["-Zgzip", "-z1"] if fast else ["-Zxz"]  # xz: 80 MB instead of 100, but 90 s instead of 10
    subprocess.run(["dpkg-deb", "--root-owner-group", *compression, "--build", str(root), str(target)], check=True,
                   stdout=subprocess.DEVNULL)
    shutil.rmtree(control.parent)
    return target


RPM_SPEC = """\
Name: smallcrm
Version: {version}
Release: 1
Summary: {summary}
License: GPL-3.0-or-later
Requires: {requires}
# the bundle carries its own libraries: rpm must neither require nor provide them, strip them or compile Python
AutoReqProv: no
%global debug_package %{{nil}}
%global __os_install_post %{{nil}}
%define _build_id_links none

%description
{description}

%install
cp -a {stage}/. %{{buildroot}}/

%files
/usr/lib/smallcrm
/usr/bin/smallcrm
/usr/bin/smallcrm-desktop
/usr/share/applications/{app_id}.desktop
/usr/share/metainfo/{app_id}.metainfo.xml
/usr/share/icons/hicolor/*/apps/{app_id}.*
%doc /usr/share/doc/smallcrm
"""


def build_rpm(root: Path, out: Path, work: Path, version: str, fast: bool = False) -> Path:
    spec = work / "smallcrm.spec"
    spec.write_text(RPM_SPEC.format(version=version, summary=SUMMARY, requires=RPM_REQUIRES, stage=root,
                                    description=DESCRIPTION, app_id=APP_ID), encoding="utf-8")
    payload = ["--define", "_binary_payload w1.gzdio"] if fast else []
    subprocess.run(["rpmbuild", "-bb", "--quiet", "--define", f"_topdir {work / 'rpm'}", "--define",
                    f"_rpmdir {work / 'out'}", *payload, str(spec)], check=True)
    built = next((work / "out").rglob("*.rpm"))
    return Path(shutil.copy2(built, out / built.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "smallcrm", help="the PyInstaller folder")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where the packages go")
    parser.add_argument("--deb", action="store_true", help="build the .deb (needs dpkg-deb)")
    parser.add_argument("--rpm", action="store_true", help="build the .rpm (needs rpmbuild: apt install rpm)")
    parser.add_argument("--version", default=__version__, help="the package's version (tests: an upgrade)")
    parser.add_argument("--fast", action="store_true", help="light compression, for tests (bigger files)")
    args = parser.parse_args(argv)
    if not (args.bundle / "smallcrm-desktop").is_file():
        parser.error(f"no bundle in {args.bundle}: run make bundle first")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="smallcrm-pkg-") as work:
        root = stage(args.bundle, Path(work) / "root")
        built = []
        if args.rpm:  # before the .deb, whose DEBIAN folder must not end up in the .rpm
            built.append(build_rpm(root, args.out, Path(work), args.version, args.fast))
        if args.deb:
            built.append(build_deb(root, args.out, args.version, args.fast))
    for package in built:
        print(f"built {package} ({package.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
