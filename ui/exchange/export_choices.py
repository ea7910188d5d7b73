"""What the export dialog offers: the exports (with the formats each can be written in) and the periods.

The exports themselves are services; this module only names them for the window and says how to call them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from smallcrm.services.einvoicing.archive import export_einvoices
from smallcrm.services.exchange.exports import CALENDAR_PARTS, ExportOptions, ExportResult, export_calendar, export_data
from smallcrm.services.exchange.vcards import export_vcards

CONTEXT = "ExportDialog"


@dataclass(frozen=True)
class Format:
    key: str  # xlsx | csv | csv-it | ics | vcf
    label: str  # untranslated, QT_TRANSLATE_NOOP'd in CONTEXT
    suffix: str


XLSX = Format("xlsx", QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (.xlsx)"), ".xlsx")
CSV = Format("csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV for other programs (comma, ISO dates)"), ".csv")
CSV_IT = Format("csv-it", QT_TRANSLATE_NOOP("ExportDialog", "CSV for Italian Excel (semicolon, decimal comma)"),
                ".csv")
ICS = Format("ics", QT_TRANSLATE_NOOP("ExportDialog", "iCalendar for calendar apps (.ics)"), ".ics")
VCF = Format("vcf", QT_TRANSLATE_NOOP("ExportDialog", "vCard for address books (.vcf)"), ".vcf")
ZIP = Format("zip", QT_TRANSLATE_NOOP("ExportDialog", "Zip of the XML files and receipts (.zip)"), ".zip")
TABLES = (XLSX, CSV, CSV_IT)

Run = Callable[[Path, ExportOptions], ExportResult]


@dataclass(frozen=True)
class ExportKind:
    key: str
    label: str  # untranslated, QT_TRANSLATE_NOOP'd in CONTEXT
    stem: str  # the suggested file name, untranslated
    formats: tuple[Format, ...]
    run: Run
    dated: bool = True  # the period applies
    note: str = ""  # what the period means for it, untranslated


def _table(what: str) -> Run:
    def run(path: Path, options: ExportOptions) -> ExportResult:
        return export_data(what, path, options)
    return run


def _calendar(parts: tuple[str, ...]) -> Run:
    def run(path: Path, options: ExportOptions) -> ExportResult:
        return export_calendar(path, options, parts)
    return run


def _vcards(path: Path, options: ExportOptions) -> ExportResult:
    written = export_vcards(path, progress=options.progress, should_stop=options.should_stop)
    return ExportResult(written.path, written.count, (written.path,))


def _einvoices(path: Path, options: ExportOptions) -> ExportResult:
    written = export_einvoices(path, options.date_from, options.date_to)
    return ExportResult(written.path, written.files + written.receipts, (written.path,))


def export_kinds() -> list[ExportKind]:
    kinds = [
        ExportKind("contacts", QT_TRANSLATE_NOOP("ExportDialog", "Contacts and companies"),
                   QT_TRANSLATE_NOOP("ExportDialog", "contacts"), TABLES, _table("contacts"),
                   note=QT_TRANSLATE_NOOP("ExportDialog", "Contacts created in the period.")),
        ExportKind("vcard", QT_TRANSLATE_NOOP("ExportDialog", "Contacts as vCard (address books)"),
                   QT_TRANSLATE_NOOP("ExportDialog", "contacts"), (VCF,), _vcards, dated=False),
        ExportKind("communications", QT_TRANSLATE_NOOP("ExportDialog", "Communications (calls, e-mails, meetings…)"),
                   QT_TRANSLATE_NOOP("ExportDialog", "communications"), TABLES, _table("communications")),
        ExportKind("quotes", QT_TRANSLATE_NOOP("ExportDialog", "Quotes with their lines"),
                   QT_TRANSLATE_NOOP("ExportDialog", "quotes"), TABLES, _table("quotes")),
        ExportKind("invoices", QT_TRANSLATE_NOOP("ExportDialog", "Invoices and credit notes with their lines"),
                   QT_TRANSLATE_NOOP("ExportDialog", "invoices"), TABLES, _table("invoices"),
                   note=QT_TRANSLATE_NOOP("ExportDialog", "Issued invoices dated in the period, no drafts.")),
        ExportKind("payments", QT_TRANSLATE_NOOP("ExportDialog", "Payments received"),
                   QT_TRANSLATE_NOOP("ExportDialog", "payments"), TABLES, _table("payments")),
        ExportKind("receivables", QT_TRANSLATE_NOOP("ExportDialog", "Receivables by age"),
                   QT_TRANSLATE_NOOP("ExportDialog", "receivables"), TABLES, _table("receivables"),
                   note=QT_TRANSLATE_NOOP("ExportDialog", "Aged as of the last day of the period.")),
        ExportKind("vat", QT_TRANSLATE_NOOP("ExportDialog", "VAT by rate and period"),
                   QT_TRANSLATE_NOOP("ExportDialog", "vat"), TABLES, _table("vat")),
        ExportKind("einvoices", QT_TRANSLATE_NOOP("ExportDialog", "E-invoices: XML files and SdI receipts"),
                   QT_TRANSLATE_NOOP("ExportDialog", "e-invoices"), (ZIP,), _einvoices,
                   note=QT_TRANSLATE_NOOP("ExportDialog", "The e-invoice files sent for invoices dated in the "
                                                          "period, with their receipts, named as the SdI names "
                                                          "them, and an index.")),
        ExportKind("ics", QT_TRANSLATE_NOOP("ExportDialog", "Tasks and meetings (calendar)"),
                   QT_TRANSLATE_NOOP("ExportDialog", "calendar"), (ICS,), _calendar(CALENDAR_PARTS),
                   note=QT_TRANSLATE_NOOP("ExportDialog", "Tasks due and meetings held in the period.")),
        ExportKind("ics-tasks", QT_TRANSLATE_NOOP("ExportDialog", "Tasks only (calendar)"),
                   QT_TRANSLATE_NOOP("ExportDialog", "tasks"), (ICS,), _calendar(("tasks",))),
        ExportKind("ics-meetings", QT_TRANSLATE_NOOP("ExportDialog", "Meetings only (calendar)"),
                   QT_TRANSLATE_NOOP("ExportDialog", "meetings"), (ICS,), _calendar(("meetings",))),
    ]
    return kinds


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else ""


# -- periods ------------------------------------------------------------------------------------------------

PERIODS = (
    ("all", QT_TRANSLATE_NOOP("ExportDialog", "Everything")),
    ("this_month", QT_TRANSLATE_NOOP("ExportDialog", "This month")),
    ("last_month", QT_TRANSLATE_NOOP("ExportDialog", "Last month")),
    ("this_quarter", QT_TRANSLATE_NOOP("ExportDialog", "This quarter")),
    ("last_quarter", QT_TRANSLATE_NOOP("ExportDialog", "Last quarter")),
    ("this_year", QT_TRANSLATE_NOOP("ExportDialog", "This year")),
    ("last_year", QT_TRANSLATE_NOOP("ExportDialog", "Last year")),
    ("custom", QT_TRANSLATE_NOOP("ExportDialog", "From… to…")),
)


def _month_start(day: date, back: int = 0) -> date:
    months = day.year * 12 + day.month - 1 - back
    return date(months // 12, months % 12 + 1, 1)


def period_dates(key: str, today: date) -> tuple[date | None, date | None]:
    """The first and last day of a named period around ``today`` (None, None for everything)."""
    if key in ("this_month", "last_month"):
        first = _month_start(today, 0 if key == "this_month" else 1)
        return first, _month_start(first, -1) - timedelta(days=1)
    if key in ("this_quarter", "last_quarter"):
        first = _month_start(today, (today.month - 1) % 3 + (0 if key == "this_quarter" else 3))
        return first, _month_start(first, -3) - timedelta(days=1)
    if key in ("this_year", "last_year"):
        year = today.year - (key == "last_year")
        return date(year, 1, 1), date(year, 12, 31)
    return None, None
