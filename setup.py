"""The wheel's build step that pyproject.toml cannot declare: the files SmallCRM reads at run time go into it.

The fonts, the icons and the translations live outside the packages (resources/, translations/), and the
translations are kept as .ts sources only (the .qm files are build outputs). An installed wheel has no
repository beside it, so this step copies the fonts and icons into the package as ``smallcrm/_data/<name>`` and
compiles the translations there with Qt's lrelease (from PySide6, which packaging/smallcrm_build.py asks pip for
when a wheel is built). Where each folder comes from and what it holds is read from smallcrm/resources.py, the
one table the program, this step and the PyInstaller spec share.

An editable install (``make run``, ``make test``) skips this: it reads the repository's folders.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _resources() -> ModuleType:
    """smallcrm/resources.py by its path: importing the package here would need its dependencies."""
    spec = importlib.util.spec_from_file_location("_smallcrm_resources", ROOT / "smallcrm" / "resources.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def lrelease() -> str:
    """Qt's lrelease: the one inside PySide6 (installed in the build environment), else one on the PATH."""
    found = importlib.util.find_spec("PySide6")
    if found is not None and found.origin:
        exe = Path(found.origin).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
        if exe.is_file():
            return str(exe)
    for name in ("pyside6-lrelease", "lrelease"):
        if path := shutil.which(name):
            return path
    raise SystemExit("building SmallCRM: Qt's lrelease is needed to compile the translations (pip install PySide6)")


class BuildWithResources(build_py):
    """build_py, plus the fonts, icons and compiled translations under smallcrm/_data."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        resources = _resources()
        target = Path(self.build_lib) / "smallcrm" / "_data"
        shutil.rmtree(target, ignore_errors=True)
        for name, source in resources.SOURCES.items():
            folder = target / name
            folder.mkdir(parents=True)
            if name == "translations":
                for ts in sorted((ROOT / source).glob("*.ts")):
                    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(folder / f"{ts.stem}.qm")], check=True)
                continue
            for pattern in resources.PATTERNS[name]:
                for file in sorted((ROOT / source).glob(pattern)):
                    shutil.copy2(file, folder / file.name)


setup(cmdclass={"build_py": BuildWithResources})
