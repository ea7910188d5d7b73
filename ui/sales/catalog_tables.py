"""The VAT rates and the price list as tables (small: tens and hundreds of rows, read at once)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from smallcrm.services.sales.views import ProductView, VatRateView
from ui.common.formatting import day, percent, unit_price

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
INACTIVE = QColor("#8a8a8a")


class _RowsModel(QAbstractTableModel):
    CONTEXT = ""
    HEADERS: tuple[str, ...] = ()
    NUMERIC: tuple[int, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_value(self, row: int):
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(value, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return value.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMERIC:
            return int(RIGHT.value)
        if role == Qt.ItemDataRole.ForegroundRole and not value.is_active:
            return QBrush(INACTIVE)
        return None

    def text(self, value, column: int) -> str:
        raise NotImplementedError


class VatRateTableModel(_RowsModel):
    CONTEXT = "VatRateTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("VatRateTableModel", "Code"),
        QT_TRANSLATE_NOOP("VatRateTableModel", "Rate"),
        QT_TRANSLATE_NOOP("VatRateTableModel", "Description"),
        QT_TRANSLATE_NOOP("VatRateTableModel", "In force"),
        QT_TRANSLATE_NOOP("VatRateTableModel", "Exemption (for 0%)"),
    )
    NUMERIC = (1,)

    def text(self, value: VatRateView, column: int) -> str:
        days = ""
        if value.valid_from or value.valid_to:
            first = day(value.valid_from) if value.valid_from else "…"
            days = f"{first} – {day(value.valid_to) if value.valid_to else '…'}"
        return (value.code, percent(value.percent), value.description, days, value.exemption)[column]


class ProductTableModel(_RowsModel):
    CONTEXT = "ProductTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ProductTableModel", "Code"),
        QT_TRANSLATE_NOOP("ProductTableModel", "Name"),
        QT_TRANSLATE_NOOP("ProductTableModel", "Unit"),
        QT_TRANSLATE_NOOP("ProductTableModel", "Price"),
        QT_TRANSLATE_NOOP("ProductTableModel", "VAT"),
    )
    NUMERIC = (3, 4)

    def text(self, value: ProductView, column: int) -> str:
        return (value.code, value.name, value.unit, unit_price(value.price), percent(value.vat_percent))[column]
