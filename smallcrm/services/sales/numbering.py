"""Document numbers: the next number of a series and year, taken inside the caller's transaction.

The write transaction (BEGIN IMMEDIATE) serialises every issuer on the database, so two processes can
never read the same last number; a process that dies before committing leaves the counter untouched.
"""

from __future__ import annotations

from smallcrm.db.sales_models import InvoiceCounter
from smallcrm.domain import DocumentKind, InvoiceKind
from smallcrm.services.admin.settings import get_setting


def current_series() -> str:
    """This device's series: the configured one plus the device suffix ("A", "B", "A/B" or "")."""
    return "/".join(part for part in (get_setting("invoice_series"), get_setting("device_suffix")) if part)


def number_text(kind: InvoiceKind, number: int, year: int, series: str) -> str:
    """12/2026, 12/2026/A; credit notes have their own sequence: NC 3/2026."""
    prefix = "NC " if kind == InvoiceKind.CREDIT_NOTE else ""
    return f"{prefix}{number}/{year}" + (f"/{series}" if series else "")


def next_number(kind: DocumentKind, series: str, year: int) -> int:
    InvoiceCounter.insert(kind=kind, series=series, year=year, last_number=0).on_conflict_ignore().execute()
    InvoiceCounter.update(last_number=InvoiceCounter.last_number + 1).where(
        InvoiceCounter.kind == kind, InvoiceCounter.series == series, InvoiceCounter.year == year).execute()
    return (InvoiceCounter.select(InvoiceCounter.last_number)
            .where(InvoiceCounter.kind == kind, InvoiceCounter.series == series, InvoiceCounter.year == year)
            .scalar())


def peek_number(kind: DocumentKind, series: str, year: int) -> int:
    """The number the next document of a series and year would get, taking nothing (what a confirmation shows;
    the issuing transaction takes the number itself, so a document issued meanwhile elsewhere moves it on)."""
    last = (InvoiceCounter.select(InvoiceCounter.last_number)
            .where(InvoiceCounter.kind == kind, InvoiceCounter.series == series, InvoiceCounter.year == year)
            .scalar())
    return (last or 0) + 1
