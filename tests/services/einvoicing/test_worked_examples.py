"""Every worked example of the tax cases gives an e-invoice that the official schema validates, that passes our
checks, and that an independent reader (a38) reads back to the document's totals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from smallcrm.services.einvoicing.checks import check_xml
from smallcrm.services.einvoicing.reading import einvoice_source, invoice_xml
from smallcrm.services.einvoicing.source import DeliveryNote, DocumentReference, EInvoiceOptions
from smallcrm.services.einvoicing.xml_build import build_xml
from tests import factories
from tests.factories import line
from tests.services.einvoicing.cases import CASES, IBAN
from tests.services.einvoicing.schema import a38_totals, needs_schema, schema_errors
from tests.services.sales.tax_helpers import our_company

D = Decimal


@needs_schema
@pytest.mark.parametrize("case", list(CASES))
def test_each_tax_case_validates_passes_the_checks_and_reads_back(db, case):
    view = CASES[case](db)
    xml = invoice_xml(view.id, "00001")
    assert schema_errors(xml) == []
    assert [str(p) for p in check_xml(xml)] == []
    total, summary, count = a38_totals(xml)
    assert total == view.tax.total
    stamp = view.tax.stamp_duty_charged
    assert sum(t for t, _ in summary) == view.taxable + stamp and sum(v for _, v in summary) == view.vat
    assert count == len(view.lines) + (1 if stamp else 0)


@needs_schema
def test_a_public_administration_gets_fpa12_with_its_office_and_the_tenders_codes(db):
    view = CASES["split_payment_to_a_public_body"](db)
    order = DocumentReference("DET-2026-114", date(2026, 1, 10), cig="Z1A2B3C4D5", cup="J51B20000010001")
    xml = build_xml(einvoice_source(view.id, "00001", EInvoiceOptions(orders=(order,))))
    assert schema_errors(xml) == [] and check_xml(xml) == ()
    text = xml.decode()
    assert 'versione="FPA12"' in text and "<CodiceDestinatario>UFY9MH</CodiceDestinatario>" in text
    assert "<EsigibilitaIVA>S</EsigibilitaIVA>" in text and "<CodiceCIG>Z1A2B3C4D5</CodiceCIG>" in text
    assert "<ImportoPagamento>1000.00</ImportoPagamento>" in text  # the VAT goes to the State


@needs_schema
def test_a_deferred_invoice_with_its_delivery_notes_and_the_pdf_attached(db):
    view = CASES["instalments"](db)
    ddt = DeliveryNote("DDT 12", date(2026, 1, 10), (1,))
    options = EInvoiceOptions("TD24", delivery_notes=(ddt,), attach_pdf=True)
    xml = build_xml(einvoice_source(view.id, "00001", options))
    assert schema_errors(xml) == [] and check_xml(xml) == ()
    assert b"<TipoDocumento>TD24</TipoDocumento>" in xml and b"<NomeAttachment>1-2026.pdf</NomeAttachment>" in xml
    assert a38_totals(xml)[0] == view.tax.total


@needs_schema
@pytest.mark.parametrize("document_type", ["TD05", "TD06"])
def test_a_debit_note_and_a_professionals_parcella_validate(db, document_type):
    view = CASES["rivalsa_inps_withheld"](db)
    xml = build_xml(einvoice_source(view.id, "00001", EInvoiceOptions(document_type)))
    assert schema_errors(xml) == [] and check_xml(xml) == ()
    assert f"<TipoDocumento>{document_type}</TipoDocumento>".encode() in xml


@needs_schema
def test_a_price_with_eight_decimals_is_written_as_typed_and_its_total_to_the_cent(db):
    our_company(db, iban=IBAN)
    customer = factories.customer(db)
    # 12,000 screws at 0.01234567: 148.14804 -> 148.15; 22% VAT 32.59
    view = factories.issued_invoice(db, customer.id, [line("Viti M3", 12000, "0,01234567", unit="pz")])
    xml = invoice_xml(view.id, "00001")
    assert b"<PrezzoUnitario>0.01234567</PrezzoUnitario>" in xml and b"<PrezzoTotale>148.15</PrezzoTotale>" in xml
    assert b"<Quantita>12000.00</Quantita>" in xml
    assert schema_errors(xml) == [] and check_xml(xml) == ()
    assert a38_totals(xml)[0] == view.total == D("180.74")
