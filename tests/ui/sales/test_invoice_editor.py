"""Draft invoices and credit notes in the editor: lines, discounts, VAT, customer, terms, notes, live preview;
issuing from it hands over to the read-only view."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt

from smallcrm.services.sales.document_lines import LineDraft
from smallcrm.services.sales.invoices import (
    get_invoice,
    issue_invoice,
)
from tests import factories
from tests.ui.sales.test_quote_editor import column, pick_customer, type_in_cell
from ui.sales import invoice_window as invoice_view
from ui.sales import open_invoices
from ui.sales.invoice_editor import InvoiceEditor
from ui.sales.line_table import ERROR_ROLE

LINES = [LineDraft("Caldaia", 1, "1000", 0, "22"), LineDraft("Posa", 2, "40", 0, "10")]


pytestmark = pytest.mark.usefixtures("italian")


@pytest.fixture
def draft_invoice(db):
    """A plumber's draft invoice: a boiler and 2 h of fitting, 1,308.00, payable in 30 days."""
    plumber = factories.customer(db, "Idraulica Bianchi")
    return factories.draft_invoice(db, plumber.id, LINES, payment_terms_days=30)


def opened(qtbot, ctx, invoice_id: int):
    window = open_invoices.open_invoice(ctx, invoice_id)
    qtbot.addWidget(window)
    return window


def test_a_draft_opens_in_the_editor_and_saves_what_was_changed(ctx, qtbot, draft_invoice):
    editor = opened(qtbot, ctx, draft_invoice.id)
    assert isinstance(editor, InvoiceEditor)
    assert open_invoices.open_invoice(ctx, draft_invoice.id) is editor  # one window per invoice
    assert editor.lines.rowCount() == 2 and editor.customer.text() == "Idraulica Bianchi"
    assert editor.totals.total_label.text() == "1.308,00\xa0€"
    assert editor.terms.value() == 30 and editor.save_button.isEnabled() and not editor.customer.isReadOnly()
    type_in_cell(qtbot, editor, 1, "quantity", "3")
    type_in_cell(qtbot, editor, 1, "discount_percent", "10")
    assert editor.lines.data(editor.lines.index(1, column(editor.lines, "amount"))) == "108,00"
    assert editor.totals.total_label.text() == "1.338,80\xa0€" and editor.heading.text().endswith("•")
    editor.terms.setValue(60)
    editor.notes.setPlainText("Pagamento con bonifico")
    with qtbot.waitSignal(ctx.bus.changed) as published:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert published.args[0].invoices == {draft_invoice.id}
    saved = get_invoice(draft_invoice.id)
    assert [(line.quantity, line.discount_percent) for line in saved.lines] == [
        (Decimal("1"), Decimal("0")), (Decimal("3"), Decimal("10"))]
    assert (saved.total, saved.payment_terms_days, saved.notes, saved.status) == (
        Decimal("1338.80"), 60, "Pagamento con bonifico", "draft")
    assert not editor.dirty and not editor.heading.text().endswith("•")


def test_the_customer_can_change_and_the_preview_follows(ctx, qtbot, draft_invoice):
    other = factories.company(ctx.db, "Bottega Neri")
    editor = opened(qtbot, ctx, draft_invoice.id)
    editor.resize(1200, 800)
    editor.show()
    qtbot.waitUntil(lambda: bool(editor.preview.images), timeout=5000)
    first = editor.preview.images[0]
    editor.customer.clear()
    pick_customer(qtbot, editor, "bottega")
    qtbot.waitUntil(lambda: editor.preview.images[0] is not first, timeout=5000)  # the draft as typed
    editor.save()
    assert get_invoice(draft_invoice.id).customer.name == "Bottega Neri" == get_invoice(draft_invoice.id).party.name
    assert editor.customer.party_id == other.id


def test_a_bad_cell_is_marked_and_nothing_is_saved(ctx, qtbot, draft_invoice):
    editor = opened(qtbot, ctx, draft_invoice.id)
    quantity = editor.lines.index(0, column(editor.lines, "quantity"))
    editor.lines.setData(quantity, "-1")
    assert editor.lines.data(quantity, ERROR_ROLE) and "Line 1" in editor.status.text()
    editor.save()
    assert get_invoice(draft_invoice.id).lines == draft_invoice.lines
    assert editor.table.currentIndex() == quantity


