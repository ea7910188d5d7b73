"""Exports for the accountant: workbooks read back with openpyxl, totals checked to the cent against the data."""

from __future__ import annotations

import csv
from datetime import date, datetime
from decimal import Decimal as D

import pytest
from openpyxl import load_workbook

from smallcrm.clock import to_local
from smallcrm.documents.xlsx import MONEY_FORMAT
from smallcrm.errors import Conflict, ValidationError
from smallcrm.services.exchange.exports import EXPORTS, ExportOptions, export_data
from tests import factories

EN = ExportOptions(language="en")


def table(ws) -> list[dict]:
    """The data rows of a sheet as dicts (up to the totals row or the first empty row)."""
    headers = [c.value for c in ws[1]]
    rows = []
    for cells in ws.iter_rows(min_row=2):
        if cells[0].value in (None, "Total"):
            break
        rows.append(dict(zip(headers, cells, strict=True)))
    return rows


def money(cell) -> D:
    assert cell.data_type == "n" and cell.number_format == MONEY_FORMAT, (cell.value, cell.number_format)
    return D(str(cell.value)).quantize(D("0.01"))


def column_sum(rows, header) -> D:
    return sum((money(r[header]) for r in rows if r[header].value is not None), D("0.00"))


def test_invoices_workbook_types_totals_and_sign_convention(db, sales, tmp_path):
    first, second, note = sales
    result = export_data("invoices", tmp_path / "inv.xlsx", ExportOptions(language="en", today=date(2025, 3, 31)))
    assert result.rows == 3 + 4 and result.sheets["Invoices"] == 3 and not result.write_only
    wb = load_workbook(result.path)
    assert wb.sheetnames == ["Invoices", "Lines", "Summary"]
    ws = wb["Invoices"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:U4" and ws["A1"].font.bold
    assert "negative" in ws["H1"].comment.text
    rows = table(ws)
    assert [r["Number"].value for r in rows] == [first.number, second.number, note.number]
    assert rows[0]["Date"].is_date and rows[0]["Date"].value == datetime(2025, 1, 15)
    assert rows[0]["Date"].number_format == "dd/mm/yyyy" and rows[0]["Due date"].value == datetime(2025, 2, 14)
    assert rows[2]["Type"].value == "Credit note" and rows[2]["Corrects"].value == first.number
    assert money(rows[2]["Total"]) == -note.total == D("-122.00")
    assert money(rows[1]["Paid"]) == D("50.00") and money(rows[1]["Balance due"]) == second.total - 50
    assert rows[0]["VAT number"].value == "IT00743110157"
    # no stamp duty on invoices all at VAT rates; what is to pay is the total (a credit note's, negative)
    assert [money(r["Stamp duty"]) for r in rows] == [0, 0, 0]
    assert [money(r["Net to pay"]) for r in rows] == [first.total, second.total, -note.total]

    taxable, vat, total = (column_sum(rows, h) for h in ("Taxable", "VAT", "Total"))
    assert taxable == first.taxable + second.taxable - note.taxable == D("149.99")
    assert vat == first.vat + second.vat - note.vat and total == taxable + vat
    assert ws["H5"].value == "=SUM(H2:H4)" and ws["J5"].value == "=SUM(J2:J4)"

    lines = table(wb["Lines"])
    assert len(lines) == 4 and column_sum(lines, "Net") == taxable
    assert lines[1]["Quantity"].value == 2 and lines[1]["VAT %"].value == pytest.approx(0.04)
    assert lines[1]["VAT %"].number_format == "0%" and money(lines[3]["Net"]) == D("-100.00")

    summary = {(r["Section"].value, r["Item"].value): r for r in table(wb["Summary"])}
    assert money(summary["Type", "Invoice"]["Total"]) == first.total + second.total
    assert money(summary["Type", "Credit note"]["Total"]) == -note.total
    by_rate = [summary["VAT rate", code] for code in ("22", "4")]
    assert sum(money(r["Taxable"]) for r in by_rate) == taxable
    assert sum(money(r["VAT"]) for r in by_rate) == vat
    assert summary["VAT rate", "22"]["VAT %"].value == pytest.approx(0.22)


def test_vat_summary_per_month_and_quarter(db, sales, tmp_path):
    options = ExportOptions(language="en", date_from=date(2025, 1, 1), date_to=date(2025, 3, 31))
    wb = load_workbook(export_data("vat", tmp_path / "vat.xlsx", options).path)
    got = {(r["Period"].value, r["VAT code"].value): (money(r["Taxable"]), money(r["VAT"])) for r in table(wb["VAT"])}
    assert got == {("2025-01", "22"): (D("100.00"), D("22.00")), ("2025-01", "4"): (D("50.00"), D("2.00")),
                   ("2025-02", "22"): (D("-0.01"), D("0.00"))}  # 99.99 invoiced, 100.00 credited
    first_row = table(wb["VAT"])[0]
    assert first_row["From"].value == datetime(2025, 1, 1) and first_row["To"].value == datetime(2025, 1, 31)
    documents = table(wb["Documents"])
    assert len(documents) == 4 and column_sum(documents, "VAT") == D("24.00")
    summary = {r["Item"].value: (money(r["Taxable"]), money(r["VAT"])) for r in table(wb["Summary"])}
    assert summary == {"22": (D("99.99"), D("22.00")), "4": (D("50.00"), D("2.00"))}

    options.period = "quarter"
    wb = load_workbook(export_data("vat", tmp_path / "q.xlsx", options).path)
    got = {(r["Period"].value, r["VAT code"].value): (money(r["Taxable"]), money(r["VAT"])) for r in table(wb["VAT"])}
    assert got == {("2025 Q1", "22"): (D("99.99"), D("22.00")), ("2025 Q1", "4"): (D("50.00"), D("2.00"))}

    options = ExportOptions(language="en", date_from=date(2025, 2, 15), date_to=date(2025, 2, 28))
    wb = load_workbook(export_data("vat", tmp_path / "feb.xlsx", options).path)
    assert [(r["VAT code"].value, money(r["Taxable"])) for r in table(wb["VAT"])] == [("22", D("-100.00"))]


def test_receivables_payments_and_quotes(db, sales, tmp_path):
    _, second, _ = sales
    options = ExportOptions(language="en", today=date(2025, 4, 1))
    wb = load_workbook(export_data("receivables", tmp_path / "r.xlsx", options).path)
    owed = table(wb["Receivables"])
    assert len(owed) == 1 and money(owed[0]["Balance due"]) == D("52.00") + second.total - 50
    assert money(owed[0]["31-60 days"]) == D("52.00")  # the first, due 14/02, less its credit note: 46 days
    assert money(owed[0]["0-30 days"]) == second.total - 50  # due on 12/03/2025: 20 days overdue
    open_rows = table(wb["Open invoices"])
    assert [(r["Age"].value, r["Days overdue"].value) for r in open_rows] == [("31-60", 46), ("0-30", 20)]
    assert column_sum(open_rows, "Balance due") == column_sum(owed, "Balance due")
    summary = table(wb["Summary"])
    assert sum(money(r["Balance due"]) for r in summary) == column_sum(owed, "Balance due")

    wb = load_workbook(export_data("payments", tmp_path / "p.xlsx", EN).path)
    payments = table(wb["Payments"])
    assert payments[0]["Date"].value == datetime(2025, 2, 28) and money(payments[0]["Amount"]) == D("50.00")
    assert payments[0]["Invoice"].value == second.number

    result = export_data("quotes", tmp_path / "q.xlsx", EN)
    assert load_workbook(result.path).sheetnames == ["Quotes", "Lines", "Summary"] and result.rows == 0


def test_contacts_and_communications(db, person, company, tmp_path):
    acme = company("Acme S.r.l.", emails=["info@acme.it"], tags=["VIP"])
    mario = person("Mario", "Rossi", emails=["mario@acme.it", "m.rossi@gmail.com"], phones=["+39 02 1234567"])
    factories.communication(db, mario.id, "Offerta", occurred_at=datetime(2025, 3, 3, 10, 15), duration_minutes=12)
    wb = load_workbook(export_data("contacts", tmp_path / "c.xlsx", EN).path)
    rows = {r["Name"].value: r for r in table(wb["Contacts"])}
    assert rows["Mario Rossi"]["E-mails"].value == "mario@acme.it; m.rossi@gmail.com"
    assert rows["Mario Rossi"]["Phones"].value == "+39021234567"
    assert rows["Acme S.r.l."]["Tags"].value == "VIP" and rows["Acme S.r.l."]["ID"].value == acme.id
    created = rows["Mario Rossi"]["Created"]
    assert created.is_date and created.number_format == "dd/mm/yyyy hh:mm"
    assert abs(created.value - to_local(mario.created_at).replace(tzinfo=None)).total_seconds() < 1

    wb = load_workbook(export_data("communications", tmp_path / "k.xlsx", EN).path)
    (row,) = table(wb["Communications"])
    assert row["Date and time"].value == datetime(2025, 3, 3, 10, 15)  # local, as logged
    assert row["Duration (min)"].value == 12 and row["Channel"].value == "Call" and row["Party"].value == "Mario Rossi"


def test_csv_in_both_dialects(db, sales, tmp_path):
    result = export_data("invoices", tmp_path / "inv.csv", ExportOptions(language="en", csv=True, dialect="it"))
    assert [p.name for p in result.files] == ["inv.csv", "inv-lines.csv"] and result.rows == 7
    with open(result.files[0], encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert rows[0]["Date"] == "15/01/2025" and rows[2]["Total"] == "-122,00"
    assert sum(D(r["Taxable"].replace(",", ".")) for r in rows) == D("149.99")

    result = export_data("invoices", tmp_path / "plain.csv", ExportOptions(language="en", csv=True))
    with open(result.files[1], encoding="utf-8", newline="") as f:
        lines = list(csv.DictReader(f))
    assert sum(D(r["Net"]) for r in lines) == D("149.99") and lines[0]["Date"] == "2025-01-15"


@pytest.mark.parametrize("as_csv", [False, True])
def test_cancelled_export_leaves_no_file(db, sales, tmp_path, as_csv):
    seen = []
    options = ExportOptions(csv=as_csv, should_stop=lambda: True, progress=lambda d, t: seen.append(d))
    with pytest.raises(Conflict) as err:
        export_data("invoices", tmp_path / ("x.csv" if as_csv else "x.xlsx"), options)
    assert err.value.code == "cancelled"
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("crm.sqlite3")] == []


def test_bad_requests(db, tmp_path):
    for what, options, field in (("nothing", None, "what"), ("vat", ExportOptions(period="week"), "period"),
                                 ("vat", ExportOptions(date_from=date(2025, 2, 1), date_to=date(2025, 1, 1)),
                                  "date_to"),
                                 ("payments", ExportOptions(csv=True, dialect="fr"), "dialect")):
        with pytest.raises(ValidationError) as err:
            export_data(what, tmp_path / "x.xlsx", options)
        assert err.value.field == field
    with pytest.raises(ValidationError):
        export_data("vat", tmp_path / "missing" / "x.xlsx")


def test_every_export_of_demo_data_writes(db, tmp_path):
    from smallcrm.demo.parties import generate_demo

    generate_demo(db, contacts=200)
    for what in EXPORTS:
        result = export_data(what, tmp_path / f"{what}.xlsx", EN)
        assert result.path.exists() and result.rows > 0, what
    wb = load_workbook(tmp_path / "invoices.xlsx")
    invoices_rows, lines = table(wb["Invoices"]), table(wb["Lines"])
    assert column_sum(invoices_rows, "Taxable") == column_sum(lines, "Net")
    summary = [r for r in table(wb["Summary"]) if r["Section"].value == "VAT rate"]
    assert sum(money(r["VAT"]) for r in summary) == column_sum(invoices_rows, "VAT")


@pytest.mark.parametrize("write_only", [False, True])
def test_a_control_character_never_breaks_the_workbook(db, person, tmp_path, write_only):
    """One bell or escape character in a name (pasted from a terminal) used to make the whole export fail."""
    person("Ma\x07rio", "Ros\x1bsi", notes="line\x00 one")
    wb = load_workbook(export_data("contacts", tmp_path / "c.xlsx",
                                   ExportOptions(language="en", write_only=write_only)).path)
    [row] = table(wb["Contacts"])
    assert row["Name"].value == "Mario Rossi"


@pytest.mark.parametrize("dialect", ["plain", "it"])
def test_csv_cells_that_look_like_formulas_are_neutralised(db, person, tmp_path, dialect):
    """CSV injection: a cell starting with = + - @ is a formula to a spreadsheet; a signed number is not."""
    person("=HYPERLINK(\"http://evil\")", "@SUM(A1)", job_title="-2+3", phones=["+39 347 123 4567"])
    result = export_data("contacts", tmp_path / "c.csv", ExportOptions(language="en", csv=True, dialect=dialect))
    with open(result.files[0], encoding="utf-8-sig", newline="") as f:
        [row] = list(csv.DictReader(f, delimiter=";" if dialect == "it" else ","))
    assert row["First name"] == "'=HYPERLINK(\"http://evil\")" and row["Last name"] == "'@SUM(A1)"
    assert row["Job title"] == "'-2+3" and row["Phones"] == "+393471234567"
