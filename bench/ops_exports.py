"""Exports for the accountant: every issued invoice and its lines to xlsx and to CSV, against the bare libraries
writing the same cells (openpyxl's write-only workbook, the csv module)."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

from bench.context import Context
from bench.timing import Row, measure, under
from smallcrm.documents.export_labels import Labels, translated_sheet
from smallcrm.money import from_cents
from smallcrm.services.exchange import exports as service
from smallcrm.services.exchange.vcards import export_vcards
from smallcrm.services.sales.catalog import percent_of
from smallcrm.services.sales.document_lines import document_language

# values read as stored (cents, thousandths, basis points, ISO dates) as the typed cells they become
_TYPED = {"cents": from_cents, "thousandths": lambda v: Decimal(v) / 1000, "basis_points": percent_of,
          "iso_date": lambda v: date.fromisoformat(v[:10])}


def _typed(columns, rows) -> list[tuple]:
    convert = [_TYPED.get(c.kind) for c in columns]
    return [tuple(v if f is None or v is None else f(v) for f, v in zip(convert, row, strict=True)) for row in rows]


def _tables(ctx: Context) -> list[tuple[str, list[str], list[tuple], bool]]:
    """The cells our invoices export writes (title, header, rows, is data), built once by the export's own
    query code and typed (Decimal money, dates), untimed."""
    labels = Labels(document_language(None, None))  # the language our export writes in by default
    sheets = [translated_sheet(s, labels) for s in service.BUILDERS["invoices"](service.ExportOptions(),
                                                                                labels)]
    return [(s.title, [c.header for c in s.columns], _typed(s.columns, s.rows), s.data) for s in sheets]


def _bare_xlsx(path: Path, tables) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for title, header, rows, _ in tables:
        sheet = book.create_sheet(title)
        sheet.append(header)
        for row in rows:
            sheet.append(row)
    book.save(path)


def _bare_csv(folder: Path, tables) -> None:
    for title, header, rows, data in tables:
        if not data:  # CSV holds the data tables only, as ours
            continue
        with open(folder / f"bare-{title}.csv", "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(header)
            writer.writerows(rows)


VCARD_RATE = 5_000  # contacts per second: issue 16's bar for the vCard export at 100k


def exports(ctx: Context) -> list[Row]:
    folder = ctx.path.parent / "exports"
    folder.mkdir(exist_ok=True)
    reps = min(ctx.reps, 3)
    done: list[service.ExportResult] = []
    ours_xlsx = measure(lambda: done.append(service.export_data("invoices", folder / "ours.xlsx")), reps,
                        warmup=0)
    ours_csv = measure(lambda: done.append(service.export_data("invoices", folder / "ours.csv",
                                                               service.ExportOptions(csv=True))), reps, warmup=0)
    tables = _tables(ctx)
    bare_xlsx = measure(lambda: _bare_xlsx(folder / "bare.xlsx", tables), reps, warmup=0)
    bare_csv = measure(lambda: _bare_csv(folder, tables), reps, warmup=0)
    cards: list = []
    ours_vcf = measure(lambda: cards.append(export_vcards(folder / "contacts.vcf")), reps, warmup=0)
    contacts = cards[-1].count
    lines = len(tables[1][2])  # the second table of the invoices export: its lines
    rows = done[-1].rows
    rate, bare_rate = rows / ours_csv.median * 1000, rows / bare_csv.median * 1000
    return [
        Row("export", f"Export to xlsx: {lines:,} invoice lines (+ the invoices sheet: {rows:,} rows in all)",
            ctx.scale, ours_xlsx, bare_xlsx, target="≤ 1.3x a bare openpyxl write-only loop", max_ratio=1.3,
            note="ours: query, typed cells and formats, totals, summary sheet; floor: the same cells (built "
                 "untimed by our export's queries) appended to a write-only workbook",
            work=lambda: service.export_data("invoices", folder / "profiled.xlsx")),
        under(Row("export", f"Export to CSV: the same {rows:,} rows", ctx.scale, ours_csv, bare_csv,
                  target="≥ 200k rows/s", extra={"rate": f"{rate:,.0f} rows/s (floor {bare_rate:,.0f})"},
                  note="floor: csv.writer writing the same cells",
                  work=lambda: service.export_data("invoices", folder / "profiled.csv",
                                                   service.ExportOptions(csv=True))),
              rows / 200),  # 200k rows/s = rows / 200 ms
        under(Row("export", f"Export every contact to vCard ({contacts:,})", ctx.scale, ours_vcf,
                  target=f"≥ {VCARD_RATE:,} contacts/s",
                  extra={"rate": f"{contacts / ours_vcf.median * 1000:,.0f} contacts/s"},
                  note="ours: the contacts read in chunks (names, points, addresses, companies, tags, photos), "
                       "one vCard 4.0 each, to one file", work=lambda: export_vcards(folder / "profiled.vcf")),
              contacts / VCARD_RATE * 1000),
    ]
