"""The global search's results: persons, companies, quotes and invoices in one short list, best first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from smallcrm.domain import DocumentKind, PartyKind
from smallcrm.services.parties.search import search_parties
from smallcrm.services.timeline.activity import find_documents
from ui.common.formatting import day, money
from ui.common.labels import label

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3
TYPE_ROLE = Qt.ItemDataRole.UserRole + 4
PARTIES_SHOWN = 10
DOCUMENTS_SHOWN = 6


@dataclass(frozen=True)
class Result:
    kind: PartyKind | DocumentKind
    id: int
    title: str
    detail: str  # a party's company or e-mail; a document's customer
    rank: int
    total: Decimal | None = None  # documents
    issued: date | None = None

    def detail_text(self) -> str:
        if self.total is None:
            return self.detail
        return " · ".join(p for p in (self.detail, money(self.total), day(self.issued)) if p)


def find_everything(text: str) -> list[Result]:
    """What the search box shows for ``text``: runs in the background, returns plain values."""
    text = text.strip()
    if not text:
        return []
    parties = [Result(h.kind, h.id, h.name, h.detail, h.rank) for h in search_parties(text, PARTIES_SHOWN)]
    documents = [Result(d.kind, d.id, d.number, d.party.name, d.rank, d.total, d.issue_date)
                 for d in find_documents(text, DOCUMENTS_SHOWN)]
    # a document number typed whole or from its start beats names that merely contain the digits
    if documents and documents[0].rank <= 1 and not any(p.rank <= 1 for p in parties):
        return documents + parties
    return parties + documents


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Result] = []

    def set_results(self, rows: list[Result]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def result(self, row: int) -> Result:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{label(row.kind)}: {row.title}" + (f" — {row.detail_text()}" if row.detail else "")
        values = {KIND_ROLE: row.kind, ID_ROLE: row.id, DETAIL_ROLE: row.detail_text(), TYPE_ROLE: label(row.kind)}
        return values.get(role)
