"""The e-invoice window's sending row: where the invoice's file stands with the SdI, "Send to the SdI" (disabled,
with the reason beside it, while the file has problems, no PEC mailbox is set up, or it waits in the outbox), and
"PEC mailbox…" to set the mailbox up from here, "Read the SdI's answers" to fetch its receipts now. A file sent
offline says that it waits in the outbox and leaves when the server answers. A credit note kept in the books only
(the SdI rejected its invoice) is not sent: the row says so, the history beside says why and offers "Send anyway…",
which asks first (``send_anyway``): for an invoice that reached the SdI another way."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from smallcrm.changes import Changes
from smallcrm.domain import EInvoiceStatus, OutboxStatus
from smallcrm.services.einvoicing.fetching import ReceiptsFetch, fetch_receipts
from smallcrm.services.einvoicing.incoming import BooksOnly
from smallcrm.services.einvoicing.sending import SendingState, send_einvoice, send_pec_due, sending_state
from smallcrm.services.mail.outbox import SendReport
from ui.common.context import AppContext
from ui.common.errors import message_for
from ui.common.labels import einvoice_status_label
from ui.einvoicing.pec_settings import PecSetupDialog
from ui.operations import read_op, write_op

ERROR_STYLE = "color: #b3261e;"
MISSING = {  # what the PEC mailbox's settings lack, by the field pec_account names
    "pec_address": QT_TRANSLATE_NOOP("SendBar", "the PEC address is missing"),
    "pec_user": QT_TRANSLATE_NOOP("SendBar", "the user name is missing"),
    "pec_smtp_host": QT_TRANSLATE_NOOP("SendBar", "the outgoing server is missing"),
    "pec_imap_host": QT_TRANSLATE_NOOP("SendBar", "the incoming server is missing"),
    "pec_password": QT_TRANSLATE_NOOP("SendBar", "no password is kept"),
}


class SendBar(QWidget):
    """One invoice's sending. ``open_setup`` is what tests replace."""

    def __init__(self, ctx: AppContext, invoice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.invoice_id = ctx, invoice_id
        self.state: SendingState | None = None
        self.problems = 0  # the local checks' problems of the file the window shows
        self.status = QLabel(objectName="einvoice-sending", wordWrap=True)
        self.setup_button = QPushButton(self.tr("PEC mailbox…"))
        self.setup_button.setToolTip(self.tr("The PEC mailbox e-invoices are sent from"))
        self.send_button = QPushButton(self.tr("Send to the SdI"))
        self.send_button.setEnabled(False)
        self.fetch_button = QPushButton(self.tr("Read the SdI's answers"))
        self.fetch_button.setToolTip(self.tr("Read the new messages of the PEC mailbox: the SdI's receipts"))
        self.fetch_button.setEnabled(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status, 1)
        row.addWidget(self.setup_button)
        row.addWidget(self.fetch_button)
        row.addWidget(self.send_button)
        self.setup_button.clicked.connect(self.open_setup)
        self.send_button.clicked.connect(self.send)
        self.fetch_button.clicked.connect(self.fetch)
        self._listening = False

    def showEvent(self, event) -> None:
        if not self._listening:
            self.ctx.bus.changed.connect(self._changed)
            self._listening = True
            self.reload()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        if self._listening:
            self.ctx.bus.changed.disconnect(self._changed)
            self._listening = False
        super().hideEvent(event)

    def reload(self) -> None:
        invoice_id = self.invoice_id
        read_op(self.ctx, self, "sending", lambda: sending_state(invoice_id), self._show, on_error=self._failed)

    def set_problems(self, count: int) -> None:
        """The window found ``count`` problems in the file it shows: sending waits for them to be corrected."""
        self.problems = count
        if self.state is not None:
            self._show(self.state)

    def _show(self, state: SendingState) -> None:
        self.state = state
        self.status.setStyleSheet("")
        text, can_send = self._words(state)
        self.status.setText(text)
        self.send_button.setEnabled(can_send)
        self.send_button.setToolTip("" if can_send else text)
        self.fetch_button.setEnabled(state.pec_problem is None)

    def _words(self, state: SendingState) -> tuple[str, bool]:
        """What the row says, and whether Send may be pressed."""
        file, waiting = state.file, state.waiting
        if waiting is not None:
            if waiting.status == OutboxStatus.FAILED:
                return self.tr("Not sent: %1 See the outbox.").replace("%1", waiting.last_error), False
            if waiting.attempts:
                return self.tr("Waiting in the outbox: the PEC server could not be reached; it leaves by itself "
                               "when the server answers"), False
            return self.tr("In the outbox, leaving for the SdI (%1)").replace("%1", state.sdi_address), False
        if file is not None and file.status not in (EInvoiceStatus.TO_SEND, EInvoiceStatus.REJECTED):
            if file.status == EInvoiceStatus.SENT:
                return self.tr("Sent to the SdI: its answer will arrive in the PEC mailbox"), False
            answered = self.tr("Nothing more to send: the SdI has answered (%1)")
            return answered.replace("%1", einvoice_status_label(file.status)), False
        if state.books_only is not None:
            return self.tr("For your books only: this credit note is not sent to the SdI (why beside)"), False
        if state.correction is not None and not state.correction.resend:
            return self.tr("Rejected by the SdI: a corrected file cannot be sent. Cancel the invoice with a credit "
                           "note and issue a new one (see beside)"), False
        if self.problems or (file is not None and file.problems):
            return self.tr("Correct the problems listed below before sending"), False
        if state.pec_problem is not None:
            missing = MISSING.get(state.pec_problem.field)
            return self.tr("Set up the PEC mailbox to send e-invoices: %1").replace(
                "%1", QCoreApplication.translate("SendBar", missing) if missing else message_for(state.pec_problem)
            ), False
        if file is not None and file.status == EInvoiceStatus.REJECTED:
            return self.tr("Rejected by the SdI: send the corrected file again (a new progressive, the same "
                           "number), to %1").replace("%1", state.sdi_address), True
        return self.tr("Ready to send to the SdI (%1) from the PEC mailbox").replace("%1", state.sdi_address), True

    def send(self) -> None:
        invoice_id = self.invoice_id
        write_op(self.ctx, lambda db: send_einvoice(db, invoice_id), parent=self, on_done=self._queued,
                 on_error=self._failed, busy=(self.send_button,))

    def send_anyway(self) -> None:
        """A credit note for the books only sent all the same, once the user has read why it should not be; only
        while nothing else stops it (the PEC mailbox, problems in the file, a file waiting or gone)."""
        state = self.state
        if state is None or state.books_only is None:
            return
        text, may_send = self._words(replace(state, books_only=None))
        if not may_send:
            self.status.setText(text)
            return
        if not self.confirm_anyway(state.books_only):
            return
        invoice_id = self.invoice_id
        write_op(self.ctx, lambda db: send_einvoice(db, invoice_id, anyway=True), parent=self, on_done=self._queued,
                 on_error=self._failed, busy=(self.send_button,))

    def confirm_anyway(self, kept: BooksOnly) -> bool:
        """Asks before a credit note for the books only leaves (what tests replace); No is the default."""
        text = self.tr("The SdI rejected invoice %1: for the tax rules it was not issued, so this credit note is "
                       "kept in your books only.\n\nSend it only if invoice %1 did reach the SdI another way (for "
                       "instance, your accountant sent it again). Otherwise the customer would receive a credit note "
                       "for an invoice they never had, and it would lower the VAT you owe.\n\nSend the credit note "
                       "to the SdI?").replace("%1", kept.invoice_number)
        answer = QMessageBox.question(self, self.tr("Send anyway?"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _queued(self, _sending) -> None:
        write_op(self.ctx, lambda db: send_pec_due(db), parent=self, on_done=self._sent, on_error=self._failed,
                 title=self.tr("Sending the e-invoice"))

    def _sent(self, report: SendReport) -> None:
        self.reload()

    def fetch(self) -> None:
        write_op(self.ctx, lambda db: fetch_receipts(db), parent=self, on_done=self._fetched, on_error=self._failed,
                 busy=(self.fetch_button,), title=self.tr("Reading the SdI's answers"))

    def _fetched(self, fetched: ReceiptsFetch) -> None:
        self.reload()
        if not fetched.outcomes:
            self.status.setText(self.status.text() + " · " + self.tr("No new answer from the SdI"))

    def _failed(self, error: Exception) -> None:
        self.status.setText(message_for(error))
        self.status.setStyleSheet(ERROR_STYLE)

    def open_setup(self) -> None:
        PecSetupDialog(self.ctx, self.window()).exec()
        self.reload()

    def _changed(self, changes: Changes) -> None:
        if self.invoice_id in changes.invoices or changes.outbox or changes.settings:
            self.reload()
