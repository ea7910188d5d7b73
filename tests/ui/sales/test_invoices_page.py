"""Quotes and invoices lists: filters, sorting, payment states with colours, opening a document; a quote
accepted, converted, issued and partly paid shows up as "Partly paid" with its balance."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from smallcrm.services.sales.document_lines import LineDraft
from smallcrm.services.sales.invoices import list_invoices
from tests import factories
from ui.sales import invoice_window as invoice_view
from ui.sales import open_invoices
from ui.sales.credit_note_dialog import CreditNoteDialog
from ui.sales.document_table import INVOICE_COLUMNS, QUOTE_COLUMNS, TONES, DocumentTableModel
from ui.sales.invoice_editor import InvoiceEditor
from ui.sales.invoices_page import InvoicesPage
from ui.sales.payment_dialog import PaymentDialog
from ui.sales.quotes_page import QuotesPage

pytestmark = pytest.mark.usefixtures("italian")


def cell(model: DocumentTableModel, row: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, [c.key for c in model.columns].index(key)), role)


def test_accepted_quote_to_partly_paid_invoice(ctx, qtbot, monkeypatch, confirm_issue):
    customer = factories.customer(ctx.db, "Idraulica Bianchi")
    quote = factories.accepted_quote(ctx.db, customer.id, [LineDraft("Caldaia", 1, "1000", vat_code="22")])
    quotes = QuotesPage(ctx)
    qtbot.addWidget(quotes)
    assert cell(quotes.model, 0, "status") == "Accepted"
    editor = quotes.open_quote(quote.id)
    qtbot.addWidget(editor)
    editor.convert_button.click()
    [draft] = list_invoices()
    page = InvoicesPage(ctx)
    qtbot.addWidget(page)
    assert cell(page.model, 0, "number") == "(draft)"
    editor = open_invoices.open_windows[draft.id]  # a draft opens in the editor
    qtbot.addWidget(editor)
    assert isinstance(editor, InvoiceEditor) and editor.lines.rowCount() == 1
    editor.issue_button.click()
    window = open_invoices.open_windows[draft.id]  # issued: the read-only view took its place
    qtbot.addWidget(window)
    assert isinstance(window, invoice_view.InvoiceWindow) and not editor.isVisible()
    assert window.view.status == "issued" and not window.issue_button.isVisible()
    assert cell(page.model, 0, "status") == "Unpaid"  # the page followed the bus
    dialog = PaymentDialog(ctx, window.view)
    qtbot.addWidget(dialog)
    dialog.amount.setText("220")
    dialog.submit()
    row = 0
    assert cell(page.model, row, "status") == "Partly paid"
    assert cell(page.model, row, "balance") == "1.000,00"
    assert cell(page.model, row, "paid") == "220,00"
    assert cell(page.model, row, "status", Qt.ItemDataRole.ForegroundRole) == TONES["partly_paid"]
    assert "1.000,00" in page.count.text()
    assert window.view.balance_due == Decimal("1000.00")  # the open invoice window reloaded too
    monkeypatch.setattr(CreditNoteDialog, "exec", lambda dialog: (dialog.create(), dialog.result())[1])
    window.credit_button.click()  # all that is left, as the dialog proposes
    notes = [r for r in list_invoices() if r.kind == "credit_note"]
    assert len(notes) == 1 and notes[0].status == "draft"
    qtbot.addWidget(open_invoices.open_windows[notes[0].id])


def test_invoice_filters_and_overdue_colours(ctx, qtbot):
    late = factories.private_customer(ctx.db, "Luca", "Ritardi")
    good = factories.private_customer(ctx.db, "Paola", "Puntuale")
    for party, when in ((late, date.today() - timedelta(days=90)), (good, date.today())):
        factories.issued_invoice(ctx.db, party.id, [LineDraft("Servizio", 1, "100")], on=when)
    factories.draft_invoice(ctx.db, good.id, [LineDraft("Bozza", 1, "10")])
    page = InvoicesPage(ctx)
    qtbot.addWidget(page)
    assert len(page.model.rows) == 3
    names = [cell(page.model, r, "customer") for r in range(3)]
    overdue = names.index("Luca Ritardi")
    assert cell(page.model, overdue, "status") == "Overdue"
    assert cell(page.model, overdue, "status", Qt.ItemDataRole.ForegroundRole) == TONES["overdue"]
    assert cell(page.model, overdue, "balance", Qt.ItemDataRole.ForegroundRole) == TONES["overdue"]
    assert cell(page.model, overdue, "number", Qt.ItemDataRole.BackgroundRole) is not None
    page.state.setCurrentIndex(page.state.findData("overdue"))
    page.state.activated.emit(page.state.currentIndex())
    assert [r.party.name for r in page.model.rows] == ["Luca Ritardi"]
    page.state.setCurrentIndex(page.state.findData("draft"))
    page.state.activated.emit(page.state.currentIndex())
    assert [r.status for r in page.model.rows] == ["draft"]
    page.state.setCurrentIndex(page.state.findData("all"))
    page.state.activated.emit(page.state.currentIndex())
    qtbot.keyClicks(page.search, "puntu")
    qtbot.waitUntil(lambda: len(page.model.rows) == 2, timeout=2000)
    page.table.sortByColumn([c.key for c in INVOICE_COLUMNS].index("total"), Qt.SortOrder.AscendingOrder)
    assert [r.total for r in page.model.rows] == [Decimal("12.20"), Decimal("122.00")]
    with qtbot.waitSignal(page.opened) as opened:
        page.open_row(1)
    assert opened.args == [page.model.rows[1].id]
    for window in list(open_invoices.open_windows.values()):
        qtbot.addWidget(window)


def test_quotes_page_filters_and_models(ctx, qtbot, qtmodeltester):
    customer = factories.company(ctx.db, "Studio Verdi")
    other = factories.company(ctx.db, "Bottega Neri")
    first = factories.sent_quote(ctx.db, customer.id, [LineDraft("Progetto", 1, "300")], title="Sito")
    factories.draft_quote(ctx.db, other.id, [LineDraft("Stampa", 2, "40")])
    page = QuotesPage(ctx)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    assert len(page.model.rows) == 2
    page.state.setCurrentIndex(page.state.findData("sent"))
    page.state.activated.emit(page.state.currentIndex())
    assert [r.id for r in page.model.rows] == [first.id]
    assert cell(page.model, 0, "total") == "366,00" and cell(page.model, 0, "title") == "Sito"
    page.state.setCurrentIndex(0)
    page.state.activated.emit(0)
    qtbot.keyClicks(page.search, "bottega")
    qtbot.waitUntil(lambda: len(page.model.rows) == 1, timeout=2000)
    assert cell(page.model, 0, "customer") == "Bottega Neri"
    editor = page.open_quote(None)
    qtbot.addWidget(editor)
    assert editor.view is None and editor.heading.text().startswith("New quote")


def test_demo_models_pass_the_model_tester(ctx, demo_db, qtmodeltester):
    from smallcrm.services.sales.quotes import list_quotes

    invoices = DocumentTableModel(INVOICE_COLUMNS, totals=True)
    invoices.set_rows(list_invoices())
    invoices.sort(5, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(invoices)
    assert invoices.rowCount() == len(invoices.rows) + 1
    quotes = DocumentTableModel(QUOTE_COLUMNS)
    quotes.set_rows(list_quotes(limit=30))
    quotes.set_filter(lambda r: r.status != "draft")
    qtmodeltester.check(quotes)
