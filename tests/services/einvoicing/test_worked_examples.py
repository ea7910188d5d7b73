"""Every worked example of the tax cases gives an e-invoice that the official schema validates, that passes our
checks, and that an independent reader (a38) reads back to the document's totals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from smallcrm.services.einvoicing.checks import check_xml
from smallcrm.services.einvoicing.reading import invoice_xml
from tests.services.einvoicing.cases import CASES
from tests.services.einvoicing.schema import a38_totals, needs_schema, schema_errors

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
