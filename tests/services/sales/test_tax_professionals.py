"""Professionals: the withholding tax (ritenuta d'acconto) and the pension fund contribution (rivalsa INPS, casse
professionali). Worked examples, totals by hand in the comments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from smallcrm.db.sales_models import Invoice
from smallcrm.documents.epc_qr import document_epc_payload
from smallcrm.errors import ValidationError
from smallcrm.services.admin.tax_profile import TaxProfile, update_tax_profile
from smallcrm.services.parties.parties import AddressDraft
from smallcrm.services.sales import invoices
from smallcrm.services.sales.payments import receivables
from tests import factories
from tests.factories import line
from tests.services.sales.tax_helpers import our_company, pdf_text

D = Decimal


def professional(db, **fields) -> None:
    """A professional: ritenuta d'acconto 20% on the fees (RT01), and the fields given."""
    our_company(db, iban="IT60X0542811101000000123456")
    update_tax_profile(db, TaxProfile(**{"withholding_kind": "RT01", **fields}))


def test_an_architect_with_inarcassa_and_withholding_tax(db, customer):
    # fees 1,000.00 at 22%; 50.00 of land registry fees advanced in the customer's name (N1, art. 15)
    # Inarcassa 4% of the fees (N1 aside): 40.00, taxed with them: 22% on 1,040.00 = 228.80
    # taxable 1,040.00 + 50.00 = 1,090.00; total 1,090.00 + 228.80 = 1,318.80 (no stamp duty: N1 50.00 < 77.47)
    # ritenuta 20% of the fees (the contributo integrativo is not subject to it): 200.00
    # net to pay 1,318.80 - 200.00 = 1,118.80
    professional(db, pension_fund="TC04", pension_fund_rate=D(4), pension_fund_withheld=False)
    view = factories.issued_invoice(db, customer.id, [line("Progettazione impianto", 1, "1000"),
                                                      line("Diritti catastali anticipati", 1, "50", 0, "N1")])
    tax = view.tax
    assert (tax.pension_fund, tax.pension_fund_vat_code, view.taxable, view.vat, view.total) == (
        D("40.00"), "22", D("1090.00"), D("228.80"), D("1318.80"))
    assert [(b.vat_code, b.taxable, b.vat) for b in view.vat_summary] == [("22", D("1040.00"), D("228.80")),
                                                                         ("N1", D("50.00"), D("0.00"))]
    assert (tax.withholding_base, tax.withholding, tax.payable, tax.stamp_duty) == (
        D("1000.00"), D("200.00"), D("1118.80"), D("0.00"))
    assert view.balance_due == D("1118.80")
    row = Invoice.get_by_id(view.id)
    assert (row.pension_fund_cents, row.withholding_cents, row.total_cents, row.payable_cents) == (
        4000, 20000, 131880, 111880)
    text = pdf_text(view.id)
    assert "Contributo Inarcassa 4% 40,00 €" in text and "Totale imponibile 1.090,00 €" in text
    assert "Totale documento 1.318,80 €" in text and "Ritenuta d'acconto 20% -200,00 €" in text
    assert "su 1.000,00 €" in text and "Netto a pagare 1.118,80 €" in text


def test_a_consultant_with_rivalsa_inps_pays_the_net_and_the_qr_asks_for_it(db, customer):
    # 10 h x 80.00 = 800.00 at 22%; rivalsa INPS 4%: 32.00 (taxed: 22% on 832.00 = 183.04)
    # total 832.00 + 183.04 = 1,015.04; ritenuta 20% on fees and rivalsa (832.00): 166.40
    # net to pay 1,015.04 - 166.40 = 848.64
    professional(db, pension_fund="TC22")
    view = factories.issued_invoice(db, customer.id, [line("Consulenza", 10, "80")])
    assert (view.total, view.tax.withholding_base, view.tax.withholding, view.balance_due) == (
        D("1015.04"), D("832.00"), D("166.40"), D("848.64"))
    assert "EUR848.64" in document_epc_payload(view, view.seller)
    [owed] = receivables(date(2026, 3, 2))
    assert owed.balance_due == D("848.64")
    with pytest.raises(ValidationError) as refused:
        factories.payment(db, view.id, "1015,04", date(2026, 3, 10))  # the withholding tax is not paid to us
    assert refused.value.code == "exceeds_balance"
    factories.payment(db, view.id, "848,64", date(2026, 3, 10))
    paid = invoices.get_invoice(view.id)
    assert (paid.balance_due, paid.payment_status) == (D("0.00"), "paid")
    text = pdf_text(view.id)
    assert "Rivalsa INPS 4% 32,00 €" in text and "Ritenuta d'acconto 20% -166,40 €" in text
    assert "su 832,00 €" in text and "art. 1, comma 212, della Legge n. 662/1996" in text


