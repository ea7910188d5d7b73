"""New mail is fetched in the background: a minute after the window opens, then every few minutes (the setting;
0 leaves it to the Fetch button). Offline or refused, it says so in the status bar and tries again next time."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from smallcrm.changes import Changes
from smallcrm.services.admin.settings import get_setting
from smallcrm.services.mail.account import imap_settings
from smallcrm.services.mail.incoming import MailInReport, fetch_mail
from ui.common.context import AppContext
from ui.common.errors import message_for
from ui.jobs import JobControl
from ui.mail.texts import mail_in_summary
from ui.operations import database_open, write_op

FETCH_STEP = 200  # messages per write job: a first fetch of a big mailbox leaves room for the user's own saves
FIRST_FETCH_MS = 60 * 1000


def fetch_step(db, control: JobControl) -> MailInReport:
    """One step of a fetch (at most FETCH_STEP messages; ``report.more`` says whether some are left)."""
    return fetch_mail(db, progress=control.service_progress, cancel=control.stop_requested, limit=FETCH_STEP)


class MailFetcher(QObject):
    finished = Signal(object)  # the MailInReport of a whole run (every step), or None when there was no account
    failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.report = MailInReport()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.fetch_now)
        self.first = QTimer(self, singleShot=True)  # a timer of its own, so that stop() stops it too
        self.first.timeout.connect(self.fetch_now)
        ctx.bus.changed.connect(self._changed)

    def minutes(self) -> int:
        return get_setting("imap_fetch_minutes")

    def start(self, first_after_ms: int = FIRST_FETCH_MS) -> None:
        """The first fetch soon after start (not in the way of the first page), then every few minutes."""
        if self.minutes():
            self.first.start(first_after_ms)
        self._schedule()

    def stop(self) -> None:
        """No more fetches by the clock (the window closes, or its database did)."""
        self.first.stop()
        self.timer.stop()

    def _schedule(self) -> None:
        minutes = self.minutes()
        if minutes:
            self.timer.start(minutes * 60 * 1000)
        else:
            self.timer.stop()

    def _changed(self, changes: Changes) -> None:
        if "imap_fetch_minutes" in changes.settings:
            self._schedule()

    def fetch_now(self) -> None:
        if not database_open(self.ctx):  # a timer firing after the database closed reads nothing
            self.stop()
            return
        if self.busy or not self.minutes():
            return
        if not (get_setting("imap_host") and get_setting("imap_user")):  # no account: no job flashing by
            self.finished.emit(None)
            return
        self.busy = True
        self.report = MailInReport()
        self._step()

    def _step(self) -> None:
        def body(db, control: JobControl) -> MailInReport | None:
            # the keyring is asked here, off the UI thread (has_password: a server, a user and their password)
            return fetch_step(db, control) if imap_settings().has_password else None

        write_op(self.ctx, body, parent=self, on_done=self._done, on_error=self._failed, on_cancel=self._cancelled,
                 title=self.tr("Fetching mail"))

    def _done(self, report: MailInReport | None) -> None:
        if report is not None:
            self.report.add(report)
            if report.more and not report.cancelled:
                self._step()  # the user's own saves waiting in line go first
                return
        self.busy = False
        self.finished.emit(self.report if report is not None else None)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.failed.emit(error)

    def _cancelled(self) -> None:
        self.busy = False

    def say(self, window: QMainWindow, report: MailInReport | None, error: Exception | None = None) -> None:
        """What a background fetch did, for a few seconds in the status bar (nothing when nothing came)."""
        if error is not None:
            text = self.tr("Mail not fetched: %1 It will be tried again in %n minute(s).", "", self.minutes())
            window.statusBar().showMessage(text.replace("%1", message_for(error)), 15_000)
        elif report is not None and (report.logged or report.for_review):
            window.statusBar().showMessage(mail_in_summary(report), 10_000)


def install_mail_fetcher(window: QMainWindow, ctx: AppContext) -> MailFetcher:
    fetcher = MailFetcher(ctx, window)
    fetcher.finished.connect(lambda report: fetcher.say(window, report))
    fetcher.failed.connect(lambda error: fetcher.say(window, None, error))
    fetcher.start()
    return fetcher
