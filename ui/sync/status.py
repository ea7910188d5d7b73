"""The sync state in the status bar (team mode only): when this laptop last synced, what waits to be sent, offline;
Sync now runs the sync as a background job, and so does a timer every few minutes. A laptop alone shows nothing."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QToolButton, QWidget

from smallcrm.changes import Changes
from smallcrm.clock import to_local
from smallcrm.sync.client import SyncReport, sync
from smallcrm.sync.state import SyncState, team_status
from ui.common.context import AppContext
from ui.common.errors import message_for
from ui.operations import read_op, write_op

SYNC_EVERY_MS = 5 * 60 * 1000
OFFLINE_CODES = ("team_unreachable",)


class SyncStatus(QWidget):
    """Status-bar part: a line of state, Sync now, and the conflicts when there are some."""

    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.state: SyncState | None = None
        self.offline = False
        self.busy = False
        self.label = QLabel()
        self.sync_button = QToolButton()
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.sync_now)
        self.conflicts_button = QToolButton()
        self.conflicts_button.clicked.connect(self.show_conflicts)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 8, 0)
        for widget in (self.label, self.conflicts_button, self.sync_button):
            row.addWidget(widget)
        self.timer = QTimer(self)  # runs in team mode only, while the window is open
        self.timer.timeout.connect(self.sync_now)
        ctx.bus.changed.connect(self._changed)
        self.hide()
        self.refresh()

    def refresh(self) -> None:
        read_op(self.ctx, self, "sync-state", team_status, self._show, on_error=lambda _error: None)

    def _changed(self, changes: Changes) -> None:
        if not self.busy:
            self.refresh()

    def _show(self, state: SyncState) -> None:
        self.state = state
        self.setVisible(state.team)
        if not state.team:
            self.timer.stop()
            return
        if not self.timer.isActive():
            self.timer.start(SYNC_EVERY_MS)
        if self.busy:
            text = self.tr("Syncing…")
        elif self.offline:
            text = self.tr("Offline: %n change(s) waiting", "", state.waiting)
        elif state.last_sync_at:
            when = to_local(_parse(state.last_sync_at)).strftime("%H:%M")
            text = self.tr("Synced at %1").replace("%1", when)
            if state.waiting:
                text += " · " + self.tr("%n change(s) waiting", "", state.waiting)
        else:
            text = self.tr("Not synced yet: %n change(s) waiting", "", state.waiting)
        if state.refused:
            text += " · " + self.tr("%n refused change(s)", "", state.refused)
        self.label.setText(text)
        self.label.setToolTip(state.last_error)
        self.conflicts_button.setText(self.tr("%n conflict(s)", "", state.conflicts))
        self.conflicts_button.setVisible(bool(state.conflicts or state.refused))
        self.sync_button.setEnabled(not self.busy)

    def sync_now(self, signed_in: bool = False) -> None:
        """Sync in the background (``signed_in``: the user has just signed in, the state shown is older)."""
        if not self.window.isVisible():  # the window was closed: its database may be too
            self.timer.stop()
            return
        if self.busy or not (signed_in or (self.state is not None and self.state.team)):
            return
        self.busy = True
        if self.state is not None:
            self._show(self.state)
        # the body reports each table of a first sync's snapshot: the status bar's job bar moves (ui/jobs.py)
        # Cancel in the job bar stops it before its next request (sync's ``cancel``): _done then says so
        write_op(self.ctx, lambda db, control: sync(db, progress=control.service_progress,
                                                    cancel=control.stop_requested), parent=self,
                 on_done=self._done, on_error=self._failed, title=self.tr("Syncing with the team"))

    def _done(self, report: SyncReport) -> None:
        self.busy, self.offline = False, False
        bar, cancelled = self.window.statusBar(), self.tr("Sync cancelled")
        if report.cancelled:
            bar.showMessage(cancelled, 10_000)
        elif bar.currentMessage() == cancelled:  # a whole sync since: that is no longer news
            bar.clearMessage()
        if report.mismatched and not report.cancelled:
            bar.showMessage(self.tr("This laptop differs from the server in: %1")
                            .replace("%1", ", ".join(report.mismatched)), 10_000)
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.offline = getattr(error, "code", "") in OFFLINE_CODES
        if not self.offline:
            self.window.statusBar().showMessage(message_for(error), 10_000)
        self.refresh()

    def show_conflicts(self) -> None:
        from ui.sync.conflicts_dialog import ConflictsDialog

        ConflictsDialog(self.ctx, self).exec()
        self.refresh()


def _parse(text: str):
    from datetime import datetime

    return datetime.fromisoformat(text.removesuffix("Z"))


def install_sync_status(window: QMainWindow, ctx: AppContext) -> SyncStatus:
    status = SyncStatus(ctx, window)
    window.statusBar().addPermanentWidget(status)
    return status
