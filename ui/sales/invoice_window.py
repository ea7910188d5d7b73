"""An issued invoice or credit note as it stands: read-only lines, totals, payments and the PDF beside them.
An issued invoice takes payments and can be corrected by a credit note; an issued credit note takes the money
paid back against it (refunds). (A draft opens in the editor, ``invoice_editor``; this view still shows one,
with an Issue button, when asked to.)"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smallcrm.changes import Changes
from smallcrm.domain import InvoiceKind, InvoiceStatus, PaymentStatus
from smallcrm.errors import ValidationError
from smallcrm.services.sales import invoices, printing
from ui.common import formatting
from ui.common.context import AppContext
from ui.common.date_field import DateField, dates_ok
from ui.common.errors import field_message, message_for
from ui.common.labels import label
from ui.common.pdf_preview import PdfOutput, PdfPreview, file_name, render_pages
from ui.common.window_keys import window_keys
from ui.einvoicing.einvoice_window import EInvoiceWindow
from ui.mail.send_mail_dialog import mail_invoice
from ui.operations import read_op
from ui.sales.document_table import TONES
from ui.sales.issuing import issue_checked
from ui.sales.line_table import LineTableModel, line_table_view
from ui.sales.totals_panel import TotalsPanel


class InvoiceWindow(QWidget):
    opened = Signal(int)  # another document to show (a credit note just made)
    closed = Signal(int)

    def __init__(self, ctx: AppContext, invoice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        window_keys(self)  # Esc, Ctrl+W
        self.ctx = ctx
        self.invoice_id = invoice_id
        self.view = None
        self.resize(1240, 800)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.issue_date = DateField(date.today())
        self.issue_button = QPushButton(self.tr("Issue"))
        self.payment_button = QPushButton(self.tr("Record payment…"))
        self.credit_button = QPushButton(self.tr("Credit note…"))
        self.refund_button = QPushButton(self.tr("Record refund…"))
        self.refund_button.setToolTip(self.tr("Money paid back to the customer against this credit note"))
        self.export_button, self.open_button = QPushButton(self.tr("Export PDF…")), QPushButton(self.tr("Open PDF"))
        self.mail_button = QPushButton(self.tr("Send by e-mail…"))
        self.mail_button.clicked.connect(lambda: mail_invoice(self))
        self.einvoice_button = QPushButton(self.tr("E-invoice…"))
        self.einvoice_button.clicked.connect(self.open_einvoice)
        actions = QHBoxLayout()
        actions.addWidget(self.heading)
        actions.addStretch(1)
        for widget in (self.issue_date, self.issue_button, self.payment_button, self.credit_button,
                       self.refund_button, self.export_button, self.open_button, self.mail_button,
                       self.einvoice_button):
            actions.addWidget(widget)

        self.customer, self.dates, self.origin, self.terms = QLabel(), QLabel(), QLabel(), QLabel()
        self.customer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        info = QFormLayout()
        info.addRow(self.tr("Customer"), self.customer)
        info.addRow(self.tr("Dates"), self.dates)
        info.addRow(self.tr("Payment"), self.terms)
        info.addRow("", self.origin)
        self.lines = LineTableModel(self, editable=False)
        self.table = line_table_view(self.lines, editable=False)
        self.totals = TotalsPanel()
        totals_row = QHBoxLayout()
        totals_row.addStretch(1)
        totals_row.addWidget(self.totals)
        self.payments = QTableWidget(0, 4)
        self.payments.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Method"), self.tr("Amount"),
                                                 self.tr("Reference")])
        self.payments.horizontalHeader().setStretchLastSection(True)
        self.payments.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.payments.verticalHeader().hide()
        self.payments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.payments.setMaximumHeight(140)
        self.payments.verticalHeader().setDefaultSectionSize(24)
        self.payments_title = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        column.addLayout(info)
        column.addWidget(self.table, 1)
        column.addLayout(totals_row)
        column.addWidget(self.payments_title)
        column.addWidget(self.payments)
        column.addWidget(self.status)
        self.preview = PdfPreview()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([720, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

        self.issue_button.clicked.connect(self.issue)
        self.payment_button.clicked.connect(self.record_payment)
        self.credit_button.clicked.connect(self.credit_note)
        self.refund_button.clicked.connect(self.record_refund)
        self.export_button.clicked.connect(self.export_pdf)
        self.open_button.clicked.connect(self.open_pdf)
        ctx.bus.changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        invoice_id = self.invoice_id

        def body(control):
            view = invoices.get_invoice(invoice_id)
            control.check()
            return view, render_pages(printing.invoice_pdf(invoice_id), control=control)

        read_op(self.ctx, self, "invoice", body, self._show, on_error=self._failed)

    def _terms_text(self, view) -> str:
        """How it asks to be paid: the method, and each instalment's day and amount (what is left of it)."""
        if view.kind != InvoiceKind.INVOICE:
            return ""
        parts = [label(view.payment_means)]
        if len(view.instalments) > 1:
            for part in view.instalments:
                text = f"{formatting.day(part.due_date)} {formatting.money(part.amount, view.currency)}"
                if view.status == InvoiceStatus.ISSUED and part.outstanding == 0:
                    text += " " + self.tr("(paid)")
                elif view.status == InvoiceStatus.ISSUED and part.outstanding != part.amount:
                    text += " " + self.tr("(%1 left)").replace("%1", formatting.money(part.outstanding, view.currency))
                parts.append(text)
        return " · ".join(parts)

    def _show(self, result) -> None:
        view, images = result
        self.view = view
        kind = label(view.kind)
        number = view.number or self.tr("(draft)")
        state = label(view.payment_status) if view.payment_status else label(view.status)
        colour = TONES.get(view.payment_status or view.status)
        self.heading.setText(f"{kind} {number} · <span style='color:{colour.name() if colour else 'inherit'}'>"
                             f"{state}</span>")
        self.setWindowTitle(f"{kind} {number}")
        self.customer.setText(view.customer.name)
        parts = [self.tr("issued %1").replace("%1", formatting.day(view.issue_date))] if view.issue_date else []
        if view.due_date:
            parts.append(self.tr("due %1").replace("%1", formatting.day(view.due_date)))
        self.dates.setText(" · ".join(parts) or self.tr("not issued yet"))
        self.terms.setText(self._terms_text(view))
        origin = []
        if view.quote_number:
            origin.append(self.tr("From quote %1").replace("%1", view.quote_number))
        if view.corrects_number:
            origin.append(self.tr("Corrects invoice %1").replace("%1", view.corrects_number))
        for note in view.credit_notes:
            origin.append(self.tr("Credit note %1 of %2: %3").replace("%1", note.number).replace(
                "%2", formatting.day(note.issue_date)).replace("%3", formatting.money(note.total, view.currency)))
        self.origin.setText(" · ".join(origin))
        self.lines.set_lines(view.lines)
        issued = view.status == InvoiceStatus.ISSUED
        self.totals.set_totals(view.taxable, view.vat_summary, view.vat, view.total, view.currency,
                               self._settled_rows(view) if issued else [], view.tax, view.tax_setup)
        credit_note = view.kind == InvoiceKind.CREDIT_NOTE
        moves = view.refunds if credit_note else view.payments
        self.payments.setRowCount(len(moves))
        for row, move in enumerate(moves):
            cells = (formatting.day(move.refunded_on if credit_note else move.paid_on), label(move.method),
                     formatting.money(move.amount, view.currency), move.reference)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.payments.setItem(row, column, item)
        if credit_note:
            self.payments_title.setText(self.tr("Refunds") if moves else self.tr("No refunds yet"))
        else:
            self.payments_title.setText(self.tr("Payments") if moves else self.tr("No payments yet"))
        self.payments_title.setVisible(issued)
        self.payments.setVisible(bool(moves))
        self.issue_date.setVisible(not issued)
        self.issue_button.setVisible(not issued)
        can_pay = issued and view.kind == InvoiceKind.INVOICE and view.balance_due > 0
        self.payment_button.setEnabled(can_pay)
        self.payment_button.setVisible(view.kind == InvoiceKind.INVOICE)
        self.credit_button.setVisible(issued and view.kind == InvoiceKind.INVOICE)
        self.refund_button.setVisible(issued and credit_note)
        self.refund_button.setEnabled(view.refundable > 0)
        self.einvoice_button.setVisible(issued)
        self.preview.set_images(images)

    def _settled_rows(self, view) -> list[tuple[str, str, str]]:
        """Under the total: an invoice's credit notes, payments and refunds and what is left (due from the
        customer, or owed to them); a credit note's refunds and what can still be refunded."""
        money = lambda amount: formatting.money(amount, view.currency)  # noqa: E731
        strong = "font-weight: 700;"
        if view.kind == InvoiceKind.CREDIT_NOTE:
            return [(self.tr("Refunded"), money(view.refunded), ""),
                    (self.tr("Can still be refunded"), money(view.refundable), strong)]
        rows = [(self.tr("Credited"), money(view.credited), "")] if view.credited else []
        rows.append((self.tr("Paid"), money(view.paid), ""))
        if view.refunded:
            rows.append((self.tr("Refunded"), money(view.refunded), ""))
        if view.credit_balance:
            return [*rows, (self.tr("Owed to the customer"), money(view.credit_balance), strong + " color: #a15c00;")]
        overdue = view.payment_status == PaymentStatus.OVERDUE
        return [*rows, (self.tr("Balance due"), money(view.balance_due), strong + (" color: #b3261e;" if overdue
                                                                                      else ""))]

    # -- actions -------------------------------------------------------------------------------
    def issue(self) -> None:
        """Issue the draft deliberately: what is missing first, then a confirmation (ui/sales/issuing.py)."""
        if not dates_ok(self.issue_date):
            return
        issue_checked(self.ctx, self, self.invoice_id, self.issue_date.day(),
                      lambda view: self.say_issued(view.number), self._failed)

    def say_issued(self, number: str) -> None:
        self.say(self.tr("Issued as %1").replace("%1", number))

    def record_payment(self) -> None:
        from ui.sales.payment_dialog import PaymentDialog

        if self.view is not None:
            PaymentDialog.record(self.ctx, self.view, self)

    def record_refund(self) -> None:
        from ui.sales.refund_dialog import RefundDialog

        if self.view is not None and RefundDialog.record(self.ctx, self.view, self) is not None:
            self.say(self.tr("Refund recorded"))

    def credit_note(self) -> None:
        """Choose what to credit; the draft credit note then opens in the editor, to be checked and issued."""
        from ui.sales.credit_note_dialog import CreditNoteDialog

        note = CreditNoteDialog.ask(self.ctx, self.invoice_id, self)
        if note is not None:
            self.say(self.tr("Draft credit note created"))
            self.opened.emit(note.id)  # the opener shows it

    def open_einvoice(self) -> None:
        window = EInvoiceWindow(self.ctx, self.invoice_id, self.view.number if self.view else "", self)
        window.history.credit_note_made.connect(self.opened.emit)  # a rejected invoice's credit note: shown
        window.open()

    def _pdf_maker(self):
        invoice_id = self.invoice_id
        return lambda: printing.invoice_pdf(invoice_id)

    def _name(self) -> str:
        return file_name(self.view.number if self.view else "", self.tr("invoice"))

    def export_pdf(self) -> None:
        PdfOutput.export(self.ctx, self, self._pdf_maker(), self._name(),
                         lambda path: self.say(self.tr("Saved to %1").replace("%1", path)), self._failed)

    def open_pdf(self) -> None:
        PdfOutput.open(self.ctx, self, self._pdf_maker(), self._name(), self._failed)

    def say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e;" if error else "")

    def _failed(self, error: Exception) -> None:
        self.say(field_message(error) if isinstance(error, ValidationError) else message_for(error), error=True)

    def _changed(self, changes: Changes) -> None:
        if self.invoice_id in changes.invoices:
            self.reload()

    def closeEvent(self, event) -> None:
        self.closed.emit(self.invoice_id)
        super().closeEvent(event)
