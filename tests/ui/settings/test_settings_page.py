"""Settings: company profile with validation next to the fields, logo, VAT rates, products, numbering,
languages, backups."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from smallcrm.services.admin.company import PNG_MAGIC, get_company_profile
from smallcrm.services.admin.maintenance import list_backups
from smallcrm.services.admin.settings import get_setting
from smallcrm.services.sales.catalog import list_products, list_vat_rates
from tests import factories
from ui.sales.catalog_dialogs import ProductDialog, VatRateDialog
from ui.sales.catalog_tables import ProductTableModel, VatRateTableModel
from ui.settings.company import CompanyForm
from ui.settings.data import DataSettings
from ui.settings.page import SettingsPage

GOOD = {"name": "Idraulica Verdi S.r.l.", "street": "Via Roma 1", "postal_code": "20121", "city": "Milano",
        "province": "MI", "vat_number": "007 431 101 57", "iban": "it60 x054 2811 1010 0000 0123 456",
        "bic": "uncritmm", "email": "info@verdi.example.it"}


@pytest.fixture
def settings_page(ctx, qtbot):
    settings = SettingsPage(ctx)
    qtbot.addWidget(settings)
    return settings


def _fill(form: CompanyForm, **values) -> None:
    for key, value in values.items():
        form.edits[key].setText(value)


def test_catalog_models_pass_qt_model_tester(ctx, qtmodeltester):
    rates = VatRateTableModel()
    rates.set_rows(list_vat_rates(include_inactive=True))
    assert rates.rowCount() >= 4
    qtmodeltester.check(rates)
    products = ProductTableModel()
    products.set_rows(list_products())
    qtmodeltester.check(products)


def test_an_invalid_iban_is_shown_next_to_the_field_and_nothing_is_saved(ctx, settings_page):
    form = settings_page.company
    _fill(form, **{**GOOD, "iban": "IT60X0542811101000000123457"})
    form.save()
    assert form.status.text() == ""
    shown = form.errors.visible()
    assert list(shown) == ["iban"]
    assert "IBAN" in shown["iban"]
    assert form.errors.label("iban").isVisibleTo(form)
    assert get_company_profile().name == factories.OUR_COMPANY["name"]  # nothing saved, not even the good fields


def test_a_valid_profile_is_saved_and_shown_normalised(ctx, settings_page, qtbot):
    form = settings_page.company
    _fill(form, **GOOD)
    with qtbot.waitSignal(ctx.bus.changed):
        form.save()
    saved = get_company_profile()
    assert (saved.name, saved.vat_number, saved.iban, saved.bic) == (
        "Idraulica Verdi S.r.l.", "IT00743110157", "IT60X0542811101000000123456", "UNCRITMM")
    assert form.edits["iban"].text() == "IT60X0542811101000000123456"
    assert form.errors.visible() == {}
    assert form.status.text() == "Saved."


def test_logo_chosen_from_a_file_is_stored_as_png(ctx, settings_page, tmp_path, monkeypatch):
    picture = QImage(40, 20, QImage.Format.Format_RGB32)
    picture.fill(QColor("navy"))
    jpeg = tmp_path / "logo.jpg"
    assert picture.save(str(jpeg), "JPG")
    not_an_image = tmp_path / "logo.txt"
    not_an_image.write_text("hello")
    form = settings_page.company
    _fill(form, name="Verdi")

    monkeypatch.setattr(CompanyForm, "ask_logo_file", classmethod(lambda cls, parent=None: str(not_an_image)))
    form.choose_logo.click()
    assert "logo_png" in form.errors.visible()
    monkeypatch.setattr(CompanyForm, "ask_logo_file", classmethod(lambda cls, parent=None: str(jpeg)))
    form.choose_logo.click()
    assert form.errors.visible() == {}
    assert not form.logo_preview.pixmap().isNull()
    form.save()
    assert form.status.text() == "Saved."
    logo = get_company_profile().logo_png
    assert logo.startswith(PNG_MAGIC) and not QImage.fromData(logo).isNull()
    form.remove_logo.click()
    form.save()
    assert form.status.text() == "Saved." and get_company_profile().logo_png == b""


def test_vat_rate_and_product_dialogs(ctx, settings_page, qtbot, monkeypatch):
    catalog = settings_page.catalog
    rates_before = catalog.vat_model.rowCount()
    dialog = VatRateDialog(ctx, parent=settings_page)
    qtbot.addWidget(dialog)
    dialog.code.setText("N4-18")  # a second exempt rate, with its own reason (N2.1 is one of the seeded rates)
    dialog.rate.setText("0")
    dialog.save()
    assert dialog.saved is None
    assert "exemption" in dialog.errors.visible()  # a 0% rate needs its legal reason
    dialog.exemption.setText("Esente art. 10 n. 18 DPR 633/72")
    dialog.save()
    assert dialog.saved is not None
    assert catalog.vat_model.rowCount() == rates_before + 1

    dialog = ProductDialog(ctx, parent=settings_page)
    qtbot.addWidget(dialog)
    dialog.code.setText("cons")
    dialog.name.setText("Consulenza")
    dialog.price.setText("65,5x")
    dialog.save()
    assert dialog.saved is None
    assert "price" in dialog.errors.visible()
    dialog.price.setText("65,50")
    dialog.vat.setCurrentIndex(dialog.vat.findData("N4-18"))
    dialog.save()
    assert dialog.saved is not None
    assert catalog.product_model.rowCount() == 1
    assert catalog.product_model.index(0, 0).data() == "CONS"
    product = list_products()[0]
    assert (product.vat_code, str(product.price)) == ("N4-18", "65.50")

    again = ProductDialog(ctx, parent=settings_page)
    qtbot.addWidget(again)
    again.code.setText("CONS")
    again.name.setText("Another")
    again.price.setText("1")
    again.save()
    assert again.saved is None
    assert "code" in again.errors.visible()  # already used

    asked = []
    monkeypatch.setattr(ProductDialog, "ask", classmethod(lambda cls, *args: asked.append(args)))
    catalog.product_table.doubleClicked.emit(catalog.product_model.index(0, 1))
    assert asked[0][1].id == product.id


def test_numbering_defaults_and_language(ctx, settings_page):
    general = settings_page.general
    general.edits["default_region"].setText("1X")
    general.edits["invoice_series"].setText("a")
    general.save()
    assert general.status.text() == ""
    assert list(general.errors.visible()) == ["default_region"]
    assert get_setting("invoice_series") == ""
    general.edits["default_region"].setText("ro")
    general.edits["device_suffix"].setText("A/B")
    general.save()
    assert general.status.text() == ""
    assert list(general.errors.visible()) == ["device_suffix"]
    general.edits["device_suffix"].setText("b")
    general.spins["payment_terms_days"].setValue(60)
    general.window_language.setCurrentIndex(general.window_language.findData("ro"))
    general.save()
    assert (get_setting("invoice_series"), get_setting("device_suffix"), get_setting("default_region")) == (
        "A", "B", "RO")
    assert get_setting("payment_terms_days") == 60
    assert "12/2026/A/B" in general.example.text()
    assert ctx.settings.value("language") == "ro"
    assert "Restart" in general.status.text()
    assert get_company_profile().payment_terms_days == 60


def test_backup_now_lists_it_and_opens_the_folder(ctx, settings_page, monkeypatch):
    data = settings_page.data
    assert Path(data.location.text()) == Path(ctx.db.path)
    assert list_backups(ctx.db.path) == []
    data.backup_button.click()
    found = list_backups(ctx.db.path)
    assert len(found) == 1 and found[0].path.exists()
    assert data.table.rowCount() == 1
    assert data.progress.isHidden() and data.backup_button.isEnabled()
    assert found[0].path.name in data.status.text()

    opened = []
    monkeypatch.setattr(DataSettings, "open_folder", classmethod(lambda cls, folder: opened.append(folder)))
    data.open_button.click()
    assert opened == [Path(ctx.db.path).parent]


def test_the_page_is_a_section_of_the_window(window):
    page = window.show_section("settings")
    assert isinstance(page, SettingsPage)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Company", "VAT and products", "Numbering and languages", "Mail", "Incoming mail", "E-invoicing",
        "Data and backups", "Security", "Privacy", "Team"]
