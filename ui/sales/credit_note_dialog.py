"""A credit note for part of an issued invoice: tick the lines and say how much of each to credit, and/or
credit an amount (an allowance, a discount given afterwards); the totals follow every change, and nothing more
than what is still creditable can be asked for. The note is made as a draft, to be checked and issued."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smallcrm.errors import ValidationError
from smallcrm.services.sales.credit_notes import (
    Creditable,
    CreditRequest,
    create_partial_credit_note,
    creditable,
    preview_credit,
)
from smallcrm.services.sales.views import DocumentView
from ui.common import formatting
from ui.common.context import AppContext
from ui.common.errors import field_message, message_for
from ui.common.field_errors import ERROR_COLOR, split_field
from ui.operations import read_op, write_op
from ui.sales.line_table import ERROR_BACKGROUND
from ui.sales.totals_panel import TotalsPanel


class CreditNoteDialog(QDialog):
    DESCRIPTION, INVOICED, LEFT, CREDIT = range(4)

    def __init__(self, ctx: AppContext, invoice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.invoice_id = invoice_id
        self.found: Creditable | None = None
        self.created: DocumentView | None = None
        self._filling = False
        self.setWindowTitle(self.tr("Credit note"))
        self.resize(760, 560)

        self.summary = QLabel(wordWrap=True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Invoiced"), self.tr("Left to credit"),
                                              self.tr("Credit")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column in (self.INVOICED, self.LEFT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(self.CREDIT, 100)  # room to type in
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.itemChanged.connect(self._item_changed)
        self.all_button = QPushButton(self.tr("All that is left"))
        self.none_button = QPushButton(self.tr("None"))
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        lines_box = QGroupBox(self.tr("Lines to credit"))
        lines_layout = QVBoxLayout(lines_box)
        lines_layout.addWidget(self.table)
        picks = QHBoxLayout()
        picks.addWidget(self.all_button)
        picks.addWidget(self.none_button)
        picks.addStretch(1)
        lines_layout.addLayout(picks)

        self.amount_box = QGroupBox(self.tr("An amount (an allowance, a discount given afterwards)"))
        self.amount_box.setCheckable(True)
        self.amount_box.setChecked(False)
        self.amount = QLineEdit(placeholderText=self.tr("before VAT"))
        self.vat = QComboBox()
        self.description = QLineEdit(self.tr("Allowance"))
        amount_form = QFormLayout(self.amount_box)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(QLabel(self.tr("VAT")))
        amount_row.addWidget(self.vat)
        amount_form.addRow(self.tr("Amount"), amount_row)
        amount_form.addRow(self.tr("Description"), self.description)
        self.notes = QLineEdit(placeholderText=self.tr("Why (printed on the credit note)"))

        self.totals = TotalsPanel()
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet(f"color: {ERROR_COLOR};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("Make the credit note"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        notes_form = QFormLayout()
        notes_form.addRow(self.tr("Notes"), self.notes)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.totals)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(lines_box, 1)
        layout.addWidget(self.amount_box)
        layout.addLayout(notes_form)
        layout.addLayout(bottom)
        layout.addWidget(self.buttons)

        self.amount_box.toggled.connect(lambda _on: self.update_preview())
        self.amount.textEdited.connect(lambda _t: self.update_preview())
        self.vat.activated.connect(lambda _i: self.update_preview())
        self.description.textEdited.connect(lambda _t: self.update_preview())
        read_op(ctx, self, "invoice", lambda: creditable(invoice_id), self._loaded, on_error=self._failed)

    # -- filling -------------------------------------------------------------------------------
    def _loaded(self, found: Creditable) -> None:
        self.found = found
        invoice = found.invoice
        self.setWindowTitle(self.tr("Credit note for invoice %1").replace("%1", invoice.number))
        self.summary.setText(self.tr("Invoice %1 of %2 · total %3 · still creditable %4").replace(
            "%1", invoice.number).replace("%2", invoice.customer.name).replace(
            "%3", formatting.money(invoice.total, invoice.currency)).replace(
            "%4", formatting.money(found.room, invoice.currency)))
        self._filling = True
        self.table.setRowCount(len(found.lines))
        for row, entry in enumerate(found.lines):
            line = entry.line
            name = QTableWidgetItem(f"{line.position}. {line.description}")
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked if entry.left else Qt.CheckState.Unchecked)
            name.setToolTip(self.tr("%1 × %2, VAT %3").replace("%1", formatting.editable(line.quantity)).replace(
                "%2", formatting.unit_price(line.unit_price, invoice.currency)).replace("%3", line.vat_code))
            self.table.setItem(row, self.DESCRIPTION, name)
            for column, value in ((self.INVOICED, line.quantity), (self.LEFT, entry.left)):
                item = QTableWidgetItem(formatting.editable(value))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            credit = QTableWidgetItem(formatting.editable(entry.left) if entry.left else "")
            credit.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not entry.left:
                name.setFlags(Qt.ItemFlag.NoItemFlags)
                credit.setFlags(Qt.ItemFlag.NoItemFlags)
            self.table.setItem(row, self.CREDIT, credit)
        for code in sorted({entry.line.vat_code for entry in found.lines}):
            self.vat.addItem(f"{code}%" if code.isdigit() else code, code)
        self._filling = False
        self.update_preview()

    def _tick_all(self, on: bool) -> None:
        if self.found is None:
            return
        self._filling = True
        for row, entry in enumerate(self.found.lines):
            if entry.left:
                self.table.item(row, self.DESCRIPTION).setCheckState(Qt.CheckState.Checked if on else
                                                                     Qt.CheckState.Unchecked)
                self.table.item(row, self.CREDIT).setText(formatting.editable(entry.left) if on else "")
        self._filling = False
        self.update_preview()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        self._filling = True
        row, entry = item.row(), self.found.lines[item.row()]
        name, credit = self.table.item(row, self.DESCRIPTION), self.table.item(row, self.CREDIT)
        if item.column() == self.DESCRIPTION:  # ticked: all that is left; unticked: nothing
            credit.setText(formatting.editable(entry.left) if name.checkState() == Qt.CheckState.Checked else "")
        elif item.column() == self.CREDIT:
            name.setCheckState(Qt.CheckState.Checked if credit.text().strip() not in ("", "0") else
                               Qt.CheckState.Unchecked)
        self._filling = False
        self.update_preview()

    # -- the request and its preview -----------------------------------------------------------
    def request(self) -> CreditRequest:
        quantities = {}
        for row, entry in enumerate(self.found.lines if self.found else ()):
            if self.table.item(row, self.DESCRIPTION).checkState() == Qt.CheckState.Checked:
                quantities[entry.line.position] = self.table.item(row, self.CREDIT).text()
        if not self.amount_box.isChecked():
            return CreditRequest(quantities)
        return CreditRequest(quantities, self.amount.text(), self.vat.currentData(), self.description.text())

    def update_preview(self) -> None:
        if self.found is None:
            return
        invoice_id, request = self.invoice_id, self.request()
        read_op(self.ctx, self, "preview", lambda: preview_credit(invoice_id, request), self._previewed,
                on_error=self._failed)

    def _previewed(self, preview) -> None:
        self._mark(None)
        invoice = self.found.invoice  # the note is taxed as its invoice: its tax cases shown as it will print
        self.totals.set_totals(preview.taxable, preview.vat_summary, preview.vat, preview.total, invoice.currency,
                               tax=preview.tax, setup=invoice.tax_setup)
        self.create_button.setEnabled(True)

    def _mark(self, error: ValidationError | None) -> None:
        """Name the problem below, and colour the quantity it is about."""
        for row in range(self.table.rowCount()):
            self.table.item(row, self.CREDIT).setBackground(QColor(0, 0, 0, 0))
        self.message.setText("")
        if error is None:
            return
        key, index = split_field(error.field)
        text = field_message(error)
        if key == "quantities" and self.found is not None:
            row = next((r for r, e in enumerate(self.found.lines) if e.line.position == index), None)
            if row is not None:
                self._filling = True
                self.table.item(row, self.CREDIT).setBackground(ERROR_BACKGROUND)
                self._filling = False
                text = self.tr("Line %1: %2").replace("%1", str(index)).replace("%2", text)
        self.message.setText(text)

    def _failed(self, error: Exception) -> None:
        self.create_button.setEnabled(False)
        if isinstance(error, ValidationError):
            self._mark(error)
            self.totals.set_totals(0, (), 0, 0, self.found.invoice.currency if self.found else "EUR")
        else:
            self.message.setText(message_for(error))

    # -- making it -----------------------------------------------------------------------------
    def create(self) -> None:
        if self.found is None:
            return
        invoice_id, request, notes = self.invoice_id, self.request(), self.notes.text()

        def made(note: DocumentView) -> None:
            self.created = note
            self.accept()

        write_op(self.ctx, lambda db: create_partial_credit_note(db, invoice_id, request, notes), parent=self,
                 on_done=made, on_error=self._failed, busy=(self.create_button,))

    @classmethod
    def ask(cls, ctx: AppContext, invoice_id: int, parent: QWidget | None = None) -> DocumentView | None:
        """Show the dialog; the draft credit note made, or None (tests replace this)."""
        dialog = cls(ctx, invoice_id, parent)
        dialog.exec()
        return dialog.created
