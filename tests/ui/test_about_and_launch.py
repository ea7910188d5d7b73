"""Help → About and the ways `smallcrm-desktop` is started by installers: a file to import ("Open with SmallCRM"),
a file sent by macOS's Finder, --smoke, --version, and the application icon."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QLabel

from smallcrm import __version__
from smallcrm.resources import resource_dir
from smallcrm.services.parties.lists import PartyQuery, count_parties
from ui.about import AboutDialog, app_icon
from ui.exchange.import_dialog import ImportDialog
from ui.open_with import FileOpenFilter, import_file
from ui.smoke import Smoke, process_age

ROOT = Path(__file__).resolve().parents[2]
VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lucia Verdi\r\nN:Verdi;Lucia;;;\r\nEMAIL:lucia@verdi.it\r\nEND:VCARD\r\n"


def test_help_about_shows_the_version_and_the_database(window, ctx, qtbot):
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[-1] == "&Help"
    window.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.version.text() == f"Version {__version__}"
    assert str(ctx.db.path) in dialog.database.text()
    assert dialog.backups.text() == f"Backups: {ctx.db.path.parent / 'backups'}" and dialog.backups.isVisibleTo(dialog)
    assert any("License: GPL-3.0-or-later" in label.text() for label in dialog.findChildren(QLabel))
    dialog.reject()


def test_the_icon_has_every_size_from_16_to_512():
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert sizes == {16, 24, 32, 48, 64, 128, 256, 512}


def _vcard(tmp_path: Path) -> Path:
    path = tmp_path / "lucia.vcf"
    path.write_text(VCARD, encoding="utf-8")
    return path


def test_a_vcard_opened_with_smallcrm_opens_the_import_on_it_and_imports_nothing_yet(window, ctx, tmp_path):
    dialog = import_file(window, _vcard(tmp_path))
    assert window.stack.currentWidget() is window.page("contacts")
    assert dialog.isVisible()
    assert dialog.source is not None and dialog.source.kind == "vcard"
    assert dialog.file_label.text().endswith("lucia.vcf")
    assert count_parties(PartyQuery()) == 0  # the user presses Import after the preview


def test_a_file_sent_by_the_finder_opens_the_import(window, qapp, tmp_path):
    sieve = FileOpenFilter(window)
    assert sieve.eventFilter(qapp, QFileOpenEvent(str(_vcard(tmp_path))))
    dialog = window.page("contacts").findChild(ImportDialog)
    assert dialog is not None and dialog.file_label.text().endswith("lucia.vcf")


def test_the_process_age_counts_from_the_start_of_the_process():
    assert 0 < process_age() < 24 * 3600


def _desktop(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run([sys.executable, "-m", "ui.app", *args], cwd=ROOT, env=environment, capture_output=True,
                          text=True, timeout=120)


def test_smoke_opens_the_window_on_a_temporary_database_and_exits_0(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    done = _desktop("--smoke", HOME=str(home), LANG="en_GB.UTF-8", XDG_DATA_HOME=str(home / "data"),
                    XDG_CONFIG_HOME=str(home / "config"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("smallcrm-desktop --smoke: window shown after ")
    assert done.stdout.rstrip().endswith("(language: en, first section: Home)")
    assert not [p for p in home.rglob("*") if "smallcrm" in p.name.lower()]  # no database, settings or log


def test_smoke_in_italian_with_the_compiled_translations(tmp_path):
    if not (resource_dir("translations") / "smallcrm_it.qm").is_file():
        pytest.skip("the translations are not compiled (make translations)")
    done = _desktop("--smoke", HOME=str(tmp_path), LANG="it_IT.UTF-8", XDG_CONFIG_HOME=str(tmp_path / "config"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.rstrip().endswith("(language: it, first section: Panoramica)")


def test_smoke_says_how_long_the_window_took_and_fails_without_the_users_translation(window, capsys):
    smoke = Smoke()
    try:
        assert smoke.run(window, "it", translated=True) == 0
        assert capsys.readouterr().out.startswith("smallcrm-desktop --smoke: window shown after ")
        assert smoke.run(window, "it", translated=False) == 1
        assert "the it translation is missing" in capsys.readouterr().err
    finally:
        smoke.clean()
    assert not smoke.folder.exists()


def test_version():
    assert _desktop("--version").stdout == f"smallcrm-desktop {__version__}\n"
