"""The regime forfettario and the stamp duty (worked examples, totals by hand in the comments)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from smallcrm.db.models import database
from smallcrm.db.sales_models import Invoice
from smallcrm.services.sales import invoices
from smallcrm.services.sales.seal import chain_problems
from smallcrm.services.sales.tax_values import STAMP_DUTY_AMOUNT, list_tax_values, set_tax_value, value_on
from tests import factories
from tests.factories import line
from tests.services.sales.tax_helpers import our_company, pdf_text, settings

D = Decimal
DESIGN = [line("Progetto logo", 1, "450", 0, "22"), line("Revisione bozzetti", 2, "35", 0, "22")]


def test_a_forfettario_invoice_has_no_vat_its_wording_and_the_stamp_duty_charged(db, customer):
    # 450.00 + 2 x 35.00 = 520.00 at N2.2 (the lines' 22% goes: no VAT in the regime forfettario)
    # 520.00 not subject to VAT > 77.47: stamp duty 2.00, charged to the customer (the default)
    # total 520.00 + 0.00 + 2.00 = 522.00, all of it payable
    our_company(db, tax_regime="RF19")
    view = factories.issued_invoice(db, customer.id, DESIGN)
    assert [(x.vat_code, x.vat_percent, x.net) for x in view.lines] == [("N2.2", 0, D("450.00")),
                                                                     ("N2.2", 0, D("70.00"))]
    assert (view.taxable, view.vat, view.tax.stamp_duty, view.tax.stamp_duty_charged, view.total) == (
        D("520.00"), D("0.00"), D("2.00"), D("2.00"), D("522.00"))
    assert (view.tax.payable, view.balance_due) == (D("522.00"), D("522.00"))
    row = Invoice.get_by_id(view.id)
    assert (row.total_cents, row.stamp_duty_cents, row.payable_cents) == (52200, 200, 52200)
    text = pdf_text(view.id)
    assert "regime forfettario" in text and "art. 1, comma 58" in text and "non soggetta a ritenuta" in text
    assert "Imposta di bollo 2,00 €" in text and "Totale documento 522,00 €" in text
    assert "Imposta di bollo di 2,00 € assolta in modo virtuale ai sensi dell'art. 6 del DM 17 giugno 2014" in text
    assert "addebitata al cliente" in text
    assert chain_problems(database.execute_sql) == []  # sealed (version 2) over the frozen setup


def test_the_stamp_duty_paid_by_us_is_noted_but_not_charged(db, customer):
    # 520.00 at N2.2 > 77.47: stamp duty 2.00 due, paid by our company: total 520.00
    our_company(db, tax_regime="RF19")
    settings(db, stamp_duty_charged=False)
    view = factories.issued_invoice(db, customer.id, DESIGN)
    assert (view.tax.stamp_duty, view.tax.stamp_duty_charged, view.total, view.balance_due) == (
        D("2.00"), D("0.00"), D("520.00"), D("520.00"))
    text = pdf_text(view.id)
    assert "Imposta di bollo di 2,00 € assolta in modo virtuale" in text and "addebitata" not in text
    assert "Totale documento 520,00 €" in text


def test_the_threshold_is_more_than_77_47(db, customer):
    # exactly 77.47 not subject to VAT: no stamp duty; 77.48: 2.00
    our_company(db, tax_regime="RF19")
    at = factories.issued_invoice(db, customer.id, [line("Consulenza", 1, "77,47")])
    above = factories.issued_invoice(db, customer.id, [line("Consulenza", 1, "77,48")])
    assert (at.tax.stamp_duty, at.total) == (D("0.00"), D("77.47"))
    assert (above.tax.stamp_duty, above.total) == (D("2.00"), D("79.48"))
    assert "bollo" not in pdf_text(at.id)


def test_an_ordinary_invoice_with_an_exempt_part_bears_the_stamp_duty_and_exports_do_not(db, customer):
    # 1,000.00 at 22% (VAT 220.00) + 100.00 exempt N4 > 77.47: stamp duty 2.00: 1,000 + 100 + 220 + 2 = 1,322.00
    mixed = factories.issued_invoice(db, customer.id, [line("Caldaia", 1, "1000"), line("Visita", 1, "100", 0,
                                                                                        "N4")])
    assert (mixed.tax.stamp_duty, mixed.total) == (D("2.00"), D("1322.00"))
    # an export (N3.1) of 1,000.00 bears no stamp duty (tariff art. 15): 1,000.00
    export = factories.issued_invoice(db, customer.id, [line("Caldaia", 1, "1000", 0, "N3.1")])
    assert (export.tax.stamp_duty, export.total) == (D("0.00"), D("1000.00"))
    assert "bollo" not in pdf_text(export.id)


def test_an_issued_invoice_keeps_its_regime_and_stamp_duty_when_they_change(db, customer):
    our_company(db, tax_regime="RF19")
    view = factories.issued_invoice(db, customer.id, DESIGN)
    our_company(db, tax_regime="RF01")
    set_tax_value(db, STAMP_DUTY_AMOUNT, date(2026, 1, 1), "2,50")
    again = invoices.get_invoice(view.id)
    assert (again.tax_setup.regime, again.tax.stamp_duty, again.total) == ("RF19", D("2.00"), D("522.00"))
    # a new draft now: 22% again and the stamp duty of the day is 2.50 (but no amount is exempt: none due)
    draft = factories.draft_invoice(db, customer.id, DESIGN)
    assert (draft.vat, draft.tax.stamp_duty, draft.total) == (D("114.40"), D("0.00"), D("634.40"))


def test_the_stamp_duty_amount_is_dated_data(db):
    assert value_on(STAMP_DUTY_AMOUNT, date(2013, 6, 25)) == D("1.81")
    assert value_on(STAMP_DUTY_AMOUNT, date(2013, 6, 26)) == D("2.00")
    set_tax_value(db, STAMP_DUTY_AMOUNT, date(2027, 1, 1), "2,50")
    assert value_on(STAMP_DUTY_AMOUNT, date(2026, 12, 31)) == D("2.00")
    assert value_on(STAMP_DUTY_AMOUNT, date(2027, 1, 1)) == D("2.50")
    assert [(v.valid_from, v.value) for v in list_tax_values() if v.name == STAMP_DUTY_AMOUNT] == [
        (date(2005, 6, 1), D("1.81")), (date(2013, 6, 26), D("2.00")), (date(2027, 1, 1), D("2.50"))]


def test_an_old_invoice_is_issued_with_the_stamp_duty_of_its_day(db, customer):
    # issued on 1 March 2013: 520.00 at N2.2, stamp duty 1.81 (2.00 only from 26 June 2013): 521.81
    our_company(db, tax_regime="RF19")
    view = factories.issued_invoice(db, customer.id, DESIGN, on=date(2013, 3, 1))
    assert (view.tax.stamp_duty, view.total) == (D("1.81"), D("521.81"))


def test_a_draft_made_before_the_regime_changed_is_issued_as_the_regime_says(db, customer):
    draft = factories.draft_invoice(db, customer.id, DESIGN)
    assert draft.vat == D("114.40")
    our_company(db, tax_regime="RF19")
    assert [x.vat_code for x in invoices.get_invoice(draft.id).lines] == ["N2.2", "N2.2"]  # shown as it will be
    view = invoices.issue_invoice(db, draft.id, date(2026, 3, 1))[0]
    assert (view.vat, view.total, [x.vat_code for x in view.lines]) == (D("0.00"), D("522.00"), ["N2.2", "N2.2"])


def test_a_quote_and_a_credit_note_of_a_forfettario_company_carry_the_wording(db, customer):
    our_company(db, tax_regime="RF19")
    quote = factories.draft_quote(db, customer.id, DESIGN)
    assert (quote.vat, quote.total) == (D("0.00"), D("522.00"))
    assert "regime forfettario" in pdf_text(quote_id=quote.id)
    view = factories.issued_invoice(db, customer.id, DESIGN)
    our_company(db, tax_regime="RF01")  # the credit note follows its invoice, not today's regime
    note = factories.credit_note(db, view.id, on=date(2026, 3, 2))
    # all of it credited: 520.00 at N2.2 and the 2.00 of stamp duty charged: 522.00; nothing left to pay
    assert (note.total, note.tax.stamp_duty_charged) == (D("522.00"), D("2.00"))
    assert invoices.get_invoice(view.id).balance_due == D("0.00")
    assert "regime forfettario" in pdf_text(note.id)


def test_the_workbook_reads_the_same_stamp_duty_and_total(db, customer, tmp_path):
    from openpyxl import load_workbook

    from smallcrm.services.exchange.exports import ExportOptions, export_data

    our_company(db, tax_regime="RF19")
    view = factories.issued_invoice(db, customer.id, DESIGN)
    result = export_data("invoices", tmp_path / "inv.xlsx", ExportOptions(language="it", today=date(2026, 3, 2)))
    sheet = load_workbook(result.path)["Fatture"]
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, [c.value for c in sheet[2]], strict=False))
    assert (row["Numero"], row["Totale"], row["Imposta di bollo"], row["Netto a pagare"]) == (
        view.number, 522, 2, 522)
