"""Settings → VAT and products: a rate or a 0% code added with the days it is in force; an ended rate is no longer
offered for new lines."""

from __future__ import annotations

from datetime import date, timedelta

from smallcrm.services.sales.catalog import list_vat_rates
from ui.sales.catalog_dialogs import VatRateDialog
from ui.settings.catalog import CatalogPanel


def test_a_rate_is_added_with_its_days_and_listed_with_them(ctx, qtbot):
    panel = CatalogPanel(ctx)
    qtbot.addWidget(panel)
    dialog = VatRateDialog(ctx, parent=panel)
    qtbot.addWidget(dialog)
    dialog.code.setText("7")
    dialog.rate.setText("7")
    dialog.valid_from.setChecked(True)
    dialog.from_day.setDate(date(2020, 1, 1))
    dialog.valid_to.setChecked(True)
    dialog.to_day.setDate(date(2019, 12, 31))
    dialog.save()
    assert dialog.saved is None and list(dialog.errors.visible()) == ["valid_to"]
    dialog.to_day.setDate(date.today() - timedelta(days=1))  # ended yesterday
    dialog.save()
    assert (dialog.saved.valid_from, dialog.saved.valid_to) == (date(2020, 1, 1), date.today() - timedelta(days=1))
    assert "7" not in [r.code for r in list_vat_rates()]  # not offered for new lines
    rows = [panel.vat_model.row_value(n) for n in range(panel.vat_model.rowCount())]
    row = next(n for n, r in enumerate(rows) if r.code == "7")
    assert "2020" in panel.vat_model.index(row, 3).data()


def test_a_zero_rate_needs_its_natura(ctx, qtbot):
    dialog = VatRateDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.code.setText("ESENTE")
    dialog.rate.setText("0")
    dialog.exemption.setText("Esente")
    dialog.save()
    assert list(dialog.errors.visible()) == ["code"]
