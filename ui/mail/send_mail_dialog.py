"""Send a quote or an invoice by e-mail: the addresses we know, subject and text from the template of the
document's language, the PDF attached. Send now, keep it in the outbox for later, or hand it to the user's own
mail program (mailto:, with the PDF saved in a folder they choose)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm.domain import DocumentKind, InvoiceStatus, OutboxStatus
from smallcrm.errors import ValidationError
from smallcrm.services.admin.settings import get_setting
from smallcrm.services.mail import outbox
from smallcrm.services.mail import outgoing as mail_out
from ui.common.context import AppContext
from ui.common.field_errors import FieldErrors
from ui.common.icons import Icon, set_icon
from ui.mail.texts import mail_error, no_sent_copy
from ui.operations import read_op, write_op
from ui.timeline.attachment_files import paperclip_pixmap

ERROR_STYLE = "color: #b3261e;"


class SendMailDialog(QDialog):
    """``SendMailDialog(ctx, DocumentKind.QUOTE, 7)``; ``kind`` is a quote or an invoice (a credit note is an
    invoice id)."""

    mailed = Signal(str)  # what happened, for the caller's status line

    def __init__(self, ctx: AppContext, kind: DocumentKind, document_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind, self.document_id = ctx, kind, document_id
        self.mail = None  # the DocumentMail proposed
        self.outcome = ""
        self.setWindowTitle(self.tr("Send by e-mail"))
        self.setMinimumSize(620, 520)
        self.errors = FieldErrors()
        self.to = QComboBox(editable=True, objectName="mail-to")
        self.to.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.to.lineEdit().setPlaceholderText(self.tr("name@example.com; more addresses separated by ;"))
        self.subject = QLineEdit(objectName="mail-subject")
        self.body = QPlainTextEdit(objectName="mail-body")
        self.attachment = QLabel(objectName="mail-attachment")
        clip = QLabel()
        clip.setPixmap(paperclip_pixmap(18))
        attached = QFrame(objectName="mail-attached")
        attached.setStyleSheet("#mail-attached { border: 1px solid palette(mid); border-radius: 4px; }")
        row = QHBoxLayout(attached)
        row.setContentsMargins(6, 3, 8, 3)
        row.addWidget(clip)
        row.addWidget(self.attachment, 1)
        form = QFormLayout()
        form.addRow(self.tr("To"), self.errors.wrap("to", self.to))
        form.addRow(self.tr("Subject"), self.errors.wrap("subject", self.subject))
        form.addRow(self.tr("Attached"), attached)
        self.call_back = QCheckBox(objectName="mail-call-back")
        self.call_back.setChecked(True)
        self.call_back.hide()
        self._call_back_days = 7
        self.note = QLabel(wordWrap=True, objectName="mail-note")
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.status = QLabel(wordWrap=True, objectName="mail-status")

        self.send_button = QPushButton(self.tr("Send"), objectName="mail-send")
        set_icon(self.send_button, Icon.SEND)
        self.send_button.setDefault(True)
        self.later_button = QPushButton(self.tr("Save to outbox"), objectName="mail-later")
        set_icon(self.later_button, Icon.OUTBOX)
        self.later_button.setToolTip(self.tr("Keep it in the outbox: it goes when the mail server answers"))
        self.mailto_button = QPushButton(self.tr("Open in my mail program…"), objectName="mail-mailto")
        self.close_button = QPushButton(self.tr("Cancel"))
        self.send_button.clicked.connect(lambda: self.queue(send=True))
        self.later_button.clicked.connect(lambda: self.queue(send=False))
        self.mailto_button.clicked.connect(self.open_in_mail_program)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mailto_button)
        buttons.addStretch(1)
        for button in (self.close_button, self.later_button, self.send_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.call_back)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._set_busy(True)
        self._load()

    # -- loading -------------------------------------------------------------------------------
    def _load(self) -> None:
        kind, document_id = self.kind, self.document_id
        read_op(self.ctx, self, "mail", lambda: (mail_out.document_mail(kind, document_id),
                                                 mail_out.mail_configured(), get_setting("follow_up_after_days")),
                self._show, on_error=self._failed)

    def _show(self, result) -> None:
        self.mail, configured, self._call_back_days = result
        self.call_back.setText(self.tr("Remind me to call back in %n day(s) if there is no answer", "",
                                       self._call_back_days))
        self.call_back.setVisible(self.mail.kind == DocumentKind.QUOTE)
        self.to.clear()
        self.to.addItems(list(self.mail.addresses))
        self.to.setEditText(self.mail.addresses[0] if self.mail.addresses else "")
        self.subject.setText(self.mail.subject)
        self.body.setPlainText(self.mail.body)
        self.attachment.setText(self.mail.file_name)
        self.setWindowTitle(self.tr("Send %1 by e-mail").replace("%1", self.mail.number))
        self._set_busy(False)
        self.send_button.setEnabled(configured)
        self.later_button.setEnabled(configured)
        if not configured:
            self.note.setText(self.tr("Sending needs the outgoing mail server in Settings → Mail. Without it, "
                                      "open the mail in your own mail program."))
            self.mailto_button.setDefault(True)
        elif not self.mail.addresses:
            self.note.setText(self.tr("This customer has no e-mail address yet: type one."))
        self.to.setFocus()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.send_button, self.later_button, self.mailto_button):
            widget.setEnabled(not busy)

    # -- actions -------------------------------------------------------------------------------
    def queue(self, send: bool) -> None:
        """Put the mail in the outbox and, with ``send``, send the outbox at once."""
        self.errors.clear()
        self.status.clear()
        kind, document_id = self.kind, self.document_id
        to, subject, body = self.to.currentText(), self.subject.text(), self.body.toPlainText()
        call_back = (self.tr("Call back about quote %1").replace("%1", self.mail.number)
                     if not self.call_back.isHidden() and self.call_back.isChecked() else None)

        def body_(db):
            outbox_id, changes = mail_out.queue_document_mail(db, kind, document_id, to, subject, body, call_back)
            report = mail_out.send_due(db) if send else None
            if report is not None:
                changes.merge(report.changes)
            return (outbox.get_outbox_message(outbox_id), report), changes

        self._set_busy(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Sending…") if send else "")
        write_op(self.ctx, body_, parent=self, on_done=self._queued, on_error=self._failed,
                 title=self.tr("Sending mail"))

    def _queued(self, result) -> None:
        view, report = result
        if report is None:
            self._finish(self.tr("The mail is in the outbox."))
            return
        if view.status == OutboxStatus.SENT:
            text = self.tr("Sent to %1.").replace("%1", ", ".join(view.recipients))
            self._finish(text if report.copy_problem is None else f"{text} {no_sent_copy(report.copy_problem)}")
            return
        problem = report.errors[-1] if report.errors else None
        text = mail_error(problem) if problem else ""
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(self.tr("Not sent: %1 The mail is kept in the outbox.").replace("%1", text) if
                            view.status == OutboxStatus.FAILED else
                            self.tr("Not sent yet: %1 The mail is kept in the outbox and goes as soon as the "
                                    "server answers.").replace("%1", text))
        self.outcome = self.status.text()
        self.send_button.hide()
        self.later_button.hide()
        self.mailto_button.setEnabled(False)
        self.close_button.setText(self.tr("Close"))

    def _finish(self, text: str) -> None:
        self.outcome = text
        self.mailed.emit(text)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_busy(self.mail is None)  # nothing to send if the document could not be read
        if isinstance(error, ValidationError) and self.errors.show(error):
            self.status.clear()
            return
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(mail_error(error))

    # -- without SMTP --------------------------------------------------------------------------
    @classmethod
    def ask_folder(cls, parent: QWidget | None, start: str) -> str | None:
        folder = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("SendMailDialog", "Where to save the PDF to attach"), start)
        return folder or None

    @classmethod
    def open_url(cls, url: QUrl) -> None:
        QDesktopServices.openUrl(url)

    def open_in_mail_program(self) -> None:
        """Save the PDF where the user chooses and open their mail program with the mail written."""
        self.errors.clear()
        try:
            link = mail_out.mailto_link(self.to.currentText(), self.subject.text(), self.body.toPlainText())
        except ValidationError as error:
            self.errors.show(error)
            return
        folder = self.ask_folder(self, self.ctx.settings.value("pdf/folder", str(Path.home()), type=str))
        if not folder:
            return
        self.ctx.settings.setValue("pdf/folder", folder)
        kind, document_id = self.kind, self.document_id

        def done(path) -> None:
            self.open_url(QUrl.fromEncoded(link.encode("ascii")))
            self.open_url(QUrl.fromLocalFile(str(Path(path).parent)))
            self._finish(self.tr("Attach %1 in your mail program.").replace("%1", str(path)))

        read_op(self.ctx, self, "pdf", lambda: mail_out.save_document_pdf(kind, document_id, folder), done,
                on_error=self._failed)


def send_by_email(ctx: AppContext, kind: DocumentKind, document_id: int, parent: QWidget | None = None,
                  on_done=None) -> SendMailDialog:
    """Open the send dialog of a document."""
    dialog = SendMailDialog(ctx, kind, document_id, parent)
    if on_done is not None:
        dialog.mailed.connect(on_done)
    dialog.open()
    return dialog


def _say(label: QLabel, text: str, error: bool = False) -> None:
    label.setText(text)
    label.setStyleSheet(ERROR_STYLE if error else "")


def mail_quote(editor) -> SendMailDialog | None:
    """The quote editor's "Send by e-mail…": a saved quote only (what is mailed is what was saved)."""
    if editor.view is None or editor.dirty:
        _say(editor.status, QCoreApplication.translate("SendMailDialog", "Save the quote before sending it"), True)
        return None
    return send_by_email(editor.ctx, DocumentKind.QUOTE, editor.view.id, editor, lambda text: _say(editor.status, text))


def mail_invoice(window) -> SendMailDialog | None:
    """The invoice view's "Send by e-mail…": issued invoices and credit notes only."""
    if window.view is None or window.view.status != InvoiceStatus.ISSUED:
        _say(window.status, QCoreApplication.translate("SendMailDialog", "Issue the invoice before sending it"), True)
        return None
    return send_by_email(window.ctx, DocumentKind.INVOICE, window.view.id, window,
                         lambda text: _say(window.status, text))
