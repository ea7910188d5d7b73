"""The CSV exports of invoices and quotes make their numbers and dates into text in SQL and sum payments once per
invoice: the files must be the very bytes the Python converters and the per-invoice sums make."""

from __future__ import annotations

import csv
import sqlite3
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smallcrm.db.models import database
from smallcrm.documents.csv_export import DIALECTS, _converters, sql_text, write_csv
from smallcrm.documents.export_labels import Labels, translated_sheet
from smallcrm.documents.tables import Column
from smallcrm.money import to_cents
from smallcrm.services.exchange.exports import BUILDERS, ExportOptions, export_data
from smallcrm.services.sales.document_lines import LineDraft
from smallcrm.services.sales.payments import trash_payment
from smallcrm.services.sales.refunds import RefundDraft, record_refund
from smallcrm.services.sales.settlement import invoice_rows, issued_settled
from tests import factories

TRICKY = ["Pane, burro e \"marmellata\"", "=SUM(A1:A2)", "+39 02 1234567", "-5", "-abc", "@home", "riga\nnuova",
          "ritorno\r", "Ünïcødé ţ ș ă", " spazio ", ""]


@pytest.fixture
def ledger(db, sales):
    """The shared sales plus lines with every kind of text and number: fractions of units, odd discounts,
    a payment taken back, a credit note for part of an invoice."""
    customer = factories.customer(db, "Bar \"Il Punto; e Virgola\", S.n.c.")
    lines = [LineDraft(text or "x", quantity, price, discount, vat)
             for text, quantity, price, discount, vat in zip(
                 TRICKY, ["1,5", "0,001", 3, "12,125", 1, 2, 7, 1, 4, "1000", 1],
                 ["0,01", "99999,99", "33,33", "1,10", "0,05", "10", "12,34", "0,99", "5", "1,5", "2"],
                 [0, "12,5", "33,33", 0, "0,01", 100, 5, 0, "99,99", 0, 0],
                 ["22", "10", "4", "22", "5", "22", "10", "4", "22", "22", "4"], strict=True)]
    # unit prices finer than a cent and a line that takes off: exact in SQL as in Python
    lines += [LineDraft("Vite", 1000, Decimal("0.00012345")), LineDraft("Storno acconto", 1, Decimal("-0.5")),
              LineDraft("Rettifica", 3, Decimal("-1234567.12345678"), 0, "10"),
              LineDraft("Impianto", 1, Decimal("9999999.99999999"), 0, "10")]
    factories.draft_quote(db, customer.id, lines, title="=Offerta, \"speciale\"", issue_date=date(2025, 3, 1))
    factories.draft_quote(db, customer.id, lines[:2], issue_date=date(2025, 2, 1))
    issued = factories.issued_invoice(db, customer.id, lines, on=date(2025, 3, 3), payment_terms_days=60)
    paid = factories.payment(db, issued.id, "10", date(2025, 3, 4))
    factories.payment(db, issued.id, "0,01", date(2025, 3, 5))
    trash_payment(db, paid.id)
    factories.credit_note(db, issued.id, [LineDraft("Reso; parziale", 1, "1,11", 0, "22")], on=date(2025, 3, 6))
    refunded = factories.paid_invoice(db, customer.id, [LineDraft("Reso totale", 1, "100", 0, "22")],
                                      on=date(2025, 3, 7))  # 122.00 paid, credited, 22.00 given back: 100.00 owed
    note = factories.credit_note(db, refunded.id, on=date(2025, 3, 8))
    record_refund(db, RefundDraft(note.id, "22", date(2025, 3, 9)))
    return issued


def _write(db, tmp_path, what: str, language: str, dialect: str, in_sql: bool) -> list[bytes]:
    labels = Labels(language)
    options = ExportOptions(csv=True, dialect=dialect, language=language, today=date(2025, 4, 1))
    sheets = [translated_sheet(s, labels) for s in BUILDERS[what](options, labels) if s.data]
    if not in_sql:  # a list is not a query: every cell goes through the Python converters
        sheets = [replace(s, rows=list(s.rows)) for s in sheets]
        assert [s.count for s in sheets] == [len(s.rows) for s in sheets]  # counted without the party join
    folder = tmp_path / ("sql" if in_sql else "python")
    folder.mkdir(exist_ok=True)
    counts = write_csv([(folder / f"{what}-{language}-{dialect}-{n}.csv", s) for n, s in enumerate(sheets)],
                       dialect=dialect)
    return [path.read_bytes() for path in counts]


