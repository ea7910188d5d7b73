"""The list tables of the window: one look (whole-row selection, no grid lines, zebra rows) and column
widths that are remembered between sessions."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSettings
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def list_table(model: QAbstractItemModel, row_height: int = 26, sortable: bool = False) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(sortable)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(row_height)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def remember_columns(table: QTableView, settings: QSettings, key: str, defaults: dict[int, int] | None = None
                     ) -> bool:
    """Give the columns their saved widths (else ``defaults``) and save them whenever one is resized.

    True when saved widths were found, so a page knows not to fit the columns to their contents.
    """
    saved = settings.value(f"columns/{key}")
    count = table.model().columnCount()
    restored = isinstance(saved, list) and len(saved) == count
    widths = {c: int(w) for c, w in enumerate(saved)} if restored else (defaults or {})
    for column, width in widths.items():
        table.setColumnWidth(column, width)

    def save(*_) -> None:
        settings.setValue(f"columns/{key}", [table.columnWidth(c) for c in range(table.model().columnCount())])

    table.horizontalHeader().sectionResized.connect(save)
    return restored
