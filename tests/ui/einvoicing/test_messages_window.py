"""The "E-invoice messages" list as its user reads it: why a file was not used in the user's language (never the
readers' English technical detail), the invoice each row is about by its number beside the SdI file, and a row that
opens its invoice (Enter, double click) from the invoices page. Screenshots at 1366x768 when SMALLCRM_SCREENSHOTS
names a folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from smallcrm.domain import EInvoiceStatus
from smallcrm.services.einvoicing import files
from smallcrm.services.einvoicing.receipts import import_receipt
from tests import factories
from tests.services.einvoicing import sdi_messages as sdi
from tests.ui.common.test_translations import compiled  # noqa: F401  (the fixture)
from ui.einvoicing.messages_window import EInvoiceMessagesWindow
from ui.sales import open_invoices
from ui.sales.invoice_window import InvoiceWindow

DETAIL, INVOICE = 5, 3  # the columns


def _sent(db) -> tuple[int, str, str]:
    invoice = factories.issued_invoice(db, factories.customer(db).id)
    made = files.prepare_file(db, invoice.id)[0]
    files.set_status(db, made.id, EInvoiceStatus.SENT)
    return invoice.id, invoice.number, made.file_name


def _bad_input(db, name: str) -> None:
    """One of each kind of file that cannot be used, newest last."""
    import_receipt(db, "broken.xml", sdi.truncated(sdi.rc(name, "1")))
    import_receipt(db, "empty.xml", b"  ")
    import_receipt(db, "fake.xml.p7m", b"not a signature at all")
    import_receipt(db, "other.xml", b"<?xml version='1.0'?><Ordine><Numero>7</Numero></Ordine>")
    import_receipt(db, "mail.eml", sdi.plain_mail(content=b"<x/>"))
    import_receipt(db, "mc.xml", sdi.rc(name, "2"))  # delivered: then a rejection contradicts it
    import_receipt(db, "ns.xml", sdi.ns(name, "2", message_id="999"))


def _window(ctx, qtbot, rows: int) -> EInvoiceMessagesWindow:
    window = EInvoiceMessagesWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.table.rowCount() == rows)
    return window


WORDS = {
    "en": ["The file is delivered: this receipt cannot make it rejected by the SdI",
           "Delivered to the customer", "An ordinary e-mail, not a certified (PEC) one",
           "An XML file that is none of the SdI's messages", "A .p7m file that is not a signed file",
           "The file is empty", "The XML is cut short or damaged"],
    "it": ["Il file è consegnato: questa ricevuta non può renderlo scartato dallo SdI", "Consegnata al cliente",
           "Un'e-mail ordinaria, non certificata (PEC)", "Un file XML che non è nessuno dei messaggi dello SdI",
           "Un file .p7m che non è un file firmato", "Il file è vuoto", "L'XML è troncato o danneggiato"],
    "ro": ["Fișierul este livrat: această chitanță nu îl poate face respins de SdI", "Livrată clientului",
           "Un e-mail obișnuit, nu unul certificat (PEC)", "Un fișier XML care nu este niciunul dintre mesajele SdI",
           "Un fișier .p7m care nu este un fișier semnat", "Fișierul este gol", "XML-ul este trunchiat sau deteriorat"],
}


@pytest.mark.parametrize("language", ["it", "en", "ro"])
def test_why_a_file_was_not_used_is_said_in_the_users_language(ctx, qtbot, compiled, language):  # noqa: F811
    compiled(language)
    ctx.settings.setValue("language", language)
    _invoice_id, number, name = _sent(ctx.db)
    _bad_input(ctx.db, name)
    window = _window(ctx, qtbot, 7)
    details = [window.table.item(n, DETAIL).text() for n in range(7)]
    expected = WORDS[language]
    assert details[0] == expected[0]
    assert details[1] == ""  # a delivery: what was done says it all
    for shown, words in zip(details[2:], expected[2:], strict=True):
        assert shown.startswith(words), (shown, words)
    for technical in ("ParseError", "line 1", "column", "CMS", "not well-formed", "X-Trasporto", "no element found"):
        assert not any(technical in text for text in details), technical
    assert [window.table.item(n, INVOICE).text() for n in range(7)] == [number, number] + ["–"] * 5
    folder = os.environ.get("SMALLCRM_SCREENSHOTS")
    if folder:
        window.grab().save(str(Path(folder) / f"einvoice-messages-reasons-{language}.png"))


def test_a_row_opens_its_invoice_by_enter_and_double_click(ctx, qtbot):
    from ui.sales.invoices_page import InvoicesPage

    first_id, first_number, first_name = _sent(ctx.db)
    second_id, _number, second_name = _sent(ctx.db)
    import_receipt(ctx.db, "rc1.xml", sdi.rc(first_name, "11"))
    import_receipt(ctx.db, "rc2.xml", sdi.rc(second_name, "12", message_id="102"))
    import_receipt(ctx.db, "empty.xml", b"")
    page = InvoicesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.messages_button.click()
    messages = page.findChild(EInvoiceMessagesWindow)
    qtbot.waitUntil(lambda: messages.table.rowCount() == 3)
    assert messages.table.item(2, INVOICE).text() == first_number
    assert not messages.isModal()  # the invoice it opens must not be blocked by it

    messages.table.setFocus()
    messages.table.selectRow(2)
    qtbot.keyClick(messages.table, Qt.Key.Key_Return)

    opened = open_invoices.open_windows.get(first_id)
    assert isinstance(opened, InvoiceWindow) and opened.isVisible() and opened.invoice_id == first_id
    qtbot.addWidget(opened)

    cell = messages.table.visualItemRect(messages.table.item(1, INVOICE)).center()
    qtbot.mouseClick(messages.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(messages.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)

    second = open_invoices.open_windows.get(second_id)
    assert isinstance(second, InvoiceWindow) and second.isVisible() and second.invoice_id == second_id
    qtbot.addWidget(second)
    before = dict(open_invoices.open_windows)
    messages.table.selectRow(0)  # the empty file: about no invoice
    qtbot.keyClick(messages.table, Qt.Key.Key_Return)
    assert open_invoices.open_windows == before and messages.state.text() == "This message is about no invoice here"
