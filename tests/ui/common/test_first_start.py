"""First start on an empty database: a short setup of one's own business before the first document (or the
demo), saved through the same services as Settings → Company; an invoice can then be issued at once."""

from __future__ import annotations

import os
from datetime import date

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWizard

from smallcrm.db.models import Party
from smallcrm.domain import InvoiceKind
from smallcrm.domain import IssueRequirement as R
from smallcrm.services.admin.company import PNG_MAGIC, get_company_profile
from smallcrm.services.admin.settings import get_setting
from smallcrm.services.sales.invoices import issue_invoice
from smallcrm.services.sales.readiness import document_missing
from tests import factories
from ui.common.first_start import BANK, COMPANY, NUMBERING, WELCOME, FirstStartWizard
from ui.settings.company import CompanyForm

SHOTS = os.environ.get("SMALLCRM_SHOTS")


@pytest.fixture
def wizard(ctx, qtbot):
    """The wizard of a new database (our company's profile emptied, as on a new file), shown."""
    factories.no_company(ctx.db)
    shown = FirstStartWizard(ctx, "en")
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _type(wizard: FirstStartWizard, **values: str) -> None:
    for key, value in values.items():
        wizard.edits[key].setText(value)


def _shot(wizard: FirstStartWizard, name: str) -> None:
    if SHOTS:
        wizard.grab().save(os.path.join(SHOTS, f"first-start-{name}.png"))


def test_own_business_set_up_before_the_first_invoice(ctx, wizard, qtbot, monkeypatch, tmp_path):
    assert wizard.currentId() == WELCOME and wizard.own.isChecked()
    _shot(wizard, "welcome")
    wizard.next()
    assert wizard.currentId() == COMPANY
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    _type(wizard, name="Ferramenta Verdi S.r.l.", street="Via Emilia 5", postal_code="40121", city="Bologna")
    assert not next_button.isEnabled()  # an invoice needs a P.IVA or a codice fiscale
    _type(wizard, vat_number="00743110157", province="BO")
    assert next_button.isEnabled()
    wizard.regime.setCurrentIndex(wizard.regime.findData("RF19"))  # a forfettario: no VAT on its invoices
    _shot(wizard, "company")
    wizard.next()
    assert wizard.currentId() == BANK
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    image.save(str(tmp_path / "logo.png"))
    monkeypatch.setattr(CompanyForm, "ask_logo_file", classmethod(lambda cls, parent=None: str(tmp_path / "logo.png")))
    wizard.findChild(type(next_button), None)  # (the logo button is found by its text below)
    [choose] = [b for b in wizard.findChildren(type(next_button)) if b.text() == "Choose logo…"]
    choose.click()
    _type(wizard, iban="it60 x054 2811 1010 0000 0123 456")
    _shot(wizard, "bank")
    wizard.next()
    assert wizard.currentId() == NUMBERING
    _type(wizard, invoice_series="B")
    assert wizard.example.text() == f"The first invoice will be number 1/{date.today().year}/B"
    wizard.document_language.setCurrentIndex(wizard.document_language.findData("it"))
    _shot(wizard, "numbering")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == 1 and not wizard.isVisible()
    saved = get_company_profile()
    assert (saved.name, saved.vat_number, saved.city, saved.iban, saved.tax_regime) == (
        "Ferramenta Verdi S.r.l.", "IT00743110157", "Bologna", "IT60X0542811101000000123456", "RF19")
    assert saved.logo_png.startswith(PNG_MAGIC)
    assert (get_setting("invoice_series"), get_setting("language")) == ("B", "it")
    customer = factories.customer(ctx.db)
    assert document_missing(InvoiceKind.INVOICE, customer.id) == ()
    draft = factories.draft_invoice(ctx.db, customer.id)
    assert issue_invoice(ctx.db, draft.id, date.today())[0].number == f"1/{date.today().year}/B"


def test_a_bad_iban_is_shown_on_its_page_and_nothing_is_saved(ctx, wizard):
    wizard.next()
    _type(wizard, name="Verdi", street="Via Po 1", postal_code="10121", city="Torino", tax_code="BNCGLI80A41L219U")
    wizard.next()
    _type(wizard, iban="IT60X0542811101000000123457")  # a wrong check digit
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.currentId() == BANK and "iban" in wizard.errors.visible()
    assert get_company_profile().name == ""
    assert document_missing(InvoiceKind.INVOICE, factories.customer(ctx.db).id)[0].requirement == R.SELLER_NAME


def test_the_demo_instead(ctx, wizard):
    wizard.demo.setChecked(True)
    assert wizard.currentPage().isFinalPage()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == 1 and Party.select().count() > 300
    assert get_company_profile().name  # the demo's own shop


def test_another_language_starts_the_wizard_again_in_it(wizard):
    wizard.window_language.setCurrentIndex(wizard.window_language.findData("ro"))
    wizard.window_language.activated.emit(wizard.window_language.currentIndex())
    assert wizard.relaunch_in == "ro" and not wizard.isVisible()
