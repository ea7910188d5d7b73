"""Record money paid back against an issued credit note: the amount (what can still be refunded unless told
otherwise), the day, how it went back, a reference and a note. What the service refuses is said next to the
field it names."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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
from smallcrm.services.sales.refunds import RefundDraft, record_refund
from smallcrm.services.sales.views import DocumentView, RefundView
from ui.common import formatting
from ui.common.context import AppContext
from ui.common.date_field import DateField, dates_ok
from ui.common.errors import field_message, message_for
from ui.common.labels import label
from ui.operations import write_op

ERROR_STYLE = "color: #b3261e;"


class RefundDialog(QDialog):
    def __init__(self, ctx: AppContext, note: DocumentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.note = note
        self.refund: RefundView | None = None
        self.setWindowTitle(self.tr("Refund on credit note %1").replace("%1", note.number))
        self.setMinimumWidth(440)
        summary = QLabel(self.tr("%1 · credit note of %2 on invoice %3 · can still be refunded %4")
                         .replace("%1", note.customer.name)
                         .replace("%2", formatting.money(note.total, note.currency))
                         .replace("%3", note.corrects_number)
                         .replace("%4", formatting.money(note.refundable, note.currency)))
        summary.setWordWrap(True)
        self.amount = QLineEdit(formatting.editable(note.refundable, 2))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount_error = QLabel()
        self.refunded_on = DateField(date.today())
        self.refunded_on_error = QLabel()
        self.method = QComboBox()
        for method in PaymentMethod:
            self.method.addItem(label(method), str(method))
        self.method.setCurrentIndex(self.method.findData(str(PaymentMethod.BANK_TRANSFER)))
        self.reference = QLineEdit(placeholderText=self.tr("Bank transfer reference (CRO/TRN), receipt number…"))
        self.notes = QLineEdit(placeholderText=self.tr("Why, to whom, how it was agreed…"))
        self.error = QLabel()
        for widget in (self.amount_error, self.refunded_on_error, self.error):
            widget.setStyleSheet(ERROR_STYLE)
            widget.setWordWrap(True)
            widget.hide()

        form = QFormLayout()
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow("", self.amount_error)
        form.addRow(self.tr("Refunded on"), self.refunded_on)
        form.addRow("", self.refunded_on_error)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow(self.tr("Note"), self.notes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record refund"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.amount.textEdited.connect(lambda _t: self.amount_error.hide())
        self.amount.selectAll()

    def draft(self) -> RefundDraft:
        return RefundDraft(self.note.id, self.amount.text(), self.refunded_on.day(),
                           self.method.currentData(), self.reference.text(), self.notes.text())

    def submit(self) -> None:
        """Send the refund to the service in the background; the dialog closes once it is recorded."""
        if not dates_ok(self.refunded_on):
            return
        for widget in (self.amount_error, self.refunded_on_error, self.error):
            widget.hide()
        draft = self.draft()
        write_op(self.ctx, lambda db: record_refund(db, draft), parent=self, on_done=self._recorded,
                 errors=self._under_field, on_error=self._refused, busy=(self.buttons,))

    def _recorded(self, refund: RefundView) -> None:
        self.refund = refund
        self.accept()

    def _under_field(self, error: ValidationError) -> bool:
        """The amount and the date have their own error line, with what the credit note says."""
        if error.field not in ("amount", "refunded_on"):
            return False
        text = field_message(error)
        if error.code == "exceeds_refundable" and "refundable" in error.params:
            text = f"{text}: {formatting.money(error.params['refundable'], self.note.currency)}"
        elif error.code == "before_issue":
            text = self.tr("Refunded before the credit note was issued (%1)").replace(
                "%1", formatting.day(self.note.issue_date))
        target = self.amount_error if error.field == "amount" else self.refunded_on_error
        target.setText(text)
        target.show()
        (self.amount if error.field == "amount" else self.refunded_on).setFocus()
        return True

    def _refused(self, error: Exception) -> None:
        self.error.setText(message_for(error))
        self.error.show()

    @classmethod
    def record(cls, ctx: AppContext, note: DocumentView, parent: QWidget | None = None) -> RefundView | None:
        """Ask for a refund against the credit note ``note``; the RefundView recorded, or None if cancelled."""
        dialog = cls(ctx, note, parent)
        try:
            return dialog.refund if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
