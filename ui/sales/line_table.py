"""The lines of a quote (editable) or an invoice (read-only), and the delegate that edits them.

Cells keep the text as typed: the service parses and checks it (``clean_lines``), and its errors come back
as ``lines[i].column`` which marks that cell red. Choosing a product fills name, unit, price and VAT.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
)

from smallcrm.errors import ValidationError
from smallcrm.services.sales.document_lines import DEFAULT_VAT_CODE, LineDraft, check_covered, clean_lines
from smallcrm.services.sales.views import LineView, ProductView, VatRateView
from ui.common import formatting
from ui.common.errors import field_message

ERROR_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_BACKGROUND = QColor("#f6c9cc")
LINE_FIELD = re.compile(r"^lines\[(\d+)\]\.(\w+)$")
NUMERIC = {"quantity", "unit_price", "discount_percent", "amount"}


@dataclass
class EditLine:
    """One line as typed (text), with the net amount last computed for it."""

    product_id: int | None = None
    description: str = ""
    quantity: str = "1"
    unit: str = ""
    unit_price: str = ""
    discount_percent: str = ""
    vat_code: str = DEFAULT_VAT_CODE
    net: Decimal | None = None
    vat_percent: Decimal | None = None  # as saved (shown when the rates are not loaded)

    def is_blank(self) -> bool:
        return not (self.product_id or self.description.strip() or self.unit_price.strip())

    def draft(self) -> LineDraft:
        return LineDraft(self.description, self.quantity, self.unit_price.strip() or None,
                         self.discount_percent.strip() or 0, self.vat_code or None, self.product_id, self.unit)

    @classmethod
    def of(cls, line: LineView) -> EditLine:
        return cls(line.product_id, line.description, formatting.editable(line.quantity), line.unit,
                   formatting.editable_price(line.unit_price),
                   formatting.editable(line.discount_percent) if line.discount_percent else "", line.vat_code,
                   line.net, line.vat_percent)


class LineTableModel(QAbstractTableModel):
    COLUMNS = (
        ("product_id", QT_TRANSLATE_NOOP("LineTableModel", "Product")),
        ("description", QT_TRANSLATE_NOOP("LineTableModel", "Description")),
        ("quantity", QT_TRANSLATE_NOOP("LineTableModel", "Qty")),
        ("unit", QT_TRANSLATE_NOOP("LineTableModel", "Unit")),
        ("unit_price", QT_TRANSLATE_NOOP("LineTableModel", "Unit price")),
        ("discount_percent", QT_TRANSLATE_NOOP("LineTableModel", "Disc. %")),
        ("vat_code", QT_TRANSLATE_NOOP("LineTableModel", "VAT")),
        ("amount", QT_TRANSLATE_NOOP("LineTableModel", "Amount")),
    )
    KEYS = tuple(key for key, _ in COLUMNS)
    edited = Signal()  # the user changed a line (or added, removed, moved one)

    def __init__(self, parent=None, editable: bool = True) -> None:
        super().__init__(parent)
        self.lines: list[EditLine] = []
        self.products: dict[int, ProductView] = {}
        self.vat_rates: dict[str, VatRateView] = {}
        self._editable = editable
        self._errors: dict[tuple[int, str], str] = {}

    # -- content -------------------------------------------------------------------------------
    def set_catalog(self, products: list[ProductView], vat_rates: list[VatRateView]) -> None:
        self.products = {p.id: p for p in products}
        self.vat_rates = {r.code: r for r in vat_rates}
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, len(self.COLUMNS) - 1))

    def set_lines(self, lines: list[LineView] | tuple[LineView, ...]) -> None:
        self.beginResetModel()
        self.lines = [EditLine.of(line) for line in lines]
        self._errors.clear()
        self.endResetModel()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable

    def drafts(self) -> tuple[list[LineDraft], list[int]]:
        """The lines to send to a service (blank rows left out) and the row each one came from."""
        rows = [row for row, line in enumerate(self.lines) if not line.is_blank()]
        return [self.lines[row].draft() for row in rows], rows

    def add_line(self, row: int | None = None) -> int:
        row = len(self.lines) if row is None else max(0, min(row, len(self.lines)))
        vat = DEFAULT_VAT_CODE if DEFAULT_VAT_CODE in self.vat_rates or not self.vat_rates else \
            next(iter(self.vat_rates))
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.insert(row, EditLine(vat_code=vat))
        self._errors.clear()
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self._errors.clear()
            self.endRemoveRows()
            self.edited.emit()

    def move_line(self, row: int, delta: int) -> int:
        """Move a line up (-1) or down (+1); the row it ends on."""
        target = row + delta
        if not (0 <= row < len(self.lines) and 0 <= target < len(self.lines)) or delta not in (-1, 1):
            return row
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + 1 if delta > 0 else target)
        self.lines.insert(target, self.lines.pop(row))
        self._errors.clear()
        self.endMoveRows()
        self.edited.emit()
        return target

    def set_nets(self, nets: dict[int, Decimal]) -> None:
        """The computed amount of each line (rows missing from ``nets`` could not be priced)."""
        for row, line in enumerate(self.lines):
            line.net = nets.get(row)
        if self.lines:
            column = self.KEYS.index("amount")
            self.dataChanged.emit(self.index(0, column), self.index(len(self.lines) - 1, column))

    def set_errors(self, errors: dict[tuple[int, str], str]) -> None:
        """Mark cells: {(row, column key): message}."""
        touched = set(self._errors) | set(errors)
        self._errors = dict(errors)
        for row, key in touched:
            if row < len(self.lines) and key in self.KEYS:
                index = self.index(row, self.KEYS.index(key))
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.BackgroundRole, ERROR_ROLE,
                                                     Qt.ItemDataRole.ToolTipRole])

    def price(self) -> tuple[list[LineView], tuple[int, str, ValidationError] | None]:
        """Price each line by the service's own rule: amounts filled in, bad cells marked, the first returned."""
        drafts, rows = self.drafts()
        nets, errors, priced, priced_rows, first = {}, {}, [], [], None
        for draft, row in zip(drafts, rows, strict=True):
            try:
                line = clean_lines([draft], whole=False)[0]
            except ValidationError as error:
                cell = self.cell_of(error.field, [row]) or (row, "description")
                errors[cell] = field_message(error)
                first = first or (*cell, error)
                continue
            nets[row] = line.net
            priced.append(line)
            priced_rows.append(row)
        try:  # a line that takes off (a negative price) more than the lines at its VAT rate add up to
            check_covered(priced)
        except ValidationError as error:
            row = next(r for line, r in zip(priced, priced_rows, strict=True)
                       if line.vat_code == error.params["vat_code"] and line.net < 0)
            errors[(row, "unit_price")] = field_message(error)
            first = first or (row, "unit_price", error)
        self.set_nets(nets)
        self.set_errors(errors)
        return priced, first

    def cell_of(self, field: str, rows: list[int]) -> tuple[int, str] | None:
        """The (row, column key) a service error names (``lines[2].quantity``), given the rows it was sent."""
        match = LINE_FIELD.match(field)
        if not match or int(match.group(1)) >= len(rows):
            return None
        return rows[int(match.group(1))], match.group(2) if match.group(2) in self.KEYS else "description"

    def title_of(self, key: str) -> str:
        return QCoreApplication.translate("LineTableModel", dict(self.COLUMNS)[key])

    def error_at(self, row: int, key: str) -> str | None:
        return self._errors.get((row, key))

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1) if 0 <= section < len(self.lines) else None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("LineTableModel", self.COLUMNS[section][1])
            if role == Qt.ItemDataRole.TextAlignmentRole and self.KEYS[section] in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable and self.KEYS[index.column()] != "amount":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line, key = self.lines[index.row()], self.KEYS[index.column()]
        error = self._errors.get((index.row(), key))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, key)
        if role == Qt.ItemDataRole.EditRole:
            return line.net if key == "amount" else getattr(line, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return ERROR_BACKGROUND
        if role in (Qt.ItemDataRole.ToolTipRole, ERROR_ROLE):
            return error or (self._product_tip(line) if key == "product_id" and role != ERROR_ROLE else None)
        return None

    def _display(self, line: EditLine, key: str) -> str:
        if key == "product_id":
            product = self.products.get(line.product_id) if line.product_id else None
            return product.code if product else ""
        if key == "vat_code":
            rate = self.vat_rates.get(line.vat_code)
            percent = rate.percent if rate else line.vat_percent
            return formatting.percent(percent) if percent else line.vat_code
        if key == "amount":
            return formatting.amount(line.net) if line.net is not None else ""
        return getattr(line, key)

    def _product_tip(self, line: EditLine) -> str | None:
        product = self.products.get(line.product_id) if line.product_id else None
        return f"{product.code} · {product.name}" if product else None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.flags(index) & \
                Qt.ItemFlag.ItemIsEditable:
            return False
        line, key = self.lines[index.row()], self.KEYS[index.column()]
        if key == "product_id":
            product_id = int(value) if value not in (None, "", -1) else None
            if product_id == line.product_id:
                return True
            line.product_id = product_id
            product = self.products.get(product_id) if product_id else None
            if product is not None:
                line.description, line.unit = product.name, product.unit
                line.unit_price, line.vat_code = formatting.editable_price(product.price), product.vat_code
            first, last = self.index(index.row(), 0), self.index(index.row(), len(self.COLUMNS) - 1)
        else:
            text = "" if value is None else str(value)
            if text == getattr(line, key):
                return True
            setattr(line, key, text)
            first = last = index
        self._errors.pop((index.row(), key), None)
        self.dataChanged.emit(first, last)
        self.edited.emit()
        return True


def line_table_view(model: LineTableModel, editable: bool = True) -> QTableView:
    """A table of lines: description takes the room left, numbers what they need; when editing, the product
    column, the delegate, and typing starts editing a cell (as in a spreadsheet)."""
    table = QTableView()
    table.setModel(model)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    for column, width in enumerate((84, 200, 60, 52, 92, 64, 58, 96)):
        table.setColumnWidth(column, width)
    table.setColumnHidden(0, not editable)
    table.verticalHeader().setDefaultSectionSize(28)
    triggers = QAbstractItemView.EditTrigger
    if editable:
        table.setItemDelegate(LineDelegate(table))
        table.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed |
                              triggers.SelectedClicked)
    else:
        table.setEditTriggers(triggers.NoEditTriggers)
    return table


