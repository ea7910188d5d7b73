"""Pick a company by typing part of its name: matches come from the search service in the background and
drop down under the field; choosing one sets ``company_id``. Typing something else clears it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from smallcrm.services.search import search_parties
from ui.context import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
TYPING_PAUSE_MS = 150
SHOWN = 12


def find_companies(db, text: str) -> list[tuple[int, str, str]]:
    """(id, name, detail) of the companies that best match ``text`` (runs in the background)."""
    hits = search_parties(db, text, limit=60)
    return [(h.id, h.name, h.detail) for h in hits if h.kind == "company"][:SHOWN]


class CompanyPicker(QLineEdit):
    picked = Signal(object)  # the company id, or None when the text no longer names one

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._id: int | None = None
        self._name = ""
        self._asked = ""
        self.setPlaceholderText(self.tr("Type to search a company…"))
        self.setClearButtonEnabled(True)
        self.results = QStandardItemModel(self)
        self._completer = QCompleter(self.results, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCompletionRole(NAME_ROLE)
        self._completer.setWidget(self)
        self._completer.activated[QModelIndex].connect(self._chosen)
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._search)
        self.textEdited.connect(self._edited)
        self.textChanged.connect(self._changed)

    @property
    def company_id(self) -> int | None:
        return self._id

    def set_company(self, company_id: int | None, name: str = "") -> None:
        self._id, self._name = company_id, name if company_id is not None else ""
        self.setText(self._name)
        self.setToolTip(self.tr("Linked to %1").replace("%1", name) if company_id is not None else "")

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
        if self._id is not None and text != self._name:
            self._id, self._name = None, ""
            self.setToolTip("")
            self.picked.emit(None)

    def _search(self) -> None:
        text = self.text().strip()
        self._asked = text
        db = self._ctx.db
        self._ctx.runner.submit(lambda control: find_companies(db, text),
                                on_done=lambda found, t=text: self._found(t, found))

    def _found(self, text: str, found: list[tuple[int, str, str]]) -> None:
        if text != self._asked or text != self.text().strip():
            return  # the user has typed on since
        self.results.clear()
        for company_id, name, detail in found:
            item = QStandardItem(f"{name}  ·  {detail}" if detail else name)
            item.setData(company_id, ID_ROLE)
            item.setData(name, NAME_ROLE)
            item.setEditable(False)
            self.results.appendRow(item)
        if found and self.hasFocus():
            self._completer.complete()

    def _chosen(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        company_id, name = index.data(ID_ROLE), index.data(NAME_ROLE)
        self.set_company(company_id, name)
        self._completer.popup().hide()
        self.picked.emit(company_id)
