"""The open deals of the party shown (a company's include its people's): what may be sold, at which stage."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidgetItem, QVBoxLayout, QWidget

from smallcrm.services.sales.deals import DealView
from ui.common import formatting
from ui.common.labels import label
from ui.parties.party_details import fit_rows, heading, short_list


class OpenDeals(QWidget):
    """A short list under the open tasks, so that a company's page answers "what is going on with them"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("Open deals"))
        self.list = short_list()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.list)

    def show_deals(self, deals: tuple[DealView, ...], shown_party_id: int | None, currency: str) -> None:
        self.list.clear()
        for deal in deals:
            parts = [deal.title, label(deal.stage), formatting.money(deal.value, currency)]
            if deal.expected_close:
                parts.append(self.tr("closing %1").replace("%1", formatting.day(deal.expected_close)))
            if deal.party.id != shown_party_id:  # one of the company's people
                parts.append(deal.party.name)
            item = QListWidgetItem(" · ".join(parts))
            item.setToolTip(deal.notes or deal.title)
            self.list.addItem(item)
        self.title.setText(self.tr("Open deals (%1)").replace("%1", str(len(deals))) if deals
                           else self.tr("Open deals"))
        self.setVisible(bool(deals))  # no deals: the timeline keeps the room (the Deals page is where to add one)
        self.list.setVisible(bool(deals))
        fit_rows(self.list, 4)
