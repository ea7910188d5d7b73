"""Settings → Privacy: how long data is kept per lifecycle stage, and the review list of parties past it, each
to keep (its review date moves ahead), anonymise or erase."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smallcrm.changes import Changes
from smallcrm.errors import SmallCrmError
from smallcrm.services.admin.settings import get_setting, save_settings
from smallcrm.services.parties.parties import get_party
from smallcrm.services.privacy.retention import RetentionRow, keep_party, retention_review
from ui.common.context import AppContext
from ui.common.errors import show_error
from ui.common.field_errors import ERROR_COLOR
from ui.common.formatting import day
from ui.common.icons import Icon, set_icon
from ui.common.labels import label
from ui.common.read_only_guard import writes
from ui.common.tables import open_on_enter
from ui.operations import read_op, write_op
from ui.parties.party_details import mute
from ui.privacy.erase_dialog import EraseDialog

PARTY_ID = Qt.ItemDataRole.UserRole + 1


class PrivacySettings(QWidget):
    open_party = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.spins: dict[str, QSpinBox] = {}
        periods = QFormLayout()
        for key, text, high, suffix in (
                ("retention_months_lead", self.tr("Leads"), 600, self.tr(" months")),
                ("retention_months_prospect", self.tr("Prospects"), 600, self.tr(" months")),
                ("retention_months_lost", self.tr("Lost contacts"), 600, self.tr(" months")),
                ("retention_months_dormant", self.tr("Dormant contacts"), 600, self.tr(" months")),
                ("retention_months_customer", self.tr("Customers"), 600, self.tr(" months")),
                ("retention_years_invoices", self.tr("Issued invoices (tax law)"), 50, self.tr(" years"))):
            spin = QSpinBox(objectName=f"setting-{key}")
            spin.setRange(1, high)
            spin.setSuffix(suffix)
            spin.setMaximumWidth(140)
            self.spins[key] = spin
            periods.addRow(text, spin)
        self.save_button = QPushButton(self.tr("Save periods"))
        set_icon(self.save_button, Icon.SAVE)
        self.save_button.clicked.connect(self.save)
        explain = mute(QLabel(self.tr("Counted from the last activity: a change to the record, a communication, "
                                      "a quote or a deal. Whoever has issued invoices is kept for the years tax "
                                      "law asks after the last one.")))
        explain.setWordWrap(True)
        periods_box = QGroupBox(self.tr("How long data is kept"))
        box_layout = QVBoxLayout(periods_box)
        box_layout.addWidget(explain)
        box_layout.addLayout(periods)
        box_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.find_button = QPushButton(self.tr("Find records to review"))
        self.find_button.clicked.connect(self.load)
        self.list = QTreeWidget(objectName="retention-list")
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Stage"), self.tr("Last activity"),
                                   self.tr("Kept until"), self.tr("Why"), self.tr("Issued invoices")])
        for column, width in enumerate((220, 100, 110, 110, 160)):
            self.list.setColumnWidth(column, width)
        self.list.itemDoubleClicked.connect(lambda item: self.open_party.emit(item.data(0, PARTY_ID)))
        open_on_enter(self.list)
        self.list.itemSelectionChanged.connect(self._selection)
        self.summary = mute(QLabel())
        self.keep_button = QPushButton(self.tr("Keep"))
        self.keep_button.setToolTip(self.tr("Keep the data: the record is reviewed again after its stage's period"))
        self.anonymise_button = QPushButton(self.tr("Anonymise…"))
        set_icon(self.anonymise_button, Icon.ANONYMISE)
        self.erase_button = QPushButton(self.tr("Erase…"))
        writes(self.save_button, self.keep_button, self.anonymise_button, self.erase_button)
        set_icon(self.erase_button, Icon.ERASE)
        self.erase_button.setStyleSheet(f"QPushButton:enabled {{ color: {ERROR_COLOR}; }}")
        self.keep_button.clicked.connect(self.keep)
        self.anonymise_button.clicked.connect(lambda: self._erase(anonymise=True))
        self.erase_button.clicked.connect(lambda: self._erase(anonymise=False))
        actions = QHBoxLayout()
        actions.addWidget(self.find_button)
        actions.addWidget(self.summary, 1)
        for button in (self.keep_button, self.anonymise_button, self.erase_button):
            actions.addWidget(button)
        review_box = QGroupBox(self.tr("Review list"))
        review_layout = QVBoxLayout(review_box)
        review_layout.addLayout(actions)
        review_layout.addWidget(self.list, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(periods_box)
        layout.addWidget(review_box, 1)
        self.load_periods()
        self._selection()

    def load_periods(self) -> None:
        for key, spin in self.spins.items():
            spin.setValue(get_setting(key))

    def save(self) -> None:
        """Save the periods in the background (a refused value is said in one line, nothing saved); the review
        list follows periods that changed."""
        periods = {key: spin.value() for key, spin in self.spins.items()}

        def body(db) -> tuple[bool, Changes]:
            changes = save_settings(db, periods)
            return bool(changes), changes

        write_op(self.ctx, body, parent=self, busy=(self.save_button,),
                 on_done=lambda changed: self.load() if changed else None)

    def load(self) -> None:
        self.find_button.setEnabled(False)
        read_op(self.ctx, self, "review", retention_review, self._show, on_error=self._failed,
                title=self.tr("Finding records to review"))

    def _failed(self, error: Exception) -> None:
        self.find_button.setEnabled(True)
        show_error(self, error)

    def _show(self, rows: list[RetentionRow]) -> None:
        self.find_button.setEnabled(True)
        self.list.clear()
        for row in rows:
            why = self.tr("review date reached") if row.reason == "review" else self.tr("past its period")
            name = row.party.name + (self.tr(" (in the trash)") if row.in_trash else "")
            item = QTreeWidgetItem([name, label(row.stage), day(row.last_activity.date()), day(row.keep_until), why,
                                    str(row.issued_invoices) if row.issued_invoices else ""])
            item.setData(0, PARTY_ID, row.party.id)
            self.list.addTopLevelItem(item)
        self.summary.setText(self.tr("%n record(s) to review", "", len(rows)) if rows
                             else self.tr("Nobody is past the retention period."))
        self._selection()

    def _selected(self) -> int | None:
        items = self.list.selectedItems()
        return items[0].data(0, PARTY_ID) if items else None

    def _selection(self) -> None:
        chosen = self._selected() is not None
        for button in (self.keep_button, self.anonymise_button, self.erase_button):
            button.setEnabled(chosen)

    def keep(self) -> None:
        party_id = self._selected()
        if party_id is None:
            return
        write_op(self.ctx, lambda db: keep_party(db, party_id), parent=self, on_done=lambda _kept: self.load())

    def _erase(self, anonymise: bool) -> None:
        party_id = self._selected()
        if party_id is None:
            return
        try:
            party = get_party(party_id, include_trash=True)
        except SmallCrmError as error:
            show_error(self, error)
            return
        if EraseDialog.ask(self.ctx, party, anonymise, self):
            self.load()
