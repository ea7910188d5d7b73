"""Add or change a VAT rate or a product of the price list (Settings → VAT and products)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from smallcrm.services.sales.catalog import ProductDraft, create_product, list_vat_rates, save_vat_rate, update_product
from smallcrm.services.sales.views import ProductView, VatRateView
from ui.common.context import AppContext
from ui.common.date_field import DateField, dates_ok
from ui.common.field_errors import FieldErrors
from ui.common.formatting import editable, editable_price, percent
from ui.operations import WriteCall, write_op


def _day_choice(text: str) -> tuple[QCheckBox, DateField]:
    """A day that may be left open: a check box and a date, the date usable only when checked."""
    check = QCheckBox(text)
    edit = DateField(date.today())
    edit.setEnabled(False)
    check.toggled.connect(edit.setEnabled)
    return check, edit


class _Form(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.saved = None
        self.setMinimumWidth(420)
        self.errors = FieldErrors()
        self.form = QFormLayout(self)

    def _buttons(self) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.form.addRow(buttons)

    def write(self) -> WriteCall:
        """The service call to run, with the values read here, on the UI thread (the call runs on the worker)."""
        raise NotImplementedError

    def save(self) -> None:
        """Write in the background; a mistake shows under its field and the dialog stays, else it closes."""
        if not dates_ok(*self.findChildren(DateField)):
            return
        write_op(self._ctx, self.write(), parent=self, errors=self.errors, busy=(self.save_button,),
                 on_done=self._saved)

    def _saved(self, value) -> None:
        self.saved = value
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, value=None, parent: QWidget | None = None):
        """Show the dialog; what was saved, or None when cancelled (tests replace this)."""
        dialog = cls(ctx, value, parent)
        dialog.exec()
        return dialog.saved


class VatRateDialog(_Form):
    def __init__(self, ctx: AppContext, rate: VatRateView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Edit VAT rate") if rate else self.tr("New VAT rate"))
        self.code = QLineEdit(placeholderText=self.tr("e.g. 22, 10, N2.2"))
        self.rate = QLineEdit(placeholderText="22")
        self.description = QLineEdit()
        self.exemption = QLineEdit(placeholderText=self.tr("e.g. Art. 10 DPR 633/72"))
        self.valid_from, self.from_day = _day_choice(self.tr("from"))
        self.valid_to, self.to_day = _day_choice(self.tr("until"))
        days = QWidget()
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.valid_from, self.from_day, self.valid_to, self.to_day):
            row.addWidget(widget)
        row.addStretch(1)
        self.form.addRow(self.tr("Code"), self.errors.wrap("code", self.code))
        self.form.addRow(self.tr("Rate (%)"), self.errors.wrap("percent", self.rate))
        self.form.addRow(self.tr("Description"), self.errors.wrap("description", self.description))
        self.form.addRow(self.tr("Exemption (for 0%)"), self.errors.wrap("exemption", self.exemption))
        self.form.addRow(self.tr("In force"), self.errors.wrap("valid_to", days))
        hint = QLabel(self.tr("A 0% code starts with its Natura: N4, or N4-18 for a second exempt reason."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(dark);")
        self.form.addRow("", hint)
        self._buttons()
        if rate is not None:
            self.code.setText(rate.code)
            self.code.setReadOnly(True)  # the code is what documents refer to
            self.rate.setText(editable(rate.percent))
            self.description.setText(rate.description)
            self.exemption.setText(rate.exemption)
            for check, edit, day in ((self.valid_from, self.from_day, rate.valid_from),
                                     (self.valid_to, self.to_day, rate.valid_to)):
                check.setChecked(day is not None)
                if day is not None:
                    edit.setDate(QDate(day.year, day.month, day.day))

    def write(self) -> WriteCall:
        code, rate = self.code.text(), self.rate.text().strip() or "0"
        description, exemption = self.description.text(), self.exemption.text()
        first = self.from_day.day() if self.valid_from.isChecked() else None
        last = self.to_day.day() if self.valid_to.isChecked() else None
        return lambda db: save_vat_rate(db, code, rate, description, exemption, first, last)


class ProductDialog(_Form):
    def __init__(self, ctx: AppContext, product: ProductView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._product = product
        self.setWindowTitle(self.tr("Edit product") if product else self.tr("New product"))
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.description = QLineEdit()
        self.unit = QLineEdit("pz")
        self.price = QLineEdit(placeholderText="0,00")
        self.vat = QComboBox()
        for rate in list_vat_rates():
            text = f"{percent(rate.percent)} — {rate.description}" if rate.description else percent(rate.percent)
            self.vat.addItem(f"{rate.code}: {text}" if rate.code != editable(rate.percent) else text, rate.code)
        self.active = QCheckBox(self.tr("On sale (offered in new quotes)"))
        self.active.setChecked(True)
        self.form.addRow(self.tr("Code"), self.errors.wrap("code", self.code))
        self.form.addRow(self.tr("Name"), self.errors.wrap("name", self.name))
        self.form.addRow(self.tr("Description"), self.errors.wrap("description", self.description))
        self.form.addRow(self.tr("Unit"), self.errors.wrap("unit", self.unit))
        self.form.addRow(self.tr("Price (€, VAT excluded)"), self.errors.wrap("price", self.price))
        self.form.addRow(self.tr("VAT"), self.errors.wrap("vat_code", self.vat))
        self.form.addRow("", self.active)
        self._buttons()
        if product is not None:
            self.code.setText(product.code)
            self.name.setText(product.name)
            self.description.setText(product.description)
            self.unit.setText(product.unit)
            self.price.setText(editable_price(product.price))
            self.vat.setCurrentIndex(max(self.vat.findData(product.vat_code), 0))
            self.active.setChecked(product.is_active)
        elif self.vat.findData("22") >= 0:
            self.vat.setCurrentIndex(self.vat.findData("22"))

    def draft(self) -> ProductDraft:
        return ProductDraft(self.code.text(), self.name.text(), self.price.text().strip() or "0",
                            self.vat.currentData() or "", self.unit.text(), self.description.text(),
                            self.active.isChecked())

    def write(self) -> WriteCall:
        draft = self.draft()
        if self._product is None:
            return lambda db: create_product(db, draft)
        product_id = self._product.id
        return lambda db: update_product(db, product_id, draft)
