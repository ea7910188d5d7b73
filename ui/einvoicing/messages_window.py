"""E-invoice messages: the incoming list, every message read from the SdI's side (receipts imported from files or
fetched from the PEC mailbox), newest first, with what it was, the file and the invoice it matched (by number), what
reading it did and why, in the user's words; a row opens its invoice (double click or Enter: ``invoice_chosen``,
which the invoices page opens); "Import receipts…" reads saved .eml, .xml and .p7m files into it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smallcrm.changes import Changes
from smallcrm.clock import to_local
from smallcrm.domain import ReceiptAction, ReceiptReason
from smallcrm.services.einvoicing.incoming import IncomingView, list_incoming
from smallcrm.services.einvoicing.receipts import ACTION_WORDS, APPLIED, ReceiptOutcome, import_receipt_files
from ui.common import formatting
from ui.common.context import AppContext
from ui.common.errors import message_for
from ui.common.tables import open_on_enter
from ui.einvoicing.receipt_words import action_text, error_line, kind_text, reason_text
from ui.operations import read_op, write_op

FOLDER_KEY = "einvoice/receipts_folder"
WHAT = 4  # the column "What was done"; the invoice's number is just before it


class EInvoiceMessagesWindow(QDialog):
    """The incoming list. ``ask_paths`` is what tests replace; ``invoice_chosen`` carries the id of the invoice of
    the row opened."""

    invoice_chosen = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[IncomingView] = []
        self.setWindowTitle(self.tr("E-invoice messages"))
        self.resize(1100, 600)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import receipts…"))
        self.import_button.setToolTip(self.tr("Read the SdI's receipts saved as .eml (the whole PEC message), .xml "
                                              "or .p7m"))
        self.close_button = QPushButton(self.tr("Close"))
        top = QHBoxLayout()
        top.addWidget(self.state, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.close_button)
        headers = [self.tr("Received"), self.tr("Kind"), self.tr("SdI file"), self.tr("Invoice"),
                   self.tr("What was done"), self.tr("Details")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(WHAT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHAT + 1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(WHAT, 280)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        open_on_enter(self.table)
        # the rows' heights follow the columns' widths as the window gets its size (two lines stay two lines)
        header.geometriesChanged.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.import_button.clicked.connect(self.import_files)
        self.close_button.clicked.connect(self.close)
        ctx.bus.changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        read_op(self.ctx, self, "incoming", list_incoming, self._show, on_error=self._failed)

    def _show(self, rows: list[IncomingView]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            cells = (formatting.moment(to_local(row.received_at)), kind_text(row.kind), row.file_name or "–",
                     row.invoice_number or "–", action_text(row.action), self._details(row))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(self.tr("Double-click or Enter opens invoice %1").replace("%1", text)
                                if column == WHAT - 1 and row.invoice_id is not None else text)
                if column == WHAT and row.action not in APPLIED:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(n, column, item)
        self.table.resizeRowsToContents()
        if not self.state.text():
            self.state.setText(self.tr("%n message(s) read", "", len(rows)) if rows else
                               self.tr("No message read yet: import the SdI's receipts, or fetch them from the PEC "
                                       "mailbox."))

    def _details(self, row: IncomingView) -> str:
        """Why a message was not used, in the user's words (its reason code); a rejection's errors; otherwise what
        the SdI or the administration added, in their own words."""
        if row.reason_code is not None:  # why it was not used (a rejection that came too late: not its errors)
            return reason_text(row.reason_code, row.reason_params)
        if row.errors:
            return "\n".join(error_line(e) for e in row.errors)
        if row.action == ReceiptAction.UNKNOWN_FILE:
            return self.tr("No e-invoice file here is named %1").replace("%1", row.file_name or "–") + (
                " · " + self.tr("SdI id %1").replace("%1", row.sdi_id) if row.sdi_id else "")
        if row.action in (ReceiptAction.DUPLICATE, ReceiptAction.PEC_ACCEPTED, ReceiptAction.PEC_DELIVERED,
                          ReceiptAction.LISTED):
            return ""  # what was done says it all
        if row.action == ReceiptAction.NOT_PEC:
            return reason_text(ReceiptReason.ORDINARY_MAIL, {})
        if row.action in ACTION_WORDS:  # a status moved: only what the SdI or the administration added
            return row.reason.removeprefix(ACTION_WORDS[row.action]).removeprefix(": ")
        return row.reason  # a message read before its reason was kept as a code: the words then written

    def open_row(self, number: int) -> None:
        """The invoice a row is about, opened; a row about none says so."""
        if not 0 <= number < len(self.rows):
            return
        invoice_id = self.rows[number].invoice_id
        if invoice_id is None:
            self.state.setStyleSheet("")
            self.state.setText(self.tr("This message is about no invoice here"))
            return
        self.invoice_chosen.emit(invoice_id)

    @classmethod
    def ask_paths(cls, parent: QWidget | None, folder: str) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(
            parent, QCoreApplication.translate("EInvoiceMessagesWindow", "Import receipts"), folder,
            QCoreApplication.translate("EInvoiceMessagesWindow", "SdI receipts (*.eml *.xml *.p7m)"))
        return paths

    def import_files(self) -> None:
        paths = self.ask_paths(self, self.ctx.settings.value(FOLDER_KEY, str(Path.home()), type=str))
        if not paths:
            return
        self.ctx.settings.setValue(FOLDER_KEY, str(Path(paths[0]).parent))
        write_op(self.ctx, lambda db: import_receipt_files(db, paths), parent=self, on_done=self._imported,
                 on_error=self._failed, busy=(self.import_button,))

    def _imported(self, outcomes: list[ReceiptOutcome]) -> None:
        used = sum(1 for o in outcomes if o.action in APPLIED)
        self.state.setStyleSheet("")
        self.state.setText(self.tr("%n file(s) read", "", len(outcomes)) + " · "
                           + self.tr("%n file(s) not used (see the reason)", "", len(outcomes) - used))
        self.reload()

    def _failed(self, error: Exception) -> None:
        self.state.setText(message_for(error))
        self.state.setStyleSheet("color: #b3261e;")

    def _changed(self, changes: Changes) -> None:
        if changes.einvoice_messages:
            self.reload()

    def closeEvent(self, event) -> None:
        self.ctx.bus.changed.disconnect(self._changed)
        super().closeEvent(event)