@pytest.mark.parametrize("what", ["invoices", "quotes"])
@pytest.mark.parametrize("language", ["it", "en", "ro"])
@pytest.mark.parametrize("dialect", ["plain", "it"])
def test_cells_made_in_sql_are_the_bytes_python_makes(db, ledger, tmp_path, what, language, dialect):
    ours = _write(db, tmp_path, what, language, dialect, in_sql=True)
    assert ours == _write(db, tmp_path, what, language, dialect, in_sql=False)
    assert len(ours) == 2 and all(len(f.splitlines()) > 2 for f in ours)


def test_exact_cells_of_the_lines_and_invoices(db, ledger, tmp_path):
    result = export_data("invoices", tmp_path / "it.csv", ExportOptions(csv=True, dialect="it", language="it",
                                                                              today=date(2025, 4, 1)))
    with open(result.files[1], encoding="utf-8-sig", newline="") as f:
        lines = [r for r in csv.DictReader(f, delimiter=";") if r["Documento"] == ledger.number]
    first = lines[0]
    assert (first["Data"], first["Quantità"], first["Prezzo unitario"], first["Sconto %"], first["Netto"]) == (
        "03/03/2025", "1,5", "0,01", "0", "0,02")
    assert (lines[1]["Quantità"], lines[1]["Sconto %"], lines[1]["IVA %"]) == ("0,001", "12,5", "10")
    assert [r["Descrizione"] for r in lines[:6]] == [TRICKY[0], "'=SUM(A1:A2)", "+39 02 1234567", "-5", "'-abc",
                                                     "'@home"]
    assert lines[6]["Descrizione"] == "riga\nnuova" and lines[9]["Quantità"] == "1000"
    with open(result.files[0], encoding="utf-8-sig", newline="") as f:
        issued = {r["Numero"]: r for r in csv.DictReader(f, delimiter=";")}
    row = issued[ledger.number]
    assert row["Pagato"] == "0,01" and row["Cliente"].startswith("Bar \"Il Punto; e Virgola\"")
    assert row["Stato pagamento"] == "Pagata in parte" and row["Data"] == "03/03/2025"


def test_an_export_sums_payments_and_credit_notes_as_a_page_does(db, ledger):
    from smallcrm.demo.parties import generate_demo

    generate_demo(db, contacts=120)
    issued = [i for (i,) in database.execute_sql("SELECT id FROM invoice WHERE status = 'issued' "
                                                 "AND deleted_at IS NULL")]
    for today in (date(2025, 4, 1), date(2030, 1, 1)):
        per_row = sorted((r.id, to_cents(r.paid), to_cents(r.credited), to_cents(r.refunded),
                          to_cents(r.balance_due - r.credit_balance), r.payment_status, r.days_overdue)
                         for r in invoice_rows(today, issued))
        settled, params = issued_settled(today)
        every = database.execute_sql(f"{settled} SELECT id, paid, credited, refunded, balance, state, overdue "
                                     "FROM settled ORDER BY id", params).fetchall()
        assert every == per_row
        assert any(paid for _, paid, *_ in per_row) and any(credited for _, _, credited, *_ in per_row)
        assert any(refunded for _, _, _, refunded, *_ in per_row) and any(b < 0 for *_, b, _, _ in per_row)


@pytest.fixture(scope="module")
def sqlite():
    conn = sqlite3.connect(":memory:")
    yield conn
    conn.close()


def _same_text(sqlite, kind: str, values: list) -> None:
    for name, dialect in DIALECTS.items():
        [python] = _converters([Column("x", kind)], dialect)
        template = sql_text(kind, dialect)
        made = [sqlite.execute(f"SELECT {template.format(x=':x')}", {"x": v}).fetchone()[0] for v in values]
        assert made == [python(v) for v in values], name


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.none(), st.integers(-10**13, 10**13), st.integers(-1000, 1000)), max_size=20))
def test_cents_in_sql(sqlite, values):
    _same_text(sqlite, "cents", values)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.none(), st.integers(-10**17 + 1, 10**17 - 1), st.integers(-10**9, 10**9),
                          st.integers(-1000, 1000)), max_size=20))
def test_unit_prices_in_sql(sqlite, values):
    """Up to 8 decimals and 17 digits: made with integers, exact where a double would not be."""
    _same_text(sqlite, "hundred_millionths", values)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.none(), st.integers(-10**9, 10**9), st.integers(-2000, 20000)), max_size=20),
       st.sampled_from(["basis_points", "thousandths"]))
def test_percentages_and_quantities_in_sql(sqlite, values, kind):
    _same_text(sqlite, kind, values)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.none(), st.dates().map(date.isoformat),
                          st.datetimes().map(lambda t: t.isoformat(sep=" "))), max_size=10))
def test_dates_in_sql(sqlite, values):
    _same_text(sqlite, "iso_date", values)
