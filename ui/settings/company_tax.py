"""Settings → Company, the "Tax" group: our tax regime (RF01 ordinary, RF19 forfettario ...) and whether the stamp
duty is charged to customers. Saved with the rest of the company profile."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from smallcrm.domain import TaxRegime
from smallcrm.services.admin.tax_profile import TaxProfile
from smallcrm.services.sales.views import CompanyProfile
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
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Tax regime"), errors.wrap("tax_regime", self.regime))
        form.addRow("", errors.wrap("stamp_duty_charged", self.stamp_duty_charged))
        form.addRow("", self.hint)
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

    def company_values(self, profile: CompanyProfile) -> CompanyProfile:
        return replace(profile, tax_regime=self.regime.currentData())

    def tax_profile(self, current: TaxProfile) -> TaxProfile:
        return replace(current, stamp_duty_charged=self.stamp_duty_charged.isChecked())
