"""Record money received against an issued invoice: the amount (the balance due unless told otherwise), the
day, how it came and a reference; more than the balance due only when the user says the excess stays with us as
a credit on account. What the service refuses is said next to the field it names (``settlement_dialog.py``)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from smallcrm.services.sales.payments import PaymentDraft, record_payment
from smallcrm.services.sales.views import DocumentView, PaymentView
from ui.common import formatting
from ui.common.context import AppContext
from ui.sales.settlement_dialog import SettlementDialog


class PaymentDialog(SettlementDialog):
    DAY_FIELD = "paid_on"
    EXCEEDS = ("exceeds_balance", "due")

    def __init__(self, ctx: AppContext, invoice: DocumentView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, invoice, invoice.balance_due, parent)
        self.invoice = invoice
        self.paid_on, self.paid_on_error = self.day, self.day_error
        self.setWindowTitle(self.tr("Payment for invoice %1").replace("%1", invoice.number))
        self.setMinimumWidth(420)
        self.summary.setText(self.tr("%1 · total %2 · balance due %3")
                             .replace("%1", invoice.customer.name)
                             .replace("%2", formatting.money(invoice.total, invoice.currency))
                             .replace("%3", formatting.money(invoice.balance_due, invoice.currency)))
        self.on_account = QCheckBox(self.tr("Keep what exceeds the balance due as a credit on account"))
        self.on_account.setToolTip(self.tr("The customer paid more than this invoice asks: the excess shows as what "
                                           "you owe them, in the receivables"))
        self._lay_out(self.tr("Paid on"), self.tr("Record payment"), [("", self.on_account)])

    @property
    def payment(self) -> PaymentView | None:
        return self.recorded

    def draft(self) -> PaymentDraft:
        return PaymentDraft(self.invoice.id, self.amount.text(), self.paid_on.day(),
                            self.method.currentData(), self.reference.text(), on_account=self.on_account.isChecked())

    def service(self, db, draft: PaymentDraft) -> PaymentView:
        return record_payment(db, draft)

    def before_issue_text(self) -> str:
        return self.tr("Paid before the invoice was issued (%1)")
