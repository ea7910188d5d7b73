"""The 360° view: one party, everything that happened with them, newest first.

Each kind of record that belongs on the timeline registers a source here (sales documents add theirs).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from heapq import merge

from peewee import fn

from smallcrm.clock import to_utc
from smallcrm.db.models import Affiliation, Attachment, Communication, Task
from smallcrm.db.sales_models import Invoice, Payment, Quote
from smallcrm.domain import Channel, Direction, InvoiceKind, InvoiceStatus, PartyKind, TimelineSource
from smallcrm.money import from_cents
from smallcrm.services.parties import store
from smallcrm.services.timeline.tasks import list_tasks
from smallcrm.services.views import PartyOverview, TimelineEntry

SourceReader = Callable[[list[int], int, datetime | None], list[TimelineEntry]]
TIMELINE_SOURCES: list[SourceReader] = []


def timeline_source(func: SourceReader) -> SourceReader:
    TIMELINE_SOURCES.append(func)
    return func


@timeline_source
def _communications(party_ids: list[int], limit: int, before: datetime | None) -> list[TimelineEntry]:
    query = Communication.select().where(
        (Communication.party.in_(party_ids) | Communication.person.in_(party_ids)),
        Communication.deleted_at.is_null())
    if before is not None:
        query = query.where(Communication.occurred_at < before)
    rows = list(query.order_by(Communication.occurred_at.desc()).limit(limit))
    files = dict(Attachment.select(Attachment.communication, fn.COUNT(Attachment.id))
                 .where(Attachment.communication.in_([c.id for c in rows]), Attachment.deleted_at.is_null())
                 .group_by(Attachment.communication).tuples()) if rows else {}
    return [TimelineEntry(Channel(c.kind), TimelineSource.COMMUNICATION, c.id, c.occurred_at,
                          c.subject or c.body[:80], c.body if c.subject else "", Direction(c.direction),
                          files.get(c.id, 0)) for c in rows]


@timeline_source
def _tasks(party_ids: list[int], limit: int, before: datetime | None) -> list[TimelineEntry]:
    """Done tasks, at the moment they were done (open ones are listed apart)."""
    query = Task.select().where(Task.party.in_(party_ids), Task.deleted_at.is_null(), Task.done_at.is_null(False))
    if before is not None:
        query = query.where(Task.done_at < before)
    return [TimelineEntry(TimelineSource.TASK, TimelineSource.TASK, t.id, t.done_at, t.title, t.notes)
            for t in query.order_by(Task.done_at.desc()).limit(limit)]


def _day(value: date) -> datetime:
    """A document's date on the timeline: noon of that day, so it sorts among the day's calls."""
    return datetime.combine(value, time(12))


def _days_before(before: datetime) -> date:
    """The last day whose documents (at noon) come before ``before``: a page that ends with an evening call
    must not skip that day's invoice."""
    return before.date() if before.time() > time(12) else before.date() - timedelta(days=1)


@timeline_source
def _quotes(party_ids: list[int], limit: int, before: datetime | None) -> list[TimelineEntry]:
    query = Quote.select().where(Quote.party.in_(party_ids), Quote.deleted_at.is_null())
    if before is not None:
        query = query.where(Quote.issue_date <= _days_before(before))
    return [TimelineEntry(TimelineSource.QUOTE, TimelineSource.QUOTE, q.id, _day(q.issue_date),
                          f"{q.number}" + (f" rev. {q.revision}" if q.revision > 1 else "") + f" · {q.status}",
                          f"{from_cents(q.total_cents)} {q.currency}" + (f" · {q.title}" if q.title else ""))
            for q in query.order_by(Quote.issue_date.desc(), Quote.id.desc()).limit(limit)]


@timeline_source
def _invoices(party_ids: list[int], limit: int, before: datetime | None) -> list[TimelineEntry]:
    """Issued invoices and credit notes (drafts are work in progress, not history)."""
    query = Invoice.select().where(Invoice.party.in_(party_ids), Invoice.status == InvoiceStatus.ISSUED,
                                   Invoice.deleted_at.is_null())
    if before is not None:
        query = query.where(Invoice.issue_date <= _days_before(before))
    return [TimelineEntry(InvoiceKind(i.kind), TimelineSource.INVOICE, i.id, _day(i.issue_date), i.number_text,
                          f"{from_cents(i.total_cents)} {i.currency}")
            for i in query.order_by(Invoice.issue_date.desc(), Invoice.id.desc()).limit(limit)]


@timeline_source
def _payments(party_ids: list[int], limit: int, before: datetime | None) -> list[TimelineEntry]:
    query = (Payment.select(Payment, Invoice).join(Invoice)
             .where(Invoice.party.in_(party_ids), Payment.deleted_at.is_null()))
    if before is not None:
        query = query.where(Payment.paid_on <= _days_before(before))
    return [TimelineEntry(TimelineSource.PAYMENT, TimelineSource.PAYMENT, p.id, _day(p.paid_on), p.invoice.number_text,
                          f"{from_cents(p.amount_cents)} {p.invoice.currency} · {p.method}", Direction.IN)
            for p in query.order_by(Payment.paid_on.desc(), Payment.id.desc()).limit(limit)]


def _scope(party) -> list[int]:
    """A company's timeline includes what was logged on its people."""
    if party.kind != PartyKind.COMPANY:
        return [party.id]
    members = Affiliation.select(Affiliation.person).where(
        Affiliation.company == party.id, Affiliation.deleted_at.is_null())
    return [party.id, *(a.person_id for a in members)]


def timeline(party_id: int, limit: int = 50, before: datetime | None = None) -> list[TimelineEntry]:
    """A page of the party's timeline, newest first; pass the last entry's ``at`` as ``before`` for more."""
    if before is not None and before.tzinfo is not None:  # naive is UTC, as entries hand it out
        before = to_utc(before)
    scope = _scope(store.get_live(party_id))
    streams = [source(scope, limit, before) for source in TIMELINE_SOURCES]
    return list(merge(*streams, key=lambda e: e.at, reverse=True))[:limit]


def party_overview(party_id: int, limit: int = 50) -> PartyOverview:
    party = store.get_live(party_id)
    scope = _scope(party)
    counts = {
        "communications": Communication.select().where(
            (Communication.party.in_(scope) | Communication.person.in_(scope)),
            Communication.deleted_at.is_null()).count(),
    }
    open_tasks = list_tasks(party_ids=scope)  # a company's page lists its people's tasks too
    counts["open_tasks"] = len(open_tasks)
    return PartyOverview(store.party_view(party), tuple(timeline(party_id, limit)), tuple(open_tasks), counts)
