"""Documents named the way people name them: by their number ("62/2026", "NC 3/2026", "12/2026/A",
"P-2026-0007", "P-2026-0007 rev. 2") or by their id ("#62", as lists print it).

A bare integer is what people type for both: the id a list shows beside a document, and "invoice 62" for the
invoice numbered 62 this year. Reading it one way only would let ``pay 62 100`` record a payment on the wrong
invoice, so a bare integer is read as whichever of the two exists, and refused when both exist and are two
different documents: the error says how to write each (``#62`` or ``62/2026``). "This year" is the year of
today's date; an invoice's bare number is of the invoice sequence (credit notes are "NC n/year"), in any series,
and a quote's is P-year-n (its latest revision).
"""

from __future__ import annotations

import re
from datetime import date

from peewee import fn

from smallcrm.clock import local_today
from smallcrm.db.sales_models import Invoice, Quote
from smallcrm.domain import InvoiceKind, InvoiceStatus
from smallcrm.errors import NotFound, ValidationError

_INVOICE_NUMBER = re.compile(r"(NC)?\s*(\d+)\s*/\s*(\d{4})(?:\s*/\s*([A-Z0-9/-]+))?", re.IGNORECASE)
_QUOTE_NUMBER = re.compile(r"P-(\d{4})-(\d+)(?:-([A-Z0-9]+))?(?:\s*REV\.?\s*(\d+))?", re.IGNORECASE)
_ID = re.compile(r"#\s*(\d+)")
_LARGEST = 2**63 - 1  # SQLite's largest INTEGER: no id, number or year beyond it can exist


def _beyond_storage(text: str) -> bool:
    """A figure no row can hold (``quotes show 9223372036854775808``): not found, never asked of SQLite."""
    return any(int(digits) > _LARGEST for digits in re.findall(r"\d+", text))


def _bare(text: str) -> int | None:
    return int(text) if text.isdigit() else None


def _refused(text: str, kind: str) -> ValidationError:
    return ValidationError("document", f"Not {kind} number or id: {text!r} (write 62/2026, NC 3/2026, P-2026-0007 "
                           "or #62 for an id)", code="document_unreadable", value=text)


def _one(text: str, by_id: int | None, by_number: list[tuple[int, str]], kind: str) -> int:
    """The one document the text names: refused when an id and a number name two different ones."""
    found = {by_id} if by_id is not None else set()
    found |= {document_id for document_id, _ in by_number}
    if not found:
        raise NotFound(kind=kind, ident=text)
    if len(found) > 1:
        numbers = " or ".join(number for _, number in by_number)
        hint = (f"#{by_id} or " if by_id is not None else "") + numbers
        raise ValidationError("document", f"{text} could be read two ways: write {hint}",
                              code="document_ambiguous", value=text, hint=hint)
    return found.pop()


def invoice_ref(text: str, today: date | None = None, bare: InvoiceKind = InvoiceKind.INVOICE) -> int:
    """The id of the invoice or credit note ``text`` names (see the module's rules); a bare integer is a number of
    the ``bare`` sequence (credit notes where a command takes one: ``refund 3`` for NC 3/this year)."""
    text = " ".join(str(text).split())
    if _beyond_storage(text):
        raise NotFound(kind="Invoice", ident=text)
    if match := _ID.fullmatch(text):
        return _live_invoice(int(match.group(1)), text)
    number = _bare(text)
    if number is not None:
        year = (today or local_today()).year
        numbered = [(row.id, row.number_text) for row in Invoice.select(Invoice.id, Invoice.number_text).where(
            Invoice.kind == bare, Invoice.status == InvoiceStatus.ISSUED, Invoice.year == year,
            Invoice.number == number, Invoice.deleted_at.is_null())]
        live = Invoice.select(Invoice.id).where(Invoice.id == number, Invoice.deleted_at.is_null()).exists()
        return _one(text, number if live else None, numbered, "Invoice")
    match = _INVOICE_NUMBER.fullmatch(text)
    if match is None:
        raise _refused(text, "an invoice")
    credit, number, year, series = match.groups()
    row = Invoice.get_or_none(
        Invoice.kind == (InvoiceKind.CREDIT_NOTE if credit else InvoiceKind.INVOICE),
        Invoice.status == InvoiceStatus.ISSUED, Invoice.year == int(year), Invoice.number == int(number),
        fn.lower(Invoice.series) == (series or "").lower(), Invoice.deleted_at.is_null())
    if row is None:
        raise NotFound(kind="Invoice", ident=text)
    return row.id


def _live_invoice(invoice_id: int, text: str) -> int:
    if not Invoice.select().where(Invoice.id == invoice_id, Invoice.deleted_at.is_null()).exists():
        raise NotFound(kind="Invoice", ident=text)
    return invoice_id


def _latest_quotes(number: str, revision: int | None) -> list[tuple[int, str]]:
    """(id, number as printed) of the quote numbered ``number`` (any device suffix): the revision asked for, or
    the latest of each."""
    rows = (Quote.select(Quote.id, Quote.number, Quote.revision)
            .where((fn.lower(Quote.number) == number.lower()) | (fn.lower(Quote.number) ** f"{number.lower()}-%"),
                   Quote.deleted_at.is_null()).order_by(Quote.revision.desc()))
    found: dict[str, tuple[int, str]] = {}
    for row in rows:
        if row.number not in found and revision in (None, row.revision):
            found[row.number] = (row.id, row.number + (f" rev. {row.revision}" if row.revision > 1 else ""))
    return list(found.values())


def quote_ref(text: str, today: date | None = None) -> int:
    """The id of the quote ``text`` names (see the module's rules)."""
    text = " ".join(str(text).split())
    if _beyond_storage(text):
        raise NotFound(kind="Quote", ident=text)
    if match := _ID.fullmatch(text):
        quote_id = int(match.group(1))
        if not Quote.select().where(Quote.id == quote_id, Quote.deleted_at.is_null()).exists():
            raise NotFound(kind="Quote", ident=text)
        return quote_id
    bare = _bare(text)
    if bare is not None:
        numbered = _latest_quotes(f"P-{(today or local_today()).year}-{bare:04d}", None)
        live = Quote.select().where(Quote.id == bare, Quote.deleted_at.is_null()).exists()
        return _one(text, bare if live else None, numbered, "Quote")
    match = _QUOTE_NUMBER.fullmatch(text)
    if match is None:
        raise _refused(text, "a quote")
    year, number, suffix, revision = match.groups()
    wanted = f"P-{year}-{int(number):04d}" + (f"-{suffix}" if suffix else "")
    found = [hit for hit in _latest_quotes(wanted, int(revision) if revision else None)
             if suffix or hit[1].split(" ")[0].lower() == wanted.lower()]
    if not found:
        raise NotFound(kind="Quote", ident=text)
    return found[0][0]
