"""Choose the person or company a received message belongs to (the review list's "Add to…")."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from smallcrm.services.mail.review import ReviewView
from ui.common.context import AppContext
from ui.mail.review_table import sender_text
from ui.parties.party_lookup import PartyLookup


class AttachMailDialog(QDialog):
    def __init__(self, ctx: AppContext, review: ReviewView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add the message to a contact"))
        self.setMinimumWidth(460)
        about = QLabel(self.tr("From %1: %2").replace("%1", sender_text(review)).replace("%2", review.subject))
        about.setWordWrap(True)
        self.lookup = PartyLookup(ctx)
        self.add_address = QCheckBox(self.tr("Add %1 to the contact's e-mails, so its next messages are logged "
                                             "there directly").replace("%1", review.from_address))
        self.add_address.setChecked(bool(review.from_address))
        self.add_address.setVisible(bool(review.from_address))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Add to this contact"))
        self.ok.setEnabled(False)
        self.lookup.picked.connect(lambda party_id: self.ok.setEnabled(party_id is not None))
        form = QFormLayout()
        form.addRow(self.tr("Person or company"), self.lookup)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.add_address)
        layout.addWidget(self.buttons)

    @classmethod
    def ask(cls, ctx: AppContext, review: ReviewView, parent: QWidget | None = None) -> tuple[int, bool] | None:
        """(party id, add the address) or None when cancelled; tests replace this."""
        dialog = cls(ctx, review, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.lookup.party_id is None:
            return None
        return dialog.lookup.party_id, dialog.add_address.isChecked()
