"""Settings → Company, the tax part: the regime and the stamp duty saved with the profile, shown again."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from smallcrm import numbers
from smallcrm.services.admin.company import get_company_profile
from smallcrm.services.admin.tax_profile import get_tax_profile
from ui.settings.company import CompanyForm


@pytest.fixture
def italian_numbers():
    """Numbers typed and shown as an Italian user does (4,5)."""
    before = QLocale()
    QLocale.setDefault(QLocale("it_IT"))
    numbers.set_typing_language("it")
    yield
    QLocale.setDefault(before)


@pytest.fixture
def form(ctx, qtbot):
    widget = CompanyForm(ctx)
    qtbot.addWidget(widget)
    widget.edits["name"].setText("Studio Bianchi")
    return widget


def test_the_regime_and_the_stamp_duty_are_saved_with_the_profile(ctx, form, qtbot):
    form.tax.regime.setCurrentIndex(form.tax.regime.findData("RF19"))
    form.tax.stamp_duty_charged.setChecked(False)
    assert "N2.2" in form.tax.hint.text()
    with qtbot.waitSignal(ctx.bus.changed):
        form.save()
    assert (get_company_profile().tax_regime, get_tax_profile().stamp_duty_charged) == ("RF19", False)
    again = CompanyForm(ctx)
    qtbot.addWidget(again)
    assert again.tax.regime.currentData() == "RF19" and not again.tax.stamp_duty_charged.isChecked()


def test_the_withholding_tax_and_the_pension_fund_are_saved_as_typed(ctx, form, qtbot, italian_numbers):
    form.tax.withholding_kind.setCurrentIndex(form.tax.withholding_kind.findData("RT01"))
    form.tax.withholding_rate.setText("20")
    form.tax.withholding_base.setText("50")
    form.tax.pension_fund.setCurrentIndex(form.tax.pension_fund.findData("TC04"))
    form.tax.pension_fund.activated.emit(form.tax.pension_fund.currentIndex())  # as a click: a cassa is not withheld
    assert not form.tax.pension_fund_withheld.isChecked()
    form.tax.pension_fund_rate.setText("4,5")
    with qtbot.waitSignal(ctx.bus.changed):
        form.save()
    saved = get_tax_profile()
    assert (saved.withholding_kind, saved.withholding_rate, saved.withholding_base, saved.pension_fund,
            saved.pension_fund_rate, saved.pension_fund_withheld) == ("RT01", 20, 50, "TC04", Decimal("4.5"), False)
    assert form.tax.pension_fund_rate.text() == "4,5"


def test_a_rate_out_of_range_is_named_under_its_field(ctx, form, italian_numbers):
    form.tax.withholding_rate.setText("120")
    form.save()
    assert list(form.errors.visible()) == ["withholding_rate"]
    assert get_tax_profile().withholding_rate == 20


def test_the_default_payment_method_and_end_of_month_are_saved(ctx, qtbot):
    from smallcrm.services.admin.settings import get_setting
    from ui.settings.general import GeneralSettings

    page = GeneralSettings(ctx)
    qtbot.addWidget(page)
    page.payment_means.setCurrentIndex(page.payment_means.findData("MP12"))
    page.end_of_month.setChecked(True)
    with qtbot.waitSignal(ctx.bus.changed):
        page.save()
    assert (get_setting("payment_means"), get_setting("payment_end_of_month")) == ("MP12", True)


def test_the_register_data_are_saved_and_shown_as_typed(ctx, form, qtbot, italian_numbers):
    form.registry.rea_office.setText("mi")
    form.registry.rea_number.setText("1234567")
    form.registry.share_capital.setText("10.000,50")
    form.registry.sole_shareholder.setCurrentIndex(form.registry.sole_shareholder.findData("SU"))
    form.registry.liquidation.setChecked(True)
    with qtbot.waitSignal(ctx.bus.changed):
        form.save()
    saved = get_company_profile()
    assert (saved.rea_office, saved.rea_number, saved.share_capital, saved.sole_shareholder, saved.liquidation) == (
        "MI", "1234567", "10000.50", "SU", "LS")
    assert form.registry.share_capital.text() == "10000,50" and form.registry.rea_office.text() == "MI"
    form.registry.rea_office.clear()
    form.save()
    assert list(form.errors.visible()) == ["rea_office"]  # a REA number needs its office


@pytest.mark.parametrize("field", ["tax_regime", "iban"])
def test_filling_in_what_an_invoice_lacks_puts_the_cursor_on_it(ctx, qtbot, field):
    """Issuing names our tax regime or IBAN as missing; its Fill in… opens the company form on that field."""
    from ui.settings.company import CompanyDialog

    dialog = CompanyDialog(ctx, None, field)
    qtbot.addWidget(dialog)
    wanted = dialog.form.tax.regime if field == "tax_regime" else dialog.form.edits[field]
    assert dialog.focusWidget() is wanted
