"""Exports in the document language: Italian and Romanian headers, sheet names, values and notes, with the same
cell types, number formats and totals as in English."""

from __future__ import annotations

import csv
from datetime import date, datetime
from decimal import Decimal as D

import pytest
from openpyxl import load_workbook

from smallcrm.documents import export_labels
from smallcrm.documents.xlsx import MONEY_FORMAT
from smallcrm.errors import ValidationError
from smallcrm.services.admin.settings import set_setting
from smallcrm.services.exchange.exports import EXPORTS, ExportOptions, export_data
from tests import factories


def money(cell) -> D:
    assert cell.data_type == "n" and cell.number_format == MONEY_FORMAT, (cell.value, cell.number_format)
    return D(str(cell.value)).quantize(D("0.01"))


def rows_of(ws, totals_label: str) -> list[dict]:
    headers = [c.value for c in ws[1]]
    rows = []
    for cells in ws.iter_rows(min_row=2):
        if cells[0].value in (None, totals_label):
            break
        rows.append(dict(zip(headers, cells, strict=True)))
    return rows


def test_invoices_in_the_default_document_language_italian(db, sales, tmp_path):
    first, second, note = sales
    result = export_data("invoices", tmp_path / "fatture.xlsx", ExportOptions(today=date(2025, 3, 31)))
    wb = load_workbook(result.path)
    assert wb.sheetnames == ["Fatture", "Righe", "Riepilogo"] and result.sheets["Fatture"] == 3
    ws = wb["Fatture"]
    assert [c.value for c in ws[1]][:10] == ["Numero", "Tipo", "Data", "Scadenza", "Cliente", "Partita IVA",
                                             "Rettifica", "Imponibile", "IVA", "Totale"]
    assert "negative" in ws["H1"].comment.text and "note di credito" in ws["H1"].comment.text
    rows = rows_of(ws, "Totale")
    assert [r["Tipo"].value for r in rows] == ["Fattura", "Fattura", "Nota di credito"]
    assert rows[1]["Stato pagamento"].value == "Scaduta"  # due on 12/03/2025, half paid
    assert rows[0]["Data"].is_date and rows[0]["Data"].value == datetime(2025, 1, 15)
    assert rows[0]["Data"].number_format == "dd/mm/yyyy"
    assert money(rows[2]["Totale"]) == -note.total and money(rows[1]["Pagato"]) == D("50.00")
    assert sum(money(r["Imponibile"]) for r in rows) == D("149.99")
    assert ws["A5"].value == "Totale" and ws["H5"].value == "=SUM(H2:H4)" and ws["A5"].font.bold
    notes = [ws.cell(row, 1).value for row in range(7, 10)]
    assert notes[2] == "Pagato, da incassare e stato pagamento al 31/03/2025."

    lines = rows_of(wb["Righe"], "Totale")
    assert [c.value for c in wb["Righe"][1]][4:] == ["Pos.", "Descrizione", "Quantità", "U.M.", "Prezzo unitario",
                                                    "Sconto %", "Codice IVA", "IVA %", "Netto"]
    assert lines[1]["IVA %"].value == pytest.approx(0.04) and lines[1]["IVA %"].number_format == "0%"
    assert sum(money(r["Netto"]) for r in lines) == D("149.99")
    summary = {(r["Sezione"].value, r["Voce"].value): r for r in rows_of(wb["Riepilogo"], "Totale")}
    assert money(summary["Tipo", "Nota di credito"]["Totale"]) == D("-122.00")
    assert money(summary["Aliquota IVA", "22"]["IVA"]) == first.vat + second.vat - note.vat - D("2.00")


def test_romanian_from_the_setting_and_english_when_asked(db, person, tmp_path):
    mario = person("Mario", "Rossi")
    factories.communication(db, mario.id, "Ofertă", "meeting", direction="in",
                            occurred_at=datetime(2025, 3, 3, 10, 15), duration_minutes=30)
    set_setting(db, "language", "ro")
    wb = load_workbook(export_data("communications", tmp_path / "k.xlsx").path)
    assert wb.sheetnames == ["Comunicări", "Sinteză"]
    (row,) = rows_of(wb["Comunicări"], "Total")
    assert row["Canal"].value == "Întâlnire" and row["Direcție"].value == "Primit"
    assert row["Durată (min)"].value == 30 and row["Data și ora"].value == datetime(2025, 3, 3, 10, 15)
    (kind,) = rows_of(wb["Sinteză"], "Total")
    assert kind["Canal"].value == "Întâlnire" and kind["Primite"].value == 1 and kind["Minute"].value == 30

    wb = load_workbook(export_data("contacts", tmp_path / "c.xlsx", ExportOptions(language="en")).path)
    (contact,) = rows_of(wb["Contacts"], "Total")
    assert contact["Kind"].value == "Person" and contact["Stage"].value == "Lead"


def test_csv_files_named_and_headed_in_the_language(db, sales, tmp_path):
    result = export_data("invoices", tmp_path / "fatture.csv", ExportOptions(csv=True, dialect="it"))
    assert [p.name for p in result.files] == ["fatture.csv", "fatture-righe.csv"]
    with open(result.files[1], encoding="utf-8-sig", newline="") as f:
        lines = list(csv.DictReader(f, delimiter=";"))
    assert lines[0]["Tipo"] == "Fattura" and lines[-1]["Tipo"] == "Nota di credito"
    assert sum(D(r["Netto"].replace(",", ".")) for r in lines) == D("149.99")


@pytest.mark.parametrize("language", ["it", "ro"])
def test_every_export_has_every_word_translated(db, tmp_path, monkeypatch, language):
    from smallcrm.demo.parties import generate_demo

    generate_demo(db, contacts=60)
    missing = []
    monkeypatch.setattr(export_labels, "untranslated", lambda lang, text: missing.append(text))
    for what in EXPORTS:
        result = export_data(what, tmp_path / f"{what}.xlsx", ExportOptions(language=language))
        assert result.rows > 0, what
        english = load_workbook(export_data(what, tmp_path / f"{what}-en.xlsx",
                                            ExportOptions(language="en")).path)
        assert len(load_workbook(result.path).sheetnames) == len(english.sheetnames)
    assert missing == []
    assert {len(words) for words in export_labels.TEXTS.values()} == {2}


def test_an_unknown_language_names_the_field(db, tmp_path):
    with pytest.raises(ValidationError) as err:
        export_data("payments", tmp_path / "p.xlsx", ExportOptions(language="de"))
    assert err.value.field == "language" and not (tmp_path / "p.xlsx").exists()
