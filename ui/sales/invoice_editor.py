"""A draft invoice or credit note, editable: customer, payment terms, language, notes, lines with discounts and
VAT, live totals and the PDF beside them (the parts shared with the quote editor are in ``document_editor``).
Issuing it gives it its number and freezes it: the window then makes way for the read-only invoice view."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from smallcrm.domain import DocumentKind, InvoiceKind, InvoiceStatus, VatCollectability
from smallcrm.errors import ValidationError
from smallcrm.money import parse_decimal
from smallcrm.services.sales import invoices, printing
from smallcrm.services.sales.views import DocumentView
from smallcrm.tax_cases import TaxSetup
from ui.common import formatting
from ui.common.context import AppContext
from ui.common.date_field import DateField, dates_ok
from ui.common.i18n import LANGUAGES
from ui.common.labels import label
from ui.common.layout import button, row
from ui.common.read_only_guard import writes
from ui.operations import read_op
from ui.sales import document_drafts
from ui.sales.document_editor import DocumentEditor
from ui.sales.issuing import issue_checked
from ui.sales.terms_editor import PaymentTermsEditor

COLLECTABILITY = {
    VatCollectability.IMMEDIATE: QT_TRANSLATE_NOOP("InvoiceEditor", "VAT due now"),
    VatCollectability.DEFERRED: QT_TRANSLATE_NOOP("InvoiceEditor", "VAT due when paid (deferred)"),
    VatCollectability.SPLIT_PAYMENT: QT_TRANSLATE_NOOP("InvoiceEditor", "Split payment: the public body pays the VAT"),
}
WARNINGS = {
    "foreign_vat_charged": QT_TRANSLATE_NOOP("InvoiceEditor", "The customer has a foreign VAT number and is charged "
                                                              "VAT: a sale to a business in another EU country is "
                                                              "N3.2 (goods) or N2.1 (services)."),
    "regime_natura": QT_TRANSLATE_NOOP("InvoiceEditor", "A company in the regime forfettario invoices at N2.2."),
}


class InvoiceEditor(DocumentEditor):
    draft_kind = DocumentKind.INVOICE
    issued = Signal(int, str)  # id and number, once issued
    closed = Signal(int)

    def __init__(self, ctx: AppContext, invoice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.invoice_id = invoice_id
        self.payment = PaymentTermsEditor()
        self.terms = self.payment.days  # the days of the (first) instalment
        self.due_label = QLabel()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.notes = QPlainTextEdit(placeholderText=self.tr("Notes printed under the lines"))
        self.notes.setFixedHeight(54)
        self.origin = QLabel()
        self.withholding = QCheckBox(self.tr("The customer withholds tax on the fees"))
        self.withholding.setToolTip(self.tr("Ritenuta d'acconto: a business customer keeps it and pays it to the "
                                            "State; a private person does not"))
        self.withholding.setVisible(False)
        self.collectability = QComboBox()
        for value, text in COLLECTABILITY.items():
            self.collectability.addItem(QCoreApplication.translate("InvoiceEditor", text), value.value)
        self.exchange_rate = QLineEdit()
        self.exchange_rate.setMaximumWidth(90)
        self.exchange_rate.setToolTip(self.tr("Lei for one unit of the invoice's currency (BNR's rate of the day): "
                                              "the VAT is stated in lei too"))
        self.exchange_label = QLabel()
        self.tax_notice = QLabel(wordWrap=True)
        self.tax_notice.setStyleSheet("color: #8a5a00;")
        self.tax_notice.setVisible(False)
        self.form.addRow(self.tr("Payment terms"), self.payment)
        self.form.addRow("", self.due_label)
        self.form.addRow(self.tr("VAT"), row(self.collectability, 12, self.withholding, self.exchange_label,
                                             self.exchange_rate, None, QLabel(self.tr("Language")), self.language))
        self.form.addRow("", self.tax_notice)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.form.addRow("", self.origin)

        self.issue_date = DateField(date.today())
        self.issue_date.setToolTip(self.tr("The date the invoice is issued on"))
        self.issue_button = button(self.tr("Issue"), self.issue)
        writes(self.issue_button)
        self.add_actions(16, QLabel(self.tr("Issue on")), self.issue_date, self.issue_button)

        self.payment.changed.connect(lambda: (self._show_due(), self._edited()))
        self.issue_date.dateChanged.connect(lambda _d: self._show_due())
        self.notes.textChanged.connect(self._edited)
        self.withholding.toggled.connect(lambda _c: self._edited())
        self.collectability.activated.connect(lambda _i: self._edited())
        self.exchange_rate.textEdited.connect(lambda _t: self._edited())
        self.language.activated.connect(lambda _i: self._edited())
        self.load_catalog()
        read_op(ctx, self, "invoice", lambda: invoices.get_invoice(invoice_id), self._show, on_error=self._failed)

    def header_widgets(self) -> dict[str, QWidget]:
        return {"party_id": self.customer, "payment_terms_days": self.terms, "payment_terms": self.payment.days,
                "exchange_rate": self.exchange_rate, "vat_collectability": self.collectability,
                "payment_means": self.payment.means, "language": self.language,
                "notes": self.notes, "issue_date": self.issue_date}

    def file_word(self) -> str:
        return self.tr("invoice")

    def header_state(self) -> dict:
        """Everything of the header the user may have changed, for the draft file (document_drafts)."""
        day = self.issue_date.day()
        return {"notes": self.notes.toPlainText(), "language": self.language.currentData(),
                "withholding": self.withholding.isChecked(), "collectability": self.collectability.currentData(),
                "exchange_rate": self.exchange_rate.text(), "means": self.payment.payment_means(),
                "terms": document_drafts.terms_state(self.payment.terms()),
                "issue_date": day.isoformat() if day else ""}

    def restore_header(self, state: dict) -> None:
        if not state:
            return
        self.notes.setPlainText(state.get("notes", ""))
        self.language.setCurrentIndex(max(self.language.findData(state.get("language")), 0))
        self.withholding.setChecked(bool(state.get("withholding")))
        self.collectability.setCurrentIndex(max(self.collectability.findData(state.get("collectability")), 0))
        self.exchange_rate.setText(state.get("exchange_rate", ""))
        if state.get("terms"):
            self.payment.set_terms(document_drafts.terms_from_state(state["terms"]), state.get("means", ""))
        if state.get("issue_date"):
            self.issue_date.setDate(date.fromisoformat(state["issue_date"]))
        self._show_due()

    @property
    def is_credit_note(self) -> bool:
        return self.view is not None and self.view.kind == InvoiceKind.CREDIT_NOTE

    def _show(self, view) -> None:
        self.view = view
        self._loading = True
        self.customer.set_party(view.party.id, view.party.name)
        self.payment.set_terms(view.payment_terms, view.payment_means)
        self.notes.setPlainText(view.notes)
        self.language.setCurrentIndex(max(self.language.findData(view.language), 0))
        self.withholding.setChecked(view.tax_setup is not None and view.tax_setup.withholding is not None)
        if view.tax_setup is not None:
            self.collectability.setCurrentIndex(max(self.collectability.findData(view.tax_setup.collectability), 0))
            rate = view.tax_setup.exchange_rate
            self.exchange_rate.setText(formatting.editable(rate) if rate else "")
        notices = [QCoreApplication.translate("InvoiceEditor", WARNINGS[w.code]) if w.code in WARNINGS else w.message
                   for w in view.warnings]
        self.tax_notice.setText(" ".join(notices))
        self.tax_notice.setVisible(bool(notices))
        self.lines.set_lines(view.lines)
        origin = []
        if view.quote_number:
            origin.append(self.tr("From quote %1").replace("%1", view.quote_number))
        if view.corrects_number:
            origin.append(self.tr("Corrects invoice %1").replace("%1", view.corrects_number))
        self.origin.setText(" · ".join(origin))
        self.origin.setVisible(bool(origin))
        self.set_editable(view.status == InvoiceStatus.DRAFT, (self.notes, self.payment, self.language,
                                                               self.withholding, self.collectability,
                                                               self.exchange_rate))
        self.collectability.setEnabled(not self.is_credit_note and view.status == InvoiceStatus.DRAFT)
        self.tax_known()
        self.customer.setReadOnly(self.is_credit_note or view.status != InvoiceStatus.DRAFT)  # it credits them
        self.payment.setEnabled(not self.is_credit_note and view.status == InvoiceStatus.DRAFT)  # nothing falls due
        self._show_due()
        self.shown()

    def tax_known(self) -> None:
        """The withholding choice shows for an invoice of a company that withholds (a credit note follows its
        invoice's)."""
        withholds = self.company_tax.withholding is not None or (
            self.view is not None and self.view.tax_setup is not None and self.view.tax_setup.withholding is not None)
        self.withholding.setVisible(withholds and not self.is_credit_note)
        local = self.company_tax.local_currency or (self.view.tax_setup.local_currency if self.view is not None
                                                    and self.view.tax_setup is not None else "")
        foreign = bool(local) and self.view is not None and self.view.currency != local
        self.exchange_label.setText(self.tr("1 %1 =").replace("%1", self.view.currency) if foreign else "")
        self.exchange_label.setVisible(foreign)
        self.exchange_rate.setVisible(foreign)
        self.exchange_rate.setPlaceholderText(local)

    def live_setup(self, setup: TaxSetup) -> TaxSetup:
        """A draft invoice's setup with the VAT collectability and the withholding chosen above (a credit note
        follows its invoice's)."""
        if self.is_credit_note or self.view is None or self.view.status != InvoiceStatus.DRAFT:
            return setup
        withholding = setup.withholding or self.company_tax.withholding
        try:
            rate = parse_decimal(self.exchange_rate.text(), "exchange_rate", 4) if (
                self.exchange_rate.isVisibleTo(self) and self.exchange_rate.text().strip()) else None
        except ValidationError:
            rate = None  # said when it is saved
        return replace(setup, collectability=VatCollectability(self.collectability.currentData()),
                       withholding=withholding if self.withholding.isChecked() and self.withholding.isVisibleTo(
                           self) else None, exchange_rate=rate if setup.local_currency else None)

    def totals_shown(self) -> None:
        self._show_due()  # the instalments' amounts follow the total

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
                               self.extra_totals(), view.tax, view.tax_setup)

    def _show_due(self) -> None:
        """When it falls due if issued on the date chosen: one day, or each instalment's day and amount."""
        tax = self.last_tax or (self.view.tax if self.view is not None else None)
        plan = self.payment.plan(self.issue_date.day() or date.today(), tax.payable if tax else Decimal(1))
        currency = self.view.currency if self.view is not None else "EUR"
        if self.is_credit_note or not plan:
            text = ""
        elif len(plan) == 1:
            text = self.tr("due %1 if issued on the date above").replace("%1", formatting.day(plan[0][0]))
        else:
            parts = [f"{formatting.day(day)} {formatting.money(amount, currency)}" for day, amount in plan]
            text = self.tr("instalments if issued on the date above: %1").replace("%1", " · ".join(
                parts if len(parts) <= 4 else [*parts[:3], "…", parts[-1]]))
        self.due_label.setText(text)

    def heading_text(self) -> str:
        if self.view is None:
            return ""
        kind = f"{label(self.view.kind)} {self.view.number}".strip()  # a draft has no number yet
        return f"{kind} · {label(self.view.status)}"

    def draft(self) -> invoices.InvoiceDraft | None:
        if self.customer.party_id is None or self.view is None:
            return None
        return invoices.InvoiceDraft(self.customer.party_id, self.line_drafts(), self.notes.toPlainText(),
                                     self.terms.value(), self.language.currentData(),
                                     self.withholding.isChecked() if self.withholding.isVisibleTo(self) else None,
                                     self.collectability.currentData(), self.payment.terms(),
                                     self.payment.payment_means(), self.exchange_rate.text().strip() or None)

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
        if not dates_ok(self.issue_date):
            return
        issue_checked(self.ctx, self, self.invoice_id, self.issue_date.day(), self._issued, self._failed)

    def _issued(self, view: DocumentView) -> None:
        self.dirty = False
        self.forget()
        self.close()
        self.issued.emit(view.id, view.number)  # the opener shows it, read-only

    def forget(self) -> None:
        self.closed.emit(self.invoice_id)
