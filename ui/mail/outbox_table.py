"""The outbox as a table: what waits, what failed and why, what went."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from smallcrm.clock import to_local
from smallcrm.domain import OutboxStatus
from smallcrm.services.mail.outbox import OutboxView
from ui.common import formatting
from ui.common.rows_model import RowsTableModel
from ui.mail.texts import text_for_code

COLUMNS = (
    QT_TRANSLATE_NOOP("OutboxTableModel", "Status"),
    QT_TRANSLATE_NOOP("OutboxTableModel", "Customer"),
    QT_TRANSLATE_NOOP("OutboxTableModel", "To"),
    QT_TRANSLATE_NOOP("OutboxTableModel", "Subject"),
    QT_TRANSLATE_NOOP("OutboxTableModel", "Written"),
    QT_TRANSLATE_NOOP("OutboxTableModel", "Tries"),
    QT_TRANSLATE_NOOP("OutboxTableModel", "Problem"),
)
MAYBE_SENT = "maybe_sent"  # what the list shows for a failed mail the server may have: no status of its own
STATUS = {
    OutboxStatus.QUEUED: QT_TRANSLATE_NOOP("OutboxTableModel", "Waiting"),
    OutboxStatus.SENDING: QT_TRANSLATE_NOOP("OutboxTableModel", "Sending"),
    OutboxStatus.SENT: QT_TRANSLATE_NOOP("OutboxTableModel", "Sent"),
    OutboxStatus.FAILED: QT_TRANSLATE_NOOP("OutboxTableModel", "Not sent"),
    MAYBE_SENT: QT_TRANSLATE_NOOP("OutboxTableModel", "Maybe sent"),
}
TONES = {OutboxStatus.QUEUED: "#8a6d00", OutboxStatus.FAILED: "#b3261e", MAYBE_SENT: "#b3261e",
         OutboxStatus.SENT: "#2e7d32", OutboxStatus.SENDING: "#1565c0"}


def status_key(view: OutboxView) -> str:
    return MAYBE_SENT if view.status == OutboxStatus.FAILED and view.maybe_sent else view.status


def problem_text(view: OutboxView) -> str:
    if not view.last_error_code:
        return ""
    recipients = view.last_error.rpartition(" ")[2] if view.last_error_code == "smtp_recipient_refused" else ""
    return text_for_code(view.last_error_code, view.last_error, recipients=recipients)


class OutboxTableModel(RowsTableModel):
    HEADERS = COLUMNS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[OutboxView] = []

    def set_rows(self, rows: list[OutboxView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> OutboxView:
        return self._rows[index]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        view = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return QCoreApplication.translate("OutboxTableModel", STATUS[status_key(view)])
            if column == 1:
                return view.party.name
            if column == 2:
                return ", ".join(view.recipients)
            if column == 3:
                return view.subject
            if column == 4:
                moment = view.sent_at if view.status == OutboxStatus.SENT and view.sent_at else view.created_at
                return formatting.moment(to_local(moment).replace(tzinfo=None))
            if column == 5:
                return str(view.attempts)
            if column == 6:
                return problem_text(view)
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QColor(TONES[status_key(view)])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
