"""How a draft invoice asks to be paid, in the invoice editor: the payment method (bank transfer, Ri.Ba., SEPA direct
debit, cash, card ...), the days, end of month, and the number of instalments 30 days apart (30/60/90 days end of
month is 30 days, end of month, 3 instalments). Terms typed another way (an amount or a day per instalment, from
the command line) are kept as they are until one of these is changed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from smallcrm.domain import PaymentMeans
from smallcrm.errors import ValidationError
from smallcrm.services.sales.payment_terms import MAX_INSTALMENTS, PaymentTerms, schedule, terms_text
from ui.common.labels import label


class PaymentTermsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.means = QComboBox()
        for means in PaymentMeans:
            self.means.addItem(f"{label(means.value)} ({means.value})", means.value)
        self.days = QSpinBox(minimum=0, maximum=365, suffix=self.tr(" days"))
        self.end_of_month = QCheckBox(self.tr("end of month"))
        self.count = QSpinBox(minimum=1, maximum=MAX_INSTALMENTS)
        self.count.setPrefix(self.tr("in "))
        self.count.setSuffix(self.tr(" instalments"))
        self.count.setToolTip(self.tr("Instalments 30 days apart: 30 days in 3 instalments is 30/60/90"))
        self.custom = QLabel()
        self.custom.setStyleSheet("color: palette(dark);")
        self._custom: PaymentTerms | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.means, self.days, self.end_of_month, self.count, self.custom):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.means.activated.connect(lambda _i: self.changed.emit())
        self.days.valueChanged.connect(lambda _v: self._touched())
        self.count.valueChanged.connect(lambda _v: self._touched())
        self.end_of_month.toggled.connect(lambda _c: self._touched())

    def set_terms(self, terms: PaymentTerms | None, means: str) -> None:
        """Show an invoice's terms (no signal: it is what is saved)."""
        self.blockSignals(True)
        self.means.setCurrentIndex(max(self.means.findData(means), 0))
        simple = terms.as_simple() if terms is not None else None
        self._custom = terms if terms is not None and simple is None else None
        for widget in (self.days, self.count, self.end_of_month):
            widget.blockSignals(True)
        self.days.setValue(simple[0] if simple else terms.first_days if terms else 0)
        self.count.setValue(simple[1] if simple else 1)
        self.end_of_month.setChecked(bool(terms and terms.end_of_month))
        for widget in (self.days, self.count, self.end_of_month):
            widget.blockSignals(False)
        self.custom.setText(self.tr("custom: %1").replace("%1", terms_text(self._custom)) if self._custom else "")
        self.custom.setVisible(self._custom is not None)
        self.blockSignals(False)

    def _touched(self) -> None:
        self._custom = None
        self.custom.setVisible(False)
        self.changed.emit()

    def terms(self) -> PaymentTerms:
        return self._custom or PaymentTerms.simple(self.days.value(), self.count.value(),
                                                  self.end_of_month.isChecked())

    def payment_means(self) -> str:
        return self.means.currentData()

    def plan(self, issued: date, payable: Decimal) -> list[tuple[date, Decimal]]:
        """Each instalment's day and amount if the invoice were issued on ``issued`` (none while they do not fit)."""
        try:
            return schedule(self.terms(), issued, payable) if payable > 0 else []
        except ValidationError:
            return []

    def setEnabled(self, enabled: bool) -> None:
        for widget in (self.means, self.days, self.end_of_month, self.count):
            widget.setEnabled(enabled)
