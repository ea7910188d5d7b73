"""Settings → VAT and products: the VAT rates documents use and the price list quotes draw on."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smallcrm.changes import Changes
from smallcrm.services.sales.catalog import list_products, list_vat_rates
from ui.common.context import AppContext
from ui.common.read_only_guard import writes
from ui.common.tables import open_on_enter
from ui.sales.catalog_dialogs import ProductDialog, VatRateDialog
from ui.sales.catalog_tables import ProductTableModel, VatRateTableModel


def _table(model) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class CatalogPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.vat_model = VatRateTableModel(self)
        self.vat_table = _table(self.vat_model)
        self.add_vat = QPushButton(self.tr("Add VAT rate…"))
        self.edit_vat = QPushButton(self.tr("Edit…"))
        self.add_vat.clicked.connect(lambda: VatRateDialog.ask(ctx, None, self))
        self.edit_vat.clicked.connect(lambda: self._edit_vat(self.vat_table.currentIndex()))
        self.vat_table.doubleClicked.connect(self._edit_vat)
        open_on_enter(self.vat_table)
        vat_box = QGroupBox(self.tr("VAT rates"))
        vat_layout = QVBoxLayout(vat_box)
        vat_layout.addWidget(self.vat_table)
        vat_buttons = QHBoxLayout()
        vat_buttons.addStretch(1)
        vat_buttons.addWidget(self.add_vat)
        vat_buttons.addWidget(self.edit_vat)
        vat_layout.addLayout(vat_buttons)

        self.product_model = ProductTableModel(self)
        self.product_table = _table(self.product_model)
        self.product_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.product_table.horizontalHeader().setStretchLastSection(False)
        self.filter = QLineEdit(placeholderText=self.tr("Filter by code or name…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _: self.load_products())
        self.show_inactive = QCheckBox(self.tr("Show products no longer on sale"))
        self.show_inactive.toggled.connect(lambda _: self.load_products())
        self.add_product = QPushButton(self.tr("Add product…"))
        self.edit_product = QPushButton(self.tr("Edit…"))
        writes(self.add_vat, self.edit_vat, self.add_product, self.edit_product)
        self.add_product.clicked.connect(lambda: ProductDialog.ask(ctx, None, self))
        self.edit_product.clicked.connect(lambda: self._edit_product(self.product_table.currentIndex()))
        self.product_table.doubleClicked.connect(self._edit_product)
        open_on_enter(self.product_table)
        product_box = QGroupBox(self.tr("Products and services"))
        product_layout = QVBoxLayout(product_box)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.show_inactive)
        product_layout.addLayout(top)
        product_layout.addWidget(self.product_table)
        product_buttons = QHBoxLayout()
        product_buttons.addStretch(1)
        product_buttons.addWidget(self.add_product)
        product_buttons.addWidget(self.edit_product)
        product_layout.addLayout(product_buttons)

        layout = QHBoxLayout(self)
        layout.addWidget(vat_box, 2)
        layout.addWidget(product_box, 3)
        ctx.bus.changed.connect(self._changed)
        self.load_rates()
        self.load_products()

    def load_rates(self) -> None:
        self.vat_model.set_rows(list_vat_rates(include_inactive=True))

    def load_products(self) -> None:
        self.product_model.set_rows(list_products(self.filter.text(),
                                                  include_inactive=self.show_inactive.isChecked()))

    def _edit_vat(self, index: QModelIndex) -> None:
        if index.isValid():
            VatRateDialog.ask(self._ctx, self.vat_model.row_value(index.row()), self)

    def _edit_product(self, index: QModelIndex) -> None:
        if index.isValid():
            ProductDialog.ask(self._ctx, self.product_model.row_value(index.row()), self)

    def _changed(self, changes: Changes) -> None:
        if changes.vat_rates:
            self.load_rates()
        if changes.products or changes.vat_rates:
            self.load_products()
