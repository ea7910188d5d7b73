"""Fixtures for the window tests: a real database in tmp, jobs run synchronously, settings in tmp."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from smallcrm.demo.parties import generate_demo
from ui.common import i18n
from ui.common.bus import ChangeBus
from ui.common.context import AppContext
from ui.jobs import SyncRunner


class ModalOpened(AssertionError):
    """A test reached a blocking dialog it did not replace: it would wait for a click forever."""


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch, request):
    """Every modal loop fails the test at once instead of hanging the run (tests replace ``ask()`` & co.);
    a test that answers the real dialog itself (a timer playing the user) is marked ``modal``."""
    if request.node.get_closest_marker("modal"):
        return
    from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox

    def refuse(what):
        def opened(*args, **kwargs):
            raise ModalOpened(f"{what} opened a modal loop in a test: replace it (e.g. monkeypatch its ask())")
        return opened

    monkeypatch.setattr(QDialog, "exec", refuse("QDialog.exec"))
    monkeypatch.setattr(QMenu, "exec", refuse("QMenu.exec"))
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, refuse(f"QMessageBox.{name}"))
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, refuse(f"QFileDialog.{name}"))


@pytest.fixture
def demo_db(db):
    generate_demo(db, contacts=120, seed=5, communications_per_contact=3)
    return db


@pytest.fixture
def ctx(db, tmp_path, qapp):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(db=db, bus=ChangeBus(), runner=SyncRunner(db), settings=settings)


@pytest.fixture
def window(ctx, qtbot):
    from ui.main_window import MainWindow

    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def party_page(ctx, qtbot):
    """The page of one party (none open yet), shown at a size where all its parts have room."""
    from ui.parties.party_page import PartyPage

    widget = PartyPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1150, 720)
    widget.show()
    return widget


@pytest.fixture
def english(qapp):
    """The English translation loaded (plural forms), as the window loads it; removed afterwards."""
    assert i18n.install_translators(qapp, "en")
    yield
    for translator in i18n._installed:
        qapp.removeTranslator(translator)
    i18n._installed.clear()


@pytest.fixture
def language(qapp, request):
    """The window's translation in the language a test is parametrised with (``indirect=True``); removed after."""
    i18n.install_translators(qapp, request.param)
    yield request.param
    for translator in i18n._installed:
        qapp.removeTranslator(translator)
    i18n._installed.clear()
