"""Document numbers: the next number of a series and year, taken inside the caller's transaction.

The write transaction (BEGIN IMMEDIATE) serialises every issuer on the database, so two processes can
never read the same last number; a process that dies before committing leaves the counter untouched.
"""

from __future__ import annotations

from smallcrm.db.sales_models import InvoiceCounter
from smallcrm.domain import DocumentKind


def next_number(kind: DocumentKind, series: str, year: int) -> int:
    InvoiceCounter.insert(kind=kind, series=series, year=year, last_number=0).on_conflict_ignore().execute()
    InvoiceCounter.update(last_number=InvoiceCounter.last_number + 1).where(
        InvoiceCounter.kind == kind, InvoiceCounter.series == series, InvoiceCounter.year == year).execute()
    return (InvoiceCounter.select(InvoiceCounter.last_number)
            .where(InvoiceCounter.kind == kind, InvoiceCounter.series == series, InvoiceCounter.year == year)
            .scalar())
