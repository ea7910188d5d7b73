"""The e-invoice window of a credit note made after the SdI rejected its invoice: Send is disabled, the row says it
is for the books only and the box beside says why (the invoice was not issued for the tax rules, circolare 13/E);
the preview does not say it "can be sent"; "Send anyway…" asks first, and only a Yes sends it. In each language
(screenshots at 1366x768 when SMALLCRM_SCREENSHOTS names a folder)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from smallcrm.domain import EInvoiceStatus
from smallcrm.services.einvoicing import files
from smallcrm.services.einvoicing.receipts import import_receipt
from tests import factories
from tests.services.einvoicing import sdi_messages as sdi
from tests.services.einvoicing.pec import configure_pec
from tests.ui.common.test_translations import compiled  # noqa: F401  (the fixture)
from tests.ui.einvoicing.test_send_bar import _open
from ui.einvoicing.send_bar import SendBar


def _note_after_rejection(db):
    invoice = factories.issued_invoice(db, factories.customer(db).id)
    made = files.prepare_file(db, invoice.id)[0]
    files.set_status(db, made.id, EInvoiceStatus.SENT)
    import_receipt(db, "ns.xml", sdi.ns(made.file_name, "4711"))
    note = factories.credit_note(db, invoice.id, on=invoice.issue_date)
    return invoice, made.file_name, note


def test_a_credit_note_for_the_books_only_offers_no_send_and_says_why(ctx, qtbot, smtp_server):
    configure_pec(ctx.db, smtp_server().port)
    invoice, rejected, note = _note_after_rejection(ctx.db)
    window = _open(ctx, qtbot, note.id, note.number)
    qtbot.waitUntil(lambda: window.history.correction.isVisible())
    bar = window.sending
    assert not bar.send_button.isEnabled()
    assert bar.status.text() == "For your books only: this credit note is not sent to the SdI (why beside)"
    assert bar.send_button.toolTip() == bar.status.text()
    why = window.history.errors.text()
    assert f"The SdI rejected invoice {invoice.number} ({rejected})" in why and "was not issued" in why
    assert "circolare 13/E" in why and window.history.correct_button.text() == "Send anyway…"
    assert "can be sent" not in window.page.toPlainText()


def test_send_anyway_asks_and_only_a_yes_sends(ctx, qtbot, smtp_server, monkeypatch):
    server = smtp_server()
    configure_pec(ctx.db, server.port)
    invoice, _rejected, note = _note_after_rejection(ctx.db)
    window = _open(ctx, qtbot, note.id, note.number)
    qtbot.waitUntil(lambda: window.history.correction.isVisible())
    asked = []
    monkeypatch.setattr(SendBar, "confirm_anyway", lambda self, kept: asked.append(kept.invoice_number) or False)
    window.history.correct_button.click()
    assert asked == [invoice.number] and files.list_files(note.id) == ()

    monkeypatch.setattr(SendBar, "confirm_anyway", lambda self, kept: True)
    window.history.correct_button.click()

    qtbot.waitUntil(lambda: "Sent to the SdI" in window.sending.status.text())
    [file] = files.list_files(note.id)
    assert file.status == EInvoiceStatus.SENT and len(server.messages) == 1
    qtbot.waitUntil(lambda: not window.history.correction.isVisible())
    assert not window.sending.send_button.isEnabled()


def test_without_a_pec_mailbox_send_anyway_says_what_is_missing_and_asks_nothing(ctx, qtbot, monkeypatch):
    _invoice, _rejected, note = _note_after_rejection(ctx.db)
    window = _open(ctx, qtbot, note.id, note.number)
    qtbot.waitUntil(lambda: window.history.correction.isVisible())
    monkeypatch.setattr(SendBar, "confirm_anyway", lambda self, kept: pytest.fail("asked"))
    window.history.correct_button.click()
    assert "Set up the PEC mailbox" in window.sending.status.text() and files.list_files(note.id) == ()


def test_a_credit_note_of_a_delivered_invoice_is_sent_as_before(ctx, qtbot, smtp_server):
    configure_pec(ctx.db, smtp_server().port)
    invoice = factories.issued_invoice(ctx.db, factories.customer(ctx.db).id)
    made = files.prepare_file(ctx.db, invoice.id)[0]
    files.set_status(ctx.db, made.id, EInvoiceStatus.SENT)
    import_receipt(ctx.db, "rc.xml", sdi.rc(made.file_name, "4712"))
    note = factories.credit_note(ctx.db, invoice.id, on=invoice.issue_date)
    window = _open(ctx, qtbot, note.id, note.number)
    assert window.sending.send_button.isEnabled() and window.sending.status.text().startswith("Ready to send")
    assert not window.history.correction.isVisible() and "can be sent" in window.page.toPlainText()


@pytest.mark.parametrize("language", ["it", "en", "ro"])
def test_the_window_in_each_language(ctx, qtbot, compiled, smtp_server, language):  # noqa: F811
    compiled(language)
    ctx.settings.setValue("language", language)
    configure_pec(ctx.db, smtp_server().port)
    invoice, _rejected, note = _note_after_rejection(ctx.db)
    window = _open(ctx, qtbot, note.id, note.number)
    qtbot.waitUntil(lambda: window.history.correction.isVisible())
    words = {"it": "Solo per la contabilità", "en": "For your books only", "ro": "Doar pentru evidența contabilă"}
    assert window.sending.status.text().startswith(words[language])
    assert invoice.number in window.history.errors.text() and words[language] in window.history.errors.text()
    folder = os.environ.get("SMALLCRM_SCREENSHOTS")
    if folder:
        window.grab().save(str(Path(folder) / f"einvoice-books-only-{language}.png"))
