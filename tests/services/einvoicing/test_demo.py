"""Every issued document of the demo gives an e-invoice that the official schema validates, that passes our checks
and that a38 reads back to the document's totals: the demo `smallcrm demo` makes with its defaults (300 contacts,
seed 1), and another seed."""

from __future__ import annotations

import pytest

from smallcrm.cli.admin import TOUR_CONTACTS
from smallcrm.db.models import database
from smallcrm.demo.parties import generate_demo
from smallcrm.services.einvoicing.checks import check_xml
from smallcrm.services.einvoicing.reading import invoice_xml
from smallcrm.services.sales.invoices import get_invoice
from tests.services.einvoicing.schema import a38_totals, needs_schema, schema_errors


@needs_schema
@pytest.mark.parametrize(("contacts", "seed"), [(TOUR_CONTACTS, 1), (120, 5)], ids=["smallcrm-demo", "seed-5"])
def test_every_issued_document_of_the_demo_makes_a_valid_einvoice(db, contacts, seed):
    generate_demo(db, contacts=contacts, seed=seed, communications_per_contact=1)
    issued = [row[0] for row in database.execute_sql("SELECT id FROM invoice WHERE status = 'issued' ORDER BY id")]
    assert len(issued) > 20  # the demo issues invoices (no credit notes)
    for invoice_id in issued:
        xml = invoice_xml(invoice_id, "00001")
        assert schema_errors(xml) == [], invoice_id
        assert [str(p) for p in check_xml(xml)] == [], invoice_id
        document = get_invoice(invoice_id)
        total, summary, count = a38_totals(xml)
        stamp = document.tax.stamp_duty_charged
        assert total == document.tax.total, invoice_id
        assert sum(t for t, _ in summary) == document.taxable + stamp, invoice_id
        assert sum(v for _, v in summary) == document.vat and count == len(document.lines) + (1 if stamp else 0)
