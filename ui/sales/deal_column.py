"""One column of the deals board: the deals of one pipeline stage. Cards are dragged out as mime data
carrying their ids; a drop of another stage's card asks the board (``dropped``) to move it here."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, Qt, Signal

from smallcrm.domain import DealStage
from smallcrm.services.sales.deals import DealView

MIME_TYPE = "application/x-smallcrm-deal-ids"
DEAL_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


def deal_mime(ids: list[int]) -> QMimeData:
    data = QMimeData()
    data.setData(MIME_TYPE, QByteArray(",".join(str(i) for i in ids).encode("ascii")))
    return data


def ids_of(data: QMimeData | None) -> list[int]:
    if data is None or not data.hasFormat(MIME_TYPE):
        return []
    text = bytes(data.data(MIME_TYPE).data()).decode("ascii", "replace")
    return [int(part) for part in text.split(",") if part.strip().isdigit()]


class DealColumnModel(QAbstractListModel):
    dropped = Signal(list, str)  # deal ids, the stage of this column

    def __init__(self, stage: DealStage, parent=None) -> None:
        super().__init__(parent)
        self.stage = stage
        self._deals: list[DealView] = []

    def set_deals(self, deals: list[DealView]) -> None:
        self.beginResetModel()
        self._deals = list(deals)
        self.endResetModel()

    def deal(self, row: int) -> DealView:
        return self._deals[row]

    def deals(self) -> list[DealView]:
        return list(self._deals)

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._deals)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._deals):
            return None
        deal = self._deals[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return deal.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p for p in (deal.title, deal.party.name, deal.notes[:300]) if p)
        if role == DEAL_ROLE:
            return deal
        if role == ID_ROLE:
            return deal.id
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                | Qt.ItemFlag.ItemIsDropEnabled)

    # -- drag and drop -------------------------------------------------------------------------
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        ids = []
        for index in indexes:
            if index.isValid() and index.data(ID_ROLE) not in ids:
                ids.append(index.data(ID_ROLE))
        return deal_mime(ids)

    def _foreign(self, data: QMimeData | None) -> list[int]:
        """The ids dropped that are not already in this column."""
        here = {d.id for d in self._deals}
        return [i for i in ids_of(data) if i not in here]

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: QModelIndex) -> bool:
        return action == Qt.DropAction.MoveAction and bool(self._foreign(data))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex) -> bool:
        """A card from another column: the board moves it (and reloads), so no row is inserted here."""
        ids = self._foreign(data)
        if action != Qt.DropAction.MoveAction or not ids:
            return False
        self.dropped.emit(ids, self.stage)
        return True

    def removeRows(self, row: int, count: int, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return False  # a moved card leaves its column when the board reloads, not by the view's hand
