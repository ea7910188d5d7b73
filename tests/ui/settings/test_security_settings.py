"""The window's face of encryption and restore: the passphrase dialog at start, the Security tab, and
restoring a backup chosen from the list."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from smallcrm import keychain
from smallcrm.db.cipher import file_salt, key_name
from smallcrm.services.admin.maintenance import list_backups, make_backup
from smallcrm.services.admin.security import encrypt_database
from smallcrm.services.admin.storage import open_crm
from smallcrm.services.parties.parties import PartyDraft, create_party
from smallcrm.services.parties.search import search_parties
from tests import factories
from ui.common.passphrase import PassphraseDialog, open_asking_passphrase
from ui.settings.data import DataSettings
from ui.settings.page import SettingsPage
from ui.settings.security import SecuritySettings

PASSPHRASE = "open sesame, please"


@pytest.fixture
def security(ctx, qtbot, monkeypatch):
    monkeypatch.setattr(SecuritySettings, "confirm", classmethod(lambda cls, parent, text: True))
    page = SecuritySettings(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_passphrase_dialog_types_and_opens(qtbot, tmp_path):
    dialog = PassphraseDialog(tmp_path / "crm.sqlite3", wrong=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.error.isHidden() and "crm.sqlite3" in dialog.findChild(type(dialog.error)).text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()  # nothing typed: nothing to try
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.passphrase.text() == PASSPHRASE
    wrong = PassphraseDialog(tmp_path / "crm.sqlite3", wrong=True)
    qtbot.addWidget(wrong)
    assert not wrong.error.isHidden() and "does not open" in wrong.error.text()


@pytest.mark.modal
def test_at_start_a_wrong_passphrase_is_said_and_asked_again(db, qtbot):
    factories.person(db, "Ilse", "Quartermaine")
    encrypt_database(db, PASSPHRASE)
    path = db.path
    db.close()
    keychain.forget_secret(key_name(file_salt(path)))
    typed = iter(["sesame?", PASSPHRASE])
    seen = []

    def answer() -> None:  # plays the user at each dialog as it comes up
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PassphraseDialog):
            seen.append(not dialog.error.isHidden())
            qtbot.keyClicks(dialog.passphrase, next(typed))
            qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    opened = open_asking_passphrase(lambda passphrase: open_crm(str(path), passphrase), path)
    timer.stop()
    assert seen == [False, True]  # the second time it says the first one was wrong
    try:
        assert opened.encrypted
        assert [h.name for h in search_parties("quarterm")] == ["Ilse Quartermaine"]
    finally:
        opened.close()


def test_a_cancelled_passphrase_opens_nothing(db):
    encrypt_database(db, PASSPHRASE)
    path = db.path
    db.close()
    keychain.forget_secret(key_name(file_salt(path)))
    asked = []
    result = open_asking_passphrase(lambda passphrase: open_crm(str(path), passphrase), path,
                                    ask=lambda where, wrong: asked.append(wrong))
    assert result is None and asked == [False]


def test_encrypt_with_the_keyring_then_decrypt_from_the_security_tab(ctx, security):
    make_backup(ctx.db)
    assert "not encrypted" in security.state.text()
    assert security.use_keyring.isChecked() and security.passphrase_box.isHidden()
    security.encrypt_button.click()
    assert ctx.db.encrypted
    assert "1 backup(s) are encrypted" in security.status.text()
    assert "keyring" in security.state.text() and security.progress.isHidden()
    assert security.encrypt_button.isHidden() and not security.decrypt_button.isHidden()
    security.decrypt_button.click()
    assert not ctx.db.encrypted and "plain files again" in security.status.text()
    assert not security.encrypt_button.isHidden()


def test_without_a_keyring_the_tab_asks_for_a_passphrase_and_says_it_will_be_asked_at_start(ctx, qtbot):
    keyring.set_keyring(fail.Keyring())
    page = SecuritySettings(ctx)
    qtbot.addWidget(page)
    page.show()
    answers = []
    page.confirm = lambda parent, text: answers.append(text) or True
    assert not page.keyring_note.isHidden() and "no system keyring" in page.keyring_note.text()
    assert not page.use_keyring.isEnabled() and page.use_passphrase.isChecked()
    assert not page.passphrase_box.isHidden()

    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.repeat, PASSPHRASE + "x")
    page.encrypt_button.click()
    assert page.errors.visible() == {"repeat": "The two passphrases differ"} and not ctx.db.encrypted
    assert answers == []  # nothing asked before the form is right

    page.passphrase.setText("short")
    page.repeat.setText("short")
    page.encrypt_button.click()
    assert "8 characters" in page.errors.visible()["passphrase"] and not ctx.db.encrypted

    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE)
    page.encrypt_button.click()
    assert ctx.db.encrypted
    assert "ask for the passphrase at each start" in page.status.text()
    assert "asked at each start" in page.state.text()
    assert page.passphrase.text() == ""  # not left lying in the form


def test_restore_a_backup_chosen_from_the_list_and_the_window_shows_the_restored_data(ctx, window, monkeypatch):
    factories.person(ctx.db, "Before", "Backup")
    make_backup(ctx.db)
    _, changes = create_party(ctx.db, PartyDraft(first_name="After", last_name="Backup"))
    ctx.bus.publish(changes)
    contacts = window.show_section("contacts")
    assert contacts.model.rowCount() == 2

    settings = window.show_section("settings")
    assert isinstance(settings, SettingsPage)
    data = settings.data
    data.load_backups()
    assert data.table.rowCount() == 1
    headers = [data.table.horizontalHeaderItem(c).text() for c in range(data.table.columnCount())]
    assert headers[:5] == ["Taken", "Why", "Size", "Verified", "Encrypted"]
    assert [data.table.item(0, c).text() for c in (1, 3, 4)] == ["Made by hand", "Yes", "No"]

    asked = []
    monkeypatch.setattr(DataSettings, "confirm_restore", classmethod(lambda cls, parent, text: asked.append(text)))
    data.restore_button.click()  # the user says no
    assert len(asked) == 1 and [h.name for h in search_parties("after")] == ["After Backup"]

    monkeypatch.setattr(DataSettings, "confirm_restore", classmethod(lambda cls, parent, text: True))
    data.restore_button.click()
    assert "Restored the backup" in data.status.text() and "before-restore" in data.status.text()
    assert [h.name for h in search_parties("after")] == []
    assert data.table.rowCount() == 2  # and the copy of what it replaced is in the list
    assert [b.reason for b in list_backups(ctx.db.path)] == ["before-restore", "manual"]
    contacts = window.show_section("contacts")  # rebuilt from the restored data
    assert contacts.model.rowCount() == 1


def test_encrypt_with_the_real_background_runner_while_the_window_thread_has_read(ctx, qtbot, monkeypatch):
    """Threads for real: the window's thread has a connection open (it listed contacts), the job converts the
    file on a worker thread, and afterwards both threads read the encrypted file."""
    from ui.jobs import JobRunner

    factories.person(ctx.db, "Thread", "Safety")
    assert [h.name for h in search_parties("safety")] == ["Thread Safety"]  # this thread connected
    ctx.runner = JobRunner(ctx.db)
    monkeypatch.setattr(SecuritySettings, "confirm", classmethod(lambda cls, parent, text: True))
    page = SecuritySettings(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.encrypt_button.isEnabled, timeout=10_000)  # the state is read in the background
    page.encrypt_button.click()
    qtbot.waitUntil(lambda: "are encrypted" in page.status.text(), timeout=20_000)
    assert ctx.db.encrypted and page.isEnabled()
    assert [h.name for h in search_parties("safety")] == ["Thread Safety"]
    found = []
    ctx.runner.submit(lambda control: search_parties("thread"), on_done=found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=10_000)
    assert [h.name for h in found[0]] == ["Thread Safety"]
    leftovers = [p.name for p in ctx.db.path.parent.iterdir() if ".before-" in p.name or "-new" in p.name]
    assert leftovers == []
    ctx.runner.wait()


def test_without_sqlcipher_the_tab_says_why_and_offers_nothing(ctx, qtbot, monkeypatch):
    from smallcrm.db import cipher

    monkeypatch.setattr(cipher, "sqlcipher", None)
    page = SecuritySettings(ctx)
    qtbot.addWidget(page)
    page.show()
    assert "not available on this computer" in page.state.text() and "sqlcipher3" in page.state.text()
    assert not page.encrypt_button.isEnabled() and not page.use_keyring.isEnabled()
