"""Write a quote: customer, lines, live totals, and beside it the PDF as it will print, following every pause
in the typing. Save, export, mark sent/accepted/rejected, convert to an invoice, duplicate, revise."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from smallcrm.domain_sales import QuoteStatus
from smallcrm.errors import ValidationError
from smallcrm.services import invoices, printing, quotes
from smallcrm.services.catalog import list_products, list_vat_rates
from smallcrm.services.document_lines import totals_of, vat_summary
from smallcrm.services.settings import get_setting
from ui.context import AppContext
from ui.dialogs.send_mail_dialog import mail_quote
from ui.errors import field_message, message_for
from ui.i18n import LANGUAGES
from ui.labels import label
from ui.models.line_table import LineTableModel, line_table_view
from ui.views.invoice_view import TotalsPanel, open_invoice_view
from ui.widgets.party_lookup import PartyLookup
from ui.widgets.pdf_preview import PdfOutput, PdfPreview, file_name, render_pages

PREVIEW_PAUSE_MS = 300
HEADER_FIELDS = ("party_id", "title", "valid_until", "language", "notes")
_open: dict[int, QuoteEditor] = {}


class QuoteEditor(QWidget):
    saved = Signal(int)

    def __init__(self, ctx: AppContext, quote_id: int | None = None, parent: QWidget | None = None,
                 party: tuple[int, str] | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.view = None  # the DocumentView last loaded or saved
        self.dirty, self._loading = False, False
        self._generation, self._preview_job, self._sent_rows = 0, None, []
        self.resize(1320, 820)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.customer = PartyLookup(ctx)
        self.customer.setPlaceholderText(self.tr("Type to search customers…"))
        self.title_edit = QLineEdit(placeholderText=self.tr("What the quote is for"))
        self.valid_until = QDateEdit(calendarPopup=True)
        self.valid_until.setDisplayFormat("dd/MM/yyyy")
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.notes = QPlainTextEdit(placeholderText=self.tr("Notes printed under the lines"))
        self.notes.setFixedHeight(54)
        form = QFormLayout()
        form.addRow(self.tr("Customer"), self.customer)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Valid until"), self._row(self.valid_until, 16, QLabel(self.tr("Language")),
                                                      self.language, None))
        form.addRow(self.tr("Notes"), self.notes)

        self.lines = LineTableModel(self)
        self.table = line_table_view(self.lines)
        self.add_button = self._button(self.tr("Add line"), self.add_line)
        self.remove_button = self._button(self.tr("Remove"), lambda: self.lines.remove_line(
            self.table.currentIndex().row()))
        self.up_button = self._button("↑", lambda: self._move(-1), self.tr("Move the line up"))
        self.down_button = self._button("↓", lambda: self._move(1), self.tr("Move the line down"))
        line_bar = self._row(self.add_button, self.remove_button, self.up_button, self.down_button, None)
        self.totals = TotalsPanel()
        self.status = QLabel(wordWrap=True)

        self.save_button = self._button(self.tr("Save"), self.save)
        self.export_button = self._button(self.tr("Export PDF…"), self.export_pdf)
        self.open_button = self._button(self.tr("Open PDF"), self.open_pdf)
        self.mail_button = self._button(self.tr("Send by e-mail…"), lambda: mail_quote(self))
        self.sent_button = self._button(self.tr("Mark sent"), lambda: self.set_status(QuoteStatus.SENT))
        self.accepted_button = self._button(self.tr("Accepted"), lambda: self.set_status(QuoteStatus.ACCEPTED))
        self.rejected_button = self._button(self.tr("Rejected"), lambda: self.set_status(QuoteStatus.REJECTED))
        self.convert_button = self._button(self.tr("Convert to invoice"), self.convert)
        self.duplicate_button = self._button(self.tr("Duplicate"), lambda: self._replace_with(quotes.duplicate_quote))
        self.revise_button = self._button(self.tr("New revision"), lambda: self._replace_with(quotes.revise_quote))
        actions = self._row(self.heading, None, self.save_button, self.export_button, self.open_button,
                            self.mail_button, 12,
                            self.sent_button, self.accepted_button, self.rejected_button, 12, self.convert_button,
                            self.duplicate_button, self.revise_button)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        column.addLayout(form)
        column.addLayout(line_bar)
        column.addWidget(self.table, 1)
        column.addLayout(self._row(None, self.totals))
        column.addWidget(self.status)
        self.preview = PdfPreview()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setSizes([780, 540])
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)

        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_PAUSE_MS)
        self._preview_timer.timeout.connect(self.render_preview)
        self.lines.edited.connect(self._edited)
        self.customer.picked.connect(lambda _id: self._edited())
        self.title_edit.textEdited.connect(self._edited)
        self.notes.textChanged.connect(self._edited)
        self.valid_until.dateChanged.connect(lambda _d: self._edited())
        self.language.activated.connect(lambda _i: self._edited())
        self._load_catalog()
        if quote_id is not None:
            self.load(quote_id)
        else:
            if party is not None:
                self.customer.set_party(*party)
            self._show(None)

    def _button(self, text: str, slot, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        if tip:
            button.setToolTip(tip)
            button.setFixedWidth(36)
        return button

    @staticmethod
    def _row(*items) -> QHBoxLayout:
        """Widgets left to right; None stretches, a number is a gap."""
        row = QHBoxLayout()
        for item in items:
            if item is None:
                row.addStretch(1)
            elif isinstance(item, int):
                row.addSpacing(item)
            else:
                row.addWidget(item)
        return row

    # -- loading -------------------------------------------------------------------------------
    def _load_catalog(self) -> None:
        db = self.ctx.db

        def body(control):
            return (list_products(db), list_vat_rates(db), get_setting("quote_validity_days"),
                    get_setting("language"))

        self.ctx.runner.submit(body, on_done=self._catalog_ready, on_error=self._failed)

    def _catalog_ready(self, result) -> None:
        products, rates, validity, language = result
        self.lines.set_catalog(products, rates)
        if self.view is None:
            self._loading = True
            self.valid_until.setDate(QDate(date.today() + timedelta(days=int(validity))))
            self.language.setCurrentIndex(max(self.language.findData(language), 0))
            self._loading = False

    def load(self, quote_id: int) -> None:
        db = self.ctx.db
        self.ctx.runner.submit(lambda control: quotes.get_quote(db, quote_id), on_done=self._show,
                               on_error=self._failed)

    def _show(self, view) -> None:
        """Fill the editor from a saved quote (or empty it for a new one)."""
        if self.view is not None and _open.get(self.view.id) is self:
            del _open[self.view.id]
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
        editable = view is None or view.status == QuoteStatus.DRAFT
        for widget in (self.customer, self.title_edit, self.notes):
            widget.setReadOnly(not editable)
        for widget in (self.valid_until, self.language, self.add_button, self.remove_button, self.up_button,
                       self.down_button):
            widget.setEnabled(editable)
        self.lines.set_editable(editable)
        self._loading, self.dirty = False, False
        self._update_heading()
        self._update_actions()
        self._evaluate()
        self.render_preview()

    def _update_heading(self) -> None:
        if self.view is None:
            text = self.tr("New quote")
        else:
            quote = self.tr("Quote")  # outside the f-string, where lupdate finds it
            text = f"{quote} {self.view.number} · {label(self.view.status)}"
        self.heading.setText(text + (" •" if self.dirty else ""))
        self.setWindowTitle(text)

    def _update_actions(self) -> None:
        status = QuoteStatus(self.view.status) if self.view else None
        allowed = quotes.TRANSITIONS.get(status, set()) if status else set()
        self.save_button.setEnabled(status in (None, QuoteStatus.DRAFT))
        self.sent_button.setEnabled(QuoteStatus.SENT in allowed)
        self.accepted_button.setEnabled(QuoteStatus.ACCEPTED in allowed)
        self.rejected_button.setEnabled(QuoteStatus.REJECTED in allowed)
        self.convert_button.setEnabled(status == QuoteStatus.ACCEPTED)
        self.duplicate_button.setEnabled(status is not None)
        self.revise_button.setEnabled(status is not None)

    # -- editing -------------------------------------------------------------------------------
    def add_line(self) -> None:
        current = self.table.currentIndex()
        row = self.lines.add_line(current.row() + 1 if current.isValid() else None)
        self.table.setCurrentIndex(self.lines.index(row, 0))
        self.table.edit(self.lines.index(row, 0))

    def _move(self, delta: int) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            row = self.lines.move_line(current.row(), delta)
            self.table.setCurrentIndex(self.lines.index(row, current.column()))

    def _edited(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self._update_heading()
        self._evaluate()
        self._preview_timer.start()

    def draft(self) -> quotes.QuoteDraft | None:
        """The quote as typed (None until a customer is chosen)."""
        if self.customer.party_id is None:
            return None
        drafts, self._sent_rows = self.lines.drafts()
        return quotes.QuoteDraft(self.customer.party_id, drafts, self.title_edit.text(), self.notes.toPlainText(),
                                 self.view.issue_date if self.view else None, self.valid_until.date().toPython(),
                                 self.language.currentData(), None)

    def _evaluate(self) -> None:
        """Live totals: a bad cell turns red and is named below, the totals cover the other lines."""
        priced, first = self.lines.price()
        totals = totals_of(priced)
        self.totals.set_totals(totals.taxable, vat_summary(priced, totals), totals.vat, totals.total,
                               self.view.currency if self.view else "EUR")
        self._set_status(self._line_message(*first) if first else "", error=bool(first))

    def _line_message(self, row: int, key: str, error: ValidationError) -> str:
        column = self.lines.title_of(key) if key in self.lines.KEYS else ""
        return (self.tr("Line %1, %2: %3").replace("%2", column) if column else self.tr("Line %1: %3")).replace(
            "%1", str(row + 1)).replace("%3", field_message(error))

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e;" if error else "color: palette(text);")

    # -- preview -------------------------------------------------------------------------------
    def render_preview(self) -> None:
        """Render the quote as it stands in the background; an answer to an older state is dropped."""
        self._preview_timer.stop()
        draft = self.draft()
        if draft is None:
            self.preview.show_message(self.tr("Choose a customer to see the preview"))
            return
        if self._preview_job is not None:
            self._preview_job.cancel()
        self._generation += 1
        make = self._pdf_maker(draft)

        def body(control):
            pdf = make()
            control.check()
            return render_pages(pdf, control=control)

        self._preview_job = self.ctx.runner.submit(
            body, on_done=lambda images, g=self._generation: self._preview_ready(g, images),
            on_error=lambda error, g=self._generation: self._preview_failed(g, error))

    def _preview_ready(self, generation: int, images) -> None:
        if generation == self._generation:
            self._preview_job = None
            self.preview.set_images(images)

    def _preview_failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self._preview_job = None
            self.preview.set_note(self.tr("The preview shows the last valid version: %1").replace(
                "%1", field_message(error) if isinstance(error, ValidationError) else message_for(error)))

    def _pdf_maker(self, draft=None):
        """What makes the PDF: the saved quote when nothing changed since, else the quote as typed."""
        db, view = self.ctx.db, self.view
        if view is not None and not self.dirty:
            return lambda: printing.quote_pdf(db, view.id)
        draft = draft or self.draft()
        return lambda: printing.quote_preview_pdf(db, draft, view.number if view else "")

    # -- actions -------------------------------------------------------------------------------
    def _write(self, body, on_done, title: str = "") -> None:
        self._set_status(self.tr("Saving…"))
        self.ctx.runner.submit(body, title=title, write=True, on_done=on_done, on_error=self._failed)

    def _done(self, result) -> None:
        view, changes = result
        self.ctx.bus.publish(changes)
        self._show(view)
        self._set_status(self.tr("Saved"))
        self.saved.emit(view.id)

    def save(self, then_status: str | None = None) -> None:
        draft = self.draft()
        if draft is None:
            self._set_status(self.tr("Choose the customer from the list"), error=True)
            self.customer.setFocus()
            return
        db, quote_id = self.ctx.db, self.view.id if self.view else None

        def body(control):
            view, changes = (quotes.update_quote(db, quote_id, draft) if quote_id else quotes.create_quote(db, draft))
            if then_status:
                view, more = quotes.set_quote_status(db, view.id, then_status)
                changes.merge(more)
            return view, changes

        self._write(body, self._done)

    def set_status(self, status: str) -> None:
        if self.view is None or (self.dirty and self.view.status == QuoteStatus.DRAFT):
            self.save(then_status=status)
            return
        db, quote_id = self.ctx.db, self.view.id
        self._write(lambda control: quotes.set_quote_status(db, quote_id, status), self._done)

    def _replace_with(self, service) -> None:
        db, quote_id = self.ctx.db, self.view.id
        self._write(lambda control: service(db, quote_id), self._done)

    def convert(self) -> None:
        db, quote_id = self.ctx.db, self.view.id

        def converted(result) -> None:
            view, changes = result
            self.ctx.bus.publish(changes)
            self._set_status(self.tr("Draft invoice created"))
            open_invoice_view(self.ctx, view.id, self.parentWidget() or self)

        self._write(lambda control: invoices.invoice_from_quote(db, quote_id), converted)

    def export_pdf(self) -> None:
        if self.customer.party_id is None:
            self._set_status(self.tr("Choose the customer from the list"), error=True)
            return
        name = file_name(self.view.number if self.view else "", self.tr("quote"))
        PdfOutput.export(self.ctx, self, self._pdf_maker(), name,
                         lambda path: self._set_status(self.tr("Saved to %1").replace("%1", path)), self._failed)

    def open_pdf(self) -> None:
        if self.customer.party_id is None:
            self._set_status(self.tr("Choose the customer from the list"), error=True)
            return
        PdfOutput.open(self.ctx, self._pdf_maker(), file_name(self.view.number if self.view else "",
                                                              self.tr("quote")), self._failed)

    def _failed(self, error: Exception) -> None:
        """A service said no: mark the cell or field it names and say why."""
        if not isinstance(error, ValidationError):
            self._set_status(message_for(error), error=True)
            return
        cell = self.lines.cell_of(error.field, self._sent_rows)
        if cell is not None:
            self.lines.set_errors({cell: field_message(error)})
            self.table.setCurrentIndex(self.lines.index(cell[0], self.lines.KEYS.index(cell[1])))
            self._set_status(self._line_message(*cell, error), error=True)
            return
        self._set_status(field_message(error), error=True)
        widgets = dict(zip(HEADER_FIELDS, (self.customer, self.title_edit, self.valid_until, self.language,
                                           self.notes), strict=True))
        if error.field in widgets:
            widgets[error.field].setFocus()

    @classmethod
    def confirm_discard(cls, parent: QWidget) -> bool:
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("QuoteEditor", "Unsaved changes"),
            QCoreApplication.translate("QuoteEditor", "This quote has changes that are not saved. Close it anyway?"))
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event) -> None:
        if self.dirty and self.save_button.isEnabled() and not self.confirm_discard(self):
            event.ignore()
            return
        if self.view is not None and _open.get(self.view.id) is self:
            del _open[self.view.id]
        super().closeEvent(event)


def open_quote_editor(ctx: AppContext, quote_id: int | None = None, parent: QWidget | None = None,
                      party: tuple[int, str] | None = None) -> QuoteEditor:
    """Bring up the editor of a quote (the one already open, if any), or a new quote."""
    editor = _open.get(quote_id) if quote_id is not None else None
    if editor is None or not isValid(editor) or editor.ctx is not ctx:
        editor = QuoteEditor(ctx, quote_id, parent, party)
    editor.show()
    editor.raise_()
    editor.activateWindow()
    return editor
