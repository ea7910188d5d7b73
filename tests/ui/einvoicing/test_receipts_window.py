"""The e-invoice window's history with the SdI and a rejection's way out, and the incoming list of messages:
what the user sees after receipts were read, in each language (screenshots at 1366x768 in docs/screenshots when
SMALLCRM_SCREENSHOTS names a folder)."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest

from smallcrm.clock import utcnow
from smallcrm.domain import EInvoiceStatus
from smallcrm.services.einvoicing import files
from smallcrm.services.einvoicing.receipts import import_receipt
from tests import factories
from tests.services.einvoicing import sdi_messages as sdi
from tests.ui.common.test_translations import compiled  # noqa: F401  (the fixture)
from ui.einvoicing.einvoice_window import EInvoiceWindow
from ui.einvoicing.messages_window import EInvoiceMessagesWindow


def _rejected(db, days_ago: int = 1) -> tuple[int, str, str]:
    invoice = factories.issued_invoice(db, factories.customer(db).id)
    made = files.prepare_file(db, invoice.id)[0]
    files.set_status(db, made.id, EInvoiceStatus.SENT)
    import_receipt(db, "acc.eml", sdi.pec_receipt("accettazione", subject=made.file_name))
    when = (utcnow() - timedelta(days=days_ago)).replace(tzinfo=sdi.WHEN.tzinfo)
    import_receipt(db, "ns.eml", sdi.pec_envelope(sdi.receipt_name(made.file_name, "NS"),
                                                  sdi.ns(made.file_name, "4711", received=when)))
    return invoice.id, invoice.number, made.file_name


def _shot(widget, name: str) -> None:
    folder = os.environ.get("SMALLCRM_SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _window(ctx, qtbot, invoice_id: int, number: str) -> EInvoiceWindow:
    window = EInvoiceWindow(ctx, invoice_id, number)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.output is not None and window.history.history.toPlainText() != "")
    return window


def test_a_rejection_shows_its_errors_and_makes_the_corrected_file(ctx, qtbot):
    invoice_id, number, name = _rejected(ctx.db)
    window = _window(ctx, qtbot, invoice_id, number)
    history = window.history
    assert history.correction.isVisible()
    shown = history.errors.text()
    assert "A file with this name was already sent (SdI 00002)" in shown
    assert "00200" in shown and "5 days after the rejection" in shown
    text = history.history.toPlainText()
    assert name in text and "Rejection (NS)" in text and "PEC: accepted by the provider" in text
    assert history.correct_button.text() == "Make the corrected file"
    history.correct_button.click()
    qtbot.waitUntil(lambda: len(files.list_files(invoice_id)) == 2)
    qtbot.waitUntil(lambda: not history.correction.isVisible())
    made = files.list_files(invoice_id)
    assert made[0].status == EInvoiceStatus.REJECTED and made[1].status == EInvoiceStatus.TO_SEND
    assert made[1].progressive != made[0].progressive and made[1].file_name in history.history.toPlainText()


def test_past_five_days_the_way_out_is_a_credit_note(ctx, qtbot, monkeypatch):
    invoice_id, number, _name = _rejected(ctx.db, days_ago=9)
    window = _window(ctx, qtbot, invoice_id, number)
    assert window.history.correct_button.text() == "Credit note…"
    assert "cancel this invoice with a credit note" in window.history.errors.text()
    from ui.sales.credit_note_dialog import CreditNoteDialog

    asked = []
    monkeypatch.setattr(CreditNoteDialog, "ask", classmethod(lambda cls, c, i, parent=None: asked.append(i)))
    window.history.correct_button.click()
    assert asked == [invoice_id] and len(files.list_files(invoice_id)) == 1


def test_the_messages_window_lists_reasons_and_imports_files(ctx, qtbot, tmp_path, monkeypatch):
    invoice_id, number, name = _rejected(ctx.db)
    (tmp_path / "broken.xml").write_bytes(sdi.truncated(sdi.rc(name, "1")))
    (tmp_path / "dup.eml").write_bytes(sdi.pec_envelope("x_NS_001.xml", sdi.ns(name, "4711")))
    window = EInvoiceMessagesWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.table.rowCount() == 2)
    monkeypatch.setattr(EInvoiceMessagesWindow, "ask_paths",
                        classmethod(lambda cls, parent, folder: [str(tmp_path / "broken.xml")]))
    window.import_button.click()
    qtbot.waitUntil(lambda: window.table.rowCount() == 3)
    assert "1 file(s) read · 1 file(s) not used" in window.state.text()
    top = [window.table.item(0, c).text() for c in range(6)]  # Received, Kind, SdI file, Invoice, What, Details
    assert top[1:] == ["Not recognised", "–", "–", "Cannot be read: nothing changed", "The XML is cut short or damaged"]
    assert [window.table.item(1, c).text() for c in (1, 2, 3)] == ["Rejection (NS)", name, number]
    assert files.list_files(invoice_id)[0].status == EInvoiceStatus.REJECTED


@pytest.mark.parametrize("language", ["it", "en", "ro"])
def test_the_windows_in_each_language(ctx, qtbot, compiled, language):  # noqa: F811
    compiled(language)
    ctx.settings.setValue("language", language)
    invoice_id, number, _name = _rejected(ctx.db)
    import_receipt(ctx.db, "mail.eml", sdi.plain_mail(content=b"<x/>"))
    window = _window(ctx, qtbot, invoice_id, number)
    words = {"it": "Scarto (NS)", "en": "Rejection (NS)", "ro": "Respingere (NS)"}[language]
    assert words in window.history.history.toPlainText()
    _shot(window, f"einvoice-rejected-{language}")
    messages = EInvoiceMessagesWindow(ctx)
    qtbot.addWidget(messages)
    messages.resize(1366, 768)
    messages.show()
    qtbot.waitUntil(lambda: messages.table.rowCount() == 3)
    _shot(messages, f"einvoice-messages-{language}")


def test_the_invoices_page_opens_the_messages(ctx, qtbot):
    from ui.sales.invoices_page import InvoicesPage

    _rejected(ctx.db)
    page = InvoicesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.messages_button.click()
    messages = page.findChild(EInvoiceMessagesWindow)
    qtbot.waitUntil(lambda: messages.table.rowCount() == 2)
    assert messages.isVisible() and messages.table.item(0, 1).text() == "Rejection (NS)"


def test_a_rejection_for_the_customers_data_offers_no_resend_and_says_why(ctx, qtbot):
    """Within the 5 days all the same: the sealed customer block would carry the wrong VAT number again."""
    invoice = factories.issued_invoice(ctx.db, factories.customer(ctx.db).id)
    made = files.prepare_file(ctx.db, invoice.id)[0]
    files.set_status(ctx.db, made.id, EInvoiceStatus.SENT)
    when = utcnow().replace(tzinfo=sdi.WHEN.tzinfo)
    import_receipt(ctx.db, "ns.xml", sdi.ns(made.file_name, "4711", (sdi.CUSTOMER_VAT_ERROR,), received=when))
    window = _window(ctx, qtbot, invoice.id, invoice.number)
    qtbot.waitUntil(lambda: window.sending.state is not None)
    history = window.history
    assert history.correct_button.text() == "Credit note…"
    assert "a corrected file cannot change" in history.errors.text() and "13/E" in history.errors.text()
    assert f"File {made.file_name} as the SdI rejected it" in window.state.text()
    assert "No problem found" not in window.page.toPlainText()
    assert not window.sending.send_button.isEnabled()
    assert "a corrected file cannot be sent" in window.sending.status.text()
    assert [f.id for f in files.list_files(invoice.id)] == [made.id]


def test_a_corrected_file_is_not_called_unsaved(ctx, qtbot):
    invoice_id, number, name = _rejected(ctx.db)
    window = _window(ctx, qtbot, invoice_id, number)
    assert f"{name} was rejected by the SdI. Below, the corrected file" in window.state.text()
    assert "Not saved yet" not in window.state.text()


@pytest.mark.parametrize(("language", "words"), [
    ("it", {EInvoiceStatus.REJECTED: "Scartata", EInvoiceStatus.REFUSED: "Rifiutata",
            EInvoiceStatus.NOT_DELIVERED: "Mancata consegna", EInvoiceStatus.DELIVERED: "Consegnata"}),
    ("ro", {EInvoiceStatus.REJECTED: "Respinsă de SdI", EInvoiceStatus.REFUSED: "Refuzată",
            EInvoiceStatus.NOT_DELIVERED: "Nelivrată"}),
    ("en", {EInvoiceStatus.REJECTED: "Rejected by the SdI", EInvoiceStatus.REFUSED: "Refused"}),
], indirect=["language"])
def test_an_e_invoices_status_uses_the_sdis_words_and_a_quote_keeps_its_own(ctx, qtbot, language, words):
    """A file the SdI rejected is "scartata", one a public administration refused "rifiutata" (a quote the
    customer turned down stays "Rifiutato"): the e-invoice's statuses have their own words."""
    from smallcrm.domain import QuoteStatus
    from ui.common.labels import einvoice_status_label, label

    for status, word in words.items():
        assert einvoice_status_label(status).startswith(word), (status, einvoice_status_label(status))
    quote_word = {"it": "Rifiutato", "ro": "Respinsă", "en": "Rejected"}[language]
    assert label(QuoteStatus.REJECTED) == quote_word
    invoice_id, number, name = _rejected(ctx.db)
    window = _window(ctx, qtbot, invoice_id, number)
    assert f"{name} · " in window.history.history.toPlainText()
    head = next(line for line in window.history.history.toPlainText().splitlines() if line.startswith(name))
    assert words[EInvoiceStatus.REJECTED] in head
    _shot(window, f"einvoice-rejected-{language}")
