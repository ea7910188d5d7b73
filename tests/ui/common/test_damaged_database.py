"""A damaged database at start: the window says so, offers the newest sound backup, or opens the file
read-only (what still reads is shown, nothing is written, the mail sender does not start); restoring from
the read-only window makes it writable again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from smallcrm.db.connection import open_database
from smallcrm.errors import StorageError
from smallcrm.services.admin.maintenance import list_backups, make_backup
from smallcrm.services.parties.lists import PartyQuery, list_parties
from smallcrm.services.parties.parties import PartyDraft, create_party
from tests import factories
from tests.db.helpers import PAGE_SIZE
from ui import app
from ui.common.bus import ChangeBus
from ui.common.context import AppContext
from ui.common.damaged_database import DamagedChoice, DamagedDatabaseDialog
from ui.jobs import SyncRunner


@pytest.fixture
def damaged(tmp_path):
    """A database with a backup (Anna, Bruno) and a later change (Carla), then one index page overwritten:
    SQLite's check at open finds it, the tables still read."""
    path = tmp_path / "crm.sqlite3"
    with open_database(path) as db:
        for first, last in (("Anna", "Verdi"), ("Bruno", "Neri")):
            factories.person(db, first, last)
        make_backup(db)
        factories.person(db, "Carla", "Bianchi")
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        (root,) = db.execute_sql("SELECT rootpage FROM sqlite_master WHERE name = 'party_owner'").fetchone()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * PAGE_SIZE)  # the index's only page, as a bad sector leaves it
        fh.write(b"\x7f" * PAGE_SIZE)
    with pytest.raises(StorageError) as caught:
        open_database(path)
    assert caught.value.code == "damaged"
    return path


def _answer(monkeypatch, choice: DamagedChoice, seen: list) -> None:
    def ask(path, detail, backup, parent=None):
        seen.append((path, detail, backup))
        return choice

    monkeypatch.setattr(DamagedDatabaseDialog, "ask", ask)


def _window(db, tmp_path, qtbot):
    from ui.main_window import MainWindow

    ctx = AppContext(db=db, bus=ChangeBus(), runner=SyncRunner(db),
                     settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return ctx, window


def _names() -> list[str]:
    return sorted(p.name for p in list_parties(PartyQuery()))


def test_opened_read_only_it_shows_what_reads_and_changes_nothing(damaged, monkeypatch, tmp_path, qtbot):
    before = damaged.read_bytes()
    seen: list = []
    _answer(monkeypatch, DamagedChoice.READ_ONLY, seen)
    db = app._open(str(damaged))
    ((path, detail, backup),) = seen
    assert path == str(damaged) and "damaged" in detail and backup is not None  # a sound backup is offered
    try:
        assert db.read_only and _names() == ["Anna Verdi", "Bruno Neri", "Carla Bianchi"]
        with pytest.raises(StorageError) as caught:
            create_party(db, PartyDraft(kind="person", first_name="Dario", last_name="Rossi"))
        assert caught.value.code == "read_only"
        ctx, window = _window(db, tmp_path, qtbot)
        assert window.windowTitle().endswith("(read-only)")
        assert window.read_only_notice.isVisible() and window.outbox is None and window.mail_fetcher is None
        window.read_only_notice.button.click()  # leads to the backups
        assert window.stack.currentWidget().tabs.currentWidget() is window.stack.currentWidget().data
    finally:
        db.close()
    assert damaged.read_bytes() == before  # not a byte written


def test_read_only_the_buttons_that_write_are_disabled_and_stay_so(damaged, monkeypatch, tmp_path, qtbot):
    _answer(monkeypatch, DamagedChoice.READ_ONLY, [])
    db = app._open(str(damaged))
    try:
        ctx, window = _window(db, tmp_path, qtbot)
        contacts = window.show_section("contacts")
        assert not contacts.import_button.isEnabled() and contacts.vcard_button.isEnabled()  # exporting reads
        assert not window.file_menu.import_action.isEnabled() and window.file_menu.export_action.isEnabled()
        assert not window.show_section("quotes").new_button.isEnabled()
        assert not window.show_section("tasks").new_button.isEnabled()
        (anna,) = [p for p in list_parties(PartyQuery()) if p.name == "Anna Verdi"]
        window.show_party(anna.id)
        page = window._pages["party"]
        assert not page.edit_button.isEnabled() and not page.actions["call"].isEnabled()
        privacy = page.privacy
        privacy.show_party(page.party, trashed=False)  # the page enables them for a live record: held
        assert not privacy.add_button.isEnabled() and not privacy.erase_button.isEnabled()
        assert privacy.export_button.isEnabled()  # a subject access request still works
        settings = window.show_section("settings")
        assert settings.data.restore_button.isEnabled()  # the way out: restore a sound backup
        assert not settings.data.backup_button.isEnabled()
        assert not settings.pec.save_button.isEnabled() and settings.pec.test_button.isEnabled()  # a test saves nothing
        assert not settings.imap.save_button.isEnabled()
    finally:
        db.close()


def test_restore_at_start_puts_the_newest_backup_back(damaged, monkeypatch):
    _answer(monkeypatch, DamagedChoice.RESTORE, [])
    db = app._open(str(damaged))
    try:
        assert not db.read_only and _names() == ["Anna Verdi", "Bruno Neri"]  # the backup's state
        create_party(db, PartyDraft(kind="person", first_name="Dario", last_name="Rossi"))
    finally:
        db.close()
    assert list(damaged.parent.glob("crm.sqlite3.damaged-*"))  # the damaged file is kept aside


def test_quit_opens_nothing(damaged, monkeypatch):
    _answer(monkeypatch, DamagedChoice.QUIT, [])
    assert app._open(str(damaged)) is None


def test_a_restore_from_the_read_only_window_makes_it_writable(damaged, monkeypatch, tmp_path, qtbot):
    from ui.settings.data import DataSettings

    _answer(monkeypatch, DamagedChoice.READ_ONLY, [])
    db = app._open(str(damaged))
    try:
        ctx, window = _window(db, tmp_path, qtbot)
        window.show_backups()
        data = window.stack.currentWidget().data
        assert isinstance(data, DataSettings)
        monkeypatch.setattr(DataSettings, "confirm_restore", classmethod(lambda cls, parent, text: True))
        (backup,) = list_backups(damaged)
        data.table.selectRow(0)
        data.restore_selected()
        qtbot.waitUntil(lambda: window.read_only_notice is None)
        assert not db.read_only and not window.windowTitle().endswith("(read-only)")
        assert window.outbox is not None
        assert _names() == ["Anna Verdi", "Bruno Neri"]
        assert window.file_menu.import_action.isEnabled()  # the menu writes again
        assert window.show_section("contacts").import_button.isEnabled()  # a page built afresh
        create_party(db, PartyDraft(kind="person", first_name="Dario", last_name="Rossi"))
    finally:
        db.close()


def test_a_database_on_read_only_media_opens_read_only(tmp_path, qtbot):
    import os
    import stat

    path = tmp_path / "crm.sqlite3"
    with open_database(path) as db:
        factories.person(db, "Anna", "Verdi")
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)  # what a write-protected stick shows SmallCRM
    try:
        db = app._open(str(path))
        try:
            assert db.read_only and _names() == ["Anna Verdi"]
            ctx, window = _window(db, tmp_path, qtbot)
            assert window.windowTitle().endswith("(read-only)") and window.outbox is None
            assert "cannot be written" in window.read_only_notice.label.text()
            assert not window.read_only_notice.button.isVisible()  # no restore could write there either
        finally:
            db.close()
    finally:
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
