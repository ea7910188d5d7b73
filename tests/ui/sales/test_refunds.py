"""Refunds in the window: a paid invoice credited shows what we owe, the credit note records the money given
back through its dialog, the receivables keep what we owe apart, and a payment over the balance needs the
user's word that the excess stays on account."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog

from smallcrm.services.sales.invoices import get_invoice
from smallcrm.services.sales.payments import list_payments
from smallcrm.services.sales.refunds import list_refunds
from tests import factories
from tests.factories import line
from ui.sales.document_table import RECEIVABLE_COLUMNS
from ui.sales.invoice_window import InvoiceWindow
from ui.sales.payment_dialog import PaymentDialog
from ui.sales.receivables_page import ReceivablesPage
from ui.sales.refund_dialog import RefundDialog

pytestmark = pytest.mark.usefixtures("italian")
ON = date.today() - timedelta(days=10)


@pytest.fixture
def credited(ctx, customer):
    """500 + 22% = 610,00 paid, then credited in full: (the invoice, its credit note)."""
    invoice = factories.paid_invoice(ctx.db, customer.id, [line("Caldaia", 1, "500")], on=ON)
    note = factories.credit_note(ctx.db, invoice.id, on=ON + timedelta(days=1))
    return invoice, note


def test_a_paid_then_credited_invoice_says_what_we_owe(ctx, qtbot, credited):
    invoice, note = credited
    window = InvoiceWindow(ctx, invoice.id)
    qtbot.addWidget(window)
    assert "Credited" in window.heading.text()
    assert [(name.text(), value.text()) for name, value in window.totals.extra_rows] == [
        ("Credited", "610,00\xa0€"), ("Paid", "610,00\xa0€"), ("Owed to the customer", "610,00\xa0€")]
    assert note.number in window.origin.text()
    assert not window.payment_button.isEnabled() and window.refund_button.isHidden()


def test_the_credit_note_records_a_refund_through_its_dialog(ctx, qtbot, credited, monkeypatch):
    invoice, note = credited

    def give_back(self):
        assert self.amount.text() == "610,00"  # what can be refunded, ready to type over
        self.amount.setText("400")
        self.notes.setText("allo sportello")
        self.submit()
        return self.result()

    monkeypatch.setattr(RefundDialog, "exec", give_back)
    window = InvoiceWindow(ctx, note.id)
    qtbot.addWidget(window)
    assert not window.refund_button.isHidden() and window.refund_button.isEnabled()
    assert window.payments_title.text() == "No refunds yet"
    window.refund_button.click()
    [refund] = list_refunds()
    assert (refund.amount, refund.notes, refund.credit_note_id) == (Decimal("400.00"), "allo sportello", note.id)
    assert window.payments.rowCount() == 1 and window.payments.item(0, 2).text() == "400,00\xa0€"
    assert [(name.text(), value.text()) for name, value in window.totals.extra_rows] == [
        ("Refunded", "400,00\xa0€"), ("Can still be refunded", "210,00\xa0€")]
    assert get_invoice(invoice.id).credit_balance == Decimal("210.00")


@pytest.mark.parametrize("language", ["ro"], indirect=True)
def test_a_refusal_on_two_lines_gets_the_room_for_both(ctx, qtbot, credited, language):
    _, note = credited
    dialog = RefundDialog(ctx, get_invoice(note.id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.refunded_on.setDate(ON)  # the day before the credit note
    dialog.submit()
    said = dialog.refunded_on_error
    assert said.isVisible() and said.text().startswith("Rambursat înainte")
    assert said.heightForWidth(said.width()) > said.fontMetrics().height() * 1.5  # Romanian's takes two lines
    assert said.height() >= said.heightForWidth(said.width())  # and has them, not half of the first


def test_more_than_can_be_refunded_is_refused_next_to_the_amount(ctx, qtbot, credited):
    _, note = credited
    dialog = RefundDialog(ctx, get_invoice(note.id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.amount.setText("610,01")
    dialog.submit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.amount_error.text() == "More than can be refunded: 610,00\xa0€"
    dialog.amount.setText("10")
    dialog.refunded_on.setDate(date.today() + timedelta(days=1))
    dialog.submit()
    assert dialog.refunded_on_error.isVisible() and "future" in dialog.refunded_on_error.text()
    assert list_refunds() == []


def test_a_payment_over_the_balance_needs_the_on_account_box(ctx, qtbot, customer):
    invoice = factories.issued_invoice(ctx.db, customer.id, on=ON)  # 122,00
    dialog = PaymentDialog(ctx, invoice)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.amount.setText("150")
    dialog.submit()
    assert dialog.amount_error.isVisible() and list_payments() == []
    dialog.on_account.setChecked(True)
    with qtbot.waitSignal(ctx.bus.changed):
        dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_invoice(invoice.id).credit_balance == Decimal("28.00")


def test_receivables_show_what_we_owe_apart(ctx, qtbot, credited, customer):
    factories.issued_invoice(ctx.db, customer.id, on=ON)  # 122,00 they owe, 610,00 we owe
    other = factories.customer(ctx.db, "Beta S.r.l.")
    beta = factories.paid_invoice(ctx.db, other.id, [line("Staffa", 1, "50")], on=ON)  # 61,00, credited: we owe
    factories.credit_note(ctx.db, beta.id, on=ON + timedelta(days=1))
    page = ReceivablesPage(ctx)
    qtbot.addWidget(page)
    keys = [c.key for c in RECEIVABLE_COLUMNS]
    rows = {page.model.row_at(r).party.name: r for r in range(2)}
    texts = {name: {key: page.model.data(page.model.index(row, n)) for n, key in enumerate(keys)}
             for name, row in rows.items()}
    assert (texts[customer.name]["balance"], texts[customer.name]["credit"]) == ("122,00", "610,00")
    assert (texts["Beta S.r.l."]["balance"], texts["Beta S.r.l."]["credit"]) == ("0,00", "61,00")
    assert page.count.text() == "1 customer(s) owe 122,00\xa0€ · you owe 2 customer(s) 671,00\xa0€"
    page.state.setCurrentIndex(page.state.findData("owed"))
    page.apply_filter()
    assert page.model.rowCount() == 3  # both, and the totals row
    beta_window = page.open_customer(other.id)
    qtbot.addWidget(beta_window)
    assert beta_window.state.currentData() == "owed" and beta_window.model.rowCount() == 2  # the invoice, totals
