"""Exports for the accountant and for other programs: one xlsx workbook (or CSV files) per table.

Read-only and transaction-free: each table is one SQL query streamed row by row (100k invoice lines are one
query, not one per invoice); summaries are computed from the same rows by separate aggregate queries, with
the rounding rule of ``smallcrm.money`` (VAT rounded once per rate and document).

Credit notes are negative (taxable, VAT, total, line net) in every sheet, so that any column sums to the net
invoiced; drafts are not exported (they are not documents yet).

The tables are built by ``people`` (contacts, communications), ``sales`` (quotes, invoices, payments) and
``accounting`` (receivables, VAT); ``common`` holds the options and the SQL plumbing they share. Tasks and
meetings go to calendar apps as iCalendar (``calendar``).
"""

from __future__ import annotations

from pathlib import Path

from smallcrm.documents.csv_export import dialect_named, write_csv
from smallcrm.documents.export_labels import translated_sheet
from smallcrm.documents.xlsx import write_workbook
from smallcrm.errors import ValidationError
from smallcrm.services.exchange.exports.accounting import receivable_sheets, vat_sheets
from smallcrm.services.exchange.exports.calendar import CALENDAR_PARTS, export_calendar
from smallcrm.services.exchange.exports.common import SIGN_NOTE, ExportOptions, ExportResult, checked_request
from smallcrm.services.exchange.exports.people import communication_sheets, contact_sheets
from smallcrm.services.exchange.exports.sales import invoice_sheets, payment_sheets, quote_sheets

__all__ = ["CALENDAR_PARTS", "EXPORTS", "PERIODS", "SIGN_NOTE", "ExportOptions", "ExportResult", "export_calendar",
           "export_data"]

BUILDERS = {"contacts": contact_sheets, "communications": communication_sheets, "quotes": quote_sheets,
            "invoices": invoice_sheets, "payments": payment_sheets, "receivables": receivable_sheets,
            "vat": vat_sheets}
EXPORTS = tuple(BUILDERS)
PERIODS = ("month", "quarter")


def export_data(what: str, path: Path | str, options: ExportOptions | None = None) -> ExportResult:
    """Write the ``what`` export (one of EXPORTS) to ``path``: an xlsx workbook, or CSV with ``options.csv``."""
    options = options or ExportOptions()
    if what not in EXPORTS:
        raise ValidationError("what", f"Unknown export {what}; expected one of: {', '.join(EXPORTS)}",
                              code="choice_invalid", value=what, allowed=", ".join(EXPORTS))
    if options.period not in PERIODS:
        raise ValidationError("period", f"A period is a month or a quarter, not {options.period}",
                              code="choice_invalid", value=options.period, allowed=", ".join(PERIODS))
    if options.csv:
        dialect_named(options.dialect)
    path, labels = checked_request(path, options)
    sheets = [translated_sheet(sheet, labels) for sheet in BUILDERS[what](options, labels)]
    if not options.csv:
        written = write_workbook(path, sheets, progress=options.progress, should_stop=options.should_stop,
                                 write_only=options.write_only)
        rows = sum(written.rows[s.title] for s in sheets if s.data)
        return ExportResult(path, rows, (path,), dict(written.rows), written.write_only)
    data = [s for s in sheets if s.data]
    targets = [(path if n == 0 else path.with_name(f"{path.stem}-{_slug(s.title)}{path.suffix}"), s)
               for n, s in enumerate(data)]
    counts = write_csv(targets, dialect=options.dialect, bom=options.bom, progress=options.progress,
                       should_stop=options.should_stop)
    return ExportResult(path, sum(counts.values()), tuple(counts), {s.title: counts[p] for p, s in targets})


def _slug(title: str) -> str:
    return "-".join(title.lower().split())
