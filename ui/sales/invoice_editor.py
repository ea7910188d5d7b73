"""A draft invoice or credit note, editable: customer, payment terms, language, notes, lines with discounts and
VAT, live totals and the PDF beside them (the parts shared with the quote editor are in ``document_editor``).
Issuing it gives it its number and freezes it: the window then makes way for the read-only invoice view."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QPlainTextEdit, QSpinBox, QWidget

from smallcrm.domain import DocumentKind, InvoiceKind, InvoiceStatus
from smallcrm.services.sales import invoices, printing
from smallcrm.services.sales.views import DocumentView
from ui.common import formatting
from ui.common.context import AppContext
from ui.common.i18n import LANGUAGES
from ui.common.labels import label
from ui.operations import read_op
from ui.sales.document_editor import DocumentEditor, button, row
from ui.sales.issuing import issue_checked


class InvoiceEditor(DocumentEditor):
    draft_kind = DocumentKind.INVOICE  # its header fields are not kept in a draft yet: the customer and the lines are
    issued = Signal(int, str)  # id and number, once issued
    closed = Signal(int)

    def __init__(self, ctx: AppContext, invoice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.invoice_id = invoice_id
        self.terms = QSpinBox(minimum=0, maximum=365, suffix=self.tr(" days"))
        self.due_label = QLabel()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.notes = QPlainTextEdit(placeholderText=self.tr("Notes printed under the lines"))
        self.notes.setFixedHeight(54)
        self.origin = QLabel()
        self.form.addRow(self.tr("Payment terms"), row(self.terms, 8, self.due_label, None, QLabel(
            self.tr("Language")), self.language))
        self.form.addRow(self.tr("Notes"), self.notes)
        self.form.addRow("", self.origin)

        self.issue_date = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.issue_date.setDisplayFormat("dd/MM/yyyy")
        self.issue_date.setToolTip(self.tr("The date the invoice is issued on"))
        self.issue_button = button(self.tr("Issue"), self.issue)
        self.add_actions(16, QLabel(self.tr("Issue on")), self.issue_date, self.issue_button)

        self.terms.valueChanged.connect(lambda _v: (self._show_due(), self._edited()))
        self.issue_date.dateChanged.connect(lambda _d: self._show_due())
        self.notes.textChanged.connect(self._edited)
        self.language.activated.connect(lambda _i: self._edited())
        self.load_catalog()
        read_op(ctx, self, "invoice", lambda: invoices.get_invoice(invoice_id), self._show, on_error=self._failed)

    def header_widgets(self) -> dict[str, QWidget]:
        return {"party_id": self.customer, "payment_terms_days": self.terms, "language": self.language,
                "notes": self.notes, "issue_date": self.issue_date}

    def file_word(self) -> str:
        return self.tr("invoice")

    @property
    def is_credit_note(self) -> bool:
        return self.view is not None and self.view.kind == InvoiceKind.CREDIT_NOTE

    def _show(self, view) -> None:
        self.view = view
        self._loading = True
        self.customer.set_party(view.party.id, view.party.name)
        self.terms.setValue(view.payment_terms_days)
        self.notes.setPlainText(view.notes)
        self.language.setCurrentIndex(max(self.language.findData(view.language), 0))
        self.lines.set_lines(view.lines)
        origin = []
        if view.quote_number:
            origin.append(self.tr("From quote %1").replace("%1", view.quote_number))
        if view.corrects_number:
            origin.append(self.tr("Corrects invoice %1").replace("%1", view.corrects_number))
        self.origin.setText(" · ".join(origin))
        self.origin.setVisible(bool(origin))
        self.set_editable(view.status == InvoiceStatus.DRAFT, (self.notes, self.terms, self.language))
        self.customer.setReadOnly(self.is_credit_note or view.status != InvoiceStatus.DRAFT)  # it credits them
        self.terms.setEnabled(not self.is_credit_note and view.status == InvoiceStatus.DRAFT)  # nothing falls due
        self._show_due()
        self.shown()

    def _evaluate(self) -> None:
        """As every editor, and a credit note's totals from the service: its VAT is its share of the invoice's
        (``credit_room``), which only the service knows; the panel then shows what saving would store."""
        super()._evaluate()
        draft, invoice_id = self.draft(), self.invoice_id
        if not self.is_credit_note or draft is None or self.view.status != InvoiceStatus.DRAFT:
            return
        read_op(self.ctx, self, "credit_totals", lambda: invoices.draft_invoice_view(invoice_id, draft),
                self._show_credit_totals, on_error=lambda _error: None)  # the cells say what is wrong

    def _show_credit_totals(self, view: DocumentView) -> None:
        self.totals.set_totals(view.taxable, view.vat_summary, view.vat, view.total, view.currency,
                               self.extra_totals())

    def _show_due(self) -> None:
        due = self.issue_date.date().toPython() + timedelta(days=self.terms.value())
        self.due_label.setText("" if self.is_credit_note else self.tr("due %1 if issued on the date above").replace(
            "%1", formatting.day(due)))

    def heading_text(self) -> str:
        if self.view is None:
            return ""
        kind = f"{label(self.view.kind)} {self.view.number}".strip()  # a draft has no number yet
        return f"{kind} · {label(self.view.status)}"

    def draft(self) -> invoices.InvoiceDraft | None:
        if self.customer.party_id is None or self.view is None:
            return None
        return invoices.InvoiceDraft(self.customer.party_id, self.line_drafts(), self.notes.toPlainText(),
                                     self.terms.value(), self.language.currentData())

    def _pdf_maker(self, draft=None):
        invoice_id = self.invoice_id
        if not self.dirty:
            return lambda: printing.invoice_pdf(invoice_id)
        draft = draft or self.draft()
        return lambda: printing.invoice_preview_pdf(invoice_id, draft)

    # -- actions -------------------------------------------------------------------------------
    def _saved(self, view: DocumentView) -> None:
        self._show(view)
        self._set_status(self.tr("Saved"))
        self.saved.emit(view.id)

    def save(self, then_issue: bool = False) -> None:
        if self._no_customer() or self.view is None:
            return
        draft, invoice_id = self.draft(), self.invoice_id

        def saved(view: DocumentView) -> None:
            self._saved(view)
            if then_issue:
                self._issue_saved()

        self._write(lambda db: invoices.update_invoice(db, invoice_id, draft), saved)

    def issue(self) -> None:
        """Save what is typed, then issue it deliberately: what the law wants and is missing is named first,
        then the number, date, customer and total are confirmed; then it shows read-only, as issued."""
        if self.dirty:
            self.save(then_issue=True)
            return
        self._issue_saved()

    def _issue_saved(self) -> None:
        issue_checked(self.ctx, self, self.invoice_id, self.issue_date.date().toPython(), self._issued, self._failed)

    def _issued(self, view: DocumentView) -> None:
        self.dirty = False
        self.forget()
        self.close()
        self.issued.emit(view.id, view.number)  # the opener shows it, read-only

    def forget(self) -> None:
        self.closed.emit(self.invoice_id)
