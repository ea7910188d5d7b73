"""What happened lately across all parties, what is on the to-do list, and documents found by their number.

Reads for the window's Activities and Tasks pages and its global search; no writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from peewee import JOIN, Case

from smallcrm.clock import to_utc
from smallcrm.db.models import Communication, Party, Task
from smallcrm.db.sales_models import Invoice, Quote
from smallcrm.domain import Channel, DocumentKind, InvoiceStatus, PartyKind, QuoteStatus, parse_choice
from smallcrm.errors import ValidationError
from smallcrm.money import from_cents
from smallcrm.services.timeline.communications import communication_view
from smallcrm.services.timeline.tasks import task_view
from smallcrm.services.views import CommunicationView, PartyRef, TaskView

TASK_VIEWS = ("open", "overdue", "today", "upcoming", "done")


@dataclass(frozen=True)
class DocumentHit:
    """A quote or an invoice whose number matches what was typed."""

    kind: DocumentKind
    id: int
    number: str
    status: QuoteStatus | InvoiceStatus
    party: PartyRef
    issue_date: date | None
    total: Decimal
    rank: int  # 0 the whole number, 1 the number starts with the text, 2 it contains it


def recent_communications(channel: Channel | None = None, limit: int = 100,
                          after: tuple[datetime, int] | None = None) -> list[CommunicationView]:
    """Communications of every live party, newest first.

    Paged by key: pass ``after=(occurred_at, id)`` of the last row already shown to get the next page.
    Two steps: the ids in order from the communications alone (one pass, no join: with the party joined,
    or its trash checked in SQL, SQLite takes seconds at a million rows), then those rows with their party;
    a trashed party's rows are dropped and the page filled from further on.
    """
    kind = str(parse_choice(Channel, channel, "channel")) if channel else None
    found: list[CommunicationView] = []
    while len(found) < limit:
        query = Communication.select(Communication.id).where(Communication.deleted_at.is_null())
        if kind:
            query = query.where(Communication.kind == kind)
        if after is not None:
            at, last_id = after
            at = at if at.tzinfo is None else to_utc(at)
            query = query.where((Communication.occurred_at < at)
                                | ((Communication.occurred_at == at) & (Communication.id < last_id)))
        ids = [i for (i,) in query.order_by(Communication.occurred_at.desc(), Communication.id.desc())
               .limit(limit).tuples()]
        rows = {r.id: r for r in Communication.select(Communication, Party)
                .join(Party, on=(Communication.party == Party.id)).where(Communication.id.in_(ids))}
        found.extend(communication_view(rows[i]) for i in ids if rows[i].party.deleted_at is None)
        if len(ids) < limit:
            break
        after = (rows[ids[-1]].occurred_at, ids[-1])
    return found[:limit]


def _local_day_bounds(now: datetime | None) -> tuple[datetime, datetime]:
    """Start of today and of tomorrow (local time), as naive UTC like the stored due dates."""
    local_now = (now or datetime.now()).astimezone()
    start = datetime.combine(local_now.date(), time.min, local_now.tzinfo)
    return to_utc(start), to_utc(start + timedelta(days=1))


def tasks_in_view(view: str = "open", now: datetime | None = None, limit: int = 500) -> list[TaskView]:
    """The tasks of one filter of the Tasks page.

    ``open`` every open task, soonest first (undated last); ``overdue`` open and due before today;
    ``today`` open and due today; ``upcoming`` open and due after today; ``done`` ticked off, latest first.
    """
    if view not in TASK_VIEWS:
        raise ValidationError("view", f"Unknown task view: {view}", code="invalid", known=", ".join(TASK_VIEWS))
    today, tomorrow = _local_day_bounds(now)
    query = (Task.select(Task, Party).join(Party, on=(Task.party == Party.id), join_type=JOIN.LEFT_OUTER)
             .where(Task.deleted_at.is_null(), Party.deleted_at.is_null() | Task.party.is_null()))
    if view == "done":
        query = query.where(Task.done_at.is_null(False)).order_by(Task.done_at.desc(), Task.id.desc())
    else:
        query = query.where(Task.done_at.is_null())
        if view == "overdue":
            query = query.where(Task.due_at < today)
        elif view == "today":
            query = query.where(Task.due_at >= today, Task.due_at < tomorrow)
        elif view == "upcoming":
            query = query.where(Task.due_at >= tomorrow)
        query = query.order_by(Task.due_at.is_null(), Task.due_at, Task.priority, Task.id)
    return [task_view(r) for r in query.limit(limit)]


def task_counts(now: datetime | None = None) -> dict[str, int]:
    """How many open tasks are overdue, due today, upcoming, undated, and how many are open in all."""
    today, tomorrow = _local_day_bounds(now)
    base = (Task.select().join(Party, on=(Task.party == Party.id), join_type=JOIN.LEFT_OUTER)
            .where(Task.deleted_at.is_null(), Task.done_at.is_null(),
                   Party.deleted_at.is_null() | Task.party.is_null()))
    return {
        "open": base.count(),
        "overdue": base.where(Task.due_at < today).count(),
        "today": base.where(Task.due_at >= today, Task.due_at < tomorrow).count(),
        "upcoming": base.where(Task.due_at >= tomorrow).count(),
    }


def _ranked_ids(model, number, needle: str, limit: int, *extra) -> list[tuple[int, int]]:
    """(id, rank) of the documents whose ``number`` contains ``needle``: whole number, then start, then
    anywhere; newest first within a rank. The documents alone are read (see recent_communications)."""
    rank = Case(None, [(number ** needle, 0), (number ** f"{needle}%", 1)], 2)  # LIKE: any case
    query = (model.select(model.id, rank).where(model.deleted_at.is_null(), number ** f"%{needle}%", *extra)
             .order_by(rank, model.issue_date.desc(), model.id.desc()).limit(limit))
    return list(query.tuples())


def find_documents(text: str, limit: int = 8) -> list[DocumentHit]:
    """Quotes and invoices whose number contains ``text`` ("12/2026", "p-2026-0007"), best matches first.

    Only text with a digit in it can be a number: anything else finds nothing (and costs nothing).
    "_" or "%" typed match loosely (LIKE): harmless here.
    """
    needle = " ".join(text.split())
    if not any(c.isdigit() for c in needle):
        return []
    hits: list[DocumentHit] = []
    ranked = dict(_ranked_ids(Quote, Quote.number, needle, limit * 4))
    seen: set[str] = set()
    quotes = Quote.select(Quote, Party).join(Party).where(Quote.id.in_(list(ranked)))
    for q in sorted(quotes, key=lambda q: (ranked[q.id], -q.issue_date.toordinal(), -q.revision)):
        if q.party.deleted_at is not None or q.number in seen:  # revisions share a number: the newest stands
            continue
        seen.add(q.number)
        number = q.number + (f" rev. {q.revision}" if q.revision > 1 else "")
        hits.append(DocumentHit(DocumentKind.QUOTE, q.id, number, QuoteStatus(q.status),
                                PartyRef(q.party.id, PartyKind(q.party.kind), q.party.name), q.issue_date,
                                from_cents(q.total_cents), ranked[q.id]))
    ranked = dict(_ranked_ids(Invoice, Invoice.number_text, needle, limit * 2, Invoice.number_text != ""))
    for i in Invoice.select(Invoice, Party).join(Party).where(Invoice.id.in_(list(ranked))):
        if i.party.deleted_at is None:
            party = PartyRef(i.party.id, PartyKind(i.party.kind), i.party.name)
            hits.append(DocumentHit(DocumentKind(i.kind), i.id, i.number_text, InvoiceStatus(i.status),
                                    party, i.issue_date, from_cents(i.total_cents), ranked[i.id]))
    hits.sort(key=lambda h: (h.rank, -(h.issue_date or date.min).toordinal(), h.number))
    return hits[:limit]
