"""Contacts and companies: a filter bar over the lazy list; Enter or a double click opens the 360° view."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm.changes import Changes
from smallcrm.domain import PartyKind, Stage
from smallcrm.services.exchange.vcards import export_vcards
from smallcrm.services.parties.lists import PartyQuery, list_tags
from ui.common.context import AppContext
from ui.common.errors import message_for, show_error
from ui.common.icons import Icon, set_icon
from ui.common.labels import label
from ui.common.read_only_guard import writes
from ui.common.tables import list_table, remember_columns
from ui.operations import read_op
from ui.parties.party_table import PartyTableModel

if TYPE_CHECKING:
    from ui.exchange.import_dialog import ImportDialog

TYPING_PAUSE_MS = 150
COLUMN_WIDTHS = [200, 210, 230, 140, 110, 110, 80, 160]  # name, company, e-mail, phone, city, stage, owner, tags


class ContactsPage(QWidget):
    open_party = Signal(int)
    new_party = Signal(str)  # a PartyKind (Qt hands it on as its text)

    def __init__(self, ctx: AppContext, kind: PartyKind | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._kind = kind
        self.search = QLineEdit(placeholderText=self.tr("Filter by name, e-mail, phone, tag…"))
        self.search.setClearButtonEnabled(True)
        self.stage = QComboBox()
        self.stage.addItem(self.tr("All stages"), None)
        for stage in Stage:
            self.stage.addItem(label(stage), str(stage))
        self.tag = QComboBox()
        self.tag.addItem(self.tr("All tags"), None)
        self.count = QLabel()
        new_person = QPushButton(self.tr("New person"))
        set_icon(new_person, Icon.NEW_PERSON)
        new_company = QPushButton(self.tr("New company"))
        set_icon(new_company, Icon.NEW_COMPANY)
        new_person.clicked.connect(lambda: self.new_party.emit(PartyKind.PERSON))
        new_company.clicked.connect(lambda: self.new_party.emit(PartyKind.COMPANY))
        if kind == PartyKind.COMPANY:
            new_person.hide()
        elif kind == PartyKind.PERSON:
            new_company.hide()

        self.model = PartyTableModel(ctx, PartyQuery(kind=kind), self)
        self.table = list_table(self.model, sortable=True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        remember_columns(self.table, ctx.settings, kind or "parties", dict(enumerate(COLUMN_WIDTHS)))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # for exporting several
        if kind == PartyKind.COMPANY:  # a company's own company: always empty
            self.table.setColumnHidden([key for key, *_ in PartyTableModel.COLUMNS].index("company"), True)
        self.table.doubleClicked.connect(lambda index: self.open_party.emit(self.model.id_at(index.row())))

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.stage)
        bar.addWidget(self.tag)
        bar.addStretch(1)
        bar.addWidget(new_person)
        bar.addWidget(new_company)
        self.import_button = QPushButton(self.tr("Import…"))
        set_icon(self.import_button, Icon.IMPORT)
        self.import_button.setToolTip(self.tr("Contacts from a CSV, Excel or vCard file"))
        self.import_button.clicked.connect(self.open_import)
        self.vcard_button = QPushButton(self.tr("Export vCard…"))
        set_icon(self.vcard_button, Icon.EXPORT)
        self.vcard_button.setToolTip(self.tr("The selected contacts (or all those listed) to a vCard file"))
        self.vcard_button.clicked.connect(self.export_vcard)
        writes(new_person, new_company, self.import_button)
        bar.addWidget(self.import_button)
        bar.addWidget(self.vcard_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.count)

        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._typing.start)
        self.search.returnPressed.connect(self.open_current)
        self.stage.currentIndexChanged.connect(self.apply_filters)
        self.tag.currentIndexChanged.connect(self.apply_filters)
        self.model.loading.connect(self._loading)
        self.model.failed.connect(lambda error: show_error(self, error))
        self.model.modelReset.connect(self._show_count)
        ctx.bus.changed.connect(self._changed)
        self._tags_loaded = False  # the tags and their counts are read once the list is in
        self.model.set_query(replace(self.model.query, kind=kind), at_once=True)  # the first page, no filter yet

    def apply_filters(self) -> None:
        query = replace(self.model.query, text=self.search.text(), stage=self.stage.currentData(),
                        tag=self.tag.currentData(), kind=self._kind)
        self.model.set_query(query)

    def reload_tags(self) -> None:
        """The tag filter's choices with how many records carry each, counted in the background (a count over
        every tagged record: it must not hold up the list)."""
        self._tags_loaded = True
        read_op(self._ctx, self, "tags", list_tags, self._tags_arrived)

    def _tags_arrived(self, tags: list[tuple[str, int]]) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), None)
        for name, count in tags:
            self.tag.addItem(f"{name} ({count})", name)
        index = self.tag.findData(current)
        self.tag.setCurrentIndex(max(index, 0))
        self.tag.blockSignals(False)

    def open_current(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else (0 if self.model.rowCount() else -1)
        if row >= 0:
            self.open_party.emit(self.model.id_at(row))

    def _loading(self, busy: bool) -> None:
        if busy:
            self.count.setText(self.tr("Loading…"))
            return
        self._show_count()
        if not self._tags_loaded:
            self.reload_tags()

    def _show_count(self) -> None:
        if not self.model.is_loading:  # while only the first page is in, the count is not known yet
            self.count.setText(self.tr("%n record(s)", "", self.model.rowCount()))

    def _changed(self, changes: Changes) -> None:
        if changes.parties:
            self.model.refresh()
        if changes.parties or changes.tags:
            self.reload_tags()

    # -- import and vCard export ---------------------------------------------------------------------------
    def open_import(self) -> ImportDialog:
        from ui.exchange.import_dialog import ImportDialog  # the import machinery loads when it is first used

        dialog = ImportDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @classmethod
    def ask_vcard_path(cls, parent: QWidget, suggested: str) -> str | None:
        title = QCoreApplication.translate("ContactsPage", "Export vCard")
        kinds = QCoreApplication.translate("ContactsPage", "vCard (*.vcf)")
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
        return path or None

    def chosen_ids(self) -> list[int]:
        """The selected contacts, or every contact the list shows when none is selected."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.id_at(r) for r in (rows or range(self.model.rowCount()))]

    def export_vcard(self) -> None:
        ids = self.chosen_ids()
        if not ids:
            return
        folder = self._ctx.settings.value("import/folder", str(Path.home()), type=str)
        path = self.ask_vcard_path(self, str(Path(folder) / "contacts.vcf"))
        if not path:
            return
        def export(control):
            return export_vcards(path, ids, progress=lambda done, total: control.report(done, total))

        read_op(self._ctx, self, "vcard", export, self._vcard_written, title=self.tr("Exporting vCard"),
                on_error=lambda error: self.count.setText(message_for(error)))

    def _vcard_written(self, result) -> None:
        self.count.setText(self.tr("%n contact(s) written to %1", "", result.count).replace("%1", str(result.path)))
