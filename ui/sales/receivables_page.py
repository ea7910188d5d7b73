"""Who owes what: per customer the balance due, split by how late it is (not yet due, 0-30, 31-60, 61-90,
over 90 days), and apart from it what we owe them (paid, then credited and not yet refunded; paid on account);
a totals row, late customers first and in red. A double click lists that customer's open invoices (or those on
which we owe them)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QPushButton, QWidget
from shiboken6 import isValid

from smallcrm.services.sales.payments import receivables
from ui.common import formatting
from ui.common.context import AppContext
from ui.common.icons import Icon, set_icon
from ui.sales.document_table import RECEIVABLE_COLUMNS
from ui.sales.invoices_page import InvoicesPage
from ui.sales.quotes_page import ListPage


class ReceivablesPage(ListPage):
    watches = ("invoices", "payments", "refunds", "parties")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, RECEIVABLE_COLUMNS, parent, totals=True)
        self.search.setPlaceholderText(self.tr("Filter by customer…"))
        self.state.addItem(self.tr("Every open balance"), "all")
        self.state.addItem(self.tr("Only overdue"), "overdue")
        self.state.addItem(self.tr("Only those you owe"), "owed")
        self.opened.connect(self.open_customer)
        self.export_button = QPushButton(self.tr("Export…"))
        set_icon(self.export_button, Icon.EXPORT)
        self.export_button.setToolTip(self.tr("Receivables by age to Excel or CSV"))
        self.export_button.clicked.connect(lambda: self.export("receivables"))
        self.bar.addWidget(self.export_button)
        self._windows: dict[int, InvoicesPage] = {}
        header = self.table.horizontalHeader()  # the names take the room, the amounts stay side by side
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # sized on the rows in view, not on thousands of customers
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the service's order, most overdue first (what to chase), until a header is clicked: no column claims
        # it (Qt marked the customer's, descending, while the rows were not sorted by it)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.reload()

    def fetch(self) -> Callable[[], list]:
        return receivables

    def accepts(self, row) -> bool:
        wanted = self.state.currentData()
        if wanted == "overdue":
            return row.oldest_days_overdue > 0
        return wanted != "owed" or row.credit_balance > 0

    def open_customer(self, party_id: int) -> InvoicesPage:
        """A window with the invoices this customer has still to pay."""
        page = self._windows.get(party_id)
        if page is None or not isValid(page):
            row = next(r for r in self.model.rows if r.party.id == party_id)
            page = InvoicesPage(self.ctx, self, party_id=party_id, only_open=True)
            if not row.balance_due:  # owes nothing: the invoices on which we owe them
                page.state.setCurrentIndex(page.state.findData("owed"))
                page.apply_filter()
            page.setWindowFlag(Qt.WindowType.Window)
            page.setWindowTitle(self.tr("Open invoices — %1").replace("%1", row.party.name))
            page.resize(980, 440)
            self._windows[party_id] = page
        page.show()
        page.raise_()
        return page

    def _show_count(self) -> None:
        rows = self.model.rows
        owing = [r for r in rows if r.balance_due]
        owed = [r for r in rows if r.credit_balance]
        parts = []
        if owing:
            parts.append(self.tr("%n customer(s) owe %1", "", len(owing)).replace("%1", formatting.money(
                self.model.total_of("balance"))))
            overdue = self.model.total_of("balance") - self.model.total_of("not_due")
            if overdue:
                parts.append(self.tr("%1 overdue").replace("%1", formatting.money(overdue)))
        else:
            parts.append(self.tr("Nobody owes you anything"))
        if owed:
            parts.append(self.tr("you owe %n customer(s) %1", "", len(owed)).replace("%1", formatting.money(
                self.model.total_of("credit"))))
        self.count.setText(" · ".join(parts))
