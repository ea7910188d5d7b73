"""A party's timeline as a lazy list: the first page comes with the 360° overview, older pages are read
in the background when the view scrolls near the end (``canFetchMore`` / ``fetchMore``)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt, Signal

from smallcrm.clock import to_local
from smallcrm.domain import Direction, TimelineSource
from smallcrm.services.parties.overview import timeline
from smallcrm.services.views import TimelineEntry
from ui.common import formatting
from ui.common.context import AppContext
from ui.common.labels import label
from ui.operations import cancel_read, read_op, reading
from ui.parties.party_details import money
from ui.timeline.timeline_delegate import badge_icon

PAGE = 50
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw kind ("call", "invoice"...), for colours
KIND_LABEL_ROLE = Qt.ItemDataRole.UserRole + 2
WHEN_ROLE = Qt.ItemDataRole.UserRole + 3
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 4
DIRECTION_ROLE = Qt.ItemDataRole.UserRole + 5  # "↙ Incoming" / "↗ Outgoing" / ""
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 6
FILES_ROLE = Qt.ItemDataRole.UserRole + 7  # how many files the entry carries (a paperclip on the row)

# documents and payments have a day, not a moment: they are shown without a time
DATE_ONLY_SOURCES = {TimelineSource.QUOTE, TimelineSource.INVOICE, TimelineSource.PAYMENT}
ARROWS = {Direction.IN: "↙", Direction.OUT: "↗"}
_AMOUNT = re.compile(r"^(-?\d+\.\d{2}) ([A-Z]{3})$")


def when_text(entry: TimelineEntry) -> str:
    """The entry's moment in local time (its day only, for documents), in the window's one date format."""
    if entry.source in DATE_ONLY_SOURCES:
        return formatting.day(entry.at.date())
    return formatting.moment(to_local(entry.at).replace(tzinfo=None))


def polish(text: str) -> str:
    """A document line as people read it: "1559.16 EUR · bank_transfer" → "€ 1.559,16 · Bank transfer"."""
    parts = []
    for part in text.split(" · "):
        amount = _AMOUNT.match(part)
        parts.append(money(Decimal(amount.group(1)), amount.group(2)) if amount else label(part))
    return " · ".join(parts)


def kind_text(entry: TimelineEntry) -> str:
    if entry.source == TimelineSource.TASK:
        return QCoreApplication.translate("TimelineModel", "Task done")
    return label(entry.kind)


def direction_text(entry: TimelineEntry) -> str:
    if entry.direction not in ARROWS:
        return ""
    return f"{ARROWS[entry.direction]} {label(entry.direction)}"


class TimelineModel(QAbstractListModel):
    failed = Signal(object)

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._party_id: int | None = None
        self._entries: list[TimelineEntry] = []
        self._seen: set[tuple[str, int]] = set()
        self._page_size = PAGE
        self._more = False
        self._strict = False  # page with a strict bound (a whole page of entries shared one moment)

    # -- content -------------------------------------------------------------------------------
    def set_party(self, party_id: int | None, entries: list[TimelineEntry] | tuple[TimelineEntry, ...],
                  page_size: int = PAGE) -> None:
        """Show a party's first page (as the overview brought it); older entries load on demand."""
        cancel_read(self, "page")  # an older page of the party shown before is of no use now
        self.beginResetModel()
        self._party_id = party_id
        self._entries = list(entries)
        self._seen = {(e.source, e.id) for e in self._entries}
        self._page_size = page_size
        self._more = party_id is not None and len(self._entries) >= page_size
        self._strict = False
        self.endResetModel()

    def clear(self) -> None:
        self.set_party(None, [])

    def entry(self, row: int) -> TimelineEntry:
        return self._entries[row]

    @property
    def party_id(self) -> int | None:
        return self._party_id

    # -- lazy loading --------------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not reading(self, "page")

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or not self._entries:
            return
        last = self._entries[-1].at
        # a bound just after the last entry, so entries sharing its moment (an invoice and its payment on
        # one day) are not skipped; those already shown are dropped when the page arrives
        before: datetime = last if self._strict else last + timedelta(microseconds=1)
        party_id, size = self._party_id, self._page_size
        read_op(self._ctx, self, "page", lambda: timeline(party_id, size, before), self._arrived,
                on_error=self._fetch_failed)

    def _arrived(self, page: list[TimelineEntry]) -> None:
        fresh = [e for e in page if (e.source, e.id) not in self._seen]
        full = len(page) >= self._page_size
        self._strict = full and not fresh
        self._more = full
        if not fresh:
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._entries.extend(fresh)
        self._seen.update((e.source, e.id) for e in fresh)
        self.endInsertRows()

    def _fetch_failed(self, error: Exception) -> None:
        self._more = False
        self.failed.emit(error)

    # -- Qt model ------------------------------------------------------------------------------
    def files_text(self, entry: TimelineEntry) -> str:
        return self.tr("%n attached file(s): double-click to open", "", entry.attachments) if entry.attachments \
            else ""

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return polish(entry.title) if entry.source in DATE_ONLY_SOURCES else entry.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p for p in (kind_text(entry), when_text(entry), entry.title, entry.detail,
                                          self.files_text(entry)) if p)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return " · ".join(p for p in (kind_text(entry), direction_text(entry), when_text(entry), entry.title,
                                          entry.detail, self.files_text(entry)) if p)
        if role == Qt.ItemDataRole.DecorationRole:
            return badge_icon(entry.kind)
        if role == KIND_ROLE:
            return entry.kind
        if role == KIND_LABEL_ROLE:
            return kind_text(entry)
        if role == WHEN_ROLE:
            return when_text(entry)
        if role == DETAIL_ROLE:
            return polish(entry.detail) if entry.source in DATE_ONLY_SOURCES else entry.detail
        if role == DIRECTION_ROLE:
            return direction_text(entry)
        if role == ENTRY_ROLE:
            return entry
        if role == FILES_ROLE:
            return entry.attachments
        return None
