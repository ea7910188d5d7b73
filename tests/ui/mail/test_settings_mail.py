"""Settings → Mail: the account saved with its password in the keyring only, a test mail through a real server,
mistakes under their field, and the texts of the mails."""

from __future__ import annotations

from PySide6.QtCore import Qt

from smallcrm.keychain import read_secret
from smallcrm.services.admin.settings import get_setting
from tests.smtp_test_server import PASSWORD, USER
from ui.settings.mail import MailSettings
from ui.settings.page import SettingsPage


def _fill(qtbot, tab: MailSettings, port: int, password: str = PASSWORD) -> None:
    for key, text in (("mail_sender_name", "Anna Bianchi"), ("mail_sender_address", "anna@bottega.example"),
                      ("smtp_host", "127.0.0.1"), ("smtp_user", USER)):
        tab.edits[key].clear()
        qtbot.keyClicks(tab.edits[key], text)
    tab.security.setCurrentIndex(tab.security.findData("none"))
    tab.port.setValue(port)
    qtbot.keyClicks(tab.password, password)


def test_the_account_is_saved_and_the_test_mail_arrives(ctx, qtbot, smtp_server):
    server = smtp_server()
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    tab = page.mail
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Mail"
    _fill(qtbot, tab, server.port)
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    assert tab.status.text() == "Test mail sent to anna@bottega.example: the settings work."
    assert server.messages[0].rcpt_tos == ["anna@bottega.example"] and server.logins == [(USER, PASSWORD)]
    assert get_setting("smtp_port") == server.port and get_setting("smtp_security") == "none"
    assert read_secret(f"smtp:{USER}@127.0.0.1") == PASSWORD
    assert tab.password.text() == "" and tab.password.placeholderText() == "kept in the system keyring"
    assert PASSWORD.encode() not in ctx.db.path.read_bytes()


def test_a_refused_login_is_said_in_words(ctx, qtbot, smtp_server):
    server = smtp_server(accept_login=False)
    tab = MailSettings(ctx)
    qtbot.addWidget(tab)
    _fill(qtbot, tab, server.port, "wrong")
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    assert tab.status.text() == "The mail server refused the user name or password."


def test_a_wrong_sender_address_is_shown_under_its_field(ctx, qtbot):
    tab = MailSettings(ctx)
    qtbot.addWidget(tab)
    qtbot.keyClicks(tab.edits["mail_sender_address"], "anna@")
    tab.save()
    assert tab.status.text() == ""
    assert "mail_sender_address" in tab.errors.visible() and get_setting("mail_sender_address") == ""


def test_security_moves_the_port_unless_one_was_typed(ctx, qtbot):
    tab = MailSettings(ctx)
    qtbot.addWidget(tab)
    assert tab.port.value() == 587
    tab.security.setCurrentIndex(tab.security.findData("ssl"))
    tab.security.activated.emit(tab.security.currentIndex())
    assert tab.port.value() == 465
    tab.port.setValue(2525)
    tab.security.setCurrentIndex(tab.security.findData("starttls"))
    tab.security.activated.emit(tab.security.currentIndex())
    assert tab.port.value() == 2525


def test_changed_mail_texts_are_stored_and_a_bad_placeholder_is_refused(ctx, qtbot):
    tab = MailSettings(ctx)
    qtbot.addWidget(tab)
    templates = tab.templates
    templates.kind.setCurrentIndex(templates.kind.findData("invoice"))
    templates.language.setCurrentIndex(templates.language.findData("en"))
    templates.subject.setText("Invoice {number} from {company}")
    templates.language.setCurrentIndex(templates.language.findData("it"))  # switching keeps what was typed
    tab.save()
    assert tab.status.text() == "Saved."
    assert get_setting("mail_templates") == {"invoice": {"en": {"subject": "Invoice {number} from {company}"}}}
    templates.body.setPlainText("Gentile {cliente}")
    tab.save()
    assert tab.status.text() == "" and "{cliente}" in templates.error.text()
    templates.restore_default()
    tab.save()
    assert tab.status.text() == "Saved." and get_setting("mail_templates") == {
        "invoice": {"en": {"subject": "Invoice {number} from {company}"}}}


def test_the_save_button_saves(ctx, qtbot):
    """Its click used to hand Qt's "checked" flag to save() as the function to run afterwards: a traceback, and
    no "Saved." (found by the monkey run)."""
    tab = MailSettings(ctx)
    qtbot.addWidget(tab)
    tab.edits["mail_sender_name"].clear()
    qtbot.keyClicks(tab.edits["mail_sender_name"], "Anna Bianchi")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert get_setting("mail_sender_name") == "Anna Bianchi"
    assert tab.status.text() == "Saved."
