"""What the quote editor and the draft invoice editor share: a customer, the lines table with its buttons, live
totals, a status line naming the bad cell, and beside it the PDF as it will print, following every pause in
the typing. A subclass adds its header fields and actions, says how to save and what the PDF is made of."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from smallcrm.clock import local_today
from smallcrm.errors import ValidationError
from smallcrm.services.admin.settings import get_setting
from smallcrm.services.sales.catalog import list_products, list_vat_rates
from smallcrm.services.sales.document_lines import document_tax, vat_summary, with_regime
from smallcrm.services.sales.tax_setup import company_setup
from smallcrm.services.sales.views import DocumentView
from smallcrm.tax_cases import TaxSetup, TaxTotals
from ui.common.context import AppContext
from ui.common.errors import field_message, message_for
from ui.common.icons import Icon, set_icon
from ui.common.layout import button, row
from ui.common.pdf_preview import PdfOutput, PdfPreview, file_name, render_pages
from ui.common.read_only_guard import hold_writers, writes
from ui.common.window_keys import window_keys
from ui.operations import WriteCall, opened_read_only, read_op, write_op
from ui.parties.party_lookup import PartyLookup
from ui.sales import document_drafts
from ui.sales.line_table import EditLine, LineTableModel, line_table_view
from ui.sales.totals_panel import TotalsPanel

PREVIEW_PAUSE_MS = 300
DRAFT_PAUSE_MS = 800  # unsaved edits are written to a draft file this long after the typing pauses


class DocumentEditor(QWidget):
    saved = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.view = None  # the DocumentView last loaded or saved
        self.company_tax = TaxSetup()  # how a new document is taxed (read with the catalogue)
        self.last_tax: TaxTotals | None = None  # the totals of the lines as last typed
        self.dirty, self._loading = False, False
        self._sent_rows: list = []
        self.resize(1320, 820)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.customer = PartyLookup(ctx)
        self.customer.setPlaceholderText(self.tr("Type to search customers…"))
        self.form = QFormLayout()
        self.form.addRow(self.tr("Customer"), self.customer)

        self.lines = LineTableModel(self)
        self.table = line_table_view(self.lines)
        self.add_button = button(self.tr("Add line"), self.add_line)
        set_icon(self.add_button, Icon.NEW)
        self.remove_button = button(self.tr("Remove"), lambda: self.lines.remove_line(
            self.table.currentIndex().row()))
        set_icon(self.remove_button, Icon.REMOVE)
        self.up_button = button("", lambda: self._move(-1), self.tr("Move the line up"))
        set_icon(self.up_button, Icon.UP)
        self.down_button = button("", lambda: self._move(1), self.tr("Move the line down"))
        set_icon(self.down_button, Icon.DOWN)
        self.totals = TotalsPanel()
        self.status = QLabel(wordWrap=True)
        self.save_button = button(self.tr("Save"), self.save)
        set_icon(self.save_button, Icon.SAVE)
        self.export_button = button(self.tr("Export PDF…"), self.export_pdf)
        set_icon(self.export_button, Icon.PDF)
        self.open_button = button(self.tr("Open PDF"), self.open_pdf)
        set_icon(self.open_button, Icon.OPEN)
        writes(self.add_button, self.remove_button, self.up_button, self.down_button, self.save_button)

        left = QWidget()
        self.column = QVBoxLayout(left)
        self.column.setContentsMargins(0, 0, 6, 0)
        self.column.addLayout(self.form)
        self.column.addLayout(row(self.add_button, self.remove_button, self.up_button, self.down_button, None))
        self.column.addWidget(self.table, 1)
        self.column.addLayout(row(None, self.totals))
        self.column.addWidget(self.status)
        self.preview = PdfPreview()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setSizes([780, 540])
        # the heading over the buttons: in Italian and Romanian the buttons alone fill a 1366-pixel screen
        self.actions = row(self.save_button, self.export_button, self.open_button)
        self.actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.actions)
        layout.addWidget(self.splitter, 1)

        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_PAUSE_MS)
        self._preview_timer.timeout.connect(self.render_preview)
        self.lines.edited.connect(self._edited)
        self.customer.picked.connect(lambda _id: self._edited())
        self._draft_key: str | None = None
        self._draft_to_restore: dict | None = None
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_PAUSE_MS)
        self._draft_timer.timeout.connect(self.keep_draft)
        window_keys(self, lambda: self.save() if self.save_button.isEnabled() else None)
        if opened_read_only(ctx):  # once the subclass made its buttons: those that write are disabled
            QTimer.singleShot(0, self, lambda: hold_writers(self))

    def add_actions(self, *items) -> None:
        """More buttons after Open PDF (a number is a gap), before the stretch that keeps them to the left."""
        at = self.actions.count() - 1
        for item in items:
            if isinstance(item, int):
                self.actions.insertSpacing(at, item)
            else:
                self.actions.insertWidget(at, item)
            at += 1

    # -- what a subclass provides ----------------------------------------------------------------
    def draft(self):
        """The document as typed, for the services (None until a customer is chosen)."""
        raise NotImplementedError

    def save(self) -> None:
        raise NotImplementedError

    def _pdf_maker(self, draft=None):
        """What makes the PDF: the saved document when nothing changed since, else the document as typed."""
        raise NotImplementedError

    def _defaults(self, settings: dict) -> None:
        """Fill a new document's fields from the settings read with the catalogue."""

    def header_widgets(self) -> dict[str, QWidget]:
        """The header fields by the service's field names, to focus the one an error names."""
        return {"party_id": self.customer}

    def forget(self) -> None:
        """Drop this window from the registry of open documents."""

    setting_keys: tuple[str, ...] = ()
    draft_kind: str = ""  # a DocumentKind: what a kept draft opens again

    # -- loading -------------------------------------------------------------------------------
    def load_catalog(self) -> None:
        keys = self.setting_keys

        read_op(self.ctx, self, "catalog",
                lambda: (list_products(), list_vat_rates(), {key: get_setting(key) for key in keys},
                         company_setup(local_today())),
                self._catalog_ready, on_error=self._failed)

    def _catalog_ready(self, result) -> None:
        products, rates, settings, self.company_tax = result
        self.lines.set_catalog(products, rates)
        if self.view is None and not self.dirty:  # not over a restored draft
            self._loading = True
            self._defaults(settings)
            self._loading = False
        self.tax_known()

    def tax_known(self) -> None:
        """The company's tax setup was read (``company_tax``): a subclass shows what depends on it."""

    def set_editable(self, editable: bool, header: tuple[QWidget, ...] = ()) -> None:
        """Lines and ``header`` widgets (line edits become read-only, the others disabled)."""
        for widget in (self.customer, *header):
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(not editable)
            else:
                widget.setEnabled(editable)
        for widget in (self.add_button, self.remove_button, self.up_button, self.down_button):
            widget.setEnabled(editable)
        self.lines.set_editable(editable)

    def shown(self) -> None:
        """After the fields were filled from ``self.view``: clean state (or the draft waiting to be restored over
        it), totals and preview."""
        self._loading, self.dirty = False, False
        self.drop_draft()  # loaded or saved: nothing unsaved
        if self._draft_to_restore is not None:
            state, self._draft_to_restore = self._draft_to_restore, None
            self._apply_draft(state)
        self._update_heading()
        self._evaluate()
        self.render_preview()

    # -- drafts (document_drafts) ----------------------------------------------------------------
    def header_state(self) -> dict:
        """The header fields a draft keeps, as plain values (a subclass adds its own)."""
        return {}

    def restore_header(self, state: dict) -> None:
        """Put back what ``header_state`` kept."""

    def keep_draft(self) -> None:
        """Write the unsaved edits to the draft file (an editable document with changes only)."""
        self._draft_timer.stop()
        if not self.dirty or not self.save_button.isEnabled():
            return
        document_id = self.view.id if self.view is not None else None
        if self._draft_key is None:
            self._draft_key = document_drafts.new_key(self.draft_kind, document_id)
        customer = [self.customer.party_id, self.customer.text()] if self.customer.party_id is not None else None
        state = {"customer": customer, "lines": document_drafts.line_state(self.lines.lines),
                 "header": self.header_state()}
        try:
            document_drafts.keep(self.ctx, self._draft_key, self.draft_kind, document_id, self.heading_text(),
                                 state)
        except OSError as error:  # a full disk must not stop the typing: say it once
            self._set_status(self.tr("The unsaved changes could not be kept as a draft: %1").replace(
                "%1", str(error)), error=True)

    def drop_draft(self) -> None:
        self._draft_timer.stop()
        if self._draft_key is not None:
            document_drafts.drop(self.ctx, self._draft_key)
            self._draft_key = None

    def restore_draft(self, state: dict) -> None:
        """Show the kept edits over the document: now when it is loaded (or new), else once it is."""
        shown = self.view is not None and not self._loading  # its read already came back
        if shown or (self.view is None and not self._loading and not self.lines.rowCount()):
            self._apply_draft(state)
            self._update_heading()
            self._evaluate()
            self.render_preview()
        else:
            self._draft_to_restore = state

    def _apply_draft(self, state: dict) -> None:
        self._loading = True
        if state.get("customer"):
            self.customer.set_party(*state["customer"])
        self.lines.beginResetModel()
        self.lines.lines = [EditLine(**line) for line in state.get("lines", [])]
        self.lines.endResetModel()
        self.restore_header(state.get("header", {}))
        self._loading = False
        self.dirty = True
        self.keep_draft()

    def _update_heading(self) -> None:
        text = self.heading_text()
        self.heading.setText(text + (" •" if self.dirty else ""))
        self.setWindowTitle(text)

    def heading_text(self) -> str:
        raise NotImplementedError

    # -- editing -------------------------------------------------------------------------------
    def add_line(self) -> None:
        current = self.table.currentIndex()
        new = self.lines.add_line(current.row() + 1 if current.isValid() else None)
        self.table.setCurrentIndex(self.lines.index(new, 0))
        self.table.edit(self.lines.index(new, 0))

    def _move(self, delta: int) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            moved = self.lines.move_line(current.row(), delta)
            self.table.setCurrentIndex(self.lines.index(moved, current.column()))

    def _edited(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self._update_heading()
        self._evaluate()
        self._preview_timer.start()
        self._draft_timer.start()

    def line_drafts(self):
        drafts, self._sent_rows = self.lines.drafts()
        return drafts

    def _evaluate(self) -> None:
        """Live totals: a bad cell turns red and is named below, the totals cover the other lines."""
        priced, first = self.lines.price()
        setup = self.live_setup(self.view.tax_setup if self.view is not None and self.view.tax_setup
                                else self.company_tax)
        priced = list(with_regime(priced, setup.regime))
        totals = self.last_tax = document_tax(priced, setup)
        self.totals.set_totals(totals.taxable, vat_summary(priced, totals), totals.vat, totals.total,
                               self.view.currency if self.view else "EUR", self.extra_totals(), totals, setup)
        self._set_status(self._line_message(*first) if first else "", error=bool(first))
        self.totals_shown()

    def totals_shown(self) -> None:
        """The live totals changed (``last_tax``): a subclass updates what depends on them."""

    def live_setup(self, setup: TaxSetup) -> TaxSetup:
        """The tax setup with the choices made in the header since it was loaded (a subclass's)."""
        return setup

    def extra_totals(self) -> list[tuple[str, str, str]]:
        return []

    def _line_message(self, line: int, key: str, error: ValidationError) -> str:
        column = self.lines.title_of(key) if key in self.lines.KEYS else ""
        return (self.tr("Line %1, %2: %3").replace("%2", column) if column else self.tr("Line %1: %3")).replace(
            "%1", str(line + 1)).replace("%3", field_message(error))

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e;" if error else "color: palette(text);")

    # -- preview -------------------------------------------------------------------------------
    def render_preview(self) -> None:
        """Render the document as it stands in the background; asking again drops the render of an older state."""
        self._preview_timer.stop()
        draft = self.draft()
        if draft is None:
            self.preview.show_message(self.tr("Choose a customer to see the preview"))
            return
        make = self._pdf_maker(draft)

        def body(control):
            pdf = make()
            control.check()
            return render_pages(pdf, control=control)

        read_op(self.ctx, self, "preview", body, self.preview.set_images, on_error=self._preview_failed)

    def _preview_failed(self, error: Exception) -> None:
        self.preview.set_note(self.tr("The preview shows the last valid version: %1").replace(
            "%1", field_message(error) if isinstance(error, ValidationError) else message_for(error)))

    # -- actions -------------------------------------------------------------------------------
    def _write(self, call: WriteCall, on_done: Callable[[DocumentView], None]) -> None:
        """Save through ``call(db)``; a mistake marks its cell or field (``_failed``), the status line says it."""
        self._set_status(self.tr("Saving…"))
        write_op(self.ctx, call, parent=self, on_done=on_done, on_error=self._failed)

    def _no_customer(self) -> bool:
        if self.customer.party_id is None:
            self._set_status(self.tr("Choose the customer from the list"), error=True)
            self.customer.setFocus()
            return True
        return False

    def _file_name(self) -> str:
        return file_name(self.view.number if self.view else "", self.file_word())

    def file_word(self) -> str:
        """The file name of a document with no number yet ("quote", "invoice"), translated."""
        raise NotImplementedError

    def export_pdf(self) -> None:
        if not self._no_customer():
            PdfOutput.export(self.ctx, self, self._pdf_maker(), self._file_name(),
                             lambda path: self._set_status(self.tr("Saved to %1").replace("%1", path)), self._failed)

    def open_pdf(self) -> None:
        if not self._no_customer():
            PdfOutput.open(self.ctx, self, self._pdf_maker(), self._file_name(), self._failed)

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
        widget = self.header_widgets().get(error.field)
        if widget is not None:
            widget.setFocus()

    @classmethod
    def confirm_discard(cls, parent: QWidget) -> bool:
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("DocumentEditor", "Unsaved changes"),
            QCoreApplication.translate("DocumentEditor", "This document has changes that are not saved. "
                                                         "Close it anyway?"))
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event) -> None:
        if self.dirty and self.save_button.isEnabled() and not self.confirm_discard(self):
            event.ignore()
            return
        self.forget()
        self.drop_draft()  # closed on purpose: the edits are saved or let go
        super().closeEvent(event)
