"""Every row of an import preview, with the name as it was read (accents and scripts decoded): first those that
need a look (rejected with the field and reason, updated with which fields, skipped with why, new ones that
look like contacts we have or have values kept for review), then the plain new ones."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from smallcrm.domain import ImportAction
from smallcrm.errors import ValidationError
from smallcrm.services.exchange.imports import POSSIBLE_DUPLICATE, PlannedRow, Rejection
from ui.common.errors import field_message
from ui.exchange.import_mapping import field_label

SHOWN_ALIKE = 3  # look-alikes named in a row's Details column; the others are counted ("… and 4 more")
ORDER = {ImportAction.REJECT: 0, ImportAction.UPDATE: 1, ImportAction.SKIP: 2, ImportAction.CREATE: 3}


class ImportRowsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PlannedRow] = []
        self._review: dict[int, list[Rejection]] = {}  # row number -> its values kept for review
        self._headers = [self.tr("Row"), self.tr("What happens"), self.tr("Contact"), self.tr("Details")]

    def set_rows(self, rows: list[PlannedRow], review: list[Rejection] = ()) -> None:
        self.beginResetModel()
        self._review = {}
        for value in review:
            self._review.setdefault(value.row, []).append(value)

        def order(r: PlannedRow) -> tuple:
            plain = r.action == ImportAction.CREATE and not r.candidates and r.row not in self._review
            return ORDER[r.action] + plain, r.row

        self._rows = sorted(rows, key=order)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def action_text(self, row: PlannedRow) -> str:
        if row.action == ImportAction.REJECT:
            return self.tr("Rejected")
        if row.action == ImportAction.UPDATE:
            return self.tr("Updates #%1").replace("%1", str(row.party_id))
        if row.action == ImportAction.SKIP:
            return self.tr("Skipped")
        if row.code == POSSIBLE_DUPLICATE:
            return self.tr("Possible duplicate")  # created all the same: the details name whom it may be
        if row.candidates:
            return self.tr("New, looks like")
        return self.tr("New")

    def details(self, row: PlannedRow, whole: bool = False) -> str:
        """What the row's Details column says; ``whole``: every look-alike (the tooltip), not only the first."""
        if row.action == ImportAction.UPDATE:
            return ", ".join(field_label(name) for name in row.changed)
        if row.action == ImportAction.SKIP:
            if row.code == "unchanged":
                return self.tr("already up to date")
            if row.code == "duplicate_in_file":
                return self.tr("the same contact as an earlier row of the file")
            return row.reason
        if row.action == ImportAction.CREATE:
            found = [f"#{c.id} {c.name}" for c in row.candidates[:None if whole else SHOWN_ALIKE]]
            if len(row.candidates) > len(found):  # the tooltip has them all
                found.append(self.tr("… and %1 more").replace("%1", f"{len(row.candidates) - len(found):,}"))
            for value in self._review.get(row.row, ()):
                message = field_message(ValidationError(value.field, value.reason, code=value.code))
                found.append(self.tr("%1 «%2» kept for review: %3").replace("%1", field_label(value.field))
                             .replace("%2", value.value).replace("%3", message))
            return "; ".join(found)
        if row.code in ("cell_too_long", "ragged", "truncated", "unclosed_quote"):
            return row.reason  # the reader's own words: which cell, how many cells
        field = row.reason.split(":", 1)[0]
        message = field_message(ValidationError(field, row.reason.split(": ", 1)[-1], code=row.code))
        return f"{field_label(field)}: {message}"

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:  # the whole list, one value a line
            return self.details(row, whole=True).replace("; ", "\n") or None
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return row.row
            if column == 1:
                return self.action_text(row)
            if column == 2:
                return row.name
            return self.details(row)
        return None

    def row_at(self, row: int) -> PlannedRow:
        return self._rows[row]
