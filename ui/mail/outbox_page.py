"""The outbox: mails waiting for the server, those it refused and why; send now, retry, delete, and for a mail
SmallCRM may have sent just before it stopped, "it was sent" (after a look at the Sent folder) or "send again"."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from smallcrm.changes import Changes
from smallcrm.domain import OutboxStatus
from smallcrm.services.mail import outbox
from ui.common.context import AppContext
from ui.common.icons import Icon, set_icon
from ui.common.read_only_guard import writes
from ui.common.tables import list_table, remember_columns
from ui.mail.outbox_table import OutboxTableModel, problem_text
from ui.mail.sender import OutboxSender
from ui.mail.texts import mail_error
from ui.operations import read_op, write_op


class OutboxPage(QWidget):
    def __init__(self, ctx: AppContext, sender: OutboxSender | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sender_ = sender or OutboxSender(ctx, self)
        self.model = OutboxTableModel(self)
        self.table = list_table(self.model)
        self.table.setObjectName("outbox-table")
        remember_columns(self.table, ctx.settings, "outbox", {0: 110, 1: 190, 2: 210, 3: 250, 4: 130, 5: 80})
        title = QLabel(self.tr("Outbox"))
        title.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.send_button = QPushButton(self.tr("Send now"))
        set_icon(self.send_button, Icon.SEND)
        self.retry_button = QPushButton(self.tr("Retry"))
        self.confirm_button = QPushButton(self.tr("It was sent"))
        self.confirm_button.setToolTip(self.tr("You found this mail in the Sent folder of your mail program: write "
                                               "it on the timeline without sending it again"))
        self.delete_button = QPushButton(self.tr("Delete"))
        writes(self.send_button, self.retry_button, self.confirm_button, self.delete_button)
        set_icon(self.delete_button, Icon.DELETE)
        self.show_sent = QCheckBox(self.tr("Show sent mails"))
        self.detail = QLabel(wordWrap=True, objectName="outbox-detail")
        self.status = QLabel(wordWrap=True)
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        for widget in (self.show_sent, self.send_button, self.retry_button, self.confirm_button, self.delete_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.status)

        self.send_button.clicked.connect(self.send_now)
        self.retry_button.clicked.connect(self.retry)
        self.confirm_button.clicked.connect(self.confirm_sent)
        self.delete_button.clicked.connect(self.delete)
        self.show_sent.toggled.connect(lambda _on: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.sender_.finished.connect(self._sent)
        self.sender_.failed.connect(lambda error: self._say(mail_error(error), True))
        ctx.bus.changed.connect(self._changed)
        self.reload()

    # -- content -------------------------------------------------------------------------------
    def reload(self) -> None:
        include_sent = self.show_sent.isChecked()
        read_op(self.ctx, self, "outbox", lambda: outbox.list_outbox(include_sent=include_sent), self._show,
                on_error=self._failed)

    def _show(self, rows) -> None:
        current = self.current()
        self.model.set_rows(rows)
        for row, view in enumerate(rows):
            if current is not None and view.id == current.id:
                self.table.selectRow(row)
        self._selected()

    def current(self):
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows and index.isValid() else None

    def _selected(self) -> None:
        view = self.current()
        self.retry_button.setEnabled(view is not None and view.status in (OutboxStatus.QUEUED, OutboxStatus.FAILED))
        self.confirm_button.setEnabled(view is not None and view.maybe_sent and view.status == OutboxStatus.FAILED)
        self.delete_button.setEnabled(view is not None and view.status != OutboxStatus.SENDING)
        self.detail.setText(problem_text(view) if view is not None else "")

    def _changed(self, changes: Changes) -> None:
        if changes.outbox:
            self.reload()

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e;" if error else "")

    def _failed(self, error: Exception) -> None:
        self._say(mail_error(error), True)

    # -- actions -------------------------------------------------------------------------------
    def send_now(self) -> None:
        """Everything waiting goes now (the pause after a failure is skipped)."""
        self._say(self.tr("Sending…"))
        write_op(self.ctx, lambda db: outbox.retry_now(db), parent=self, on_done=self._then_send,
                 on_error=self._failed)

    def _then_send(self, _retried: None) -> None:
        self.sender_.send_due()

    def _sent(self, report) -> None:
        if report is None:
            self._say(self.tr("Nothing to send."))
        elif report.errors:
            self._say(mail_error(report.errors[-1]), True)
        else:
            self._say(self.tr("%n mail(s) sent", "", report.sent))

    @classmethod
    def ask(cls, parent: QWidget, title: str, text: str) -> bool:
        return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes

    def retry(self) -> None:
        view = self.current()
        if view is None:
            return
        if view.maybe_sent and not self.ask(self, self.tr("Send again?"), self.tr(
                "This mail may have gone already. Send it again only if it is not in the Sent folder of your mail "
                "program.")):
            return
        resend = view.maybe_sent
        write_op(self.ctx, lambda db: outbox.retry_now(db, [view.id], resend_unsure=resend), parent=self,
                 on_done=self._then_send, on_error=self._failed)

    def confirm_sent(self) -> None:
        view = self.current()
        if view is None:
            return
        write_op(self.ctx, lambda db: outbox.confirm_sent(db, view.id), parent=self, on_error=self._failed)

    def delete(self) -> None:
        view = self.current()
        if view is None or not self.ask(self, self.tr("Delete the mail?"),
                                        self.tr("“%1” will not be sent.").replace("%1", view.subject)):
            return
        write_op(self.ctx, lambda db: outbox.delete_outbox_message(db, view.id), parent=self, on_error=self._failed)
