"""The outbox goes out in the background: on demand, and every few minutes while mails wait (so a mail written
offline leaves as soon as the server answers again). The status bar says how many mails wait."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from smallcrm.changes import Changes
from smallcrm.services.mail import outbox
from smallcrm.services.mail import outgoing as mail_out
from ui.common.context import AppContext
from ui.mail.texts import mail_error, no_sent_copy
from ui.operations import database_open, write_op

INTERVAL_MS = 3 * 60 * 1000


class OutboxSender(QObject):
    finished = Signal(object)  # the SendReport, or None when nothing was due
    failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.send_due)

    def start(self) -> None:
        """Settle what a stopped run left half-sent, then send every few minutes."""
        write_op(self.ctx, lambda db: outbox.settle_interrupted(db), parent=self, on_error=self.failed.emit)
        self.timer.start()

    def send_due(self) -> None:
        """Send what is due, in the background (one run at a time; nothing happens without mail settings)."""
        if not database_open(self.ctx):  # the timer fired after the database closed: its job would read it
            self.timer.stop()
            return
        if self.busy:
            return
        self.busy = True

        def body(db, control):
            if not (mail_out.mail_configured() and outbox.due_ids()) and not outbox.due_ids(einvoices=True):
                return None  # nothing to send, or no server for it (the e-invoices' PEC mailbox is said there)
            return mail_out.send_due(db, progress=control.report, cancel=control.stop_requested)

        write_op(self.ctx, body, parent=self, on_done=self._done, on_error=self._failed, on_cancel=self._cancelled,
                 title=self.tr("Sending mail"))

    def _done(self, report) -> None:
        self.busy = False
        self.finished.emit(report)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.failed.emit(error)

    def _cancelled(self) -> None:
        self.busy = False

    def say(self, window: QMainWindow, report, error: Exception | None = None) -> None:
        """What a background run did, for a few seconds in the status bar."""
        if error is not None:
            window.statusBar().showMessage(mail_error(error), 10_000)
        elif report is not None and report.sent:
            text = self.tr("%n mail(s) sent", "", report.sent)
            if report.copy_problem is not None:
                text += " " + no_sent_copy(report.copy_problem)
            window.statusBar().showMessage(text, 10_000)
        elif report is not None and report.errors:
            window.statusBar().showMessage(mail_error(report.errors[-1]), 10_000)


class OutboxStatus(QLabel):
    """ "2 mails in the outbox" in the status bar; a click opens the outbox."""

    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__()
        self.ctx, self.window_ = ctx, window
        self.setObjectName("outbox-status")
        self.linkActivated.connect(lambda _link: window.show_section("outbox"))
        ctx.bus.changed.connect(self._changed)
        self.update_count()

    def update_count(self) -> None:
        count = outbox.count_waiting()
        text = self.tr("%n mail(s) in the outbox", "", count)
        self.setText(f"<a href='outbox'>{text}</a>" if count else "")
        self.setVisible(bool(count))

    def _changed(self, changes: Changes) -> None:
        if changes.outbox:
            self.update_count()


def install_outbox(window: QMainWindow, ctx: AppContext) -> OutboxSender:
    """The main window's outbox: the count in the status bar and the background sender (started here)."""
    status = OutboxStatus(ctx, window)
    window.statusBar().addWidget(status)
    sender = OutboxSender(ctx, window)
    sender.finished.connect(lambda report: sender.say(window, report))
    sender.failed.connect(lambda error: sender.say(window, None, error))
    sender.start()
    window.outbox_status = status
    return sender

