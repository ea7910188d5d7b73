"""E-invoice messages: the incoming list, every message read from the SdI's side (receipts imported from files or
fetched from the PEC mailbox), newest first, with what it was, the file and invoice it matched, what reading it did
and why; "Import receipts…" reads saved .eml, .xml and .p7m files into it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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
from smallcrm.domain import ReceiptAction
from smallcrm.services.einvoicing.incoming import IncomingView, list_incoming
from smallcrm.services.einvoicing.receipts import ACTION_WORDS, APPLIED, ReceiptOutcome, import_receipt_files
from ui.common import formatting
from ui.common.context import AppContext
from ui.common.errors import message_for
from ui.einvoicing.receipt_words import action_text, error_line, kind_text
from ui.operations import read_op, write_op

FOLDER_KEY = "einvoice/receipts_folder"


class EInvoiceMessagesWindow(QDialog):
    """The incoming list. ``ask_paths`` is what tests replace."""

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
        headers = [self.tr("Received"), self.tr("Kind"), self.tr("SdI file"), self.tr("What was done"),
                   self.tr("Details")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(3, 300)
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
                     action_text(row.action), self._details(row))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 3 and row.action not in APPLIED:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(n, column, item)
        self.table.resizeRowsToContents()
        if not self.state.text():
            self.state.setText(self.tr("%n message(s) read", "", len(rows)) if rows else
                               self.tr("No message read yet: import the SdI's receipts, or fetch them from the PEC "
                                       "mailbox."))

    def _details(self, row: IncomingView) -> str:
        """A rejection's errors in the user's words; otherwise what the reading found (the SdI's own words, or a
        broken file's technical detail)."""
        if row.errors:
            return "\n".join(error_line(e) for e in row.errors)
        if row.action == ReceiptAction.UNKNOWN_FILE:
            return self.tr("No e-invoice file here is named %1").replace("%1", row.file_name or "–") + (
                " · " + self.tr("SdI id %1").replace("%1", row.sdi_id) if row.sdi_id else "")
        if row.action in (ReceiptAction.DUPLICATE, ReceiptAction.PEC_ACCEPTED, ReceiptAction.PEC_DELIVERED):
            return ""  # what was done says it all
        if row.action == ReceiptAction.NOT_PEC:
            return self.tr("An ordinary e-mail, not a certified (PEC) one: import the message as it arrived in the "
                           "PEC mailbox, or the SdI's file attached to it")
        if row.action in ACTION_WORDS:  # a status moved: only what the SdI or the administration added
            return row.reason.removeprefix(ACTION_WORDS[row.action]).removeprefix(": ")
        return row.reason

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
