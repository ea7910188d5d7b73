"""Settings → Company, the "Tax" group: our tax regime (RF01 ordinary, RF19 forfettario ...), whether the stamp duty
is charged to customers, the withholding tax business customers keep on our fees and the pension fund
contribution we add to them. Saved with the rest of the company profile."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from smallcrm.domain import PensionFund, TaxRegime, WithholdingKind
from smallcrm.services.admin.settings import PAYMENT_REASONS
from smallcrm.services.admin.tax_profile import TaxProfile
from smallcrm.services.sales.views import CompanyProfile
from smallcrm.tax_cases import FUND_NAMES
from ui.common import formatting
from ui.common.field_errors import FieldErrors

REGIMES = {
    TaxRegime.ORDINARY: QT_TRANSLATE_NOOP("TaxGroup", "Ordinary"),
    TaxRegime.MINIMI: QT_TRANSLATE_NOOP("TaxGroup", "Contribuenti minimi"),
    TaxRegime.AGRICULTURE: QT_TRANSLATE_NOOP("TaxGroup", "Agriculture and fishing"),
    TaxRegime.SALT_AND_TOBACCO: QT_TRANSLATE_NOOP("TaxGroup", "Salt and tobacco"),
    TaxRegime.MATCHES: QT_TRANSLATE_NOOP("TaxGroup", "Matches"),
    TaxRegime.PUBLISHING: QT_TRANSLATE_NOOP("TaxGroup", "Publishing"),
    TaxRegime.PUBLIC_TELEPHONY: QT_TRANSLATE_NOOP("TaxGroup", "Public telephony"),
    TaxRegime.TRANSPORT_TICKETS: QT_TRANSLATE_NOOP("TaxGroup", "Transport and parking tickets"),
    TaxRegime.ENTERTAINMENT: QT_TRANSLATE_NOOP("TaxGroup", "Entertainment and games"),
    TaxRegime.TRAVEL_AGENCIES: QT_TRANSLATE_NOOP("TaxGroup", "Travel agencies"),
    TaxRegime.AGRITOURISM: QT_TRANSLATE_NOOP("TaxGroup", "Agritourism"),
    TaxRegime.DOOR_TO_DOOR: QT_TRANSLATE_NOOP("TaxGroup", "Door-to-door sales"),
    TaxRegime.SECOND_HAND: QT_TRANSLATE_NOOP("TaxGroup", "Second-hand goods, art and antiques"),
    TaxRegime.ART_AUCTIONS: QT_TRANSLATE_NOOP("TaxGroup", "Auctions of art and antiques"),
    TaxRegime.CASH_VAT_PUBLIC: QT_TRANSLATE_NOOP("TaxGroup", "VAT on cash basis (public bodies)"),
    TaxRegime.CASH_VAT: QT_TRANSLATE_NOOP("TaxGroup", "VAT on cash basis"),
    TaxRegime.OTHER: QT_TRANSLATE_NOOP("TaxGroup", "Other"),
    TaxRegime.FORFETTARIO: QT_TRANSLATE_NOOP("TaxGroup", "Flat-rate scheme (forfettario)"),
}


WITHHOLDINGS = {
    WithholdingKind.PERSONS: QT_TRANSLATE_NOOP("TaxGroup", "Ritenuta d'acconto of a person"),
    WithholdingKind.COMPANIES: QT_TRANSLATE_NOOP("TaxGroup", "Ritenuta d'acconto of a company"),
    WithholdingKind.INPS: QT_TRANSLATE_NOOP("TaxGroup", "INPS contribution"),
    WithholdingKind.ENASARCO: QT_TRANSLATE_NOOP("TaxGroup", "ENASARCO contribution"),
    WithholdingKind.ENPAM: QT_TRANSLATE_NOOP("TaxGroup", "ENPAM contribution"),
    WithholdingKind.OTHER_FUND: QT_TRANSLATE_NOOP("TaxGroup", "Other pension contribution"),
}


def _narrow(key: str, width: int = 56) -> QLineEdit:
    edit = QLineEdit(objectName=f"company-{key}")
    edit.setMaximumWidth(width)
    return edit


def _line(*items) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for item in items:
        if isinstance(item, str):
            layout.addWidget(QLabel(item))
        else:
            layout.addWidget(item)
    layout.addStretch(1)
    return box


class TaxGroup(QGroupBox):
    """The regime (saved in the company profile) and the tax settings (``TaxProfile``)."""

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Tax"))
        self.regime = QComboBox(objectName="company-tax_regime")
        for regime, text in REGIMES.items():
            self.regime.addItem(f"{regime.value} – {QCoreApplication.translate('TaxGroup', text)}", regime.value)
        self.stamp_duty_charged = QCheckBox(self.tr("Charge the stamp duty (2 €) to the customer"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(dark);")

        self.withholding_kind = QComboBox(objectName="company-withholding_kind")
        self.withholding_kind.addItem(self.tr("None"), "")
        for kind, text in WITHHOLDINGS.items():
            self.withholding_kind.addItem(f"{QCoreApplication.translate('TaxGroup', text)} ({kind.value})", kind.value)
        self.withholding_rate, self.withholding_base = _narrow("withholding_rate"), _narrow("withholding_base")
        self.withholding_reason = QComboBox(objectName="company-withholding_reason")
        for reason in PAYMENT_REASONS:
            self.withholding_reason.addItem(reason, reason)
        self.withholding_reason.setToolTip(self.tr("The reason of the payment in the customer's CU form (A: "
                                                   "professional fees)"))
        self.pension_fund = QComboBox(objectName="company-pension_fund")
        self.pension_fund.addItem(self.tr("None"), "")
        for fund in PensionFund:
            self.pension_fund.addItem(f"{FUND_NAMES[fund]} ({fund.value})", fund.value)
        self.pension_fund_rate = _narrow("pension_fund_rate")
        self.pension_fund_withheld = QCheckBox(self.tr("subject to the withholding tax"))
        self.pension_fund.activated.connect(lambda _i: self.pension_fund_withheld.setChecked(
            self.pension_fund.currentData() == PensionFund.INPS))  # the rivalsa INPS is; a cassa's is not

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Tax regime"), errors.wrap("tax_regime", self.regime))
        form.addRow("", errors.wrap("stamp_duty_charged", self.stamp_duty_charged))
        form.addRow("", self.hint)
        form.addRow(self.tr("Withholding tax"), errors.wrap("withholding_kind", self.withholding_kind))
        form.addRow("", _line(errors.wrap("withholding_rate", self.withholding_rate), self.tr("% on"),
                              errors.wrap("withholding_base", self.withholding_base), self.tr("% of the fees"),
                              self.tr("reason"), self.withholding_reason))
        form.addRow(self.tr("Pension fund"), errors.wrap("pension_fund", self.pension_fund))
        form.addRow("", _line(errors.wrap("pension_fund_rate", self.pension_fund_rate), "%",
                              self.pension_fund_withheld))
        self.regime.currentIndexChanged.connect(lambda _i: self._explain())
        self._explain()

    def _explain(self) -> None:
        if self.regime.currentData() in (TaxRegime.FORFETTARIO, TaxRegime.MINIMI):
            self.hint.setText(self.tr("Documents charge no VAT (N2.2) and carry the regime's legal wording; the "
                                      "stamp duty is added when more than 77,47 € is not subject to VAT."))
        else:
            self.hint.setText(self.tr("The stamp duty is added when more than 77,47 € of a document is exempt or "
                                      "not subject to VAT."))

    def load(self, profile: CompanyProfile, tax: TaxProfile) -> None:
        self.regime.setCurrentIndex(max(self.regime.findData(profile.tax_regime), 0))
        self.stamp_duty_charged.setChecked(tax.stamp_duty_charged)
        self.withholding_kind.setCurrentIndex(max(self.withholding_kind.findData(tax.withholding_kind), 0))
        self.withholding_rate.setText(formatting.editable(tax.withholding_rate))
        self.withholding_base.setText(formatting.editable(tax.withholding_base))
        self.withholding_reason.setCurrentIndex(max(self.withholding_reason.findData(tax.withholding_reason), 0))
        self.pension_fund.setCurrentIndex(max(self.pension_fund.findData(tax.pension_fund), 0))
        self.pension_fund_rate.setText(formatting.editable(tax.pension_fund_rate))
        self.pension_fund_withheld.setChecked(tax.pension_fund_withheld)

    def company_values(self, profile: CompanyProfile) -> CompanyProfile:
        return replace(profile, tax_regime=self.regime.currentData())

    def tax_profile(self, current: TaxProfile) -> TaxProfile:
        return replace(current, stamp_duty_charged=self.stamp_duty_charged.isChecked(),
                       withholding_kind=self.withholding_kind.currentData(),
                       withholding_rate=self.withholding_rate.text().strip(),
                       withholding_base=self.withholding_base.text().strip(),
                       withholding_reason=self.withholding_reason.currentData(),
                       pension_fund=self.pension_fund.currentData(),
                       pension_fund_rate=self.pension_fund_rate.text().strip(),
                       pension_fund_withheld=self.pension_fund_withheld.isChecked())
