"""The party page's Privacy tab: consents (add, withdraw), where the data came from, the review date, and
the subject's rights: export everything held about them, anonymise, erase."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smallcrm.clock import to_local
from smallcrm.services.privacy.consents import ConsentView, list_consents, set_review_date, withdraw_consent
from smallcrm.services.privacy.subject_access import export_personal_data
from smallcrm.services.views import PartyView
from ui.common import formatting
from ui.common.context import AppContext
from ui.common.date_field import DateField, dates_ok
from ui.common.field_errors import ERROR_COLOR
from ui.common.icons import Icon, set_icon
from ui.common.labels import label
from ui.common.read_only_guard import writes
from ui.operations import read_op, write_op
from ui.parties.party_details import mute
from ui.privacy.consent_dialog import ConsentDialog
from ui.privacy.erase_dialog import EraseDialog

CONSENT_ID = Qt.ItemDataRole.UserRole + 1


def _when(value) -> str:
    return formatting.moment(to_local(value)) if value else ""


class PartyPrivacy(QWidget):
    erasing = Signal(int)  # the party id, before its erasure is asked (the page then says it was erased)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.party: PartyView | None = None
        self._consents: dict[int, ConsentView] = {}
        self.consents = QTreeWidget(objectName="consents")
        self.consents.setRootIsDecorated(False)
        self.consents.setAlternatingRowColors(True)
        self.consents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.consents.setHeaderLabels([self.tr("Purpose"), self.tr("Lawful basis"), self.tr("Given"),
                                       self.tr("How"), self.tr("Withdrawn")])
        self.consents.setColumnWidth(0, 130)
        self.consents.setColumnWidth(1, 150)
        self.consents.setColumnWidth(2, 120)
        self.consents.setColumnWidth(3, 150)
        self.consents.itemSelectionChanged.connect(self._selection)
        self.no_consents = mute(QLabel(self.tr("No consent recorded.")))
        self.add_button = QPushButton(self.tr("Add consent…"))
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.withdraw_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_consent)
        self.withdraw_button.clicked.connect(self.withdraw)
        consent_buttons = QHBoxLayout()
        consent_buttons.addWidget(self.add_button)
        consent_buttons.addWidget(self.withdraw_button)
        consent_buttons.addStretch(1)

        self.source = QLabel(objectName="privacy-source")
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.review = DateField(optional=True, objectName="privacy-review")
        self.review.setMaximumWidth(200)
        self.review_save = QPushButton(self.tr("Set"))
        self.review_clear = QPushButton(self.tr("Clear"))
        self.review_save.clicked.connect(self._set_typed_review)
        self.review_clear.clicked.connect(lambda: self._set_review(None))
        review_row = QHBoxLayout()
        review_row.addWidget(self.review)
        review_row.addWidget(self.review_save)
        review_row.addWidget(self.review_clear)
        review_row.addStretch(1)
        facts = QFormLayout()
        facts.addRow(self.tr("Source of the data"), self.source)
        facts.addRow(self.tr("Review on"), review_row)

        self.export_button = QPushButton(self.tr("Export personal data…"))
        set_icon(self.export_button, Icon.EXPORT)
        self.anonymise_button = QPushButton(self.tr("Anonymise…"))
        set_icon(self.anonymise_button, Icon.ANONYMISE)
        self.erase_button = QPushButton(self.tr("Erase…"))
        set_icon(self.erase_button, Icon.ERASE)
        self.erase_button.setStyleSheet(f"QPushButton:enabled {{ color: {ERROR_COLOR}; }}")
        self.export_button.clicked.connect(self.export)
        self.anonymise_button.clicked.connect(lambda: self._erase(anonymise=True))
        self.erase_button.clicked.connect(lambda: self._erase(anonymise=False))
        rights = QHBoxLayout()
        rights.addWidget(self.export_button)
        rights.addStretch(1)
        rights.addWidget(self.anonymise_button)
        rights.addWidget(self.erase_button)
        self.status = mute(QLabel())
        writes(self.add_button, self.withdraw_button, self.review_save, self.review_clear, self.anonymise_button,
               self.erase_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Consents</b>")))
        layout.addWidget(self.consents, 1)
        layout.addWidget(self.no_consents)
        layout.addLayout(consent_buttons)
        layout.addSpacing(10)
        layout.addLayout(facts)
        layout.addSpacing(10)
        layout.addLayout(rights)
        layout.addWidget(self.status)
        layout.addStretch(0)  # takes the room the list of consents leaves when it is hidden (no gaps between rows);
        # with consents the list's stretch of 1 wins and the list grows instead

    # -- loading -------------------------------------------------------------------------------
    def show_party(self, party: PartyView, trashed: bool) -> None:
        if self.party is None or self.party.id != party.id:
            self.status.clear()  # "Personal data saved to ..." was about the contact shown before
        self.party = party
        self.source.setText(party.source or self.tr("not recorded (set it with Edit)"))
        self.review.setDate(party.review_on)
        for widget in (self.add_button, self.review, self.review_save, self.review_clear, self.anonymise_button):
            widget.setEnabled(not trashed)
        self.reload()

    def reload(self) -> None:
        if self.party is None:
            return
        party_id = self.party.id
        read_op(self.ctx, self, "consents", lambda: list_consents(party_id), self._show_consents)

    def _show_consents(self, consents: list[ConsentView]) -> None:
        self.consents.clear()
        self._consents = {c.id: c for c in consents}
        for consent in consents:
            withdrawn = (_when(consent.withdrawn_at) + (f" ({consent.withdrawn_how})" if consent.withdrawn_how
                                                        else "")) if consent.withdrawn_at else ""
            item = QTreeWidgetItem([label(consent.purpose), label(consent.lawful_basis), _when(consent.given_at),
                                    consent.given_how, withdrawn])
            item.setData(0, CONSENT_ID, consent.id)
            item.setToolTip(0, consent.note or label(consent.purpose))
            if not consent.active:
                for column in range(5):
                    item.setForeground(column, self.palette().placeholderText())
            self.consents.addTopLevelItem(item)
        self.no_consents.setVisible(not consents)
        self.consents.setVisible(bool(consents))
        self._selection()

    def _selected(self) -> ConsentView | None:
        items = self.consents.selectedItems()
        return self._consents.get(items[0].data(0, CONSENT_ID)) if items else None

    def _selection(self) -> None:
        consent = self._selected()
        self.withdraw_button.setEnabled(consent is not None and consent.active)

    # -- actions -------------------------------------------------------------------------------
    def add_consent(self) -> None:
        if self.party is not None:
            ConsentDialog.add(self.ctx, self.party.id, self)

    @classmethod
    def ask_how(cls, parent: QWidget, purpose: str) -> str | None:
        """How the consent was withdrawn, or None when the user cancels (tests replace this)."""
        title = QCoreApplication.translate("PartyPrivacy", "Withdraw consent")
        question = QCoreApplication.translate("PartyPrivacy", "How was the consent for %1 withdrawn?")
        text, ok = QInputDialog.getText(parent, title, question.replace("%1", purpose))
        return text if ok else None

    def withdraw(self) -> None:
        consent = self._selected()
        if consent is None or not consent.active:
            return
        how = self.ask_how(self, label(consent.purpose))
        if how is None:
            return
        write_op(self.ctx, lambda db: withdraw_consent(db, consent.id, how=how), parent=self)

    def _set_typed_review(self) -> None:
        if dates_ok(self.review):
            self._set_review(self.review.day())

    def _set_review(self, review_on: date | None) -> None:
        if self.party is None:
            return
        party_id = self.party.id
        write_op(self.ctx, lambda db: set_review_date(db, party_id, review_on), parent=self)

    @classmethod
    def ask_path(cls, parent: QWidget, suggested: str) -> str:
        """Where to save the export ("" when cancelled; tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("PartyPrivacy", "Export personal data"), suggested,
            QCoreApplication.translate("PartyPrivacy", "JSON (*.json);;Excel workbook (*.xlsx)"))
        return path

    def export(self) -> None:
        if self.party is None:
            return
        path = self.ask_path(self, str(Path.home() / f"{self.party.name}.json"))
        if not path:
            return
        party_id = self.party.id
        read_op(self.ctx, self, "export", lambda: export_personal_data(party_id, Path(path)),
                lambda written: self.status.setText(self.tr("Personal data saved to %1").replace("%1", str(written))),
                title=self.tr("Exporting personal data"))

    def _erase(self, anonymise: bool) -> None:
        if self.party is None:
            return
        if not anonymise:
            self.erasing.emit(self.party.id)
        EraseDialog.ask(self.ctx, self.party, anonymise, self)
