"""Settings → Company, the tax part: the regime and the stamp duty saved with the profile, shown again."""

from __future__ import annotations

import pytest

from smallcrm.services.admin.company import get_company_profile
from smallcrm.services.admin.tax_profile import get_tax_profile
from ui.settings.company import CompanyForm


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
