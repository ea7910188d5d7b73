"""`smallcrm export ...`: workbooks and CSV from the command line, with the usual exit codes."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook

from tests.cli_run import add_customer, ok, our_company


@pytest.fixture
def invoiced_on(crm) -> str:
    """A customer with one issued invoice (22% and 4%), dated 10 days ago; returns its issue date, ISO."""
    our_company(crm)
    party = add_customer(crm)
    out = ok(crm, "--json", "invoices", "create", str(party), "--line", "Servizio|1|100|22", "--line", "Libro|2|10|4")
    when = (date.today() - timedelta(days=10)).isoformat()
    ok(crm, "invoices", "issue", str(json.loads(out)["id"]), "--date", when)
    return when


def test_export_invoices_and_vat_to_xlsx(crm, invoiced_on, tmp_path):
    out = ok(crm, "export", "invoices", str(tmp_path / "inv.xlsx"), "--lang", "en")
    assert "Wrote" in out and "Invoices 1" in out and "Lines 2" in out
    ws = load_workbook(tmp_path / "inv.xlsx")["Invoices"]
    assert ws["H2"].value == 120 and ws["I2"].value == pytest.approx(22.8)

    out = ok(crm, "--json", "export", "vat", str(tmp_path / "vat.xlsx"), "--from", invoiced_on, "--period", "quarter",
             "--lang", "en")
    result = json.loads(out)
    assert result["path"].endswith("vat.xlsx") and result["sheets"]["Documents"] == 2
    vat = load_workbook(tmp_path / "vat.xlsx")["VAT"]
    assert sorted(vat.cell(r, 4).value for r in (2, 3)) == ["22", "4"]


def test_export_csv_italian_dialect(crm, invoiced_on, tmp_path):
    ok(crm, "export", "invoices", str(tmp_path / "inv.csv"), "--dialect", "it", "--lang", "en")  # .csv implies --csv
    with open(tmp_path / "inv-lines.csv", encoding="utf-8-sig", newline="") as f:
        lines = list(csv.DictReader(f, delimiter=";"))
    assert [line["Net"] for line in lines] == ["100,00", "20,00"]
    ok(crm, "export", "payments", str(tmp_path / "pay.txt"), "--csv", "--no-bom", "--lang", "en")
    assert (tmp_path / "pay.txt").read_bytes().startswith(b"Date,Invoice")


def test_exit_codes(crm, invoiced_on, tmp_path):
    code, _, err = crm("export", "vat", str(tmp_path / "v.xlsx"), "--from", "2026-05-01", "--to", "2026-01-01")
    assert code == 3 and "date_to" in err
    code, _, err = crm("export", "vat", str(tmp_path / "nowhere" / "v.xlsx"))
    assert code == 3 and "No folder" in err
    with pytest.raises(SystemExit) as exc:
        crm("export", "everything", str(tmp_path / "x.xlsx"))
    assert exc.value.code == 2
    with pytest.raises(SystemExit):
        crm("export", "vat", str(tmp_path / "x.xlsx"), "--from", "yesterday")
    assert not (tmp_path / "x.xlsx").exists()


def test_export_tasks_to_icalendar(crm, tmp_path):
    from icalendar import Calendar

    our_company(crm)
    party = add_customer(crm)
    ok(crm, "tasks", "add", "Richiamare, poi; offerta", "--party", str(party), "--due", "2025-03-10")
    ok(crm, "tasks", "add", "Fiera", "--due", "2025-05-02")
    out = ok(crm, "export", "ics", str(tmp_path / "agenda.ics"), "--from", "01/03/2025", "--to", "31/03/2025",
             "--only", "tasks", "--lang", "en")
    assert "Tasks 1" in out and "Meetings" not in out
    (todo,) = Calendar.from_ical((tmp_path / "agenda.ics").read_bytes()).walk("VTODO")
    assert str(todo["summary"]) == "Richiamare, poi; offerta — Acme S.r.l." and todo.decoded("due").month == 3
    code, _, err = crm("export", "ics", str(tmp_path / "nowhere" / "a.ics"))
    assert code == 3 and "No folder" in err


def test_export_language_default_and_lang_option(crm, invoiced_on, tmp_path):
    out = ok(crm, "export", "invoices", str(tmp_path / "fatture.xlsx"))
    assert "Fatture 1" in out and "Righe 2" in out  # the document language setting: Italian by default
    assert load_workbook(tmp_path / "fatture.xlsx")["Fatture"]["A1"].value == "Numero"
    ok(crm, "export", "payments", str(tmp_path / "plati.csv"), "--lang", "ro", "--no-bom")
    assert (tmp_path / "plati.csv").read_text(encoding="utf-8").startswith("Data,Factură,Client,Sumă,Metodă")
    with pytest.raises(SystemExit) as exc:
        crm("export", "vat", str(tmp_path / "x.xlsx"), "--lang", "de")
    assert exc.value.code == 2
