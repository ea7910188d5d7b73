"""The customer's SdI address: on the contact, checked as typed, frozen on the invoice when it is issued and
written in the e-invoice with the specification's conventions."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from smallcrm.errors import ValidationError
from smallcrm.services.einvoicing.reading import invoice_xml
from smallcrm.services.parties.parties import AddressDraft, draft_of, get_party, update_party
from tests import factories
from tests.services.sales.tax_helpers import our_company


def test_the_sdi_address_is_kept_on_the_contact_and_refused_when_mistyped(db):
    customer = factories.customer(db, sdi_code=" m5uxcr1 ")
    assert customer.sdi_code == "M5UXCR1"
    draft = draft_of(customer)
    draft.sdi_code, draft.sdi_pec = "", "Fatture@PEC.Example.it"
    assert (update_party(db, customer.id, draft)[0].sdi_pec) == "Fatture@pec.example.it"
    draft.sdi_code = "M5UX"
    with pytest.raises(ValidationError) as refused:
        update_party(db, customer.id, draft)
    assert (refused.value.field, refused.value.code) == ("sdi_code", "sdi_code_invalid")


def _destination(invoice_id: int) -> tuple[str, str, str]:
    root = ET.fromstring(invoice_xml(invoice_id, "00001"))
    return (root.findtext(".//CodiceDestinatario"), root.findtext(".//PECDestinatario") or "",
            root.findtext(".//FormatoTrasmissione"))


@pytest.mark.parametrize(("fields", "expected"), [
    ({"sdi_code": "M5UXCR1"}, ("M5UXCR1", "", "FPR12")),
    ({"sdi_pec": "fatture@pec.rossi.example"}, ("0000000", "fatture@pec.rossi.example", "FPR12")),
    ({}, ("0000000", "", "FPR12")),  # a private person, or a business that gave none: its cassetto fiscale
    ({"sdi_code": "UFY9MH"}, ("UFY9MH", "", "FPA12")),  # a public administration's office
])
def test_the_sdi_address_is_frozen_on_issue_and_written_as_the_specification_says(db, fields, expected):
    our_company(db)
    customer = factories.customer(db, **fields)
    invoice = factories.issued_invoice(db, customer.id)
    draft = draft_of(get_party(customer.id))
    draft.sdi_code, draft.sdi_pec = "ZZZZZZZ", ""
    update_party(db, customer.id, draft)  # changed after issue: the invoice keeps what it was issued with
    assert _destination(invoice.id) == expected


def test_a_customer_abroad_gets_xxxxxxx_and_their_country(db):
    our_company(db)
    buyer = factories.company(db, "Müller GmbH", vat_number="DE136695976", country="DE", sdi_code="M5UXCR1",
                              addresses=[AddressDraft("Hauptstraße 5", "80331", "München", "", "DE")])
    invoice = factories.issued_invoice(db, buyer.id, [factories.line("Pompa", 1, "1250", 0, "N3.2")])
    root = ET.fromstring(invoice_xml(invoice.id, "00001"))
    assert root.findtext(".//CodiceDestinatario") == "XXXXXXX"
    assert root.findtext(".//CessionarioCommittente//IdPaese") == "DE"
    assert root.findtext(".//CessionarioCommittente/Sede/CAP") == "00000"
