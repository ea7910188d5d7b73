"""Quotes: written, sent, accepted or rejected; duplicated; revised (the old revision stays)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from smallcrm.changes import Changes
from smallcrm.clock import local_today, utcnow
from smallcrm.db.connection import Database
from smallcrm.db.models import Party
from smallcrm.db.sales_models import Deal, Invoice, Quote, QuoteLine
from smallcrm.domain import AuditAction, DocumentKind, InvoiceStatus, QuoteStatus, RecordKind, parse_choice
from smallcrm.errors import Conflict, NotFound, ValidationError
from smallcrm.money import from_cents
from smallcrm.services.admin.settings import get_setting
from smallcrm.services.parties import store
from smallcrm.services.privacy import audit
from smallcrm.services.sales.catalog import check_in_force
from smallcrm.services.sales.document_lines import (
    LineDraft,
    clean_lines,
    customer_block,
    document_language,
    document_tax,
    drafts_from,
    read_lines,
    save_with_lines,
    vat_summary,
    with_regime,
)
from smallcrm.services.sales.numbering import next_number
from smallcrm.services.sales.tax_setup import company_setup
from smallcrm.services.sales.views import DocumentLink, DocumentView, QuoteRow

# which status may follow which (a sent quote may be edited back to draft)
TRANSITIONS = {
    QuoteStatus.DRAFT: {QuoteStatus.SENT, QuoteStatus.ACCEPTED, QuoteStatus.REJECTED},
    QuoteStatus.SENT: {QuoteStatus.ACCEPTED, QuoteStatus.REJECTED, QuoteStatus.EXPIRED, QuoteStatus.DRAFT},
    QuoteStatus.ACCEPTED: {QuoteStatus.SENT},
    QuoteStatus.REJECTED: {QuoteStatus.SENT},
    QuoteStatus.EXPIRED: {QuoteStatus.SENT},
}


@dataclass
class QuoteDraft:
    party_id: int
    lines: list[LineDraft] = field(default_factory=list)
    title: str = ""
    notes: str = ""
    issue_date: date | None = None
    valid_until: date | None = None
    language: str | None = None
    deal_id: int | None = None


def invoices_from(numbers: Iterable[str]) -> dict[str, tuple[DocumentLink, ...]]:
    """The live invoices made from the quotes numbered so, any revision (a revision is the same offer), by quote
    number, oldest first: a quote is invoiced once unless the user asks for another invoice (a split order)."""
    wanted = list(set(numbers))
    found: dict[str, list[DocumentLink]] = {}
    if wanted:
        rows = (Invoice.select(Quote.number, Invoice.id, Invoice.number_text, Invoice.status)
                .join(Quote, on=(Invoice.quote == Quote.id))
                .where(Quote.number.in_(wanted), Invoice.deleted_at.is_null()).order_by(Invoice.id).tuples())
        for number, invoice_id, number_text, status in rows:
            found.setdefault(number, []).append(DocumentLink(invoice_id, number_text, InvoiceStatus(status)))
    return {number: tuple(links) for number, links in found.items()}


def quote_view(quote: Quote) -> DocumentView:
    """A quote as our company taxes it now (a quote is not frozen: it is printed with today's regime)."""
    setup = company_setup(quote.issue_date or local_today(), quote.party_id)
    lines = read_lines(QuoteLine, "quote", quote.id)
    if quote.status == QuoteStatus.DRAFT:
        lines = with_regime(lines, setup.regime)
    totals = document_tax(lines, setup)
    number = quote.number + (f" rev. {quote.revision}" if quote.revision > 1 else "")
    return DocumentView(
        kind=DocumentKind.QUOTE, id=quote.id, uid=quote.uid, number=number, status=QuoteStatus(quote.status),
        party=store.ref(quote.party),
        customer=customer_block(quote.party_id), issue_date=quote.issue_date, valid_until=quote.valid_until,
        due_date=None, title=quote.title, notes=quote.notes, language=quote.language, currency=quote.currency,
        lines=lines, vat_summary=vat_summary(lines, totals), taxable=totals.taxable, vat=totals.vat,
        total=totals.total, revision=quote.revision, invoices=invoices_from([quote.number]).get(quote.number, ()),
        created_at=quote.created_at, updated_at=quote.updated_at, tax=totals, tax_setup=setup)


def draft_view(draft: QuoteDraft, number: str = "") -> DocumentView:
    """What a quote being edited would look like, without saving anything (the editor's live preview)."""
    store.get_live(draft.party_id)
    issued = draft.issue_date or local_today()
    setup = company_setup(issued, draft.party_id)
    lines = tuple(clean_lines(draft.lines, setup.regime))
    totals = document_tax(lines, setup)
    valid = draft.valid_until or issued + timedelta(days=get_setting("quote_validity_days"))
    return DocumentView(
        kind=DocumentKind.QUOTE, id=0, uid="", number=number, status=QuoteStatus.DRAFT, party=store.ref(store.get_live(
            draft.party_id)), customer=customer_block(draft.party_id), issue_date=issued, valid_until=valid,
        due_date=None, title=draft.title.strip(), notes=draft.notes.strip(),
        language=document_language(draft.language, None), currency=get_setting("currency"), lines=lines,
        vat_summary=vat_summary(lines, totals), taxable=totals.taxable, vat=totals.vat, total=totals.total,
        tax=totals, tax_setup=setup)


def _get(quote_id: int) -> Quote:
    quote = Quote.get_or_none(Quote.id == quote_id, Quote.deleted_at.is_null())
    if quote is None:
        raise NotFound(kind="Quote", ident=quote_id)
    return quote


def _fill(quote: Quote, draft: QuoteDraft) -> None:
    with audit.tracked(RecordKind.QUOTE, quote):
        _fill_fields(quote, draft)


def _fill_fields(quote: Quote, draft: QuoteDraft) -> None:
    store.get_live(draft.party_id)
    quote.issue_date = draft.issue_date or quote.issue_date or local_today()
    setup = company_setup(quote.issue_date, draft.party_id)
    lines = clean_lines(draft.lines, setup.regime)
    check_in_force([line.vat_code for line in lines], quote.issue_date)
    quote.party = draft.party_id
    quote.valid_until = draft.valid_until or quote.issue_date + timedelta(days=get_setting("quote_validity_days"))
    if quote.valid_until < quote.issue_date:
        raise ValidationError("valid_until", "A quote cannot expire before it is written", code="before_issue")
    language = document_language(draft.language, quote.language)
    if draft.deal_id is not None and not Deal.get_or_none(Deal.id == draft.deal_id):
        raise ValidationError("deal_id", f"No deal {draft.deal_id}", code="not_found")
    quote.title, quote.notes, quote.language = draft.title.strip(), draft.notes.strip(), language
    quote.deal = draft.deal_id
    save_with_lines(quote, QuoteLine, "quote", lines, setup)


def _new_number(year: int) -> str:
    """P-2026-0007, or P-2026-0007-B on a laptop with a device suffix (two laptops never collide)."""
    suffix = get_setting("device_suffix")
    return f"P-{year}-{next_number(DocumentKind.QUOTE, suffix, year):04d}" + (f"-{suffix}" if suffix else "")


def _changes(quote: Quote) -> Changes:
    return Changes(quotes={quote.id}, parties={quote.party_id})


def create_quote(db: Database, draft: QuoteDraft) -> tuple[DocumentView, Changes]:
    with db.atomic():
        today = draft.issue_date or local_today()
        quote = Quote(number=_new_number(today.year), issue_date=today,
                      currency=get_setting("currency"), owner=get_setting("default_owner"))
        _fill(quote, draft)
    return quote_view(quote), _changes(quote)


def update_quote(db: Database, quote_id: int, draft: QuoteDraft) -> tuple[DocumentView, Changes]:
    with db.atomic():
        quote = _get(quote_id)
        if quote.status != QuoteStatus.DRAFT:
            raise Conflict(f"Quote {quote.number} is {quote.status}: make a new revision to change it",
                           code="quote_not_draft")
        _fill(quote, draft)
    return quote_view(quote), _changes(quote)


def set_quote_status(db: Database, quote_id: int, status: QuoteStatus) -> tuple[DocumentView, Changes]:
    new = parse_choice(QuoteStatus, status, "status")
    with db.atomic():
        quote = _get(quote_id)
        if new != quote.status and new not in TRANSITIONS[QuoteStatus(quote.status)]:
            raise Conflict(f"A {quote.status} quote cannot become {new}", code="quote_transition")
        with audit.tracked(RecordKind.QUOTE, quote):
            quote.status = str(new)
            quote.save()
    return quote_view(quote), _changes(quote)


def _copy(quote: Quote, **overrides) -> Quote:
    source = quote_view(quote)
    draft = QuoteDraft(quote.party_id, drafts_from(source.lines), quote.title, quote.notes, None, None,
                       quote.language, quote.deal_id)
    copy = Quote(number=overrides.get("number", quote.number), revision=overrides.get("revision", 1),
                 previous=overrides.get("previous"), issue_date=local_today(), currency=quote.currency,
                 owner=quote.owner)
    _fill(copy, draft)
    return copy


def duplicate_quote(db: Database, quote_id: int) -> tuple[DocumentView, Changes]:
    """A new draft quote with the same lines and a number of its own."""
    with db.atomic():
        quote = _get(quote_id)
        year = local_today().year
        copy = _copy(quote, number=_new_number(year))
    return quote_view(copy), _changes(copy)


def revise_quote(db: Database, quote_id: int) -> tuple[DocumentView, Changes]:
    """A new revision (same number, rev. N+1) as a draft; the earlier revision is kept as it was."""
    with db.atomic():
        quote = _get(quote_id)
        latest = (Quote.select(Quote.revision).where(Quote.number == quote.number)
                  .order_by(Quote.revision.desc()).scalar())
        copy = _copy(quote, revision=latest + 1, previous=quote.id)
    return quote_view(copy), _changes(copy)


def get_quote(quote_id: int) -> DocumentView:
    return quote_view(_get(quote_id))


def list_quotes(party_id: int | None = None, status: QuoteStatus | None = None, limit: int = 500) -> list[QuoteRow]:
    """Quotes newest first, as list rows (totals as stored when the quote was saved)."""
    query = (Quote.select(Quote, Party).join(Party, on=(Quote.party == Party.id))
             .where(Quote.deleted_at.is_null()))
    if party_id is not None:
        query = query.where(Quote.party == party_id)
    if status:
        query = query.where(Quote.status == str(parse_choice(QuoteStatus, status, "status")))
    rows = list(query.order_by(Quote.issue_date.desc(), Quote.id.desc()).limit(limit))
    invoiced = invoices_from(q.number for q in rows)
    return [QuoteRow(q.id, q.number + (f" rev. {q.revision}" if q.revision > 1 else ""), q.revision,
                     QuoteStatus(q.status), store.ref(q.party), q.issue_date, q.valid_until, q.title,
                     from_cents(q.total_cents), q.currency, invoiced.get(q.number, ()))
            for q in rows]


def expire_quotes(db: Database, today: date | None = None) -> Changes:
    """Sent quotes past their validity become expired."""
    today = today or local_today()
    with db.atomic():
        stale = list(Quote.select(Quote.id, Quote.uid, Quote.party).where(
            Quote.status == QuoteStatus.SENT, Quote.valid_until < today, Quote.deleted_at.is_null()))
        if stale:
            Quote.update(status=str(QuoteStatus.EXPIRED), updated_at=utcnow()).where(
                Quote.id.in_([q.id for q in stale])).execute()
        for quote in stale:
            audit.write_diff(RecordKind.QUOTE, quote, {"status": QuoteStatus.SENT}, {"status": QuoteStatus.EXPIRED},
                             quote.party_id, action=AuditAction.EXPIRE)
    return Changes(quotes={q.id for q in stale}, parties={q.party_id for q in stale})


def trash_quote(db: Database, quote_id: int) -> Changes:
    with db.atomic():
        quote = _get(quote_id)
        store.trash_rows(Quote, Quote.id == quote.id)
        audit.record(RecordKind.QUOTE, quote, AuditAction.TRASH)
    return _changes(quote)


