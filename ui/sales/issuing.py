"""Issuing an invoice or a credit note from the window: deliberate and complete.

A number is for good, so "Issue" first asks the services what the document would become (``issue_preview``):
when data the law wants is missing (our company's or the customer's), a list names each item with a button that
opens the form where it is filled (Settings → Company, or the customer's record), then lets the user issue again;
when nothing is missing, a confirmation shows the number it will get, the date, the customer and the total.
Only then is it issued. Both dialogs are asked through class methods that tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm.domain import IssueRequirement
from smallcrm.services.sales import invoices
from smallcrm.services.sales.readiness import IncompleteDocument, MissingItem
from smallcrm.services.sales.views import DocumentView, IssuePreview
from ui.common import formatting
from ui.common.context import AppContext
from ui.operations import read_op, write_op

R = IssueRequirement
# what each missing item is called in the window (context "MissingItems")
ITEM_TEXTS = {
    R.SELLER_NAME: QT_TRANSLATE_NOOP("MissingItems", "Legal name"),
    R.SELLER_STREET: QT_TRANSLATE_NOOP("MissingItems", "Street and number"),
    R.SELLER_POSTAL_CODE: QT_TRANSLATE_NOOP("MissingItems", "Postal code"),
    R.SELLER_CITY: QT_TRANSLATE_NOOP("MissingItems", "City"),
    R.SELLER_COUNTRY: QT_TRANSLATE_NOOP("MissingItems", "Country"),
    R.SELLER_TAX_ID: QT_TRANSLATE_NOOP("MissingItems", "VAT number or tax code"),
    R.SELLER_TAX_REGIME: QT_TRANSLATE_NOOP("MissingItems", "Tax regime"),
    R.SELLER_IBAN: QT_TRANSLATE_NOOP("MissingItems", "IBAN, for the bank transfer"),
    R.BUYER_NAME: QT_TRANSLATE_NOOP("MissingItems", "Name"),
    R.BUYER_STREET: QT_TRANSLATE_NOOP("MissingItems", "Street and number"),
    R.BUYER_POSTAL_CODE: QT_TRANSLATE_NOOP("MissingItems", "Postal code"),
    R.BUYER_CITY: QT_TRANSLATE_NOOP("MissingItems", "City"),
    R.BUYER_COUNTRY: QT_TRANSLATE_NOOP("MissingItems", "Country"),
    R.BUYER_TAX_ID: QT_TRANSLATE_NOOP("MissingItems", "VAT number or tax code"),
    R.BUYER_TAX_CODE: QT_TRANSLATE_NOOP("MissingItems", "Tax code (codice fiscale): a private customer in Italy"),
    R.BUYER_VAT_NUMBER: QT_TRANSLATE_NOOP("MissingItems", "VAT number: a business abroad"),
}


def item_text(item: MissingItem) -> str:
    return QCoreApplication.translate("MissingItems", ITEM_TEXTS[item.requirement])


class MissingItemsDialog(QDialog):
    """What the document lacks, grouped by where it is filled, a "Fill in…" button per item; "Issue again"
    once it is filled. The list is read again after each form is saved."""

    def __init__(self, ctx: AppContext, missing: tuple[MissingItem, ...], recheck: Callable[[], tuple],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self._recheck = ctx, recheck
        self.setWindowTitle(self.tr("Before it gets a number"))
        self.intro = QLabel(wordWrap=True)
        self.items = QWidget()
        self.grid = QGridLayout(self.items)
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(14)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.issue_button = self.buttons.addButton(self.tr("Issue again"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.items)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.fill_buttons: list[QPushButton] = []
        self.show_items(missing)

    def show_items(self, missing: tuple[MissingItem, ...]) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.fill_buttons = []
        self.missing = missing
        if not missing:
            self.intro.setText(self.tr("Everything the law wants on it is there now: it can be issued."))
        else:
            self.intro.setText(self.tr("An invoice is frozen for good once it has its number. These details the law "
                                       "wants on it are missing; fill them in, then issue it again."))
        row, where = 0, None
        for item in missing:
            if item.party_id != where or row == 0:
                where = item.party_id
                title = self.tr("Our company") if item.ours else self.tr("Customer: %1").replace("%1", item.party_name)
                heading = QLabel(f"<b>{title}</b>")
                heading.setContentsMargins(0, 10 if row else 0, 0, 2)
                self.grid.addWidget(heading, row, 0, 1, 3)
                row += 1
            self.grid.addWidget(QLabel("•"), row, 0)
            self.grid.addWidget(QLabel(item_text(item)), row, 1)
            fill = QPushButton(self.tr("Fill in…"))
            fill.clicked.connect(lambda _checked=False, chosen=item: self.fill(chosen))
            self.grid.addWidget(fill, row, 2, Qt.AlignmentFlag.AlignRight)
            self.fill_buttons.append(fill)
            row += 1
        self.issue_button.setText(self.tr("Issue again") if missing else self.tr("Issue now"))

    def fill(self, item: MissingItem) -> None:
        """Open the form that holds ``item``, the cursor on its field; then read the list again."""
        if item.ours:
            from ui.settings.company import CompanyDialog

            saved = CompanyDialog.edit(self.ctx, self, item.field)
        else:
            from ui.parties.party_form import PartyForm

            saved = PartyForm.edit(self.ctx, item.party_id, self, item.field)
        if saved:
            read_op(self.ctx, self, "missing", self._recheck, self.show_items)

    @classmethod
    def ask(cls, ctx: AppContext, missing: tuple[MissingItem, ...], recheck: Callable[[], tuple],
            parent: QWidget | None = None) -> bool:
        """True when the user asks to issue again (tests replace this)."""
        return cls(ctx, missing, recheck, parent).exec() == QDialog.DialogCode.Accepted


def confirm_text(preview: IssuePreview) -> str:
    """The confirmation's words: the number the document will get, its date, its customer and total."""
    return QCoreApplication.translate(
        "IssueConfirmation", "It will be issued as number %1, dated %2, to %3, for %4.\n\nOnce issued it cannot be "
        "changed (a credit note corrects it).").replace("%1", preview.number).replace(
        "%2", formatting.day(preview.issue_date)).replace("%3", preview.customer).replace(
        "%4", formatting.money(preview.total, preview.currency))


