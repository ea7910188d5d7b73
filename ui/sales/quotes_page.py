"""Quotes: a filter bar over the list (loaded in the background); a double click opens the editor.

``ListPage`` is the frame the invoices and receivables pages share: a filter bar, a sortable table of
plain rows from a service, a count line, and a reload whenever the bus says what it shows has changed.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm.changes import Changes
from smallcrm.domain import QuoteStatus
from smallcrm.services.sales.quotes import list_quotes
from ui.common import formatting
from ui.common.context import AppContext
from ui.common.errors import message_for
from ui.common.icons import Icon, set_icon
from ui.common.labels import label
from ui.common.read_only_guard import writes
from ui.common.tables import list_table, remember_columns
from ui.operations import read_op
from ui.sales.document_table import QUOTE_COLUMNS, Column, DocumentTableModel

TYPING_PAUSE_MS = 150


class ListPage(QWidget):
    opened = Signal(int)  # the id of the row double-clicked (or chosen with Enter)
    watches: tuple[str, ...] = ()  # the kinds of Changes that make the list reload
    state_asks_service = False  # the state filter goes to the service (else it filters what is loaded)

    def __init__(self, ctx: AppContext, columns: tuple[Column, ...], parent: QWidget | None = None,
                 totals: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit(placeholderText=QCoreApplication.translate("ListPage", "Filter by number or customer…"))
        self.search.setClearButtonEnabled(True)
        self.state = QComboBox()
        self.count = QLabel()
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.search, 3)
        self.bar.addWidget(self.state)
        self.bar.addStretch(1)
        self.model = DocumentTableModel(columns, self, totals=totals)
        self.table = list_table(self.model, sortable=True)
        self._widths_saved = remember_columns(self.table, ctx.settings, type(self).__name__)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.table)
        layout.addWidget(self.count)
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._typing.start)
        self.search.returnPressed.connect(lambda: self.open_row(max(self.table.currentIndex().row(), 0)))
        self.state.activated.connect(lambda _i: self.reload() if self.state_asks_service else self.apply_filter())
        self.model.modelReset.connect(self._show_count)
        ctx.bus.changed.connect(self._changed)

    # what a page says
    def fetch(self) -> Callable[[], list]:
        """The read of the rows, with the filters read here (it runs in the background)."""
        raise NotImplementedError

    def accepts(self, row) -> bool:
        return True

    def words(self, row) -> str:
        return row.party.name

    # the frame
    def reload(self) -> None:
        """Ask the service again, in the background; an answer to an older question is dropped."""
        self.count.setText(QCoreApplication.translate("ListPage", "Loading…"))
        read_op(self.ctx, self, "rows", self.fetch(), self._arrived, on_error=self._failed)

    def _arrived(self, rows: list) -> None:
        self.model.set_rows(rows)
        self.apply_filter()
        if not self._widths_saved and rows:  # the first time: fit the columns to what they show
            self._widths_saved = True
            for column in range(self.model.columnCount() - 1):
                self.table.resizeColumnToContents(column)
                self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 18, 320))

    def apply_filter(self) -> None:
        needle = formatting.fold(self.search.text().strip())
        self.model.set_filter(lambda row: self.accepts(row) and (not needle or needle in formatting.fold(
            self.words(row))))

    def open_row(self, row: int) -> None:
        ident = self.model.id_at(row)
        if ident is not None:
            self.opened.emit(ident)

    def _failed(self, error: Exception) -> None:
        self.count.setText(message_for(error))

    def _show_count(self) -> None:
        # self.tr, not translate(): lupdate's Python parser marks plurals only in tr() calls (it reads the 4th
        # argument of translate() as an encoding). PySide finds a base class's text when a subclass asks, but not
        # a plural one: a page that keeps this count (none does today) shows it in English until its own context
        # has "%n document(s)".
        self.count.setText(self.tr("%n document(s)", "", len(self.model.rows)))

    def _changed(self, changes: Changes) -> None:
        if any(getattr(changes, kind) for kind in self.watches):
            self.reload()

    def export(self, kind: str):
        """The window's export dialog, showing ``kind``."""
        from ui.exchange.export_dialog import show_export_dialog

        return show_export_dialog(self.ctx, self.window(), kind)


class QuotesPage(ListPage):
    new_quote = Signal()
    watches = ("quotes",)  # quote changes name their party too; a rename alone waits for the next reload
    state_asks_service = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, QUOTE_COLUMNS, parent)
        self.search.setPlaceholderText(self.tr("Filter by number, customer or title…"))
        self.state.addItem(self.tr("All quotes"), None)
        for status in QuoteStatus:
            self.state.addItem(label(status), str(status))
        self.new_button = QPushButton(self.tr("New quote"))
        writes(self.new_button)
        set_icon(self.new_button, Icon.NEW_DOCUMENT)
        self.new_button.clicked.connect(self.new_quote)
        self.bar.addWidget(self.new_button)
        self.opened.connect(self.open_quote)
        self.new_quote.connect(lambda: self.open_quote(None))
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.reload()

    def fetch(self) -> Callable[[], list]:
        status = self.state.currentData()
        return lambda: list_quotes(status=status)

    def words(self, row) -> str:
        return f"{row.number} {row.party.name} {row.title}"

    def open_quote(self, quote_id: int | None):
        from ui.sales.quote_editor import open_quote_editor

        return open_quote_editor(self.ctx, quote_id, self)

    def _show_count(self) -> None:
        rows = self.model.rows
        total = sum((r.total for r in rows), Decimal("0.00"))
        word = self.tr("total")  # outside the f-string, where lupdate finds it
        self.count.setText(self.tr("%n quote(s)", "", len(rows)) + (
            f" · {word} {formatting.money(total)}" if rows else ""))
