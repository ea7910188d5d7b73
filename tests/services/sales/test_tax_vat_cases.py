"""Split payment (public bodies), reverse charge (N6.x) and intra-EU sales (N3.2): worked examples, totals by
hand in the comments, the legal wording read back from the PDF."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from smallcrm.errors import ValidationError
from smallcrm.services.parties.parties import AddressDraft
from smallcrm.services.sales import invoices
from smallcrm.services.sales.payments import receivables
from tests import factories
from tests.factories import line
from tests.services.sales.tax_helpers import our_company, pdf_text

D = Decimal


@pytest.fixture
def town_hall(db):
    """A public body: it pays the VAT of our invoices to the State itself (split payment)."""
    return factories.company(db, "Comune di Brescia", vat_number="IT00761890177",
                             addresses=[AddressDraft("Piazza della Loggia 1", "25121", "Brescia", "BS")])


@pytest.fixture
def german_buyer(db):
    return factories.company(db, "Müller Maschinenbau GmbH", vat_number="DE136695976", country="DE",
                             addresses=[AddressDraft("Hauptstraße 5", "80331", "München", "", "DE")])


def test_a_split_payment_invoice_shows_the_vat_and_asks_for_the_taxable(db, town_hall):
    # 2 x 500.00 = 1,000.00 at 22%: VAT 220.00, total 1,220.00; the town hall pays the 220.00 to the State
    # net to pay (balance, receivables) 1,000.00
    our_company(db)
    view = factories.issued_invoice(db, town_hall.id, [line("Manutenzione caldaie", 2, "500")],
                                    vat_collectability="S")
    assert (view.vat, view.total, view.tax.split_vat, view.tax.payable, view.balance_due) == (
        D("220.00"), D("1220.00"), D("220.00"), D("1000.00"), D("1000.00"))
    assert view.tax_setup.collectability == "S"
    [owed] = receivables(date(2026, 3, 2))
    assert owed.balance_due == D("1000.00")
    text = pdf_text(view.id)
    assert "Totale documento 1.220,00 €" in text and "IVA in scissione dei pagamenti -220,00 €" in text
    assert "Netto a pagare 1.000,00 €" in text and "art. 17-ter del DPR 633/72" in text


def test_deferred_vat_changes_no_amount_only_the_wording(db, town_hall):
    view = factories.issued_invoice(db, town_hall.id, [line("Manutenzione caldaie", 2, "500")],
                                    vat_collectability="D")
    assert (view.total, view.balance_due) == (D("1220.00"), D("1220.00"))
    assert "esigibilità differita ai sensi dell'art. 6, comma 5" in pdf_text(view.id)


def test_a_reverse_charge_invoice_carries_no_vat_and_its_wording(db, customer):
    # painting for a builder, subcontracted: 3,000.00 at N6.7, no VAT (the builder pays it); no stamp duty
    view = factories.issued_invoice(db, customer.id, [line("Tinteggiatura pareti cantiere via Po", 1, "3000", 0,
                                                           "N6.7")])
    assert (view.vat, view.total, view.tax.stamp_duty, view.balance_due) == (
        D("0.00"), D("3000.00"), D("0.00"), D("3000.00"))
    text = pdf_text(view.id)
    assert "Inversione contabile art. 17 c. 6 lett. a-ter) DPR 633/72" in text
    assert "inversione contabile (reverse charge): l'imposta è dovuta dal cessionario o committente" in text


def test_reverse_charge_needs_a_customer_with_a_vat_number(db):
    person = factories.person(db, "Anna", "Neri")
    draft = factories.draft_invoice(db, person.id, [line("Tinteggiatura", 1, "3000", 0, "N6.7")])
    with pytest.raises(ValidationError) as refused:
        invoices.issue_invoice(db, draft.id, date(2026, 3, 1))
    assert (refused.value.code, refused.value.field) == ("reverse_charge_needs_vat", "lines[0].vat_code")


def test_an_intra_eu_sale_is_not_taxable_and_bears_no_stamp_duty(db, german_buyer):
    # 2 pumps x 1,250.00 = 2,500.00 at N3.2 (art. 41 DL 331/93): no VAT, no stamp duty (DL 331/93 art. 66 c. 15)
    view = factories.issued_invoice(db, german_buyer.id, [line("Pompa idraulica PX-40", 2, "1250", 0, "N3.2")])
    assert (view.vat, view.total, view.tax.stamp_duty, view.warnings) == (D("0.00"), D("2500.00"), D("0.00"), ())
    text = pdf_text(view.id)
    assert "Non imponibile art. 41 DL 331/93 (cessione intracomunitaria)" in text and "DE136695976" in text


@pytest.mark.parametrize("vat_number", ["DE136695977", "IT00743110157", ""])
def test_an_intra_eu_sale_needs_a_valid_vat_number_of_another_eu_country(db, vat_number):
    buyer = factories.company(db, "Buyer", country="DE")
    from smallcrm.db.models import Party

    Party.update(vat_number=vat_number).where(Party.id == buyer.id).execute()  # as an old import left it
    draft = factories.draft_invoice(db, buyer.id, [line("Pompa", 1, "1250", 0, "N3.2")])
    with pytest.raises(ValidationError) as refused:
        invoices.issue_invoice(db, draft.id, date(2026, 3, 1))
    assert refused.value.code == "intra_eu_vat_invalid"


def test_a_foreign_vat_number_charged_italian_vat_is_warned(db, german_buyer):
    draft = factories.draft_invoice(db, german_buyer.id, [line("Pompa", 1, "1250")])
    assert [w.code for w in draft.warnings] == ["foreign_vat_charged"]
    assert "N3.2" in draft.warnings[0].message
    invoices.issue_invoice(db, draft.id, date(2026, 3, 1))  # a warning, not a refusal
    fixed = invoices.update_invoice(db, factories.draft_invoice(db, german_buyer.id).id, invoices.InvoiceDraft(
        german_buyer.id, [line("Pompa", 1, "1250", 0, "N3.2")]))[0]
    assert fixed.warnings == ()
