"""Everything that happened lately, across all parties, newest first: rows come a page at a time from the
background helper as the view scrolls (canFetchMore / fetchMore), so a million communications open at once."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal

from smallcrm.domain import Channel
from smallcrm.services.timeline.activity import recent_communications
from smallcrm.services.views import CommunicationView
from ui.common.context import AppContext
from ui.common.formatting import moment
from ui.common.labels import label
from ui.common.rows_model import RowsTableModel
from ui.operations import cancel_read, read_op, reading
from ui.timeline.task_table import local_time

PAGE = 200


def when_text(value) -> str:
    return moment(local_time(value))


def duration_text(seconds: int | None) -> str:
    if not seconds:
        return ""
    minutes = round(seconds / 60)
    if minutes < 60:
        return QCoreApplication.translate("ActivityTableModel", "%1 min").replace("%1", str(minutes))
    return f"{minutes // 60}:{minutes % 60:02d} h"


class ActivityTableModel(RowsTableModel):
    WHEN, CHANNEL, DIRECTION, PARTY, SUBJECT, DURATION, OWNER = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("ActivityTableModel", "When"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Channel"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Direction"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "With"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Subject"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Duration"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Owner"),
    )
    loading = Signal(bool)
    failed = Signal(object)

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._channel: str | None = None
        self._rows: list[CommunicationView] = []
        self._exhausted = False

    @property
    def channel(self) -> str | None:
        return self._channel

    def set_channel(self, channel: Channel | None) -> None:
        self._channel = channel or None
        self.refresh()

    def refresh(self) -> None:
        """Start again from the newest (a new filter, or something changed)."""
        cancel_read(self, "page")  # a page of the list before is of no use now
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def communication(self, row: int) -> CommunicationView:
        return self._rows[row]

    # -- lazy loading --------------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not reading(self, "page")

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        channel = self._channel
        last = self._rows[-1] if self._rows else None
        after = (last.occurred_at, last.id) if last else None
        self.loading.emit(True)
        read_op(self._ctx, self, "page", lambda: recent_communications(channel, PAGE, after), self._arrived,
                on_error=self._load_failed)

    def _arrived(self, rows: list[CommunicationView]) -> None:
        self._exhausted = len(rows) < PAGE
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.loading.emit(False)

    def _load_failed(self, error: Exception) -> None:
        self._exhausted = True
        self.loading.emit(False)
        self.failed.emit(error)

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    # -- Qt model ------------------------------------------------------------------------------
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row.party.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.SUBJECT:
            return "\n\n".join(p for p in (row.subject, row.body[:600], row.outcome) if p)
        return None

    def _text(self, row: CommunicationView, column: int) -> str:
        if column == self.WHEN:
            return when_text(row.occurred_at)
        if column == self.CHANNEL:
            return label(row.kind)
        if column == self.DIRECTION:
            return label(row.direction) if row.direction else ""
        if column == self.PARTY:
            if row.person and row.person.id != row.party.id:
                return f"{row.party.name} ({row.person.name})"
            return row.party.name
        if column == self.SUBJECT:
            return row.subject or row.body.split("\n", 1)[0][:120]
        if column == self.DURATION:
            return duration_text(row.duration_seconds)
        return row.owner
