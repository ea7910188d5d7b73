"""Sending from the e-invoice window: Send disabled with its reason (no PEC mailbox, problems in the file), the
file sent to a real SMTP server on loopback and its status shown, an offline send that says it waits; the PEC
mailbox set up from Settings → E-invoicing and tested against real servers."""

from __future__ import annotations

from smallcrm.domain import EInvoiceStatus
from smallcrm.services.einvoicing import files
from smallcrm.services.einvoicing.pec_account import pec_settings
from smallcrm.services.einvoicing.source import EInvoiceOptions
from tests.services.einvoicing import cases
from tests.services.einvoicing.fake_sdi import FakeSdi
from tests.services.einvoicing.pec import PEC_ADDRESS, attachment, configure_pec
from tests.smtp_test_server import free_port
from ui.einvoicing.einvoice_window import EInvoiceWindow
from ui.einvoicing.pec_settings import PecSettingsForm
from ui.einvoicing.send_bar import SendBar


def _open(ctx, qtbot, invoice_id: int, number: str) -> EInvoiceWindow:
    window = EInvoiceWindow(ctx, invoice_id, number)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.output is not None and window.sending.state is not None)
    return window


def test_without_a_pec_mailbox_send_is_disabled_and_the_setup_is_one_click_away(ctx, qtbot, monkeypatch):
    view = cases.reverse_charge(ctx.db)
    window = _open(ctx, qtbot, view.id, view.number)
    bar = window.sending
    assert not bar.send_button.isEnabled() and "Set up the PEC mailbox" in bar.status.text()
    opened = []
    monkeypatch.setattr(SendBar, "open_setup", lambda self: opened.append(True))
    bar.setup_button.click()
    assert opened == [True]


def test_a_file_with_problems_cannot_be_sent(ctx, qtbot, smtp_server):
    configure_pec(ctx.db, smtp_server().port)
    view = cases.reverse_charge(ctx.db)
    files.prepare_file(ctx.db, view.id, EInvoiceOptions(document_type="TD24"))  # no delivery note named
    window = _open(ctx, qtbot, view.id, view.number)
    assert not window.sending.send_button.isEnabled()
    assert "Correct the problems" in window.sending.status.text()


def test_send_hands_the_file_to_the_sdi_and_the_window_shows_its_answer(ctx, qtbot, mailbox, smtp_server):
    server = smtp_server(credentials=(mailbox.user, mailbox.password))
    configure_pec(ctx.db, server.port, mailbox)
    view = cases.instalments(ctx.db)
    window = _open(ctx, qtbot, view.id, view.number)
    bar = window.sending
    assert bar.send_button.isEnabled() and "sdi01@pec.fatturapa.it" in bar.status.text()

    bar.send_button.click()

    qtbot.waitUntil(lambda: "Sent to the SdI" in bar.status.text())
    [file] = files.list_files(view.id)
    [received] = server.messages
    assert attachment(received) == (file.file_name, files.file_xml(file.id))
    assert file.status == EInvoiceStatus.SENT
    assert f"{file.file_name} · sent to the SdI, waiting for its answer" in window.state.text()
    assert "No problem found" not in window.page.toPlainText()  # it has left: nothing says it "can be sent"
    assert not bar.send_button.isEnabled()
    bar.fetch_button.click()
    qtbot.waitUntil(lambda: "No new answer" in bar.status.text())
    sdi = FakeSdi(server, mailbox)
    sdi.answer(sdi.take_new()[0], "RC")

    bar.fetch_button.click()

    qtbot.waitUntil(lambda: "(Delivered)" in bar.status.text())
    assert files.get_file(file.id).status == EInvoiceStatus.DELIVERED


def test_offline_the_window_says_it_waits_in_the_outbox(ctx, qtbot):
    configure_pec(ctx.db, free_port())
    view = cases.intra_eu(ctx.db)
    window = _open(ctx, qtbot, view.id, view.number)
    window.sending.send_button.click()
    qtbot.waitUntil(lambda: "Waiting in the outbox" in window.sending.status.text())
    assert not window.sending.send_button.isEnabled()
    assert files.list_files(view.id)[0].status == EInvoiceStatus.TO_SEND


def test_the_pec_mailbox_is_saved_and_tested_from_the_settings(ctx, qtbot, mailbox, smtp_server):
    server = smtp_server(credentials=(mailbox.user, mailbox.password))
    form = PecSettingsForm(ctx)
    qtbot.addWidget(form)
    form.address.setText(PEC_ADDRESS)
    form.user.setText(mailbox.user)
    form.password.setText(mailbox.password)
    for host, port, security, number in ((form.smtp_host, form.smtp_port, form.smtp_security, server.port),
                                         (form.imap_host, form.imap_port, form.imap_security, mailbox.server.port)):
        host.setText("127.0.0.1")
        security.setCurrentIndex(security.findData("none"))
        port.setValue(number)
    form.test_button.click()
    qtbot.waitUntil(lambda: "Connected" in form.status.text())
    assert "INBOX (0 messages)" in form.status.text() and pec_settings().address == ""  # a test saves nothing

    form.save_button.click()

    qtbot.waitUntil(lambda: form.status.text() == "Saved.")
    saved = pec_settings()
    assert (saved.address, saved.user, saved.smtp_port, saved.imap_port, saved.has_password) == (
        PEC_ADDRESS, mailbox.user, server.port, mailbox.server.port, True)
    assert "sdi01@pec.fatturapa.it" in form.sdi.text() and form.password.text() == ""


def test_a_missing_value_is_named_under_its_field(ctx, qtbot):
    form = PecSettingsForm(ctx)
    qtbot.addWidget(form)
    form.show()
    form.test_button.click()
    qtbot.waitUntil(lambda: "pec_address" in form.errors.visible())
