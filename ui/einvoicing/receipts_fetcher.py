"""The SdI's answers read in the background: every few minutes (the mail fetch's setting; 0 leaves it to the "Read
the SdI's answers" button), only while the PEC mailbox is set up and some e-invoice still waits for an answer, so
that the PEC server is not asked for nothing. Offline or refused, it says so in the status bar and tries again."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from smallcrm.services.admin.settings import get_setting
from smallcrm.services.einvoicing.fetching import ReceiptsFetch, awaiting_answers, fetch_receipts
from smallcrm.services.einvoicing.pec_account import pec_problem
from ui.common.context import AppContext
from ui.common.errors import message_for
from ui.operations import database_open, write_op

FIRST_FETCH_MS = 90 * 1000  # after the mail's first fetch


class ReceiptsFetcher(QObject):
    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx, self.window_ = ctx, window
        self.busy = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.fetch_now)
        self.first = QTimer(self, singleShot=True)
        self.first.timeout.connect(self.fetch_now)

    def start(self) -> None:
        minutes = get_setting("imap_fetch_minutes")
        if minutes:
            self.first.start(FIRST_FETCH_MS)
            self.timer.start(minutes * 60 * 1000)

    def stop(self) -> None:
        """No more reads by the clock (the window closes, or its database did)."""
        self.first.stop()
        self.timer.stop()

    def fetch_now(self) -> None:
        if not database_open(self.ctx):  # its job would read a closed database
            self.stop()
            return
        if self.busy:
            return
        self.busy = True

        def body(db, control) -> ReceiptsFetch | None:
            if not awaiting_answers() or pec_problem() is not None:  # the keyring is asked here, off the UI thread
                return None
            return fetch_receipts(db, cancel=control.stop_requested)

        write_op(self.ctx, body, parent=self, on_done=self._done, on_error=self._failed, on_cancel=self._idle,
                 title=self.tr("Reading the SdI's answers"))

    def _idle(self) -> None:
        self.busy = False

    def _done(self, fetched: ReceiptsFetch | None) -> None:
        self.busy = False
        if fetched is not None and fetched.outcomes:
            self.window_.statusBar().showMessage(
                self.tr("%n answer(s) of the SdI read", "", len(fetched.outcomes)), 10_000)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.window_.statusBar().showMessage(
            self.tr("The SdI's answers were not read: %1").replace("%1", message_for(error)), 15_000)


def install_receipts_fetcher(window: QMainWindow, ctx: AppContext) -> ReceiptsFetcher:
    fetcher = ReceiptsFetcher(ctx, window)
    fetcher.start()
    return fetcher
