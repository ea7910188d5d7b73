"""Before an invoice gets its number: our company's and the customer's legal data, every missing item named."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from smallcrm.db.sales_models import Invoice
from smallcrm.domain import InvoiceStatus
from smallcrm.domain import IssueRequirement as R
from smallcrm.services.parties.parties import AddressDraft, draft_of, get_party, update_party
from smallcrm.services.sales import invoices
from smallcrm.services.sales.readiness import IncompleteDocument
from tests import factories

ON = date(2026, 3, 2)


def refused(db, invoice_id: int) -> list[tuple[R, int | None]]:
    """What issuing the draft names as missing, as (requirement, party id or None for our profile)."""
    with pytest.raises(IncompleteDocument) as caught:
        invoices.issue_invoice(db, invoice_id, ON)
    error = caught.value
    assert error.field == "issue" and error.code == "incomplete_document"
    assert error.params["count"] == len(error.missing)
    assert Invoice.get_by_id(invoice_id).status == InvoiceStatus.DRAFT and not Invoice.get_by_id(invoice_id).number
    return [(item.requirement, item.party_id) for item in error.missing]


def test_no_seller_and_a_bare_buyer_are_refused_with_every_item_named(db):
    """Today's defect: an invoice with no seller name, P.IVA or address, to a buyer with no address or tax number,
    got a number and was frozen for good."""
    factories.no_company(db)
    buyer = factories.company(db, "Nuda S.r.l.")
    draft = factories.draft_invoice(db, buyer.id)
    assert refused(db, draft.id) == [
        (R.SELLER_NAME, None), (R.SELLER_STREET, None), (R.SELLER_POSTAL_CODE, None), (R.SELLER_CITY, None),
        (R.SELLER_TAX_ID, None), (R.SELLER_IBAN, None),
        (R.BUYER_STREET, buyer.id), (R.BUYER_POSTAL_CODE, buyer.id), (R.BUYER_CITY, buyer.id),
        (R.BUYER_TAX_ID, buyer.id)]
    assert invoices.issue_preview(draft.id, ON).number == "1/2026"  # nothing was taken


def test_filled_on_the_spot_then_issued(db):
    factories.no_company(db)
    buyer = factories.company(db, "Nuda S.r.l.")
    draft = factories.draft_invoice(db, buyer.id)
    refused(db, draft.id)
    factories.our_company(db)
    fixed = draft_of(get_party(buyer.id))
    fixed.vat_number, fixed.addresses = "IT00743110157", [AddressDraft("Via Po 2", "10123", "Torino", "TO")]
    update_party(db, buyer.id, fixed)
    view = invoices.issue_invoice(db, draft.id, ON)[0]
    assert view.number == "1/2026" and view.customer.city == "Torino" and view.seller.vat_number == "IT04123450126"


@pytest.mark.parametrize(("blank", "requirement"), [
    ({"name": ""}, R.SELLER_NAME), ({"street": ""}, R.SELLER_STREET), ({"postal_code": ""}, R.SELLER_POSTAL_CODE),
    ({"city": ""}, R.SELLER_CITY), ({"vat_number": "", "tax_code": ""}, R.SELLER_TAX_ID),
    ({"iban": ""}, R.SELLER_IBAN)])
def test_each_of_our_data_is_needed(db, customer, blank, requirement):
    factories.our_company(db, **blank)
    assert refused(db, factories.draft_invoice(db, customer.id).id) == [(requirement, None)]


def test_a_codice_fiscale_alone_is_enough_for_us(db, customer):
    factories.our_company(db, vat_number="", tax_code="BNCGLI80A41L219U")  # a professional without P.IVA yet
    assert factories.issued_invoice(db, customer.id, on=ON).number == "1/2026"


def test_a_credit_note_asks_for_no_iban(db, customer):
    invoice = factories.issued_invoice(db, customer.id, on=ON)
    factories.our_company(db, iban="")
    assert factories.credit_note(db, invoice.id, on=ON).number == "NC 1/2026"


def test_a_private_person_in_italy_needs_the_codice_fiscale(db):
    giulia = factories.private_customer(db, tax_code="")
    draft = factories.draft_invoice(db, giulia.id)
    assert refused(db, draft.id) == [(R.BUYER_TAX_CODE, giulia.id)]
    complete = factories.private_customer(db, "Anna")
    assert factories.issued_invoice(db, complete.id, on=ON).customer.tax_code == "BNCGLI80A41L219U"


def test_a_sole_trader_with_a_partita_iva_needs_no_codice_fiscale(db):
    trader = factories.private_customer(db, tax_code="", vat_number="IT00743110157")
    assert factories.issued_invoice(db, trader.id, on=ON).number == "1/2026"


def test_abroad_a_business_needs_its_vat_number_and_a_person_only_name_and_address(db):
    address = [AddressDraft("Rue de Rivoli 1", "75001", "Paris", "", "FR")]
    business = factories.company(db, "Maison S.A.R.L.", country="FR", addresses=address)
    assert refused(db, factories.draft_invoice(db, business.id).id) == [(R.BUYER_VAT_NUMBER, business.id)]
    person = factories.person(db, "Jean", "Dupont", country="FR", addresses=address)
    assert factories.issued_invoice(db, person.id, on=ON).customer.country == "FR"
    bare = factories.person(db, "Ion", "Popescu", country="RO")
    assert refused(db, factories.draft_invoice(db, bare.id).id) == [
        (R.BUYER_STREET, bare.id), (R.BUYER_POSTAL_CODE, bare.id), (R.BUYER_CITY, bare.id)]


def test_the_preview_shows_the_number_it_will_get_and_what_is_missing(db, customer):
    factories.issued_invoice(db, customer.id, on=date(2026, 3, 1))  # 1/2026
    draft = factories.draft_invoice(db, customer.id, [factories.line(price="250")])
    preview = invoices.issue_preview(draft.id, ON)
    assert (preview.number, preview.issue_date, preview.customer, str(preview.total), preview.missing) == (
        "2/2026", ON, "Rossi Impianti S.r.l.", "305.00", ())  # 250 + 22% = 305.00
    factories.our_company(db, iban="")
    assert [item.requirement for item in invoices.issue_preview(draft.id, ON).missing] == [R.SELLER_IBAN]


def test_every_demo_customer_can_be_invoiced_and_the_demo_checks_sound(db):
    """The demo's people get an address and a codice fiscale, its companies a P.IVA and an address; its issued
    invoices carry both blocks and their seals (``smallcrm check`` finds nothing)."""
    from smallcrm.db.models import Party
    from smallcrm.demo.parties import generate_demo
    from smallcrm.domain import InvoiceKind
    from smallcrm.services.sales.readiness import document_missing
    from smallcrm.services.sales.seal import chain_problems

    factories.no_company(db)  # the demo brings its own shop
    generate_demo(db, contacts=120, seed=3)
    parties = [party_id for (party_id,) in Party.select(Party.id).tuples()]
    assert len(parties) > 120
    assert {party_id: document_missing(InvoiceKind.INVOICE, party_id) for party_id in parties
            if document_missing(InvoiceKind.INVOICE, party_id)} == {}
    assert chain_problems(db.pw.execute_sql) == []
    issued = Invoice.get(Invoice.status == InvoiceStatus.ISSUED)
    assert issued.seller_snapshot and '"street"' in issued.customer_snapshot
    # and each of them is invoiced today (the demo's invoices go up to today): every one gets its number, and
    # the chain with the new seals (version 4, the demo's tax setup frozen on them) still checks whole
    numbers = [factories.issued_invoice(db, party_id, on=None).number for party_id in parties]
    assert all(numbers) and len(set(numbers)) == len(parties)
    assert chain_problems(db.pw.execute_sql) == []


def test_the_iban_is_needed_only_when_the_invoice_asks_for_a_bank_transfer(db, customer):
    factories.our_company(db, iban="")
    assert refused(db, factories.draft_invoice(db, customer.id, payment_means="MP05").id) == [(R.SELLER_IBAN, None)]
    for means in ("MP12", "MP19", "MP01"):  # Ri.Ba., SEPA direct debit, cash: nobody sends us a transfer
        draft = factories.draft_invoice(db, customer.id, payment_means=means)
        assert invoices.issue_preview(draft.id, ON).missing == ()
        assert invoices.issue_invoice(db, draft.id, ON)[0].payment_means == means


def test_our_tax_regime_is_needed():
    from smallcrm.domain import InvoiceKind, PartyKind
    from smallcrm.services.sales.readiness import missing_items
    from smallcrm.services.sales.views import CompanyProfile, CustomerBlock

    ours = CompanyProfile(name="Studio Bianchi", street="Via Garibaldi 1", postal_code="20121", city="Milano",
                          vat_number="IT12345670017", iban="IT60X0542811101000000123456")
    buyer = CustomerBlock("Rossi S.r.l.", "Via Po 2", "10123", "Torino", "TO", "IT", "IT00743110157", "", "")
    assert missing_items(InvoiceKind.INVOICE, ours, 1, PartyKind.COMPANY, buyer) == ()
    [item] = missing_items(InvoiceKind.INVOICE, replace(ours, tax_regime=""), 1, PartyKind.COMPANY, buyer)
    assert (item.requirement, item.field, item.ours) == (R.SELLER_TAX_REGIME, "tax_regime", True)