def test_a_private_customer_withholds_nothing(db):
    # the same 800.00 + rivalsa 32.00 + VAT 183.04 = 1,015.04, all of it paid to us by a private person
    professional(db, pension_fund="TC22")
    person = factories.person(db, "Anna", "Neri", tax_code="NRENNA80A41F205W",
                              addresses=[AddressDraft(*factories.CUSTOMER_ADDRESS)])
    view = factories.issued_invoice(db, person.id, [line("Consulenza", 10, "80")])
    assert (view.tax_setup.withholding, view.total, view.tax.withholding, view.balance_due) == (
        None, D("1015.04"), D("0.00"), D("1015.04"))
    assert "Ritenuta" not in pdf_text(view.id)


def test_the_withholding_can_be_chosen_for_one_invoice(db, customer):
    # a company that does not withhold this time: 1,000.00 + 220.00 = 1,220.00, all of it to pay
    professional(db)
    view = factories.issued_invoice(db, customer.id, [line("Consulenza", 1, "1000")], withholding=False)
    assert (view.tax.withholding, view.balance_due) == (D("0.00"), D("1220.00"))


def test_an_agent_withholds_on_half_the_fees(db, customer):
    # commissions 2,000.00 at 22% (VAT 440.00): 2,440.00; ritenuta 23% on 50% of them (1,000.00): 230.00
    # net to pay 2,440.00 - 230.00 = 2,210.00
    professional(db, withholding_rate=D(23), withholding_base=D(50))
    view = factories.issued_invoice(db, customer.id, [line("Provvigioni febbraio", 1, "2000")])
    assert (view.total, view.tax.withholding_base, view.tax.withholding, view.balance_due) == (
        D("2440.00"), D("1000.00"), D("230.00"), D("2210.00"))


def test_a_forfettario_adds_the_rivalsa_inps_and_is_never_withheld_on(db, customer):
    # 1,000.00 at N2.2 + rivalsa INPS 4% 40.00, also at N2.2: 1,040.00, no VAT
    # 1,040.00 not subject to VAT > 77.47: stamp duty 2.00 charged: 1,042.00; no ritenuta (L. 190/2014 c. 67)
    professional(db, pension_fund="TC22")
    our_company(db, tax_regime="RF19")
    view = factories.issued_invoice(db, customer.id, [line("Consulenza", 1, "1000")])
    assert (view.tax.pension_fund_vat_code, view.taxable, view.vat, view.total, view.balance_due) == (
        "N2.2", D("1040.00"), D("0.00"), D("1042.00"), D("1042.00"))
    assert view.tax_setup.withholding is None


def test_a_credit_note_mirrors_the_withholding_and_settles_the_invoice(db, customer):
    # the consultant's invoice (net 848.64) credited in full: the note also adds the rivalsa and withholds
    professional(db, pension_fund="TC22")
    view = factories.issued_invoice(db, customer.id, [line("Consulenza", 10, "80")])
    note = factories.credit_note(db, view.id, on=date(2026, 3, 5))
    assert (note.total, note.tax.withholding, note.tax.payable) == (D("1015.04"), D("166.40"), D("848.64"))
    assert invoices.get_invoice(view.id).balance_due == D("0.00")


def test_rates_are_read_in_the_users_language_and_checked(db):
    from smallcrm.numbers import typed_in
    from smallcrm.services.admin.tax_profile import get_tax_profile

    with typed_in("it"):
        update_tax_profile(db, TaxProfile(withholding_kind="RT01", withholding_rate="20,5"))
    assert get_tax_profile().withholding_rate == D("20.5")
    with pytest.raises(ValidationError) as refused:
        update_tax_profile(db, TaxProfile(withholding_kind="RT09"))
    assert refused.value.field == "withholding_kind"
    with pytest.raises(ValidationError) as refused:
        update_tax_profile(db, TaxProfile(pension_fund_rate="120"))
    assert refused.value.field == "pension_fund_rate"
