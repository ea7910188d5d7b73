"""Settings → Company, the "Company register" group: what the civil code asks a company to print on its documents
(REA office and number, share capital, sole shareholder, in liquidation) and, in Romania, the Nr. Reg. Com.
Saved with the rest of the company profile; an issued document keeps them as they were."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from smallcrm.services.sales.views import CompanyProfile
from ui.common import formatting
from ui.common.field_errors import FieldErrors


class RegistryGroup(QGroupBox):
    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Company register"))
        self.rea_office = QLineEdit(objectName="company-rea_office", maxLength=2)
        self.rea_office.setMaximumWidth(60)
        self.rea_office.setPlaceholderText("MI")
        self.rea_number = QLineEdit(objectName="company-rea_number")
        self.share_capital = QLineEdit(objectName="company-share_capital")
        self.share_capital.setMaximumWidth(160)
        self.sole_shareholder = QComboBox(objectName="company-sole_shareholder")
        for value, text in (("", self.tr("not stated")), ("SU", self.tr("one shareholder (socio unico)")),
                            ("SM", self.tr("several shareholders"))):
            self.sole_shareholder.addItem(text, value)
        self.liquidation = QCheckBox(self.tr("in liquidation"), objectName="company-liquidation")
        self.trade_register = QLineEdit(objectName="company-trade_register")
        self.trade_register.setPlaceholderText("J40/1234/2020")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("REA office"), errors.wrap("rea_office", self.rea_office))
        form.addRow(self.tr("REA number"), errors.wrap("rea_number", self.rea_number))
        form.addRow(self.tr("Share capital"), errors.wrap("share_capital", self.share_capital))
        form.addRow(self.tr("Shareholders"), errors.wrap("sole_shareholder", self.sole_shareholder))
        form.addRow("", errors.wrap("liquidation", self.liquidation))
        form.addRow(self.tr("Nr. Reg. Com. (Romania)"), errors.wrap("trade_register", self.trade_register))

    def load(self, profile: CompanyProfile) -> None:
        self.rea_office.setText(profile.rea_office)
        self.rea_number.setText(profile.rea_number)
        self.share_capital.setText(formatting.editable(Decimal(profile.share_capital), 2)
                                   if profile.share_capital else "")
        self.sole_shareholder.setCurrentIndex(max(self.sole_shareholder.findData(profile.sole_shareholder), 0))
        self.liquidation.setChecked(profile.liquidation == "LS")
        self.trade_register.setText(profile.trade_register)

    def company_values(self, profile: CompanyProfile) -> CompanyProfile:
        return replace(profile, rea_office=self.rea_office.text().strip(), rea_number=self.rea_number.text().strip(),
                       share_capital=self.share_capital.text().strip(),
                       sole_shareholder=self.sole_shareholder.currentData(),
                       liquidation="LS" if self.liquidation.isChecked() else "LN",
                       trade_register=self.trade_register.text().strip())
