"""What a contact's or a company's page offers for sales: a new quote for them, and a payment against one of their
open invoices (the only one, or the one the user picks; none open is said, not silently ignored)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from smallcrm.domain import InvoiceKind, InvoiceStatus
from smallcrm.services.parties.parties import get_party
from smallcrm.services.sales import invoices
from smallcrm.services.sales.views import DocumentView, InvoiceRow
from ui.common import formatting
from ui.common.context import AppContext
from ui.operations import read_op
from ui.sales.payment_dialog import PaymentDialog
from ui.sales.quote_editor import QuoteEditor, open_quote_editor

CONTEXT = "PartySales"


def new_quote_for(ctx: AppContext, party_id: int, name: str, parent: QWidget | None) -> QuoteEditor:
    """A new quote with the party already chosen as its customer."""
    return open_quote_editor(ctx, None, parent, (party_id, name))


def open_invoices_of(party_id: int) -> list[InvoiceRow]:
    """The party's issued invoices with a balance due, oldest first (the one usually paid first)."""
    rows = invoices.list_invoices(party_id=party_id, kind=InvoiceKind.INVOICE, status=InvoiceStatus.ISSUED,
                                  limit=100_000)
    return sorted((row for row in rows if row.balance_due > 0), key=lambda row: (row.issue_date, row.id))


class PaymentForParty:
    """Record money a party paid: against their only open invoice, or the one chosen among several."""

    @classmethod
    def start(cls, ctx: AppContext, party_id: int, parent: QWidget) -> None:
        read_op(ctx, parent, "payment-for", lambda: (get_party(party_id).name, open_invoices_of(party_id)),
                lambda found: cls._found(ctx, parent, *found))

    @classmethod
    def _found(cls, ctx: AppContext, parent: QWidget, name: str, rows: list[InvoiceRow]) -> None:
        if not rows:
            cls.say_none_open(parent, name)
            return
        row = rows[0] if len(rows) == 1 else cls.choose(parent, name, rows)
        if row is not None:
            read_op(ctx, parent, "payment-invoice", lambda: invoices.get_invoice(row.id),
                    lambda view: cls.record(ctx, view, parent))

    @classmethod
    def record(cls, ctx: AppContext, invoice: DocumentView, parent: QWidget):
        return PaymentDialog.record(ctx, invoice, parent)

    @classmethod
    def choose(cls, parent: QWidget, name: str, rows: list[InvoiceRow]) -> InvoiceRow | None:
        """Which open invoice the payment is for (tests replace this)."""
        items = [QCoreApplication.translate(CONTEXT, "%1 of %2 · balance due %3").replace("%1", row.number)
                 .replace("%2", formatting.day(row.issue_date)).replace("%3", formatting.money(row.balance_due))
                 for row in rows]
        item, ok = QInputDialog.getItem(parent, QCoreApplication.translate(CONTEXT, "Record payment"),
                                        QCoreApplication.translate(CONTEXT, "Which invoice of %1 was paid?")
                                        .replace("%1", name), items, 0, False)
        return rows[items.index(item)] if ok and item in items else None

    @classmethod
    def say_none_open(cls, parent: QWidget, name: str) -> None:
        """Nothing to pay (tests replace this)."""
        QMessageBox.information(parent, QCoreApplication.translate(CONTEXT, "Record payment"),
                                QCoreApplication.translate(CONTEXT, "%1 has no issued invoice with a balance due.")
                                .replace("%1", name))
