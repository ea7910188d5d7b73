"""Pick a person or a company by typing part of the name (tasks and deals): matches drop down under the
field from the search service; choosing one sets ``party_id``, typing something else clears it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from smallcrm.domain import PartyKind
from smallcrm.services.parties.search import search_parties
from ui.common.context import AppContext
from ui.common.labels import label
from ui.operations import cancel_read, read_op

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
TYPING_PAUSE_MS = 150


SHOWN = 12


def find_parties(text: str, kind: PartyKind | None = None) -> list:
    """The search hits for ``text`` (runs in the background), only companies or persons if ``kind``."""
    hits = search_parties(text, limit=SHOWN if kind is None else 60)
    return [h for h in hits if kind is None or h.kind == kind][:SHOWN]


class PartyLookup(QLineEdit):
    picked = Signal(object)  # the party id, or None when the text no longer names one
    kind: PartyKind | None = None  # only this kind of party, or any

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._id: int | None = None
        self._name = ""
        self.setPlaceholderText(self.tr("Type a name to search…"))
        self.setClearButtonEnabled(True)
        self.results = QStandardItemModel(self)
        self._completer = QCompleter(self.results, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCompletionRole(NAME_ROLE)
        self._completer.setWidget(self)
        self._completer.activated[QModelIndex].connect(self._chosen)
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.search_now)
        self.textEdited.connect(self._edited)
        self.textChanged.connect(self._changed)

    @property
    def party_id(self) -> int | None:
        return self._id

    def set_party(self, party_id: int | None, name: str = "") -> None:
        self._id, self._name = party_id, name if party_id is not None else ""
        self.setText(self._name)
        self.setToolTip(self.tr("Linked to %1").replace("%1", name) if party_id is not None else "")

    def pick_row(self, row: int) -> None:
        """Choose one of the matches listed (what a click in the drop-down does)."""
        self._chosen(self.results.index(row, 0))

    def _edited(self, text: str) -> None:
        if text.strip():
            self._typing.start()
        else:
            self._typing.stop()
            self.results.clear()

    def _changed(self, text: str) -> None:
        cancel_read(self, "search")  # an answer on its way is for the text before this one
        if self._id is not None and text != self._name:
            self._id, self._name = None, ""
            self.setToolTip("")
            self.picked.emit(None)

    def search_now(self) -> None:
        self._typing.stop()
        text = self.text().strip()
        kind = self.kind
        read_op(self._ctx, self, "search", lambda: find_parties(text, kind), self._found)

    def _found(self, found: list) -> None:
        self.results.clear()
        for hit in found:
            detail = " · ".join(p for p in (None if self.kind else label(hit.kind), hit.detail) if p)
            item = QStandardItem(f"{hit.name}  —  {detail}")
            item.setData(hit.id, ID_ROLE)
            item.setData(hit.name, NAME_ROLE)
            item.setEditable(False)
            self.results.appendRow(item)
        if found and self.hasFocus():
            self._completer.complete()

    def _chosen(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        party_id, name = index.data(ID_ROLE), index.data(NAME_ROLE)
        self.set_party(party_id, name)
        self._completer.popup().hide()
        self.picked.emit(party_id)


class CompanyPicker(PartyLookup):
    """The lookup for a person's company: companies only."""

    kind = PartyKind.COMPANY

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setPlaceholderText(self.tr("Type to search a company…"))

    @property
    def company_id(self) -> int | None:
        return self.party_id

    def set_company(self, company_id: int | None, name: str = "") -> None:
        self.set_party(company_id, name)
