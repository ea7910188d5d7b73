"""`smallcrm export ...`: data out, as Excel workbooks for the accountant or CSV for other programs."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from smallcrm.cli.output import emit_json
from smallcrm.cli.session import open_db
from smallcrm.documents.export_labels import LANGUAGES
from smallcrm.errors import ValidationError
from smallcrm.services.einvoicing.archive import export_einvoices
from smallcrm.services.exchange.exports import (
    CALENDAR_PARTS,
    EXPORTS,
    PERIODS,
    ExportOptions,
    export_calendar,
    export_data,
)

EINVOICES = "einvoices"  # the accountant's zip of e-invoice files and receipts (services/einvoicing/archive.py)
WHAT_HELP = ("contacts, communications, quotes (with lines), invoices (invoices and credit notes, with lines), "
             "payments, receivables (aged), vat (taxable and VAT per rate and period); ics: tasks and meetings as an "
             "iCalendar file for calendar apps; einvoices: the period's e-invoice files and their SdI receipts as "
             "one .zip, named as the SdI names them, with an index.csv")


def _date(text: str) -> date:
    """2026-03-31 or 31/03/2026."""
    try:
        if "/" in text:
            day, month, year = text.split("/")
            return date(int(year), int(month), int(day))
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date: {text} (use 2026-03-31 or 31/03/2026)") from exc


def register(commands) -> None:
    p = commands.add_parser("export", help="export data to Excel (.xlsx), CSV or iCalendar (.ics)",
                            description="Write one workbook per export (one sheet per table, plus a Summary), or "
                                        "CSV with --csv (one file per table: PATH, then PATH-<table>.csv ...); "
                                        "ics writes one calendar file of tasks (VTODO) and meetings (VEVENT).")
    p.add_argument("what", choices=(*EXPORTS, "ics", EINVOICES), metavar="WHAT", help=WHAT_HELP)
    p.add_argument("path", type=Path, metavar="PATH", help="the file to write (replaced if it exists)")
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE",
                   help="first day (documents, payments, communications by their date; contacts by creation)")
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE",
                   help="last day (receivables: aged as of this day; vat: default today, from 1 January)")
    p.add_argument("--only", choices=CALENDAR_PARTS, help="ics: only the tasks (by due date) or only the meetings")
    p.add_argument("--period", choices=PERIODS, default="month", help="vat: one row per rate and month or quarter")
    p.add_argument("--csv", action="store_true", help="write CSV instead of xlsx (implied by a PATH ending in .csv)")
    p.add_argument("--dialect", choices=("plain", "it"), default="plain",
                   help="CSV: plain (comma, decimal point, ISO dates) or it (semicolon, decimal comma, dd/mm/yyyy, "
                        "with a byte-order mark for Excel)")
    p.add_argument("--lang", choices=LANGUAGES, metavar="LANG",
                   help="it, en or ro: headers, sheet names and values (call, paid...) in that language; default "
                        "the document language setting")
    bom = p.add_mutually_exclusive_group()
    bom.add_argument("--bom", dest="bom", action="store_true", default=None, help="CSV: start with a UTF-8 BOM")
    bom.add_argument("--no-bom", dest="bom", action="store_false", help="CSV: no byte-order mark")
    p.set_defaults(handler=export)


def _export_einvoices(args: argparse.Namespace) -> int:
    with open_db(args, create=False):
        archive = export_einvoices(args.path, args.date_from, args.date_to)
    if args.json:
        return emit_json(archive) or 0
    print(f"Wrote {archive.path} ({archive.files:,} e-invoice files, {archive.receipts:,} receipts)")
    return 0


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty() and total:
        print(f"\rexporting: {done:,}/{total:,}   ", end="", file=sys.stderr, flush=True)


def _check_extension(args: argparse.Namespace) -> None:
    """The file's name says what it is: an Excel file named .pdf opens nowhere."""
    suffix = args.path.suffix.lower()
    wanted = ((".ics",) if args.what == "ics" else (".zip",) if args.what == EINVOICES
              else (".csv", ".txt") if args.csv else (".xlsx", ".csv"))
    if suffix not in wanted:
        raise ValidationError("path", f"{args.path.name}: {args.what} is written as {' or '.join(wanted)}, "
                                      f"not {suffix or 'a file without an extension'}",
                              code="wrong_extension", wanted=" ".join(wanted))


def export(args: argparse.Namespace) -> int:
    _check_extension(args)
    if args.what == EINVOICES:
        return _export_einvoices(args)
    as_csv = args.csv or args.path.suffix.lower() == ".csv"
    options = ExportOptions(date_from=args.date_from, date_to=args.date_to, period=args.period, csv=as_csv,
                            dialect=args.dialect, bom=args.bom, language=args.lang, progress=_progress)
    with open_db(args, create=False):
        if args.what == "ics":
            result = export_calendar(args.path, options, (args.only,) if args.only else CALENDAR_PARTS)
        else:
            result = export_data(args.what, args.path, options)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        return emit_json(result) or 0
    tables = ", ".join(f"{name} {count:,}" for name, count in result.sheets.items())
    print(f"Wrote {', '.join(str(f) for f in result.files)} ({result.rows:,} rows: {tables})")
    return 0
