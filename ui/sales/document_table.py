"""Lists of quotes, invoices and receivables: rows loaded in the background by the page, filtered and sorted
here, money right-aligned, payment states coloured, an optional totals row that stays at the bottom."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from smallcrm.domain import CellKind, PaymentStatus, QuoteStatus
from ui.common import formatting
from ui.common.labels import label

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
TONES = {PaymentStatus.OVERDUE: QColor("#b3261e"), PaymentStatus.PARTLY_PAID: QColor("#a15c00"),
         PaymentStatus.PAID: QColor("#1e7b34"), PaymentStatus.CREDITED: QColor("#6a4c93"),
         PaymentStatus.REFUNDED: QColor("#5b6b8a"), QuoteStatus.ACCEPTED: QColor("#1e7b34"),
         QuoteStatus.REJECTED: QColor("#8a8a8a"), QuoteStatus.EXPIRED: QColor("#8a8a8a"),
         QuoteStatus.DRAFT: QColor("#5b6b8a"), QuoteStatus.SENT: QColor("#1f5fa8")}  # a draft invoice: as a quote
OVERDUE_ROW = QColor(179, 38, 30, 22)
OWED = QColor("#a15c00")
_RIGHT_ALIGNED = (CellKind.MONEY, CellKind.INT)


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # QT_TRANSLATE_NOOP("DocumentTable", ...)
    value: Callable[[object], object]  # the raw value: Decimal, date, status or text
    kind: CellKind = CellKind.TEXT  # TEXT, MONEY, DATE, LABEL (a status, a kind) or INT (a count)
    total: bool = False  # summed in the totals row


def _status(row) -> str:
    return getattr(row, "payment_status", "") or row.status


def _invoiced(row) -> str:
    """The invoices made from a quote: "12/2026", "12/2026, (draft)"."""
    draft = QCoreApplication.translate("DocumentTable", "(draft)")
    return ", ".join(link.number or draft for link in row.invoices)


QUOTE_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("DocumentTable", "Number"), lambda r: r.number),
    Column("date", QT_TRANSLATE_NOOP("DocumentTable", "Date"), lambda r: r.issue_date, CellKind.DATE),
    Column("customer", QT_TRANSLATE_NOOP("DocumentTable", "Customer"), lambda r: r.party.name),
    Column("title", QT_TRANSLATE_NOOP("DocumentTable", "Title"), lambda r: r.title),
    Column("valid", QT_TRANSLATE_NOOP("DocumentTable", "Valid until"), lambda r: r.valid_until, CellKind.DATE),
    Column("total", QT_TRANSLATE_NOOP("DocumentTable", "Total"), lambda r: r.total, CellKind.MONEY),
    Column("status", QT_TRANSLATE_NOOP("DocumentTable", "Status"), lambda r: r.status, CellKind.LABEL),
    Column("invoiced", QT_TRANSLATE_NOOP("DocumentTable", "Invoiced as"), _invoiced),
)
INVOICE_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("DocumentTable", "Number"),
           lambda r: r.number or QCoreApplication.translate("DocumentTable", "(draft)")),
    Column("kind", QT_TRANSLATE_NOOP("DocumentTable", "Kind"), lambda r: r.kind, CellKind.LABEL),
    Column("date", QT_TRANSLATE_NOOP("DocumentTable", "Date"), lambda r: r.issue_date, CellKind.DATE),
    Column("customer", QT_TRANSLATE_NOOP("DocumentTable", "Customer"), lambda r: r.party.name),
    Column("due", QT_TRANSLATE_NOOP("DocumentTable", "Due"), lambda r: r.due_date, CellKind.DATE),
    Column("total", QT_TRANSLATE_NOOP("DocumentTable", "Total"), lambda r: r.total, CellKind.MONEY, True),
    Column("paid", QT_TRANSLATE_NOOP("DocumentTable", "Paid"), lambda r: r.paid, CellKind.MONEY, True),
    Column("balance", QT_TRANSLATE_NOOP("DocumentTable", "Balance due"), lambda r: r.balance_due, CellKind.MONEY, True),
    Column("status", QT_TRANSLATE_NOOP("DocumentTable", "Status"), _status, CellKind.LABEL),
)
RECEIVABLE_COLUMNS = (
    Column("customer", QT_TRANSLATE_NOOP("DocumentTable", "Customer"), lambda r: r.party.name),
    Column("invoices", QT_TRANSLATE_NOOP("DocumentTable", "Invoices"), lambda r: r.invoices, CellKind.INT, True),
    Column("not_due", QT_TRANSLATE_NOOP("DocumentTable", "Not yet due"), lambda r: r.not_due, CellKind.MONEY, True),
    Column("d30", QT_TRANSLATE_NOOP("DocumentTable", "0–30 days"), lambda r: r.overdue_0_30, CellKind.MONEY, True),
    Column("d60", QT_TRANSLATE_NOOP("DocumentTable", "31–60 days"), lambda r: r.overdue_31_60, CellKind.MONEY, True),
    Column("d90", QT_TRANSLATE_NOOP("DocumentTable", "61–90 days"), lambda r: r.overdue_61_90, CellKind.MONEY, True),
    Column("d90plus", QT_TRANSLATE_NOOP("DocumentTable", "Over 90 days"), lambda r: r.overdue_90_plus, CellKind.MONEY,
           True),
    Column("balance", QT_TRANSLATE_NOOP("DocumentTable", "Balance due"), lambda r: r.balance_due, CellKind.MONEY, True),
    Column("credit", QT_TRANSLATE_NOOP("DocumentTable", "Owed to them"), lambda r: r.credit_balance, CellKind.MONEY,
           True),
)


def is_overdue(row) -> bool:
    return getattr(row, "payment_status", "") == PaymentStatus.OVERDUE or getattr(row, "oldest_days_overdue", 0) > 0


class DocumentTableModel(QAbstractTableModel):
    """Rows are the services' plain values (DocumentView, InvoiceRow, ReceivableRow)."""

    def __init__(self, columns: tuple[Column, ...], parent=None, totals: bool = False) -> None:
        super().__init__(parent)
        self.columns = columns
        self._all: list = []
        self._rows: list = []
        self._accept: Callable[[object], bool] | None = None
        self._totals = totals
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- content -------------------------------------------------------------------------------
    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._apply()
        self.endResetModel()

    def set_filter(self, accept: Callable[[object], bool] | None) -> None:
        self.beginResetModel()
        self._accept = accept
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        rows = [r for r in self._all if self._accept is None or self._accept(r)]
        if self._sort is not None:
            column, order = self._sort
            value = self.columns[column].value
            rows.sort(key=lambda r: _sort_key(value(r)), reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = rows

    @property
    def rows(self) -> list:
        return list(self._rows)

    def row_at(self, row: int):
        """The record shown on ``row`` (None for the totals row)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def id_at(self, row: int) -> int | None:
        record = self.row_at(row)
        return None if record is None else getattr(record, "id", None) or record.party.id

    def has_totals_row(self) -> bool:
        return self._totals and bool(self._rows)

    def total_of(self, key: str):
        column = next(c for c in self.columns if c.key == key)
        start = 0 if column.kind == CellKind.INT else Decimal("0.00")
        return sum((column.value(r) for r in self._rows), start)

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows) + (1 if self.has_totals_row() else 0)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("DocumentTable", self.columns[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].kind in _RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        column = self.columns[index.column()]
        record = self.row_at(index.row())
        if record is None:
            return self._totals_data(column, index.column(), role)
        value = column.value(record)
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(column.kind, value)
        if role == SORT_ROLE:
            return _sort_key(value)
        if role == Qt.ItemDataRole.UserRole:
            return self.id_at(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in _RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.kind == CellKind.LABEL:
                return TONES.get(str(value))
            if column.key in ("balance", "d30", "d60", "d90", "d90plus") and is_overdue(record) and value:
                return TONES[PaymentStatus.OVERDUE]
            if column.key == "credit" and value:  # what we owe a customer
                return OWED
        if role == Qt.ItemDataRole.BackgroundRole and is_overdue(record):
            return OVERDUE_ROW
        if role == Qt.ItemDataRole.FontRole and column.kind == CellKind.LABEL and value == PaymentStatus.OVERDUE:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _totals_data(self, column: Column, section: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return QCoreApplication.translate("DocumentTable", "Total")
            return _text(column.kind, self.total_of(column.key)) if column.total else ""
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in _RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        records = [(self.row_at(i.row()), i.column()) for i in before]
        self._sort = (column, order)
        self._apply()
        position = {id(r): n for n, r in enumerate(self._rows)}
        after = [self.index(old.row() if r is None else position[id(r)], c) for (r, c), old in zip(records, before,
                                                                                                   strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()


def _text(kind: CellKind, value) -> str:
    if kind == CellKind.MONEY:
        return formatting.amount(value)
    if kind == CellKind.DATE:
        return formatting.day(value)
    if kind == CellKind.LABEL:
        return label(value) if value else ""
    return "" if value is None else str(value)


def _sort_key(value):
    """Sortable whatever the type: None first, then numbers, dates, text (folded)."""
    if value is None:
        return (0, "")
    if isinstance(value, (Decimal, int)):
        return (1, value)
    if isinstance(value, date):
        return (2, value.toordinal())
    return (3, str(value).casefold())
