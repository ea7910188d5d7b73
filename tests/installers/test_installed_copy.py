"""A non-editable install (a wheel, as `pip install .` makes it) carries the translations, the fonts and the icons.

The wheel is built as pip builds it (isolated, with setup.py's step compiling the translations with PySide6's
lrelease) and installed into a fresh virtual environment with --no-deps; the dependencies are borrowed from the
test's own environment through a plain path entry (which, unlike a site folder, does not run the editable
install's hook), so that the checkout cannot be what answers. Then, from a folder far from the checkout:
the package is the installed one, Italian loads, the documents' fonts register, `smallcrm --version` works.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from smallcrm import __version__

ROOT = Path(__file__).resolve().parents[2]
CHECK = """
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

import smallcrm
from smallcrm.documents.pdf_fonts import FONT_DIR, register_fonts
from smallcrm.resources import icon_files, resource_dir
from ui.common.i18n import install_translators

app = QApplication([])
assert install_translators(app, "it"), resource_dir("translations")
print(smallcrm.__file__)
print(QCoreApplication.translate("MainWindow", "&About SmallCRM"))
print(FONT_DIR, register_fonts())
print(len(icon_files()))
"""


@pytest.mark.slow
def test_a_wheel_installed_into_a_fresh_environment_has_its_translations_fonts_and_icons(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(ROOT)],
                   check=True, capture_output=True)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    Path(site, "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                    str(next(wheels.glob("smallcrm-*.whl")))], check=True, capture_output=True)

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env.pop("PYTHONPATH", None)
    done = subprocess.run([str(python), "-c", CHECK], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    package, about, fonts, icons = done.stdout.splitlines()
    assert package.startswith(site)
    assert about == "&Informazioni su SmallCRM"
    assert fonts.startswith(f"{site}/smallcrm/_data/fonts ") and "DejaVuSans" in fonts
    assert int(icons) == 8
    version = subprocess.run([str(venv / "bin" / "smallcrm"), "--version"], env=env, capture_output=True, text=True)
    assert version.stdout == f"smallcrm {__version__}\n"
