"""After an import: the records it created that look like ones already here (a similar name, the same company).
Choose the one it is the same as and merge: the new record is folded into the old one, as the party page's
merge does. What is not merged stays as imported (it can still be merged later from the party page)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from smallcrm.services.exchange.imports import LookAlike
from smallcrm.services.parties.merge import merge_parties
from smallcrm.services.views import PartyView
from ui.common.context import AppContext
from ui.common.errors import message_for
from ui.operations import write_op

ROLE = Qt.ItemDataRole.UserRole  # on a candidate: (its id, the created record's id)


class LookAlikesPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.title = QLabel(wordWrap=True)
        self.tree = QTreeWidget(objectName="look-alikes")
        self.tree.setHeaderHidden(True)
        self.tree.currentItemChanged.connect(lambda *_: self._selected())
        self.tree.itemDoubleClicked.connect(lambda *_: self.merge())
        self.merge_button = QPushButton(self.tr("Merge into the one selected"))
        self.merge_button.setToolTip(self.tr("The imported record is folded into this one: its e-mails, phones, "
                                             "addresses and tags move over, empty fields are filled"))
        self.merge_button.clicked.connect(self.merge)
        self.status = QLabel(wordWrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.show_look_alikes(())

    def show_look_alikes(self, look_alikes: tuple[LookAlike, ...]) -> None:
        self.tree.clear()
        self.status.clear()
        for alike in look_alikes:
            new = QTreeWidgetItem(self.tree, [self.tr("%1 (row %2) looks like:").replace("%1", alike.created.name)
                                              .replace("%2", str(alike.row))])
            new.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for candidate in alike.candidates:
                item = QTreeWidgetItem(new, [candidate.name])
                item.setData(0, ROLE, (candidate.id, alike.created.id))
        self.tree.expandAll()
        self._count()
        self._selected()

    def _count(self, merged: bool = False) -> None:
        count = self.tree.topLevelItemCount()
        self.title.setText(self.tr("%n new record(s) look like ones you already have. If one is the same, select "
                                   "it and merge:", "", count) if count else
                           self.tr("No other new record looks like one you already have."))
        self.tree.setVisible(bool(count))
        self.merge_button.setVisible(bool(count))
        self.setVisible(bool(count) or merged)

    def _selected(self) -> None:
        item = self.tree.currentItem()
        self.merge_button.setEnabled(item is not None and item.data(0, ROLE) is not None)

    def candidates(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i).child(j) for i in range(self.tree.topLevelItemCount())
                for j in range(self.tree.topLevelItem(i).childCount())]

    def merge(self) -> None:
        item = self.tree.currentItem()
        data = item.data(0, ROLE) if item is not None else None
        if data is None:
            return
        survivor, created = data
        self.merge_button.setEnabled(False)

        def merged(view: PartyView) -> None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item.parent()))
            text = self.tr("Merged into %1.").replace("%1", view.name)
            self.status.setText(text[:-1] if text.endswith("..") else text)  # "S.r.l."
            self._count(merged=True)
            self._selected()

        def failed(error: Exception) -> None:
            self.status.setText(message_for(error))
            self._selected()

        write_op(self._ctx, lambda db: merge_parties(db, survivor, created), parent=self, on_done=merged,
                 on_error=failed)
