"""An invoice's e-invoice history, beside its preview: each file made and sent, each message read about it with
its date and meaning, and, when the last file was rejected, the SdI's errors in plain words with the way out the
rules allow: a corrected file (new progressive, same number and date) within 5 days of the rejection, otherwise
a credit note and a new invoice; the same when the errors are about what the issued invoice holds as issued
(``Correction.sealed``), which a corrected file would repeat. Beside a credit note kept in the books only (its
invoice was rejected: ``BooksOnly``), why it is not sent, and "Send anyway…" (``send_anyway_asked``)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from smallcrm.changes import Changes
from smallcrm.clock import to_local
from smallcrm.domain import EInvoiceStatus
from smallcrm.services.einvoicing.files import prepare_file
from smallcrm.services.einvoicing.incoming import (
    BooksOnly,
    Correction,
    FileHistory,
    books_only,
    correction,
    file_history,
)
from ui.common import formatting
from ui.common.context import AppContext
from ui.common.errors import message_for
from ui.common.labels import einvoice_status_label
from ui.einvoicing.receipt_words import action_text, error_line, kind_text
from ui.operations import read_op, write_op

REJECTED_STYLE = "QFrame#correction { background: #fdecea; border: 1px solid #e6a29c; border-radius: 4px; }"
BOOKS_STYLE = "QFrame#correction { background: #fff6dc; border: 1px solid #e2c46e; border-radius: 4px; }"
_NOT_LEFT = (EInvoiceStatus.TO_SEND, EInvoiceStatus.REJECTED)  # a credit note's own file that may still leave


class EInvoiceHistory(QWidget):
    """The files and messages of one invoice. ``credit_note_made`` carries the draft credit note's id."""

    credit_note_made = Signal(int)
    send_anyway_asked = Signal()

    def __init__(self, ctx: AppContext, invoice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.invoice_id = ctx, invoice_id
        self.fix: Correction | None = None
        self.kept: BooksOnly | None = None  # a credit note for the books only, whose own file has not left
        self.correction = QFrame()
        self.correction.setObjectName("correction")
        self.correction.setStyleSheet(REJECTED_STYLE)
        self.errors = QLabel()
        self.errors.setWordWrap(True)
        self.correct_button = QPushButton()
        inside = QVBoxLayout(self.correction)
        inside.addWidget(self.errors)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.correct_button)
        inside.addLayout(row)
        self.correction.hide()
        self.history = QTextBrowser()
        self.history.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.correction)
        layout.addWidget(self.history, 1)
        self.correct_button.clicked.connect(self.correct)
        self.reload()

    def reload(self) -> None:
        invoice_id = self.invoice_id
        read_op(self.ctx, self, "history",
                lambda: (file_history(invoice_id), correction(invoice_id), books_only(invoice_id)), self._show,
                on_error=lambda error: self.history.setPlainText(message_for(error)))

    def _show(self, answer: tuple[list[FileHistory], Correction | None, BooksOnly | None]) -> None:
        history, self.fix, kept = answer
        self.kept = kept if not history or history[-1].file.status in _NOT_LEFT else None
        self.history.setHtml(self._history_html(history))
        self.correction.setVisible(self.fix is not None or self.kept is not None)
        self.correction.setStyleSheet(BOOKS_STYLE if self.kept is not None else REJECTED_STYLE)
        if self.kept is not None:
            self.errors.setText(self._books_only_html(self.kept))
            self.correct_button.setText(self.tr("Send anyway…"))
        elif self.fix is not None:
            self.errors.setText(self._correction_html(self.fix))
            self.correct_button.setText(self.tr("Make the corrected file") if self.fix.resend
                                        else self.tr("Credit note…"))

    def _history_html(self, history: list[FileHistory]) -> str:
        if not history:
            empty = self.tr("No e-invoice file made yet: once it is saved and sent, its history with the SdI "
                            "(delivered, rejected…) shows here.")
            return "<p>" + escape(empty) + "</p>"
        parts = ["<h3>" + escape(self.tr("History with the SdI")) + "</h3>"]
        for item in reversed(history):  # the newest file first
            file = item.file
            head = self.tr("%1 · made %2 · %3").replace("%1", file.file_name).replace(
                "%2", formatting.moment(to_local(file.created_at))).replace("%3", einvoice_status_label(file.status))
            if file.sdi_id:
                head += " · " + self.tr("SdI id %1").replace("%1", file.sdi_id)
            lines = [f"<p><b>{escape(head)}</b></p>", "<ul>"]
            for message in item.messages:
                when = formatting.moment(to_local(message.sdi_at or message.received_at))
                lines.append(f"<li>{escape(when)} · <b>{escape(kind_text(message.kind))}</b>: "
                             f"{escape(action_text(message.action))}</li>")
            if not item.messages:
                lines.append("<li>" + escape(self.tr("No receipt yet")) + "</li>")
            parts.append("".join(lines) + "</ul>")
        return "".join(parts)

    def _correction_html(self, fix: Correction) -> str:
        title = self.tr("The SdI rejected %1 on %2: for the tax rules the invoice has not been issued.").replace(
            "%1", fix.file.file_name).replace("%2", formatting.day(fix.rejected_on))
        errors = "".join(f"<li>{escape(error_line(e))}<br/><span style='color:#666'>{escape(e.text)}</span></li>"
                         for e in fix.errors)
        if fix.resend:
            way = self.tr("Correct what is wrong, then make the corrected file: it keeps the invoice's number and "
                          "date and gets a new progressive. The rules allow this until %1 (5 days after the "
                          "rejection).").replace("%1", formatting.day(fix.resend_until))
        elif fix.sealed:
            way = self.tr("These errors are about what the issued invoice holds (the customer's or our data, its "
                          "lines and amounts), which a corrected file cannot change: it would be rejected again. "
                          "Correct the contact if need be, cancel this invoice with a credit note kept in your books "
                          "only (do not send it to the SdI), then issue a new invoice with a new number and date.")
        else:
            way = self.tr("More than 5 days have passed since the rejection (the limit was %1): cancel this invoice "
                          "with a credit note kept in your books only (do not send it to the SdI), then issue a new "
                          "invoice with a new number and date.").replace("%1", formatting.day(fix.resend_until))
        rule = self.tr("The rule: Agenzia delle Entrate, circolare 13/E of 2 July 2018.")
        return (f"<p><b>{escape(title)}</b></p><ul>{errors}</ul><p>{escape(way)}</p>"
                f"<p style='color:#666'>{escape(rule)}</p>")

    def _books_only_html(self, kept: BooksOnly) -> str:
        title = self.tr("For your books only: this credit note is not sent to the SdI")
        why = self.tr("The SdI rejected invoice %1 (%2): for the tax rules that invoice was not issued, so this "
                      "credit note has nothing to correct at the SdI. Keep it in your books beside the rejected "
                      "invoice; the new invoice, with a new number and date, is the one to send.").replace(
            "%1", kept.invoice_number).replace("%2", kept.rejected_file)
        anyway = self.tr("Send it only if invoice %1 did reach the SdI another way (for instance, your accountant "
                         "sent it again).").replace("%1", kept.invoice_number)
        rule = self.tr("The rule: Agenzia delle Entrate, circolare 13/E of 2 July 2018.")
        return (f"<p><b>{escape(title)}</b></p><p>{escape(why)}</p><p>{escape(anyway)}</p>"
                f"<p style='color:#666'>{escape(rule)}</p>")

    def correct(self) -> None:
        """The way out the rules allow now: the corrected file made, or the credit note asked for; beside a credit
        note for the books only, its sending all the same asked for (the window's send row asks first)."""
        if self.kept is not None:
            self.send_anyway_asked.emit()
            return
        if self.fix is None:
            return
        invoice_id = self.invoice_id
        if self.fix.resend:
            write_op(self.ctx, lambda db: prepare_file(db, invoice_id), parent=self, busy=(self.correct_button,),
                     on_done=lambda _view: self.reload())
            return
        from ui.sales.credit_note_dialog import CreditNoteDialog

        note = CreditNoteDialog.ask(self.ctx, invoice_id, self)
        if note is not None:
            self.credit_note_made.emit(note.id)

    def changed(self, changes: Changes) -> None:
        if self.invoice_id in changes.invoices or changes.einvoice_messages:
            self.reload()
