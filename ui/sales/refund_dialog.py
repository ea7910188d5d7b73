"""Record money paid back against an issued credit note: the amount (what can still be refunded unless told
otherwise), the day, how it went back, a reference and a note. What the service refuses is said next to the
field it names (``settlement_dialog.py``)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from smallcrm.services.sales.refunds import RefundDraft, record_refund
from smallcrm.services.sales.views import DocumentView, RefundView
from ui.common import formatting
from ui.common.context import AppContext
from ui.sales.settlement_dialog import SettlementDialog


class RefundDialog(SettlementDialog):
    DAY_FIELD = "refunded_on"
    EXCEEDS = ("exceeds_refundable", "refundable")

    def __init__(self, ctx: AppContext, note: DocumentView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, note, note.refundable, parent)
        self.note = note
        self.refunded_on, self.refunded_on_error = self.day, self.day_error
        self.setWindowTitle(self.tr("Refund on credit note %1").replace("%1", note.number))
        self.setMinimumWidth(440)
        self.summary.setText(self.tr("%1 · credit note of %2 on invoice %3 · can still be refunded %4")
                             .replace("%1", note.customer.name)
                             .replace("%2", formatting.money(note.total, note.currency))
                             .replace("%3", note.corrects_number)
                             .replace("%4", formatting.money(note.refundable, note.currency)))
        self.notes = QLineEdit(placeholderText=self.tr("Why, to whom, how it was agreed…"))
        self._lay_out(self.tr("Refunded on"), self.tr("Record refund"), [(self.tr("Note"), self.notes)])

    @property
    def refund(self) -> RefundView | None:
        return self.recorded

    def draft(self) -> RefundDraft:
        return RefundDraft(self.note.id, self.amount.text(), self.refunded_on.day(),
                           self.method.currentData(), self.reference.text(), self.notes.text())

    def service(self, db, draft: RefundDraft) -> RefundView:
        return record_refund(db, draft)

    def before_issue_text(self) -> str:
        return self.tr("Refunded before the credit note was issued (%1)")
