"""Lines and customer blocks of documents: the lookups made once per document give what the record holds."""

from __future__ import annotations

from decimal import Decimal

import pytest

from smallcrm.clock import utcnow
from smallcrm.db.models import Address, ContactPoint
from smallcrm.db.sales_models import Product, VatRate
from smallcrm.errors import NotFound, ValidationError
from smallcrm.services.parties.parties import AddressDraft, get_party, trash_party
from smallcrm.services.sales import catalog
from smallcrm.services.sales.document_lines import LineDraft, clean_lines, customer_block
from smallcrm.services.sales.views import CustomerBlock
from tests import factories

D = Decimal


def _from_full_view(db, party_id: int) -> CustomerBlock:
    """The block as the full party view describes the party (what documents printed before)."""
    view = get_party(party_id, include_trash=True)
    address = view.addresses[0] if view.addresses else None
    return CustomerBlock(
        name=view.name, street=address.street if address else "", postal_code=address.postal_code if address else "",
        city=address.city if address else "", province=address.province if address else "",
        country=address.country if address else view.country, vat_number=view.vat_number, tax_code=view.tax_code,
        email=view.emails[0] if view.emails else "")


def test_customer_block_takes_the_primary_address_and_first_primary_email(db):
    company = factories.company(db, "Bianchi S.p.A.", vat_number="IT00743110157",
                                emails=["info@bianchi.it", "amministrazione@bianchi.it"],
                                addresses=[AddressDraft("Via Po 3", "10121", "Torino", "TO"),
                                           AddressDraft("Rue de Rivoli 1", "75001", "Paris", "", "FR")])
    for person in ("Anna Verdi", "Luca Neri"):  # members are not part of the block
        first, last = person.split()
        factories.person(db, first, last, company_id=company.id)
    # the second address and the second e-mail become primary; the first e-mail is trashed
    Address.update(is_primary=False).where(Address.party == company.id).execute()
    Address.update(is_primary=True).where(Address.party == company.id, Address.city == "Paris").execute()
    ContactPoint.update(is_primary=True).where(ContactPoint.value == "amministrazione@bianchi.it").execute()
    ContactPoint.update(deleted_at=utcnow()).where(ContactPoint.value == "info@bianchi.it").execute()

    block = customer_block(company.id)

    assert block == _from_full_view(db, company.id)
    assert (block.street, block.city, block.country, block.email) == (
        "Rue de Rivoli 1", "Paris", "FR", "amministrazione@bianchi.it")
    assert block.vat_number == "IT00743110157"


def test_customer_block_without_address_or_email_and_in_the_trash(db):
    person = factories.person(db, "Ioana", "Popescu", country="RO", tax_code="1800101221144")
    trash_party(db, person.id)

    block = customer_block(person.id)

    assert block == _from_full_view(db, person.id)
    assert (block.name, block.street, block.country, block.email) == ("Ioana Popescu", "", "RO", "")
    with pytest.raises(NotFound):
        customer_block(987654)


def test_lines_read_products_and_rates_once_and_keep_the_errors(db):
    cons = factories.product(db, "CONS", "Consulenza", "65,00", "10", "h")
    gone = factories.product(db, "OLD", "Vecchio", "1", "22", "pz")
    catalog.save_vat_rate(db, "N2.2", "0", exemption="Operazione non soggetta")

    lines = clean_lines([LineDraft(product_id=cons.id, quantity=2), LineDraft("Trasferta", 1, "40", "10", "22"),
                         LineDraft("Esente", 1, "5", 0, " N2.2 "), LineDraft(product_id=cons.id, unit_price="60")])

    got = [(x.description, x.unit, x.unit_price, x.vat_code, x.vat_percent, x.vat_exemption, x.net) for x in lines]
    assert got == [
        ("Consulenza", "h", D("65.00"), "10", D(10), "", D("130.00")),
        ("Trasferta", "", D("40.00"), "22", D(22), "", D("36.00")),
        ("Esente", "", D("5.00"), "N2.2", D(0), "Operazione non soggetta", D("5.00")),
        ("Consulenza", "h", D("60.00"), "10", D(10), "", D("60.00"))]
    VatRate.update(is_active=False).where(VatRate.code == "10").execute()
    with pytest.raises(ValidationError) as unknown:  # the product's rate is no longer in use
        clean_lines([LineDraft("Ok", 1, "1"), LineDraft(product_id=cons.id)])
    assert (unknown.value.field, unknown.value.code) == ("lines[1].vat_code", "vat_unknown")
    Product.update(deleted_at=utcnow()).where(Product.id == gone.id).execute()
    with pytest.raises(ValidationError) as missing:
        clean_lines([LineDraft("Ok", 1, "1"), LineDraft("Ok", "x", "1"), LineDraft(product_id=gone.id)])
    assert (missing.value.field, missing.value.code) == ("lines[1].quantity", "number_invalid")
    with pytest.raises(ValidationError) as missing:
        clean_lines([LineDraft("Ok", 1, "1"), LineDraft(product_id=gone.id)])
    assert (missing.value.field, missing.value.code) == ("lines[1].product_id", "not_found")
