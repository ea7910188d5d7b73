"""Write a quote: customer, title, validity, lines, live totals and the PDF beside them (the parts shared with
the invoice editor are in ``document_editor``). Save, export, mark sent/accepted/rejected, convert to an
invoice, duplicate, revise."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from shiboken6 import isValid

from smallcrm.changes import Changes
from smallcrm.domain import DocumentKind, QuoteStatus
from smallcrm.services.sales import invoices, printing, quotes
from smallcrm.services.sales.views import DocumentView
from ui.common.context import AppContext
from ui.common.date_field import DateField, dates_ok
from ui.common.i18n import LANGUAGES
from ui.common.icons import Icon, set_icon
from ui.common.labels import label
from ui.common.layout import button, row
from ui.common.read_only_guard import writes
from ui.mail.send_mail_dialog import mail_quote
from ui.operations import read_op
from ui.sales.document_editor import DocumentEditor
from ui.sales.open_invoices import open_invoice

_open: dict[int, QuoteEditor] = {}


class QuoteEditor(DocumentEditor):
    setting_keys = ("quote_validity_days", "language")
    draft_kind = DocumentKind.QUOTE

    def __init__(self, ctx: AppContext, quote_id: int | None = None, parent: QWidget | None = None,
                 party: tuple[int, str] | None = None) -> None:
        super().__init__(ctx, parent)
        self.title_edit = QLineEdit(placeholderText=self.tr("What the quote is for"))
        self.valid_until = DateField()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.notes = QPlainTextEdit(placeholderText=self.tr("Notes printed under the lines"))
        self.notes.setFixedHeight(54)
        self.form.addRow(self.tr("Title"), self.title_edit)
        self.form.addRow(self.tr("Valid until"), row(self.valid_until, 16, QLabel(self.tr("Language")),
                                                     self.language, None))
        self.form.addRow(self.tr("Notes"), self.notes)
        self.invoiced = QLabel()  # the invoices made from it, as links that open them
        self.invoiced.linkActivated.connect(lambda link: open_invoice(self.ctx, int(link), self.parentWidget() or self))
        self.form.addRow(self.tr("Invoiced as"), self.invoiced)

        self.mail_button = button(self.tr("Send by e-mail…"), lambda: mail_quote(self))
        self.sent_button = button(self.tr("Mark sent"), lambda: self.set_status(QuoteStatus.SENT))
        self.accepted_button = button(self.tr("Accepted"), lambda: self.set_status(QuoteStatus.ACCEPTED))
        self.rejected_button = button(self.tr("Rejected"), lambda: self.set_status(QuoteStatus.REJECTED))
        self.convert_button = button(self.tr("Convert to invoice"), self.convert)
        self.duplicate_button = button(self.tr("Duplicate"), lambda: self._replace_with(quotes.duplicate_quote))
        self.revise_button = button(self.tr("New revision"), lambda: self._replace_with(quotes.revise_quote))
        for target, name in ((self.mail_button, Icon.SEND), (self.sent_button, Icon.MARK_SENT),
                             (self.accepted_button, Icon.ACCEPTED), (self.rejected_button, Icon.REJECTED),
                             (self.convert_button, Icon.CONVERT), (self.duplicate_button, Icon.DUPLICATE),
                             (self.revise_button, Icon.REVISE)):
            set_icon(target, name)
        writes(self.sent_button, self.accepted_button, self.rejected_button, self.convert_button, self.duplicate_button,
               self.revise_button)
        self.add_actions(self.mail_button, 12, self.sent_button, self.accepted_button, self.rejected_button, 12,
                         self.convert_button,
                         self.duplicate_button, self.revise_button)

        self.title_edit.textEdited.connect(self._edited)
        self.notes.textChanged.connect(self._edited)
        self.valid_until.dateChanged.connect(lambda _d: self._edited())
        self.language.activated.connect(lambda _i: self._edited())
        ctx.bus.changed.connect(self._changed)
        self.load_catalog()
        if quote_id is not None:
            self.load(quote_id)
        else:
            if party is not None:
                self.customer.set_party(*party)
            self._show(None)

    def _defaults(self, settings: dict) -> None:
        self.valid_until.setDate(QDate(date.today() + timedelta(days=int(settings["quote_validity_days"]))))
        self.language.setCurrentIndex(max(self.language.findData(settings["language"]), 0))

    def header_widgets(self) -> dict[str, QWidget]:
        return {"party_id": self.customer, "title": self.title_edit, "valid_until": self.valid_until,
                "language": self.language, "notes": self.notes}

    def file_word(self) -> str:
        return self.tr("quote")

    def header_state(self) -> dict:
        return {"title": self.title_edit.text(), "notes": self.notes.toPlainText(),
                "valid_until": day.isoformat() if (day := self.valid_until.day()) else "",
                "language": self.language.currentData()}

    def restore_header(self, state: dict) -> None:
        self.title_edit.setText(state.get("title", ""))
        self.notes.setPlainText(state.get("notes", ""))
        if state.get("valid_until"):
            self.valid_until.setDate(QDate(date.fromisoformat(state["valid_until"])))
        self.language.setCurrentIndex(max(self.language.findData(state.get("language")), 0))

    # -- loading -------------------------------------------------------------------------------
    def load(self, quote_id: int) -> None:
        read_op(self.ctx, self, "quote", lambda: quotes.get_quote(quote_id), self._show, on_error=self._failed)

    def _show(self, view) -> None:
        """Fill the editor from a saved quote (or empty it for a new one)."""
        self.forget()
        self.view = view
        self._loading = True
        if view is not None:
            _open[view.id] = self
            self.customer.set_party(view.party.id, view.party.name)
            self.title_edit.setText(view.title)
            self.notes.setPlainText(view.notes)
            self.valid_until.setDate(QDate(view.valid_until))
            self.language.setCurrentIndex(max(self.language.findData(view.language), 0))
            self.lines.set_lines(view.lines)
        self._show_invoices(view.invoices if view is not None else ())
        self.set_editable(view is None or view.status == QuoteStatus.DRAFT,
                          (self.title_edit, self.notes, self.valid_until, self.language))
        self._update_actions()
        self.shown()

    def _changed(self, changes: Changes) -> None:
        """An invoice made from this quote was made, issued or trashed: show its number (a saved quote only)."""
        view = self.view
        if view is None or self.dirty:
            return
        if changes.invoices and (view.id in changes.quotes or changes.invoices & {link.id for link in view.invoices}):
            self.load(view.id)

    def _show_invoices(self, links) -> None:
        draft = self.tr("draft")
        self.invoiced.setText(", ".join(f'<a href="{link.id}">{link.number or draft}</a>' for link in links))
        self.form.setRowVisible(self.invoiced, bool(links))

    def forget(self) -> None:
        if self.view is not None and _open.get(self.view.id) is self:
            del _open[self.view.id]

    def heading_text(self) -> str:
        if self.view is None:
            return self.tr("New quote")
        quote = self.tr("Quote")  # outside the f-string, where lupdate finds it
        return f"{quote} {self.view.number} · {label(self.view.status)}"

    def _update_actions(self) -> None:
        status = QuoteStatus(self.view.status) if self.view else None
        allowed = quotes.TRANSITIONS.get(status, set()) if status else set()
        self.save_button.setEnabled(status in (None, QuoteStatus.DRAFT))
        self.sent_button.setEnabled(QuoteStatus.SENT in allowed)
        self.accepted_button.setEnabled(QuoteStatus.ACCEPTED in allowed)
        self.rejected_button.setEnabled(QuoteStatus.REJECTED in allowed)
        self.convert_button.setEnabled(status == QuoteStatus.ACCEPTED)
        invoiced = bool(self.view and self.view.invoices)
        self.convert_button.setText(self.tr("Another invoice…") if invoiced else self.tr("Convert to invoice"))
        self.duplicate_button.setEnabled(status is not None)
        self.revise_button.setEnabled(status is not None)

    def draft(self) -> quotes.QuoteDraft | None:
        """The quote as typed (None until a customer is chosen)."""
        if self.customer.party_id is None:
            return None
        return quotes.QuoteDraft(self.customer.party_id, self.line_drafts(), self.title_edit.text(),
                                 self.notes.toPlainText(), self.view.issue_date if self.view else None,
                                 self.valid_until.day(), self.language.currentData(), None)

    def _pdf_maker(self, draft=None):
        view = self.view
        if view is not None and not self.dirty:
            return lambda: printing.quote_pdf(view.id)
        draft = draft or self.draft()
        return lambda: printing.quote_preview_pdf(draft, view.number if view else "")

    # -- actions -------------------------------------------------------------------------------
    def _done(self, view: DocumentView) -> None:
        self._show(view)
        self._set_status(self.tr("Saved"))
        self.saved.emit(view.id)

    def save(self, then_status: QuoteStatus | None = None) -> None:
        if self._no_customer() or not dates_ok(self.valid_until):
            return
        draft, quote_id = self.draft(), self.view.id if self.view else None

        def body(db):
            view, changes = (quotes.update_quote(db, quote_id, draft) if quote_id else quotes.create_quote(db, draft))
            if then_status:
                view, more = quotes.set_quote_status(db, view.id, then_status)
                changes.merge(more)
            return view, changes

        self._write(body, self._done)

    def set_status(self, status: QuoteStatus) -> None:
        if self.view is None or (self.dirty and self.view.status == QuoteStatus.DRAFT):
            self.save(then_status=status)
            return
        quote_id = self.view.id
        self._write(lambda db: quotes.set_quote_status(db, quote_id, status), self._done)

    def _replace_with(self, service: Callable[[Any, int], tuple[DocumentView, Changes]]) -> None:
        quote_id = self.view.id
        self._write(lambda db: service(db, quote_id), self._done)

    def convert(self) -> None:
        """A draft invoice from the accepted quote; once it was invoiced, another one only when the user says so
        after a warning (an order invoiced in parts: otherwise the customer would be billed twice)."""
        quote_id, again = self.view.id, bool(self.view.invoices)
        if again and not self.confirm_again(self, ", ".join(link.number or self.tr("draft")
                                                              for link in self.view.invoices)):
            return

        def converted(view: DocumentView) -> None:
            self._set_status(self.tr("Draft invoice created"))
            open_invoice(self.ctx, view.id, self.parentWidget() or self)

        self._write(lambda db: invoices.invoice_from_quote(db, quote_id, again=again), converted)

    @classmethod
    def confirm_again(cls, parent: QWidget, invoiced: str) -> bool:
        """Whether to make another invoice from a quote already invoiced as ``invoiced`` (tests replace this)."""
        answer = QMessageBox.warning(
            parent, QCoreApplication.translate("QuoteEditor", "Already invoiced"),
            QCoreApplication.translate(
                "QuoteEditor", "This quote was already invoiced (%1). Make another invoice from it? Only for an "
                "order invoiced in parts: otherwise the customer is billed twice.").replace("%1", invoiced),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


def open_quote_editor(ctx: AppContext, quote_id: int | None = None, parent: QWidget | None = None,
                      party: tuple[int, str] | None = None) -> QuoteEditor:
    """Bring up the editor of a quote (the one already open, if any), or a new quote."""
    editor = _open.get(quote_id) if quote_id is not None else None
    if editor is None or not isValid(editor) or editor.ctx is not ctx:
        editor = QuoteEditor(ctx, quote_id, parent, party)
        if quote_id is not None:  # at once, not when its load arrives: opening it again meanwhile raises it
            _open[quote_id] = editor
    editor.show()
    editor.raise_()
    editor.activateWindow()
    return editor
