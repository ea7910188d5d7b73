"""The party page's History tab: the audit log of the party and its documents, newest first."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from smallcrm.clock import to_local
from smallcrm.domain import AuditAction, RecordKind
from smallcrm.services.privacy.audit import AuditEntryView, list_audit
from ui.common import formatting
from ui.common.context import AppContext
from ui.common.labels import label
from ui.operations import read_op
from ui.parties.party_details import mute

_ACTIONS = {
    AuditAction.CREATE: QT_TRANSLATE_NOOP("PartyHistory", "created"),
    AuditAction.UPDATE: QT_TRANSLATE_NOOP("PartyHistory", "changed"),
    AuditAction.TRASH: QT_TRANSLATE_NOOP("PartyHistory", "moved to the trash"),
    AuditAction.RESTORE: QT_TRANSLATE_NOOP("PartyHistory", "restored"),
    AuditAction.ISSUE: QT_TRANSLATE_NOOP("PartyHistory", "issued"),
    AuditAction.EXPIRE: QT_TRANSLATE_NOOP("PartyHistory", "expired (validity over)"),
    AuditAction.ERASE: QT_TRANSLATE_NOOP("PartyHistory", "erased"),
    AuditAction.ANONYMISE: QT_TRANSLATE_NOOP("PartyHistory", "anonymised"),
    AuditAction.MERGE: QT_TRANSLATE_NOOP("PartyHistory", "merged with another record"),
    AuditAction.MERGED: QT_TRANSLATE_NOOP("PartyHistory", "merged into another record"),
}
_VOCABULARY = {"stage", "status", "kind", "direction", "method"}


class PartyHistory(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.party_id: int | None = None
        self.tree = QTreeWidget(objectName="history")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Record"), self.tr("What"),
                                   self.tr("Field"), self.tr("Before"), self.tr("After")])
        for column, width in enumerate((115, 70, 95, 110, 90, 150)):
            self.tree.setColumnWidth(column, width)
        self.empty = mute(QLabel(self.tr("No changes recorded yet.")))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)

    def show_party(self, party_id: int) -> None:
        self.party_id = party_id
        read_op(self.ctx, self, "audit", lambda: list_audit(party_id), self._show)

    def _show(self, entries: list[AuditEntryView]) -> None:
        self.tree.clear()
        for entry in entries:
            record = label(entry.record_kind) if entry.record_kind != RecordKind.PARTY else self.tr("this record")
            if entry.record_kind != RecordKind.PARTY:
                record = f"{record} {entry.record_id}"
            action = _ACTIONS.get(entry.action)
            show = label if entry.field in _VOCABULARY else str  # "lead" reads as "Lead", "Potenziale"...
            item = QTreeWidgetItem([
                formatting.moment(to_local(entry.at)), entry.who, record,
                QCoreApplication.translate("PartyHistory", action) if action else entry.action,
                label(entry.field) if entry.field else "", show(entry.old_value), show(entry.new_value)])
            for column in (5, 6):
                item.setToolTip(column, item.text(column))
            self.tree.addTopLevelItem(item)
        self.empty.setVisible(not entries)
        self.tree.setVisible(bool(entries))
