"""Invoices and credit notes: number, dates, customer, totals, what is paid and still due; overdue ones stand
out in red. A double click opens the invoice. Given a customer, it lists only what they still owe (or, for a
customer we owe, the invoices on which we owe them)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from smallcrm.domain import InvoiceKind, InvoiceStatus, PaymentStatus
from smallcrm.services.sales.invoices import list_invoices
from ui.common import formatting
from ui.common.context import AppContext
from ui.common.icons import Icon, set_icon
from ui.sales.document_table import INVOICE_COLUMNS
from ui.sales.quotes_page import ListPage

# (key, label, test on an InvoiceRow)
STATES = (
    ("all", QT_TRANSLATE_NOOP("InvoicesPage", "All invoices"), lambda r: r.kind == InvoiceKind.INVOICE),
    ("open", QT_TRANSLATE_NOOP("InvoicesPage", "To be paid"), lambda r: r.balance_due > 0),
    ("overdue", QT_TRANSLATE_NOOP("InvoicesPage", "Overdue"), lambda r: r.payment_status == PaymentStatus.OVERDUE),
    ("partly_paid", QT_TRANSLATE_NOOP("InvoicesPage", "Partly paid"),
     lambda r: r.payment_status == PaymentStatus.PARTLY_PAID),
    ("paid", QT_TRANSLATE_NOOP("InvoicesPage", "Paid"), lambda r: r.payment_status == PaymentStatus.PAID),
    ("credited", QT_TRANSLATE_NOOP("InvoicesPage", "Credited or refunded"),
     lambda r: r.payment_status in (PaymentStatus.CREDITED, PaymentStatus.REFUNDED)),
    ("owed", QT_TRANSLATE_NOOP("InvoicesPage", "You owe the customer"), lambda r: r.credit_balance > 0),
    ("draft", QT_TRANSLATE_NOOP("InvoicesPage", "Drafts"), lambda r: r.status == InvoiceStatus.DRAFT),
    ("credit_note", QT_TRANSLATE_NOOP("InvoicesPage", "Credit notes"), lambda r: r.kind == InvoiceKind.CREDIT_NOTE),
    ("everything", QT_TRANSLATE_NOOP("InvoicesPage", "Invoices and credit notes"), lambda r: True),
)


class InvoicesPage(ListPage):
    watches = ("invoices", "payments", "refunds", "parties")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, party_id: int | None = None,
                 only_open: bool = False) -> None:
        super().__init__(ctx, INVOICE_COLUMNS, parent, totals=party_id is not None)
        self.party_id = party_id
        for key, text, _test in STATES:
            self.state.addItem(QCoreApplication.translate("InvoicesPage", text), key)
        self.state.setCurrentIndex(self.state.findData("open" if only_open else "all"))
        self.opened.connect(self.open_invoice)
        if party_id is None:
            self.export_button = QPushButton(self.tr("Export…"))
            set_icon(self.export_button, Icon.EXPORT)
            self.export_button.setToolTip(self.tr("Invoices and credit notes to Excel or CSV for the accountant"))
            self.export_button.clicked.connect(lambda: self.export("invoices"))
            self.bar.addWidget(self.export_button)
            self._add_einvoice_messages_button()
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.reload()

    def _add_einvoice_messages_button(self) -> None:
        """The incoming list of the SdI's messages (receipts, PEC notices), with why any was not used."""
        self.messages_button = QPushButton(self.tr("E-invoice messages"))
        self.messages_button.setToolTip(self.tr("The SdI's receipts read, and those that could not be used, with "
                                                "the reason"))
        self.messages_button.clicked.connect(self.open_einvoice_messages)
        self.bar.addWidget(self.messages_button)

    def open_einvoice_messages(self) -> None:
        """Not modal: a row opens its invoice, which the list must not block; one list at a time."""
        from ui.einvoicing.messages_window import EInvoiceMessagesWindow

        messages = self.findChild(EInvoiceMessagesWindow)
        if messages is None:
            messages = EInvoiceMessagesWindow(self.ctx, self)
            messages.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            messages.invoice_chosen.connect(self.open_invoice)
        messages.show()
        messages.raise_()
        messages.activateWindow()

    def fetch(self) -> Callable[[], list]:
        party_id = self.party_id
        return lambda: list_invoices(party_id=party_id, limit=5000 if party_id else 1000)

    def accepts(self, row) -> bool:
        key = self.state.currentData()
        return next(test for k, _t, test in STATES if k == key)(row)

    def words(self, row) -> str:
        return f"{row.number} {row.party.name}"

    def open_invoice(self, invoice_id: int):
        from ui.sales.open_invoices import open_invoice

        return open_invoice(self.ctx, invoice_id, self)

    def _show_count(self) -> None:
        rows = self.model.rows
        due = sum((r.balance_due for r in rows), Decimal("0.00"))
        overdue = sum((r.balance_due for r in rows if r.payment_status == PaymentStatus.OVERDUE), Decimal("0.00"))
        owed = sum((r.credit_balance for r in rows), Decimal("0.00"))
        text = self.tr("%n document(s)", "", len(rows))
        if due:
            text += " · " + self.tr("balance due %1").replace("%1", formatting.money(due))
        if overdue:
            text += " · " + self.tr("overdue %1").replace("%1", formatting.money(overdue))
        if owed:
            text += " · " + self.tr("you owe %1").replace("%1", formatting.money(owed))
        self.count.setText(text)