def test_issuing_saves_the_changes_and_hands_over_to_the_read_only_view(ctx, qtbot, draft_invoice, confirm_issue):
    editor = opened(qtbot, ctx, draft_invoice.id)
    editor.show()
    type_in_cell(qtbot, editor, 0, "unit_price", "900")
    editor.issue_date.setDate(QDate(date.today()))
    assert "due " in editor.due_label.text()
    with qtbot.waitSignal(ctx.bus.changed):
        qtbot.mouseClick(editor.issue_button, Qt.MouseButton.LeftButton)
    issued = get_invoice(draft_invoice.id)
    assert issued.status == "issued" and issued.number and issued.total == Decimal("1186.00")
    assert issued.due_date == date.today() + timedelta(days=30)
    window = open_invoices.open_windows[draft_invoice.id]
    qtbot.addWidget(window)
    assert isinstance(window, invoice_view.InvoiceWindow) and not editor.isVisible()
    assert issued.number in window.status.text()
    assert not window.lines.flags(window.lines.index(0, 1)) & Qt.ItemFlag.ItemIsEditable  # read-only now
    assert open_invoices.open_invoice(ctx, draft_invoice.id) is window


def test_a_date_in_the_future_is_refused_and_named(ctx, qtbot, draft_invoice, confirm_issue):
    editor = opened(qtbot, ctx, draft_invoice.id)
    editor.issue_date.setDate(QDate(date.today() + timedelta(days=2)))
    editor.issue_button.click()
    assert get_invoice(draft_invoice.id).status == "draft" and open_invoices.open_windows[draft_invoice.id] is editor
    assert "future" in editor.status.text()


def test_a_draft_credit_note_keeps_its_customer_and_what_is_left_to_credit(ctx, qtbot, draft_invoice):
    invoice = issue_invoice(ctx.db, draft_invoice.id, date.today())[0]
    note = factories.credit_note(ctx.db, invoice.id, [LineDraft("Reso", 1, "100", 0, "22")])
    editor = opened(qtbot, ctx, note.id)
    assert isinstance(editor, InvoiceEditor) and editor.is_credit_note
    assert editor.customer.isReadOnly() and not editor.terms.isEnabled()
    assert invoice.number in editor.origin.text() and editor.due_label.text() == ""
    type_in_cell(qtbot, editor, 0, "unit_price", "2000")
    editor.save()
    # 1,000.00 was invoiced at 22%; 100.00 of it is on this note: 2,000.00 is more than there is at that rate
    assert editor.status.text() == "More than is left to credit at this VAT rate (1.000,00\xa0€ before VAT)"
    assert get_invoice(note.id).total == Decimal("122.00")
    type_in_cell(qtbot, editor, 0, "unit_price", "200")
    editor.save()
    assert get_invoice(note.id).total == Decimal("244.00")


def test_a_credit_note_line_credits_no_more_than_was_invoiced(ctx, qtbot, draft_invoice):
    from smallcrm.services.sales.credit_notes import CreditRequest, create_partial_credit_note

    invoice = issue_invoice(ctx.db, draft_invoice.id, date.today())[0]
    note = create_partial_credit_note(ctx.db, invoice.id, CreditRequest({2: "1"}))[0]  # 1 of the 2 h of Posa
    editor = opened(qtbot, ctx, note.id)
    type_in_cell(qtbot, editor, 0, "quantity", "3")
    editor.save()
    quantity = editor.lines.index(0, column(editor.lines, "quantity"))
    assert editor.lines.data(quantity, ERROR_ROLE) and editor.table.currentIndex() == quantity
    assert editor.status.text() == "Line 1, Qty: More than is left to credit on this line (2)"
    assert get_invoice(note.id).lines[0].quantity == Decimal("1")


def test_a_credit_notes_totals_are_its_share_of_the_invoice(ctx, qtbot):
    """28.39 + 28.44 at 22%: the invoice's VAT is 12.50; line 1 alone credits 12.50 * 28.39 / 56.83 = 6.24 of it
    (6.25 on its own rounding), and the editor shows what saving stores, typed or not."""
    from smallcrm.services.sales.credit_notes import CreditRequest, create_partial_credit_note

    customer = factories.customer(ctx.db, "Ferramenta Neri")
    invoice = factories.issued_invoice(ctx.db, customer.id, [factories.line("Staffa", 1, "28,39"),
                                                             factories.line("Mensola", 1, "28,44")], on=date.today())
    note = create_partial_credit_note(ctx.db, invoice.id, CreditRequest({1: "1"}))[0]
    editor = opened(qtbot, ctx, note.id)
    assert (editor.totals.vat_label.text(), editor.totals.total_label.text()) == ("6,24\xa0€", "34,63\xa0€")
    type_in_cell(qtbot, editor, 0, "description", "Mensola")
    type_in_cell(qtbot, editor, 0, "unit_price", "28,44")  # now line 2 alone: 12.50 * 28.44 / 56.83 = 6.26
    assert (editor.totals.vat_label.text(), editor.totals.total_label.text()) == ("6,26\xa0€", "34,70\xa0€")
