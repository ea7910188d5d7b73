"""The contact list as a lazy table: it keeps only the ids (loaded in the background, in SQL order) and
loads rows in pages as the view asks for them, so 100k contacts open and scroll without a pause.

A new filter or order shows its first page as soon as a ``LIMIT`` query returns it (milliseconds at any size);
every id follows from a second background job and the rows below the first page are added then."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal

from smallcrm.services.parties.lists import PartyQuery, list_parties, party_ids, party_rows
from smallcrm.services.views import PartyRow
from smallcrm.validation import format_phone
from ui.common.context import AppContext
from ui.common.labels import label
from ui.operations import cancel_read, read_op

PAGE = 200
PAGES_KEPT = 30


class PartyTableModel(QAbstractTableModel):
    # (column key, header, the PartyQuery sort it maps to or None)
    COLUMNS = (
        ("name", QT_TRANSLATE_NOOP("PartyTableModel", "Name"), "name"),
        ("company", QT_TRANSLATE_NOOP("PartyTableModel", "Company"), None),
        ("email", QT_TRANSLATE_NOOP("PartyTableModel", "E-mail"), None),
        ("phone", QT_TRANSLATE_NOOP("PartyTableModel", "Phone"), None),
        ("city", QT_TRANSLATE_NOOP("PartyTableModel", "City"), None),
        ("stage", QT_TRANSLATE_NOOP("PartyTableModel", "Stage"), "stage"),
        ("owner", QT_TRANSLATE_NOOP("PartyTableModel", "Owner"), "owner"),
        ("tags", QT_TRANSLATE_NOOP("PartyTableModel", "Tags"), None),
    )
    loading = Signal(bool)
    failed = Signal(object)

    def __init__(self, ctx: AppContext, query: PartyQuery | None = None, parent=None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._query = query or PartyQuery()
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, PartyRow]] = OrderedDict()
        self._loading_ids = False  # every id of the query is still coming
        self._first_page_only = False  # _ids holds the first page of the query so far, not every id
        self._started = False  # no loading until the owner asks for a query (sorting set up first loads nothing)

    @property
    def query(self) -> PartyQuery:
        return self._query

    @property
    def is_loading(self) -> bool:
        """Every id of the query is still coming (the first page may be shown already)."""
        return self._loading_ids

    # -- loading -------------------------------------------------------------------------------
    def set_query(self, query: PartyQuery, first_page: bool = True, at_once: bool = False) -> None:
        """Ask for a new filter or order: its first page (unless ``first_page`` is False), then every id,
        come back from the background helper. ``at_once``: read the first page here and now (a few ms for the
        unfiltered list a page opens on, where a background job would first wait for a thread and a
        connection of its own)."""
        self._query = query
        self._started = True
        self._first_page_only = False
        self._loading_ids = True
        self.loading.emit(True)
        if first_page and at_once:
            cancel_read(self, "list")  # what an older query was still reading is of no use now
            self._page_arrived(list_parties(query, 0, PAGE))
        elif first_page:  # the ids are asked for once the first page is in: nothing competes with it
            read_op(self._ctx, self, "list", lambda: list_parties(query, 0, PAGE), self._page_arrived,
                    on_error=self._load_failed)
        else:
            self._load_ids()

    def _load_ids(self) -> None:
        """Every id of the query (the same key as its first page: a newer query drops both answers)."""
        query = self._query
        read_op(self._ctx, self, "list", lambda: party_ids(query), self._ids_arrived, on_error=self._load_failed)

    def refresh(self) -> None:
        """The records changed: load the ids again (the rows shown stay until they come)."""
        self.set_query(self._query, first_page=False)

    def _page_arrived(self, rows: list[PartyRow]) -> None:
        self.beginResetModel()
        self._ids = [r.id for r in rows]
        self._pages.clear()
        self._pages[0] = {r.id: r for r in rows}
        self._first_page_only = True
        self.endResetModel()
        self._load_ids()

    def _ids_arrived(self, ids: list[int]) -> None:
        self._loading_ids = False
        shown = self._ids
        if self._first_page_only and ids[:len(shown)] == shown and 0 in self._pages:
            # the first page is on screen: the rest goes below it, selection and scrolling left alone
            self._first_page_only = False
            if len(ids) > len(shown):
                self.beginInsertRows(QModelIndex(), len(shown), len(ids) - 1)
                self._ids = ids
                self.endInsertRows()
        else:
            self._first_page_only = False
            self.beginResetModel()
            self._ids = ids
            self._pages.clear()
            self.endResetModel()
        self.loading.emit(False)

    def _load_failed(self, error: Exception) -> None:
        self._loading_ids = False
        self.loading.emit(False)
        self.failed.emit(error)

    def invalidate_rows(self, ids: set[int]) -> None:
        """Some rows changed (not the order): reload their pages when next shown."""
        for page in [p for p, rows in self._pages.items() if ids & rows.keys()]:
            del self._pages[page]
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.COLUMNS) - 1))

    def _row(self, row: int) -> PartyRow | None:
        page = row // PAGE
        if page not in self._pages:
            chunk = self._ids[page * PAGE:(page + 1) * PAGE]
            self._pages[page] = {r.id: r for r in party_rows(chunk)}
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return self._pages[page].get(self._ids[row])

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("PartyTableModel", self.COLUMNS[section][1])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._row(index.row())
        if row is None:
            return None
        key = self.COLUMNS[index.column()][0]
        value = getattr(row, key)
        if key == "phone" and value:
            return format_phone(value)
        if key == "stage":
            return label(value)
        return value

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort_key = self.COLUMNS[column][2]
        if sort_key is None:
            return
        query = replace(self._query, order_by=sort_key, descending=order == Qt.SortOrder.DescendingOrder)
        if query == self._query and (self._loading_ids or self._ids):
            return  # the view asking again for the order it has
        if self._started:
            self.set_query(query)
        else:
            self._query = query  # taken when the owner first asks for the list

    def id_at(self, row: int) -> int:
        return self._ids[row]

