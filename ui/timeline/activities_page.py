"""Activities: the timeline of every party at once (calls, e-mails, meetings, notes...), newest first,
loaded as you scroll; a channel filter. A double click on the party (or Enter) opens its 360° view, on any
other column it opens the entry to edit; the context menu and the Delete key move it to the trash."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from smallcrm.changes import Changes
from smallcrm.domain import Channel
from ui.common.context import AppContext
from ui.common.errors import show_error
from ui.common.labels import label
from ui.common.tables import list_table, open_on_enter, remember_columns
from ui.timeline.activity_table import ActivityTableModel
from ui.timeline.communication_actions import CommunicationActions


class ActivitiesPage(QWidget):
    open_party = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.channel = QComboBox()
        self.channel.addItem(self.tr("All channels"), None)
        for channel in Channel:
            self.channel.addItem(label(channel), str(channel))
        self.status = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show")))
        bar.addWidget(self.channel)
        bar.addStretch(1)
        bar.addWidget(self.status)

        self.model = ActivityTableModel(ctx, self)
        self.table = list_table(self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ActivityTableModel.SUBJECT, QHeaderView.ResizeMode.Stretch)
        remember_columns(self.table, ctx.settings, "activities", {
            ActivityTableModel.WHEN: 150, ActivityTableModel.CHANNEL: 90, ActivityTableModel.DIRECTION: 90,
            ActivityTableModel.PARTY: 260, ActivityTableModel.DURATION: 80, ActivityTableModel.OWNER: 90})
        self.entries = CommunicationActions(ctx, self)
        self.entries.attach(self.table, self._logged_id, self._open_entry, double_click=False)
        self.table.doubleClicked.connect(self._double_clicked)
        open_on_enter(self.table, self._open)  # Enter: the contact's page (a double click edits the entry)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.entries.undo_bar)
        layout.addWidget(self.table)
        self.channel.currentIndexChanged.connect(lambda _: self.model.set_channel(self.channel.currentData()))
        self.model.loading.connect(self._loading)
        self.model.failed.connect(lambda error: show_error(self, error))
        ctx.bus.changed.connect(self._changed)
        self.model.refresh()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_party.emit(self.model.communication(index.row()).party.id)

    def _logged_id(self, index: QModelIndex) -> int | None:
        return self.model.communication(index.row()).id if index.isValid() else None

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == ActivityTableModel.PARTY:
            self._open(index)
        elif (logged := self._logged_id(index)) is not None:
            self.entries.edit(logged)

    def _open_entry(self, index: QModelIndex) -> tuple:
        """The context menu's first entry: the party's page."""
        name = self.model.communication(index.row()).party.name
        return ((self.tr("Open %1").replace("%1", name), lambda: self._open(index)),)

    def _loading(self, busy: bool) -> None:
        rows = self.model.rowCount()
        if busy:
            self.status.setText(self.tr("Loading…"))
        elif self.model.exhausted:
            self.status.setText(self.tr("%n activity(ies)", "", rows))
        else:
            self.status.setText(self.tr("The latest %1: scroll for more").replace("%1", str(rows)))

    def _changed(self, changes: Changes) -> None:
        if changes.communications or changes.parties:
            self.model.refresh()
