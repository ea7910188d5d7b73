"""The e-invoice of an issued invoice or credit note: the file read as the Agenzia's style sheet lays it out, its
local checks' problems in plain words at the top, and "Save as…" (the file made, kept with the invoice, and
written where the user says, under its official name); under it, sending to the SdI (``send_bar``); beside it the
file's history with the SdI (``history_panel``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from smallcrm.changes import Changes
from smallcrm.domain import EInvoiceStatus
from smallcrm.services.einvoicing.output import EInvoiceOutput, current_einvoice, save_einvoice
from smallcrm.services.einvoicing.preview import preview_html
from ui.common.context import AppContext
from ui.common.errors import message_for
from ui.common.i18n import chosen_language
from ui.einvoicing.field_labels import problem_text
from ui.einvoicing.history_panel import EInvoiceHistory
from ui.einvoicing.send_bar import SendBar
from ui.operations import read_op, write_op

STATE_WORDS = {  # where a file that has a name stands (a rejected one has its own line)
    EInvoiceStatus.TO_SEND: QT_TRANSLATE_NOOP("EInvoiceWindow", "not sent yet"),
    EInvoiceStatus.SENT: QT_TRANSLATE_NOOP("EInvoiceWindow", "sent to the SdI, waiting for its answer"),
    EInvoiceStatus.DELIVERED: QT_TRANSLATE_NOOP("EInvoiceWindow", "delivered to the customer"),
    EInvoiceStatus.NOT_DELIVERED: QT_TRANSLATE_NOOP(
        "EInvoiceWindow", "not delivered: it waits in the customer's cassetto fiscale, and it is issued all the "
                          "same"),
    EInvoiceStatus.ACCEPTED: QT_TRANSLATE_NOOP("EInvoiceWindow", "accepted by the public administration"),
    EInvoiceStatus.REFUSED: QT_TRANSLATE_NOOP("EInvoiceWindow", "refused by the public administration"),
}


class EInvoiceWindow(QDialog):
    """One invoice's e-invoice. ``ask_save_path`` is what tests replace."""

    def __init__(self, ctx: AppContext, invoice_id: int, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.invoice_id, self.number = ctx, invoice_id, number
        self.output: EInvoiceOutput | None = None
        self.setWindowTitle(self.tr("E-invoice %1").replace("%1", number))
        self.resize(1000, 720)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        top = QHBoxLayout()
        top.addWidget(self.state, 1)
        top.addWidget(self.save_button)
        top.addWidget(self.close_button)
        self.page = QTextBrowser()
        self.page.setOpenLinks(False)
        self.page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the tables fit its width
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._with_history(self.page), 1)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        ctx.bus.changed.connect(self._changed)
        self._add_sending(layout)
        self.reload()

    def reload(self) -> None:
        invoice_id = self.invoice_id
        read_op(self.ctx, self, "einvoice", lambda: current_einvoice(invoice_id), self._show, on_error=self._failed)

    def _show(self, output: EInvoiceOutput) -> None:
        self.output = output
        texts = [problem_text(p) for p in output.problems]
        # a credit note for the books only is not to be sent: no "the file can be sent", only problems if any
        checked = output.checked and (bool(output.problems) or not output.books_only)
        self.page.setHtml(preview_html(output.xml, chosen_language(self.ctx.settings), output.problems, texts,
                                       checked))
        state = self._state_line(output)
        if output.problems:
            state += " · " + self.tr("Problems to correct before it is sent: %1").replace("%1",
                                                                                           str(len(output.problems)))
        self.state.setText(state)
        self.save_button.setEnabled(True)
        self.sending.set_problems(len(output.problems))

    def _state_line(self, output: EInvoiceOutput) -> str:
        """What is true of the file shown, in one line: where it stands, or what it will be."""
        if output.status is None and output.rejected:
            return self.tr("%1 was rejected by the SdI. Below, the corrected file: the same number and date, a new "
                           "progressive when it is saved or sent").replace("%1", output.rejected)
        if output.status is None:
            return self.tr("Preview: the file gets its name and progressive number when it is saved or sent")
        if output.status == EInvoiceStatus.REJECTED:
            return self.tr("File %1 as the SdI rejected it: a corrected file cannot be sent (the way out is "
                           "beside)").replace("%1", output.file_name)
        return self.tr("File %1 · %2").replace("%1", output.file_name).replace(
            "%2", QCoreApplication.translate("EInvoiceWindow", STATE_WORDS[output.status]))

    @classmethod
    def ask_save_path(cls, parent: QWidget | None, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("EInvoiceWindow", "Save e-invoice"),
                                              suggested,
                                              QCoreApplication.translate("EInvoiceWindow", "FatturaPA (*.xml)"))
        return path or None

    def save(self) -> None:
        folder = self.ctx.settings.value("einvoice/folder", str(Path.home()), type=str)
        name = (self.output.file_name if self.output and self.output.file_name else "")
        path = self.ask_save_path(self, str(Path(folder) / name) if name else folder)
        if not path:
            return
        target = Path(path)
        self.ctx.settings.setValue("einvoice/folder", str(target.parent if not target.is_dir() else target))
        invoice_id = self.invoice_id
        write_op(self.ctx, lambda db: save_einvoice(db, invoice_id, target), parent=self, on_done=self._saved,
                 on_error=self._failed, busy=(self.save_button,))

    def _saved(self, output: EInvoiceOutput) -> None:
        self._show(output)
        self.state.setText(self.tr("Saved to %1").replace("%1", output.path) + " · " + self.state.text())

    def _failed(self, error: Exception) -> None:
        self.state.setText(message_for(error))
        self.state.setStyleSheet("color: #b3261e;")

    def _changed(self, changes: Changes) -> None:
        if self.invoice_id in changes.invoices:
            self.reload()

    def _add_sending(self, layout: QVBoxLayout) -> None:
        """Sending to the SdI, under the file's name: its own row (``send_bar``), with the PEC mailbox's setup."""
        self.sending = SendBar(self.ctx, self.invoice_id, self)
        layout.insertWidget(1, self.sending)
        self.history.send_anyway_asked.connect(self.sending.send_anyway)

    def _with_history(self, page: QWidget) -> QSplitter:
        """The preview beside the file's history with the SdI (files sent, receipts, a rejection's way out)."""
        self.history = EInvoiceHistory(self.ctx, self.invoice_id)
        self.ctx.bus.changed.connect(self.history.changed)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(page)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 480])
        return splitter

    def closeEvent(self, event) -> None:
        self.ctx.bus.changed.disconnect(self._changed)
        self.ctx.bus.changed.disconnect(self.history.changed)
        super().closeEvent(event)
