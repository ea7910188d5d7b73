"""Recording a consent (or another lawful basis) for a purpose: what for, on which basis, when and how."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from smallcrm.domain import ConsentPurpose, LawfulBasis
from smallcrm.services.privacy.consents import ConsentDraft, record_consent
from ui.common.context import AppContext
from ui.common.date_field import dates_ok
from ui.common.date_time_field import DateTimeField
from ui.common.field_errors import FieldErrors
from ui.common.labels import label
from ui.operations import write_op


class ConsentDialog(QDialog):
    def __init__(self, ctx: AppContext, party_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.party_id = ctx, party_id
        self.setWindowTitle(self.tr("Add consent"))
        self.errors = FieldErrors()
        self.purpose = QComboBox(objectName="consent-purpose")
        self.purpose.setEditable(True)
        for purpose in ConsentPurpose:
            self.purpose.addItem(label(purpose), str(purpose))
        self.purpose.lineEdit().setPlaceholderText(self.tr("e.g. newsletter"))
        self.basis = QComboBox(objectName="consent-basis")
        for basis in LawfulBasis:
            self.basis.addItem(label(basis), str(basis))
        self.given = DateTimeField(datetime.now(), objectName="consent-given")  # a moment to come: the service says
        self.how = QLineEdit(objectName="consent-how", placeholderText=self.tr("web form, signed paper, phone call…"))
        self.note = QLineEdit(objectName="consent-note")

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("Purpose"), self.errors.wrap("purpose", self.purpose))
        form.addRow(self.tr("Lawful basis"), self.errors.wrap("lawful_basis", self.basis))
        form.addRow(self.tr("Given on"), self.errors.wrap("given_at", self.given))
        form.addRow(self.tr("How and where"), self.errors.wrap("how", self.how))
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(460, 0)

    def draft(self) -> ConsentDraft:
        text = self.purpose.currentText().strip()
        index = self.purpose.findText(text)  # a suggestion is stored by its code, whatever the language
        purpose = self.purpose.itemData(index) if index >= 0 else text
        return ConsentDraft(self.party_id, purpose, self.basis.currentData(), self.given.value(),
                            self.how.text(), self.note.text())

    def save(self) -> None:
        if not dates_ok(self.given):
            return
        draft = self.draft()
        write_op(self.ctx, lambda db: record_consent(db, draft), parent=self, on_done=lambda _consent: self.accept(),
                 errors=self.errors, busy=(self.save_button,))

    @classmethod
    def add(cls, ctx: AppContext, party_id: int, parent: QWidget | None = None) -> bool:
        return cls(ctx, party_id, parent).exec() == QDialog.DialogCode.Accepted
