"""Payments through the dialog: a partial payment, an overpayment refused next to the amount; receivables."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from smallcrm.services.sales.document_lines import LineDraft
from smallcrm.services.sales.invoices import InvoiceDraft, create_invoice, get_invoice, issue_invoice
from smallcrm.services.sales.payments import list_payments
from tests import factories
from ui.sales.document_table import OVERDUE_ROW, RECEIVABLE_COLUMNS, DocumentTableModel
from ui.sales.invoice_window import InvoiceWindow
from ui.sales.payment_dialog import PaymentDialog
from ui.sales.receivables_page import ReceivablesPage

pytestmark = pytest.mark.usefixtures("italian")


def issued(ctx, party_id: int, price: str, when: date | None = None):
    draft, _ = create_invoice(ctx.db, InvoiceDraft(party_id, [LineDraft("Lavori", 1, price, vat_code="22")]))
    view, changes = issue_invoice(ctx.db, draft.id, when)
    ctx.bus.publish(changes)
    return view


def test_partial_payment_through_the_dialog(ctx, qtbot, customer):
    invoice = issued(ctx, customer.id, "1000")  # 1.220,00 with VAT
    dialog = PaymentDialog(ctx, invoice)
    qtbot.addWidget(dialog)
    assert dialog.amount.text() == "1220,00"  # the balance due, ready to type over
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "500")
    dialog.reference.setText("CRO 1234")
    dialog.method.setCurrentIndex(dialog.method.findData("bank_transfer"))
    with qtbot.waitSignal(ctx.bus.changed):
        dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [payment] = list_payments()
    assert payment.amount == Decimal("500.00") and payment.reference == "CRO 1234"
    after = get_invoice(invoice.id)
    assert after.payment_status == "partly_paid" and after.balance_due == Decimal("720.00")


def test_overpayment_is_refused_next_to_the_amount(ctx, qtbot, customer):
    invoice = issued(ctx, customer.id, "100")  # 122,00
    dialog = PaymentDialog(ctx, invoice)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.amount.setText("150,00")
    dialog.submit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.amount_error.isVisible()
    assert dialog.amount_error.text() == "More than the balance due: 122,00\xa0€"
    assert list_payments() == []
    qtbot.keyClicks(dialog.amount, "0")  # typing again clears the message
    assert not dialog.amount_error.isVisible()
    dialog.amount.setText("abc")
    dialog.submit()
    assert dialog.amount_error.isVisible() and list_payments() == []


def test_payment_before_the_invoice_is_refused_next_to_the_date(ctx, qtbot, customer):
    invoice = issued(ctx, customer.id, "100")
    dialog = PaymentDialog(ctx, invoice)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.paid_on.setDate(invoice.issue_date - timedelta(days=3))
    dialog.submit()
    assert dialog.paid_on_error.isVisible() and not dialog.amount_error.isVisible()


def test_invoice_window_records_a_payment(ctx, qtbot, customer, monkeypatch):
    invoice = issued(ctx, customer.id, "200")  # 244,00

    def pay_half(self):
        self.amount.setText("122")
        self.submit()
        return self.result()

    monkeypatch.setattr(PaymentDialog, "exec", pay_half)
    window = InvoiceWindow(ctx, invoice.id)
    qtbot.addWidget(window)
    assert window.payment_button.isEnabled() and window.payments.rowCount() == 0
    window.payment_button.click()
    assert window.view.payment_status == "partly_paid"
    assert window.payments.rowCount() == 1 and window.payments.item(0, 2).text() == "122,00\xa0€"
    assert "Partly paid" in window.heading.text()
    assert [name.text() for name, _ in window.totals.extra_rows] == ["Paid", "Balance due"]
    assert window.totals.extra_rows[1][1].text() == "122,00\xa0€"


def test_receivables_put_an_overdue_invoice_in_its_bucket(ctx, qtbot, customer, qtmodeltester):
    late = date.today() - timedelta(days=75)  # due 30 days later: 45 days overdue
    old = issued(ctx, customer.id, "100", late)  # 122,00
    other = factories.private_customer(ctx.db, "Anna", "Verdi")
    fresh = issued(ctx, other.id, "50")  # 61,00, not yet due
    page = ReceivablesPage(ctx)
    qtbot.addWidget(page)
    model: DocumentTableModel = page.model
    qtmodeltester.check(model)
    assert model.rowCount() == 3  # two customers and the totals row
    keys = [c.key for c in RECEIVABLE_COLUMNS]
    rossi = next(r for r in range(2) if model.row_at(r).party.id == customer.id)
    texts = {key: model.data(model.index(rossi, n)) for n, key in enumerate(keys)}
    assert texts["d60"] == "122,00" and texts["d30"] == "0,00" and texts["not_due"] == "0,00"
    assert texts["balance"] == "122,00"
    assert model.data(model.index(rossi, 0), Qt.ItemDataRole.BackgroundRole) == OVERDUE_ROW
    verdi = 1 - rossi
    assert model.data(model.index(verdi, keys.index("not_due"))) == "61,00"
    assert model.data(model.index(verdi, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert rossi == 0  # the late customer comes first
    total = [model.data(model.index(2, n)) for n in range(len(keys))]
    assert total[0] == "Total" and total[keys.index("balance")] == "183,00" and total[keys.index("d60")] == "122,00"
    assert "183,00" in page.count.text() and "122,00" in page.count.text()
    # a double click lists what that customer still owes
    window = page.open_customer(customer.id)
    assert [window.model.row_at(r).id for r in range(len(window.model.rows))] == [old.id]
    assert fresh.id not in [r.id for r in window.model.rows]
    # paying it all empties the row, through the bus
    dialog = PaymentDialog(ctx, get_invoice(old.id))
    qtbot.addWidget(dialog)
    dialog.submit()
    assert [model.row_at(r).party.id for r in range(len(model.rows))] == [other.id]
    assert window.model.rows == []
