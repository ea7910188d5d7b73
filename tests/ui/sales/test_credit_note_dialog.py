"""Partial credit notes from the window: lines and quantities or an amount, totals previewed, never more than
what is left; the note issued reads back from its PDF."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from smallcrm.services.sales import printing
from smallcrm.services.sales.credit_notes import creditable
from smallcrm.services.sales.invoices import get_invoice, issue_invoice, list_invoices
from tests import factories
from tests.services.sales.tax_helpers import professional
from ui.sales import open_invoices
from ui.sales.credit_note_dialog import CreditNoteDialog
from ui.sales.invoice_editor import InvoiceEditor
from ui.sales.line_table import ERROR_BACKGROUND

D = Decimal


pytestmark = pytest.mark.usefixtures("italian")


@pytest.fixture
def dialog(ctx, qtbot, invoice):
    widget = CreditNoteDialog(ctx, invoice.id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def credit_cell(dialog: CreditNoteDialog, row: int):
    return dialog.table.item(row, dialog.CREDIT)


def type_quantity(qtbot, dialog: CreditNoteDialog, row: int, text: str) -> None:
    """Open the cell as a user would (a double click on it) and type."""
    item = credit_cell(dialog, row)
    dialog.table.setCurrentItem(item)
    dialog.table.editItem(item)
    [editor] = [w for w in dialog.table.viewport().findChildren(QLineEdit) if w.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: item.text() == text, timeout=2000)  # the delegate commits on the next turn


def test_it_proposes_all_that_is_left_and_the_totals_follow(ctx, qtbot, dialog, invoice):
    assert invoice.number in dialog.windowTitle() and "1.319,00" in dialog.summary.text()
    assert [credit_cell(dialog, r).text() for r in range(2)] == ["1", "2,5"]
    assert dialog.totals.total_label.text() == "1.319,00\xa0€"
    dialog.table.item(0, dialog.DESCRIPTION).setCheckState(Qt.CheckState.Unchecked)  # not the boiler
    assert credit_cell(dialog, 0).text() == ""
    type_quantity(qtbot, dialog, 1, "1")
    assert dialog.totals.total_label.text() == "39,60\xa0€" and dialog.totals.vat_label.text() == "3,60\xa0€"
    assert dialog.create_button.isEnabled() and dialog.message.text() == ""
    dialog.none_button.click()
    assert "Choose what to credit" in dialog.message.text() and not dialog.create_button.isEnabled()
    dialog.all_button.click()
    assert dialog.totals.total_label.text() == "1.319,00\xa0€"


def test_more_than_is_left_is_named_on_its_line(ctx, qtbot, dialog):
    type_quantity(qtbot, dialog, 1, "3")
    assert "Line 2" in dialog.message.text()
    assert credit_cell(dialog, 1).background().color() == ERROR_BACKGROUND
    assert not dialog.create_button.isEnabled()
    type_quantity(qtbot, dialog, 1, "2")
    assert dialog.message.text() == "" and dialog.create_button.isEnabled()
    assert credit_cell(dialog, 1).background().color() != ERROR_BACKGROUND


def test_an_amount_then_the_note_issued_reads_back_from_its_pdf(ctx, qtbot, dialog, invoice):
    dialog.none_button.click()
    dialog.amount_box.setChecked(True)
    dialog.vat.setCurrentIndex(dialog.vat.findData("22"))
    dialog.description.selectAll()
    qtbot.keyClicks(dialog.description, "Abbuono per ritardo")
    qtbot.keyClicks(dialog.amount, "100")
    assert dialog.totals.total_label.text() == "122,00\xa0€"
    type_quantity(qtbot, dialog, 1, "1")  # and one hour of work back
    assert dialog.totals.total_label.text() == "161,60\xa0€"
    qtbot.keyClicks(dialog.notes, "Ritardo nella consegna")
    with qtbot.waitSignal(ctx.bus.changed) as published:
        dialog.create_button.click()
    note = dialog.created
    assert published.args[0].invoices == {note.id, invoice.id}
    assert (note.kind, note.status, note.total, note.notes) == ("credit_note", "draft", D("161.60"),
                                                                "Ritardo nella consegna")
    assert [(line.description, line.quantity) for line in note.lines] == [("Posa", D("1")),
                                                                         ("Abbuono per ritardo", D("1"))]
    issued = issue_invoice(ctx.db, note.id, date.today())[0]
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(printing.invoice_pdf(note.id))).pages)
    assert issued.number == f"NC 1/{date.today().year}" and issued.number in text
    assert "Abbuono per ritardo" in text and "Posa" in text and "161,60" in text and invoice.number in text
    assert get_invoice(invoice.id).balance_due == D("1319.00") - D("161.60")
    assert creditable(invoice.id).lines[1].left == D("1.5")


def test_the_invoice_window_opens_the_draft_note_in_the_editor(ctx, qtbot, invoice, monkeypatch):
    window = open_invoices.open_invoice(ctx, invoice.id)
    qtbot.addWidget(window)
    assert window.credit_button.isVisible()
    monkeypatch.setattr(CreditNoteDialog, "exec", lambda dialog: (
        dialog.table.item(0, dialog.DESCRIPTION).setCheckState(Qt.CheckState.Unchecked), dialog.create()))
    window.credit_button.click()
    [note] = [r for r in list_invoices() if r.kind == "credit_note"]
    editor = open_invoices.open_windows[note.id]
    qtbot.addWidget(editor)
    assert isinstance(editor, InvoiceEditor) and editor.lines.rowCount() == 1
    assert note.total == D("99.00") and "credit note" in window.status.text().lower()


def test_a_ritenuta_invoice_s_credit_shows_the_withholding_and_the_net_to_pay_back(ctx, qtbot, db, customer):
    # fees 10 h x 80.00 = 800.00; rivalsa INPS 4% = 32.00; taxable 832.00; VAT 22% = 183.04; total 1,015.04;
    # ritenuta 20% of 832.00 = 166.40; the customer paid 848.64
    # crediting 5 h of it: fees 400.00 of 800.00, so half of each: rivalsa 16.00; taxable 416.00;
    # VAT 183.04 x 416 / 832 = 91.52; total 507.52; ritenuta 166.40 / 2 = 83.20; net to pay back 424.32
    professional(db)
    issued = factories.issued_invoice(db, customer.id, [factories.line("Consulenza", 10, "80")], on=date(2026, 3, 2))
    dialog = CreditNoteDialog(ctx, issued.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.found is not None)
    type_quantity(qtbot, dialog, 0, "5")
    shown = {name.text(): value.text() for name, value in
             [*dialog.totals.top_rows, *dialog.totals.rate_rows, *dialog.totals.extra_rows]}
    assert shown["Rivalsa INPS 4%"] == "16,00\xa0€"
    assert (dialog.totals.taxable_label.text(), dialog.totals.vat_label.text(), dialog.totals.total_label.text()) == (
        "416,00\xa0€", "91,52\xa0€", "507,52\xa0€")
    assert shown["VAT 22% on 416,00"] == "91,52\xa0€"  # the rivalsa at the invoice's rate, with the fees
    assert shown["Withholding tax 20% on 416,00"] == "-83,20\xa0€"
    assert shown["Net to pay"] == "424,32\xa0€"  # what the note pays back, as its PDF prints it
    with qtbot.waitSignal(ctx.bus.changed):
        dialog.create_button.click()
    note = get_invoice(dialog.created.id)
    assert (note.total, note.tax.withholding, note.tax.payable) == (D("507.52"), D("83.20"), D("424.32"))
