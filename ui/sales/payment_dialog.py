"""Record money received against an issued invoice: the amount (the balance due unless told otherwise), the
day, how it came and a reference; more than the balance due only when the user says the excess stays with us as
a credit on account. What the service refuses is said next to the field it names."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from smallcrm.domain import PaymentMethod
from smallcrm.errors import ValidationError
from smallcrm.services.sales.payments import PaymentDraft, record_payment
from smallcrm.services.sales.views import DocumentView, PaymentView
from ui.common import formatting
from ui.common.context import AppContext
from ui.common.date_field import DateField, dates_ok
from ui.common.errors import field_message, message_for
from ui.common.labels import label
from ui.operations import write_op

ERROR_STYLE = "color: #b3261e;"


class PaymentDialog(QDialog):
    def __init__(self, ctx: AppContext, invoice: DocumentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.invoice = invoice
        self.payment = None  # the PaymentView once recorded
        self.setWindowTitle(self.tr("Payment for invoice %1").replace("%1", invoice.number))
        self.setMinimumWidth(420)
        summary = QLabel(self.tr("%1 · total %2 · balance due %3")
                         .replace("%1", invoice.customer.name)
                         .replace("%2", formatting.money(invoice.total, invoice.currency))
                         .replace("%3", formatting.money(invoice.balance_due, invoice.currency)))
        summary.setWordWrap(True)
        self.amount = QLineEdit(formatting.editable(invoice.balance_due, 2))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount_error = QLabel()
        self.paid_on = DateField(date.today())
        self.paid_on_error = QLabel()
        self.method = QComboBox()
        for method in PaymentMethod:
            self.method.addItem(label(method), str(method))
        self.method.setCurrentIndex(self.method.findData(str(PaymentMethod.BANK_TRANSFER)))
        self.reference = QLineEdit(placeholderText=self.tr("Bank transfer reference (CRO/TRN), receipt number…"))
        self.on_account = QCheckBox(self.tr("Keep what exceeds the balance due as a credit on account"))
        self.on_account.setToolTip(self.tr("The customer paid more than this invoice asks: the excess shows as what "
                                           "you owe them, in the receivables"))
        self.error = QLabel()
        for widget in (self.amount_error, self.paid_on_error, self.error):
            widget.setStyleSheet(ERROR_STYLE)
            widget.setWordWrap(True)
            widget.hide()

        form = QFormLayout()
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow("", self.amount_error)
        form.addRow(self.tr("Paid on"), self.paid_on)
        form.addRow("", self.paid_on_error)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow("", self.on_account)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record payment"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.amount.textEdited.connect(lambda _t: self.amount_error.hide())
        self.amount.selectAll()

    def draft(self) -> PaymentDraft:
        return PaymentDraft(self.invoice.id, self.amount.text(), self.paid_on.day(),
                            self.method.currentData(), self.reference.text(), on_account=self.on_account.isChecked())

    def submit(self) -> None:
        """Send the payment to the service in the background; the dialog closes once it is recorded."""
        if not dates_ok(self.paid_on):
            return
        for widget in (self.amount_error, self.paid_on_error, self.error):
            widget.hide()
        draft = self.draft()
        write_op(self.ctx, lambda db: record_payment(db, draft), parent=self, on_done=self._recorded,
                 errors=self._under_field, on_error=self._refused, busy=(self.buttons,))

    def _recorded(self, payment: PaymentView) -> None:
        self.payment = payment
        self.accept()

    def _under_field(self, error: ValidationError) -> bool:
        """The amount and the date have their own error line, with what the invoice says."""
        if error.field in ("amount", "paid_on"):
            text = field_message(error)
            if error.code == "exceeds_balance" and "due" in error.params:
                text = f"{text}: {formatting.money(error.params['due'], self.invoice.currency)}"
            elif error.code == "before_issue":
                text = self.tr("Paid before the invoice was issued (%1)").replace(
                    "%1", formatting.day(self.invoice.issue_date))
            target = self.amount_error if error.field == "amount" else self.paid_on_error
            target.setText(text)
            target.show()
            (self.amount if error.field == "amount" else self.paid_on).setFocus()
            return True
        return False

    def _refused(self, error: Exception) -> None:
        self.error.setText(message_for(error))
        self.error.show()

    @classmethod
    def record(cls, ctx: AppContext, invoice: DocumentView, parent: QWidget | None = None):
        """Ask for a payment against ``invoice``; the PaymentView recorded, or None if cancelled."""
        dialog = cls(ctx, invoice, parent)
        try:
            return dialog.payment if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
