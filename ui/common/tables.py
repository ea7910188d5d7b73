"""The list tables of the window: one look (whole-row selection, no grid lines, zebra rows), column widths
that are remembered between sessions, and Enter doing what a double click does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QSettings, Qt
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
    open_on_enter(table)
    return table


class _EnterOpens(QObject):
    """Enter or Return on a list, outside an editor: the view's ``doubleClicked`` for the current row, so that
    whatever a double click opens, the keyboard opens too (QTreeWidget's and QListWidget's item signals follow
    from it). Qt itself sends ``activated`` on Enter only on some platforms, and pages listen to double clicks."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.slot: Callable[[QModelIndex], None] | None = None  # instead of the double click, if set

    def eventFilter(self, view: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and view.state() != QAbstractItemView.State.EditingState and view.currentIndex().isValid()):
            if self.slot is not None:
                self.slot(view.currentIndex())
            else:
                view.doubleClicked.emit(view.currentIndex())
            return True
        return False


def open_on_enter(view: QAbstractItemView, slot: Callable[[QModelIndex], None] | None = None) -> None:
    """Enter opens the selected row of ``view`` as a double click would (or calls ``slot`` with its index)."""
    opener = view.findChild(_EnterOpens)
    if opener is None:
        opener = _EnterOpens(view)
        view.installEventFilter(opener)
    opener.slot = slot


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
