"""Fixtures for the window tests: a real database in tmp, jobs run synchronously, settings in tmp."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from smallcrm.demo import generate_demo
from tests.mail.fixtures import dovecot, mailbox  # noqa: F401  (the Incoming mail page fetches from a real server)
from tests.smtp_test_server import smtp_server  # noqa: F401 (a fixture: real SMTP servers on 127.0.0.1)
from ui.bus import ChangeBus
from ui.context import AppContext
from ui.tasks import SyncRunner


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
