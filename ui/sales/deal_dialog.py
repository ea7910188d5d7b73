"""A new deal, or one changed: for whom, what, how much, which stage, how likely, when it should close."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from smallcrm.changes import Changes
from smallcrm.domain import DealStage
from smallcrm.services.sales.deals import STAGE_PROBABILITY, DealDraft, DealView, create_deal, update_deal
from ui.common.context import AppContext
from ui.common.date_field import DateField, dates_ok
from ui.common.field_errors import FieldErrors
from ui.common.formatting import editable
from ui.common.labels import label
from ui.operations import write_op
from ui.parties.party_lookup import PartyLookup

USUAL = -1  # the probability spin box's special value: the stage's usual probability


class DealDialog(QDialog):
    def __init__(self, ctx: AppContext, deal: DealView | None = None, parent: QWidget | None = None,
                 stage: DealStage = DealStage.NEW) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._deal = deal
        self.saved: DealView | None = None
        self.setWindowTitle(self.tr("Edit deal") if deal else self.tr("New deal"))
        self.setMinimumWidth(460)
        self.errors = FieldErrors()
        self.party = PartyLookup(ctx)
        self.title = QLineEdit()
        self.value = QLineEdit(placeholderText="0,00")
        self.stage = QComboBox()
        for value in DealStage:
            self.stage.addItem(label(value), str(value))
        self.stage.setCurrentIndex(max(self.stage.findData(str(stage)), 0))
        self.probability = QSpinBox()
        self.probability.setRange(USUAL, 100)
        self.probability.setSuffix(" %")
        self.probability.setValue(USUAL)
        self.stage.currentIndexChanged.connect(self._stage_changed)
        self._stage_changed()
        self.has_close = QCheckBox(self.tr("Expected to close"))
        self.close_date = DateField()
        self.close_date.setDate(QDate(date.today() + timedelta(days=30)))
        self.has_close.toggled.connect(self.close_date.setEnabled)
        self.has_close.setChecked(True)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(80)

        close_row = QHBoxLayout()
        close_row.setContentsMargins(0, 0, 0, 0)
        close_row.addWidget(self.has_close)
        close_row.addWidget(self.close_date, 1)
        close_box = QWidget()
        close_box.setLayout(close_row)
        form = QFormLayout(self)
        form.addRow(self.tr("Customer"), self.errors.wrap("party_id", self.party, aliases=("party",)))
        form.addRow(self.tr("Deal"), self.errors.wrap("title", self.title))
        form.addRow(self.tr("Value (€)"), self.errors.wrap("value", self.value))
        form.addRow(self.tr("Stage"), self.errors.wrap("stage", self.stage))
        form.addRow(self.tr("Probability"), self.errors.wrap("probability", self.probability))
        form.addRow(self.tr("Close"), self.errors.wrap("expected_close", close_box))
        form.addRow(self.tr("Notes"), self.errors.wrap("notes", self.notes))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        form.addRow(buttons)
        if deal is not None:
            self._fill(deal)

    def _stage_changed(self, *_) -> None:
        usual = STAGE_PROBABILITY[DealStage(self.stage.currentData())]
        self.probability.setSpecialValueText(self.tr("Usual for the stage (%1 %)").replace("%1", str(usual)))

    def _fill(self, deal: DealView) -> None:
        self.party.set_party(deal.party.id, deal.party.name)
        self.title.setText(deal.title)
        self.value.setText(editable(deal.value, 2))
        self.stage.setCurrentIndex(max(self.stage.findData(deal.stage), 0))
        usual = STAGE_PROBABILITY[DealStage(deal.stage)]
        self.probability.setValue(USUAL if deal.probability == usual else deal.probability)
        self.has_close.setChecked(deal.expected_close is not None)
        if deal.expected_close:
            self.close_date.setDate(QDate(deal.expected_close))
        self.notes.setPlainText(deal.notes)

    def draft(self) -> DealDraft:
        probability = self.probability.value()
        return DealDraft(
            party_id=self.party.party_id, title=self.title.text(), value=self.value.text().strip() or "0",
            stage=self.stage.currentData(), probability=None if probability == USUAL else probability,
            expected_close=self.close_date.day() if self.has_close.isChecked() else None,
            notes=self.notes.toPlainText(), owner=self._deal.owner if self._deal else None)

    def save(self) -> None:
        """Write the deal in the background; on a mistake, say what is wrong under the field and keep the dialog
        open, else close it (``saved`` holds the deal)."""
        self.errors.clear()
        if not dates_ok(self.close_date):
            return
        if self.party.party_id is None:
            self.errors.message("party_id", self.tr("Choose the customer from the list"))
            return
        current, draft = self._deal, self.draft()

        def write(db) -> tuple[DealView, Changes]:
            return create_deal(db, draft) if current is None else update_deal(db, current.id, draft)

        write_op(self._ctx, write, parent=self, errors=self.errors, busy=(self.save_button,), on_done=self._saved)

    def _saved(self, deal: DealView) -> None:
        self.saved = deal
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, deal: DealView | None = None, parent: QWidget | None = None,
            stage: DealStage = DealStage.NEW) -> DealView | None:
        """Show the dialog; the deal saved, or None when cancelled (tests replace this)."""
        dialog = cls(ctx, deal, parent, stage)
        dialog.exec()
        return dialog.saved