class LineDelegate(QStyledItemDelegate):
    """Combos for the product and the VAT rate; text cells commit on every keystroke (live totals)."""

    def createEditor(self, parent, option, index):
        model: LineTableModel = index.model()
        key = model.KEYS[index.column()]
        if key == "product_id":
            combo = QComboBox(parent)
            combo.addItem(QCoreApplication.translate("LineTableModel", "— free text —"), None)
            for product in model.products.values():
                combo.addItem(f"{product.code} · {product.name} · {formatting.unit_price(product.price)}", product.id)
            combo.setMaxVisibleItems(20)
            combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
            return combo
        if key == "vat_code":
            combo = QComboBox(parent)
            for rate in model.vat_rates.values():
                combo.addItem(f"{rate.code} · {rate.description}", rate.code)
            combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
            return combo
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if key in NUMERIC:
            editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.textEdited.connect(lambda _t, e=editor: self.commitData.emit(e))
        return editor

    def setEditorData(self, editor, index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif editor.text() != (value or ""):  # a live commit must not move the cursor
            editor.setText(value or "")

    def setModelData(self, editor, model, index) -> None:
        value = editor.currentData() if isinstance(editor, QComboBox) else editor.text()
        model.setData(index, value, Qt.ItemDataRole.EditRole)
