"""Every invoice and credit note a sales test issues also gives an e-invoice that the official schema validates
and that passes the local checks: the tests' worked examples are the e-invoice's examples too.

Left out: a database changed behind the triggers on purpose (its seals fail: the tests of the seal), and the
documents of a seller FatturaPA is not for (established abroad, or without a P.IVA yet: the e-invoice refuses
those, and ``tests/services/einvoicing`` says how)."""

from __future__ import annotations

import pytest

from smallcrm.db.models import database
from smallcrm.services.einvoicing.checks import check_xml
from smallcrm.services.einvoicing.reading import invoice_xml
from smallcrm.services.sales.invoices import get_invoice
from smallcrm.services.sales.seal import chain_problems
from tests.services.einvoicing.schema import SCHEMA, schema_errors


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.passed_call = report.passed
    return report


def _einvoice_case(invoice_id: int) -> bool:
    seller = get_invoice(invoice_id).seller
    return (seller.country or "IT").upper() == "IT" and bool(seller.vat_number)


@pytest.fixture(autouse=True)
def issued_documents_give_valid_einvoices(request):
    if "db" not in request.fixturenames or not SCHEMA.exists():
        yield
        return
    request.getfixturevalue("db")  # asked for here, so that it is still open when this one ends
    yield
    if not getattr(request.node, "passed_call", False) or database.obj is None or database.obj.is_closed():
        return
    if chain_problems(database.execute_sql):
        return
    for (invoice_id,) in database.execute_sql("SELECT id FROM invoice WHERE status = 'issued'").fetchall():
        if _einvoice_case(invoice_id):
            xml = invoice_xml(invoice_id, "00001")
            assert schema_errors(xml) == [], invoice_id
            assert [str(p) for p in check_xml(xml)] == [], invoice_id
