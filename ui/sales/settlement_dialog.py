"""What the payment and refund dialogs share: money moved against an issued document (a payment in against an
invoice, a refund out against a credit note). The amount (what is left, unless told otherwise), the day, how the
money went and a reference; the service's refusal of the amount or the day is said under that field with what the
document says, anything else under the form. Each dialog adds its own rows, texts and service."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

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
from smallcrm.services.sales.views import DocumentView
from ui.common import formatting
from ui.common.context import AppContext
from ui.common.date_field import DateField, dates_ok
from ui.common.errors import field_message, message_for
from ui.common.labels import label
from ui.operations import write_op

ERROR_STYLE = "color: #b3261e;"


class SettlementDialog(QDialog):
    """A subclass sets its texts, calls ``_lay_out`` and gives ``draft()``, ``service(db, draft)`` and
    ``before_issue_text()``."""

    DAY_FIELD = ""  # the service's name of the day
    EXCEEDS = ("", "")  # the service's code for more than is left, and the parameter saying what is left

    def __init__(self, ctx: AppContext, document: DocumentView, left: Decimal, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.document = document
        self.recorded: Any = None  # the view of what the service recorded
        self.summary = QLabel(wordWrap=True)
        self.amount = QLineEdit(formatting.editable(left, 2))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount_error = QLabel()
        self.day = DateField(date.today())
        self.day_error = QLabel()
        self.method = QComboBox()
        for method in PaymentMethod:
            self.method.addItem(label(method), str(method))
        self.method.setCurrentIndex(self.method.findData(str(PaymentMethod.BANK_TRANSFER)))
        self.reference = QLineEdit(placeholderText=self.tr("Bank transfer reference (CRO/TRN), receipt number…"))
        self.error = QLabel()
        for widget in (self.amount_error, self.day_error, self.error):
            widget.setStyleSheet(ERROR_STYLE)
            widget.setWordWrap(True)
            widget.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.amount.textEdited.connect(lambda _t: self.amount_error.hide())

    def _lay_out(self, day_label: str, ok_text: str, more: list[tuple[str, QWidget]]) -> None:
        """The shared rows, then ``more`` (label, widget) under them."""
        form = QFormLayout()
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow("", self.amount_error)
        form.addRow(day_label, self.day)
        form.addRow("", self.day_error)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Reference"), self.reference)
        for text, widget in more:
            form.addRow(text, widget)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.amount.selectAll()

    def draft(self) -> Any:
        raise NotImplementedError

    def service(self, db, draft) -> Any:
        raise NotImplementedError

    def before_issue_text(self) -> str:
        """What a day before the document's issue is called; %1 is the issue day."""
        raise NotImplementedError

    def refusal(self, error: ValidationError) -> str:
        """What to say under the amount or the day, with the document's own figures."""
        code, left = self.EXCEEDS
        if error.code == code and left in error.params:
            return f"{field_message(error)}: {formatting.money(error.params[left], self.document.currency)}"
        if error.code == "before_issue":
            return self.before_issue_text().replace("%1", formatting.day(self.document.issue_date))
        return field_message(error)

    def submit(self) -> None:
        """Send the draft to the service in the background; the dialog closes once it is recorded."""
        if not dates_ok(self.day):
            return
        for widget in (self.amount_error, self.day_error, self.error):
            widget.hide()
        draft = self.draft()
        write_op(self.ctx, lambda db: self.service(db, draft), parent=self, on_done=self._recorded,
                 errors=self._under_field, on_error=self._refused, busy=(self.buttons,))

    def _recorded(self, view: Any) -> None:
        self.recorded = view
        self.accept()

    def _under_field(self, error: ValidationError) -> bool:
        """The amount and the day have their own error line."""
        if error.field not in ("amount", self.DAY_FIELD):
            return False
        target, field = (self.amount_error, self.amount) if error.field == "amount" else (self.day_error, self.day)
        target.setText(self.refusal(error))
        target.show()
        self.adjustSize()  # room for a message on two lines
        field.setFocus()
        return True

    def _refused(self, error: Exception) -> None:
        self.error.setText(message_for(error))
        self.error.show()
        self.adjustSize()

    @classmethod
    def record(cls, ctx: AppContext, document: DocumentView, parent: QWidget | None = None) -> Any:
        """Ask for it against ``document``; the view recorded, or None if cancelled."""
        dialog = cls(ctx, document, parent)
        try:
            return dialog.recorded if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