class IssueConfirmation:
    @classmethod
    def ask(cls, parent: QWidget | None, preview: IssuePreview) -> bool:
        """Whether the user confirms issuing what ``preview`` shows (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Question,
                          QCoreApplication.translate("IssueConfirmation", "Issue %1?").replace("%1", preview.number),
                          confirm_text(preview), QMessageBox.StandardButton.Cancel, parent)
        issue = box.addButton(QCoreApplication.translate("IssueConfirmation", "Issue"),
                              QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is issue


def issue_checked(ctx: AppContext, parent: QWidget, invoice_id: int, when: date,
                  on_issued: Callable[[DocumentView], None], on_error: Callable[[Exception], None]) -> None:
    """Issue the draft ``invoice_id`` on ``when``: what is missing first, then the confirmation, then the number."""

    def recheck() -> tuple:
        return invoices.issue_preview(invoice_id, when).missing

    def decide(preview: IssuePreview) -> None:
        if preview.missing:
            if MissingItemsDialog.ask(ctx, preview.missing, recheck, parent):
                check()
            return
        if IssueConfirmation.ask(parent, preview):
            write_op(ctx, lambda db: invoices.issue_invoice(db, invoice_id, when), parent=parent,
                     on_done=on_issued, on_error=refused)

    def refused(error: Exception) -> None:
        if isinstance(error, IncompleteDocument):  # a record changed between the check and the issue
            if MissingItemsDialog.ask(ctx, error.missing, recheck, parent):
                check()
            return
        on_error(error)

    def check() -> None:
        read_op(ctx, parent, "issue", lambda: invoices.issue_preview(invoice_id, when), decide, on_error=on_error)

    check()
