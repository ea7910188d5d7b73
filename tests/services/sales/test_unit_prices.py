"""Unit prices with up to 8 decimals (FatturaPA's PrezzoUnitario), each line rounded to the cent by the one rule;
negative lines where the law allows them (an advance deducted, a discount line), never below zero at a rate."""

from __future__ import annotations

import csv
import sqlite3
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from smallcrm.db.sales_models import InvoiceLine, Product
from smallcrm.errors import ValidationError
from smallcrm.services.exchange.exports import ExportOptions, export_data
from smallcrm.services.sales import invoices, printing, quotes
from smallcrm.services.sales.seal import chain_problems
from tests import factories
from tests.factories import line

D = Decimal
ON = date(2026, 3, 2)


def pdf_text(data: bytes) -> str:
    import io

    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_a_screw_at_0_035_each(db, customer):
    """Today's defect: 0,035 EUR/pz was refused. 1000 screws at 0,035 = 35.00; 22% VAT = 7.70; total 42.70."""
    screw = factories.product(db, "VITE", "Vite 4x30", "0.035", unit="pz")
    assert screw.price == D("0.035") and Product.get_by_id(screw.id).price_e8 == 3_500_000
    invoice = factories.issued_invoice(db, customer.id, [line(product_id=screw.id, quantity=1000, price=None,
                                                              description="")], on=ON)
    [printed] = invoice.lines
    assert (printed.unit_price, printed.net) == (D("0.035"), D("35.00"))
    assert (invoice.taxable, invoice.vat, invoice.total) == (D("35.00"), D("7.70"), D("42.70"))
    assert InvoiceLine.get().unit_price_e8 == 3_500_000
    text = pdf_text(printing.invoice_pdf(invoice.id))
    assert "0,035 €" in text and "42,70 €" in text
    assert chain_problems(db.pw.execute_sql) == [] and invoice.number == "1/2026"


def test_each_line_is_rounded_to_the_cent_once(db, customer):
    # 3 × 0,33333333 = 0,99999999 → 1,00; 7 × 0,12345678 = 0,86419746 → 0,86; 2,5 × 1,999 = 4,9975 → 5,00
    # taxable 1,00 + 0,86 + 5,00 = 6,86; VAT 22% of 6,86 = 1,5092 → 1,51; total 8,37
    quote = factories.draft_quote(db, customer.id, [line("A", 3, "0.33333333"), line("B", 7, "0.12345678"),
                                                    line("C", "2.5", "1.999")])
    assert [x.net for x in quote.lines] == [D("1.00"), D("0.86"), D("5.00")]
    assert (quote.taxable, quote.vat, quote.total) == (D("6.86"), D("1.51"), D("8.37"))
    assert [x.unit_price for x in quotes.get_quote(quote.id).lines] == [D("0.33333333"), D("0.12345678"),
                                                                        D("1.999")]
    with pytest.raises(ValidationError) as caught:
        factories.draft_quote(db, customer.id, [line("D", 1, "0.123456789")])
    assert (caught.value.field, caught.value.code, caught.value.params["places"]) == (
        "lines[0].unit_price", "too_many_decimals", 8)


def test_an_advance_deducted_and_a_discount_line(db, customer):
    """A boiler fitted (2.000,00), the advance invoiced before taken off (-500,00, "storno acconto") and a
    discount line (-50,00), all at 22%: taxable 1.450,00; VAT 319,00; total 1.769,00."""
    lines = [line("Caldaia installata", 1, "2000"), line("Storno acconto fattura 3/2026", 1, "-500"),
             line("Sconto cliente", 1, "-50")]
    invoice = factories.issued_invoice(db, customer.id, lines, on=ON)
    assert [x.net for x in invoice.lines] == [D("2000.00"), D("-500.00"), D("-50.00")]
    assert (invoice.taxable, invoice.vat, invoice.total) == (D("1450.00"), D("319.00"), D("1769.00"))
    text = pdf_text(printing.invoice_pdf(invoice.id))
    assert "Storno acconto fattura 3/2026" in text and "-500,00 €" in text and "1.769,00 €" in text
    assert chain_problems(db.pw.execute_sql) == []


def test_a_line_cannot_take_off_more_than_its_rate_charges(db, customer):
    with pytest.raises(ValidationError) as caught:  # a document that would total -100.00
        factories.draft_invoice(db, customer.id, [line("Storno", 1, "-100")])
    assert (caught.value.field, caught.value.code, caught.value.params["vat_code"]) == ("lines", "negative_total",
                                                                                         "22")
    with pytest.raises(ValidationError) as caught:  # 10% goods cannot be discounted by a 22% line, nor the reverse
        factories.draft_invoice(db, customer.id, [line("Libri", 1, "100", vat_code="4"), line("Sconto", 1, "-30")])
    assert caught.value.params["vat_code"] == "22"
    draft = factories.draft_invoice(db, customer.id, [line("Servizio", 1, "100"), line("Sconto", 1, "-100")])
    with pytest.raises(ValidationError) as caught:  # it adds up to nothing: nothing to invoice
        invoices.issue_invoice(db, draft.id, ON)
    assert caught.value.code == "zero_total"


def test_exports_carry_the_exact_unit_price(db, customer, tmp_path):
    factories.issued_invoice(db, customer.id, [line("Vite", 1000, "0.035"), line("Storno acconto", 1, "-10")],
                             on=ON)  # 35,00 - 10,00 = 25,00 at 22%: 30,50
    options = ExportOptions(date(2026, 1, 1), date(2026, 12, 31), language="en")
    sheet = load_workbook(export_data("invoices", tmp_path / "fatture.xlsx", options).path)["Lines"]
    header = [cell.value for cell in sheet[1]]
    column = header.index("Unit price")
    assert [row[column] for row in sheet.iter_rows(min_row=2, max_row=3, values_only=True)] == [
        pytest.approx(0.035), -10]
    assert "0.00######" in sheet.cell(2, column + 1).number_format
    for dialect, delimiter, prices in (("it", ";", ["0,035", "-10,00"]), ("plain", ",", ["0.035", "-10.00"])):
        result = export_data("invoices", tmp_path / f"{dialect}.csv", replace(options, csv=True, dialect=dialect))
        with result.files[1].open(encoding="utf-8-sig", newline="") as lines:
            assert [row["Unit price"] for row in csv.DictReader(lines, delimiter=delimiter)] == prices


def test_a_finer_price_changed_behind_the_triggers_is_named(db, customer):
    invoice = factories.issued_invoice(db, customer.id, [line("Vite", 1000, "0.035")], on=ON)
    db.close()
    raw = sqlite3.connect(db.path, isolation_level=None)
    raw.execute("DROP TRIGGER invoice_line_issued_no_update")
    raw.execute("UPDATE invoice_line SET unit_price_e8 = 3400000 WHERE invoice_id = ?", (invoice.id,))
    problems = chain_problems(raw.execute)
    raw.close()
    assert problems == ["invoices of 2026: 1/2026 does not match its seal: it was changed after it was issued, or a "
                        "document before it was"]
