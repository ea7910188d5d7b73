"""Workbooks and CSV files from plain tables: types, formats, header, filter, totals, streaming, cancelling."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from decimal import Decimal as D

import pytest
from openpyxl import load_workbook

from smallcrm.documents import xlsx
from smallcrm.documents.csv_export import write_csv
from smallcrm.documents.tables import Column, Sheet
from smallcrm.documents.xlsx import MONEY_FORMAT, write_workbook
from smallcrm.errors import Conflict

COLUMNS = [Column("Name"), Column("Day", "date"), Column("At", "datetime"), Column("Qty", "number"),
           Column("Amount", "money", total=True, note="negative for credit notes"), Column("VAT %", "percent"),
           Column("Count", "int", total=True)]
ROWS = [
    ("Rossi S.r.l.", date(2026, 3, 1), datetime(2026, 3, 1, 14, 30), D("1.5"), D("1234.56"), D("22"), 3),
    ("=SUM(A1:A9)", date(2026, 3, 31), datetime(2026, 3, 31, 9, 5), D("2"), D("-0.07"), D("5.5"), 1),
    ("Caffè Bianchi", None, None, None, D("0.10"), D("0"), 0),
]


def stop_after(checks: int):
    """A should_stop that says stop from its ``checks``-th call on (past the first file, the first pages)."""
    calls = []

    def should_stop() -> bool:
        calls.append(1)
        return len(calls) >= checks

    return should_stop


def sheet(rows=ROWS, title="Data", **fields) -> Sheet:
    return Sheet(title, COLUMNS, list(rows), len(rows), **fields)


@pytest.mark.parametrize("write_only", [False, True])
def test_cells_keep_their_types_and_formats(tmp_path, write_only):
    path = tmp_path / "t.xlsx"
    written = write_workbook(path, [sheet(notes=["Signed amounts."])], write_only=write_only)
    assert written.rows == {"Data": 3} and written.write_only == write_only
    ws = load_workbook(path)["Data"]
    assert [c.value for c in ws[1]] == [c.header for c in COLUMNS]
    assert all(c.font.bold for c in ws[1])
    assert ws["E1"].comment.text.startswith("negative for credit notes")
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:G4"

    name, day, at, qty, amount, vat, count = ws[2]
    assert name.value == "Rossi S.r.l." and name.data_type == "s"
    assert day.value == datetime(2026, 3, 1) and day.is_date and day.number_format == "dd/mm/yyyy"
    assert at.value == datetime(2026, 3, 1, 14, 30) and at.number_format == "dd/mm/yyyy hh:mm"
    assert qty.value == 1.5 and qty.data_type == "n"
    assert amount.value == 1234.56 and amount.data_type == "n" and amount.number_format == MONEY_FORMAT
    assert vat.value == pytest.approx(0.22) and vat.number_format == "0%"
    assert count.value == 3 and count.data_type == "n"
    assert ws["A3"].value == "=SUM(A1:A9)" and ws["A3"].data_type == "s"  # text, never a formula
    assert ws["F3"].value == pytest.approx(0.055) and ws["F3"].number_format == "0.0#%"
    assert ws["B4"].value is None and ws["E4"].value == 0.1

    assert ws["A5"].value == "Total" and ws["A5"].font.bold
    assert ws["E5"].value == "=SUM(E2:E4)" and ws["E5"].number_format == MONEY_FORMAT
    assert ws["G5"].value == "=SUM(G2:G4)" and ws["B5"].value is None
    assert ws["A7"].value == "Signed amounts."
    total = sum(D(str(ws.cell(r, 5).value)) for r in range(2, 5))
    assert total == sum(r[4] for r in ROWS) == D("1234.59")


STORED = [Column("Day", "iso_date"), Column("Qty", "thousandths", total=True), Column("Amount", "cents", total=True),
          Column("VAT %", "basis_points"), Column("Note")]
STORED_ROWS = [("2026-03-01", 1500, 123456, 2200, "=1+1"), ("2026-03-31", 2000, -7, 550, None),
               (None, 1, 10, 0, "Caffè")]


@pytest.mark.parametrize("write_only", [False, True])
def test_values_as_stored_become_the_same_cells(tmp_path, write_only):
    path = tmp_path / "s.xlsx"
    write_workbook(path, [Sheet("Stored", STORED, iter(STORED_ROWS), 3)], write_only=write_only)
    ws = load_workbook(path)["Stored"]
    day, qty, amount, vat, note = ws[2]
    assert day.is_date and day.value == datetime(2026, 3, 1) and day.number_format == "dd/mm/yyyy"
    assert qty.value == 1.5 and amount.value == 1234.56 and amount.number_format == MONEY_FORMAT
    assert vat.value == pytest.approx(0.22) and vat.number_format == "0%" and note.data_type == "s"
    assert note.value == "=1+1"  # a text, never a formula
    assert ws["B3"].value == 2 and isinstance(ws["B3"].value, int) and ws["C3"].value == -0.07
    assert ws["D3"].value == pytest.approx(0.055) and ws["D3"].number_format == "0.0#%"
    assert ws["A4"].value is None and ws["B4"].value == 0.001 and ws["C4"].value == 0.1 and ws["D4"].value == 0
    assert ws["C5"].value == "=SUM(C2:C4)" and ws["C5"].number_format == MONEY_FORMAT and ws["A5"].value == "Total"
    assert sum(D(str(ws.cell(r, 3).value)) for r in range(2, 5)) == D("1234.59")


@pytest.mark.parametrize("dialect", ["plain", "it"])
def test_values_as_stored_in_csv(tmp_path, dialect):
    path = tmp_path / "s.csv"
    write_csv([(path, Sheet("Stored", STORED, iter(STORED_ROWS), 3))], dialect=dialect, bom=False)
    rows = read_csv(path, delimiter="," if dialect == "plain" else ";")
    if dialect == "plain":
        assert rows[1:] == [["2026-03-01", "1.5", "1234.56", "22", "'=1+1"], ["2026-03-31", "2", "-0.07", "5.5", ""],
                            ["", "0.001", "0.10", "0", "Caffè"]]
    else:
        assert rows[1:] == [["01/03/2026", "1,5", "1234,56", "22", "'=1+1"], ["31/03/2026", "2", "-0,07", "5,5", ""],
                            ["", "0,001", "0,10", "0", "Caffè"]]


def test_streamed_and_built_workbooks_hold_the_same_cells(tmp_path):
    """Several columns of each kind in one row: a streamed sheet fills one cell per column, never shared."""
    columns = [*COLUMNS, Column("Due", "date"), Column("Paid", "money"), *STORED, Column("Net", "cents"),
               Column("Until", "iso_date"), Column("Rate", "basis_points")]
    rows = [(*a, date(2026, 4, i + 1), D(i) / 3, *b, -100 * i - 1, f"2026-05-0{i + 1}", 400 * i + 50)
            for i, (a, b) in enumerate(zip(ROWS, STORED_ROWS, strict=True))]
    cells = {}
    for write_only in (False, True):
        path = tmp_path / f"same-{write_only}.xlsx"
        write_workbook(path, [Sheet("Same", columns, iter(rows), len(rows))], write_only=write_only)
        ws = load_workbook(path)["Same"]
        cells[write_only] = [[(c.value, c.number_format, c.data_type) for c in row] for row in ws.iter_rows()]
    assert cells[True] == cells[False]
    assert cells[True][1][7][0] == datetime(2026, 4, 1) and cells[True][1][1][0] == datetime(2026, 3, 1)
    assert cells[True][2][15][0] == datetime(2026, 5, 2) and cells[True][2][9][0] == datetime(2026, 3, 31)


def test_column_widths_fit_and_are_bounded(tmp_path):
    path = tmp_path / "w.xlsx"
    long_name = "x" * 500
    write_workbook(path, [sheet([(long_name, *ROWS[0][1:]), *ROWS[1:]])])
    ws = load_workbook(path)["Data"]
    assert ws.column_dimensions["A"].width == xlsx.MAX_WIDTH
    assert 10 <= ws.column_dimensions["B"].width < 20  # a date
    assert ws.column_dimensions["G"].width >= len("Count")


def test_many_rows_stream_in_write_only_mode(tmp_path, monkeypatch):
    modes = []
    real = xlsx.Workbook

    def spy(write_only=False):
        modes.append(write_only)
        return real(write_only=write_only)

    monkeypatch.setattr(xlsx, "Workbook", spy)
    columns = [Column("Day", "date"), Column("Amount", "money", total=True)]
    rows = [(date(2026, 1, 1 + i % 28), D(i) / 100) for i in range(20_000)]
    seen = []
    path = tmp_path / "big.xlsx"
    written = write_workbook(path, [Sheet("Big", columns, iter(rows), len(rows))],
                             progress=lambda done, total: seen.append((done, total)))
    assert modes == [True] and written.write_only and written.rows == {"Big": 20_000}
    assert seen[-1] == (20_000, 20_000) and len(seen) > 10
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    ws = load_workbook(path)["Big"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:B20001"
    assert ws["A2"].number_format == "dd/mm/yyyy" and ws["B20001"].number_format == MONEY_FORMAT
    assert ws["B20001"].value == 199.99 and ws["B20002"].value == "=SUM(B2:B20001)" and ws["A1"].font.bold
    assert sum(D(str(ws.cell(r, 2).value)) for r in range(2, 20_002)) == sum(r[1] for r in rows)


@pytest.mark.parametrize("write_only", [False, True])
def test_cancelled_or_failed_export_leaves_no_file(tmp_path, write_only):
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"the previous export")
    rows = [ROWS[0]] * 5000
    with pytest.raises(Conflict) as err:
        write_workbook(path, [sheet(rows)], write_only=write_only,
                       should_stop=stop_after(2))
    assert err.value.code == "cancelled"

    def broken():
        yield ROWS[0]
        raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError):
        write_workbook(path, [Sheet("Data", COLUMNS, broken(), 2)], write_only=write_only)
    assert path.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


def read_csv(path, encoding="utf-8", delimiter=","):
    with open(path, encoding=encoding, newline="") as f:
        return list(csv.reader(f, delimiter=delimiter))


def test_csv_dialects_read_back(tmp_path):
    rows = [*ROWS, ("+390212345678", None, None, None, None, None, None), ("-cmd|' /C calc'!A0", *[None] * 6)]
    plain, italian = tmp_path / "plain.csv", tmp_path / "it.csv"
    assert write_csv([(plain, sheet(rows))]) == {plain: 5}
    assert write_csv([(italian, sheet(rows))], dialect="it") == {italian: 5}

    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")
    table = read_csv(plain)
    assert table[0] == [c.header for c in COLUMNS]
    assert table[1] == ["Rossi S.r.l.", "2026-03-01", "2026-03-01 14:30", "1.5", "1234.56", "22", "3"]
    assert table[2][0] == "'=SUM(A1:A9)" and table[2][4:6] == ["-0.07", "5.5"]  # never a formula (CSV injection)
    assert table[4][0] == "+390212345678" and table[5][0].startswith("'-cmd")
    assert table[3][1:4] == ["", "", ""]
    assert sum(D(r[4] or 0) for r in table[1:]) == D("1234.59")

    assert italian.read_bytes().startswith(b"\xef\xbb\xbf")
    table = read_csv(italian, "utf-8-sig", ";")
    assert table[1] == ["Rossi S.r.l.", "01/03/2026", "01/03/2026 14:30", "1,5", "1234,56", "22", "3"]
    assert table[2][0] == "'=SUM(A1:A9)" and table[2][4:6] == ["-0,07", "5,5"]
    assert table[3][0] == "Caffè Bianchi"
    assert table[4][0] == "+390212345678"  # a phone number stays as it is
    assert table[5][0].startswith("'-cmd")
    assert sum(D(r[4].replace(",", ".") or 0) for r in table[1:]) == D("1234.59")


def test_csv_bom_option_and_cancel(tmp_path):
    path = tmp_path / "b.csv"
    write_csv([(path, sheet())], bom=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    write_csv([(path, sheet())], dialect="it", bom=False)
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")
    text = io.StringIO(path.read_text(encoding="utf-8"))
    assert next(csv.reader(text, delimiter=";"))[0] == "Name"

    other = tmp_path / "c.csv"
    with pytest.raises(Conflict):
        write_csv([(other, sheet()), (tmp_path / "d.csv", sheet([ROWS[0]] * 3000))],
                  should_stop=stop_after(2))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.csv"]
