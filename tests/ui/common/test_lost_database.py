"""A lost database: the window asks (restore the newest backup, start anew, quit) instead of making a new one
that the first start fills with demo data."""

from __future__ import annotations

import pytest

from smallcrm.db.backup import make_backup
from smallcrm.db.connection import open_database
from smallcrm.services.parties.lists import PartyQuery, count_parties
from tests import factories
from ui import app
from ui.common.i18n import install_translators
from ui.common.lost_database import LostChoice, LostDatabaseDialog


@pytest.fixture
def lost(tmp_path):
    path = tmp_path / "crm.sqlite3"
    with open_database(path) as db:
        factories.company(db, "Acme S.r.l.")
    make_backup(path)
    path.unlink()
    return path


@pytest.mark.parametrize("choice, companies", [(LostChoice.RESTORE, 1), (LostChoice.ANEW, 0)])
def test_the_window_asks_and_does_what_was_chosen(qapp, lost, monkeypatch, choice, companies):
    asked = []
    monkeypatch.setattr(LostDatabaseDialog, "ask", lambda path, parent=None: asked.append(path) or choice)
    db = app._open(str(lost))
    try:
        assert asked == [str(lost)] and count_parties(PartyQuery()) == companies
    finally:
        db.close()


def test_quitting_makes_nothing(qapp, lost, monkeypatch):
    monkeypatch.setattr(LostDatabaseDialog, "ask", lambda path, parent=None: LostChoice.QUIT)
    assert app._open(str(lost)) is None and not lost.exists()


@pytest.mark.parametrize("lang", ["it", "en", "ro"])
def test_the_dialog_reads_well(qapp, lang, tmp_path):
    install_translators(qapp, lang)
    dialog = LostDatabaseDialog("/home/anna/.local/share/SmallCRM/crm.sqlite3")
    dialog.show()
    qapp.processEvents()
    dialog.grab().save(str(tmp_path / f"lost-{lang}.png"))
    assert "%1" not in dialog.text()
    dialog.close()
    install_translators(qapp, "en")
