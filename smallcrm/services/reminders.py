"""What needs doing today: tasks due or overdue, sent quotes nobody answered (a call back is suggested; one click
makes it a task), and quotes about to expire."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from peewee import fn

from smallcrm.changes import Changes
from smallcrm.clock import local_today, to_local
from smallcrm.db.mail_models import OutboxMessage
from smallcrm.db.models import Communication, Party, Task
from smallcrm.db.sales_models import Quote
from smallcrm.domain_sales import QuoteStatus
from smallcrm.errors import NotFound
from smallcrm.money import from_cents
from smallcrm.services import party_store as store
from smallcrm.services.settings import get_setting
from smallcrm.services.tasks import TaskDraft, add_task, due_tasks
from smallcrm.services.views import PartyRef, TaskView


@dataclass(frozen=True)
class QuoteReminder:
    quote_id: int
    number: str
    party: PartyRef
    title: str
    total: Decimal
    currency: str
    sent_on: date | None  # local day it was sent (by mail, or marked sent)
    valid_until: date | None
    days: int  # unanswered: days since it was sent; expiring: days left


@dataclass(frozen=True)
class Reminders:
    due_tasks: tuple[TaskView, ...]
    unanswered_quotes: tuple[QuoteReminder, ...]
    expiring_quotes: tuple[QuoteReminder, ...]

    def __len__(self) -> int:
        return len(self.due_tasks) + len(self.unanswered_quotes) + len(self.expiring_quotes)


def _sent_quotes():
    return (Quote.select(Quote, Party).join(Party, on=(Quote.party == Party.id))
            .where(Quote.status == QuoteStatus.SENT, Quote.deleted_at.is_null(), Party.deleted_at.is_null()))


def _sent_at(quote: Quote) -> datetime:
    """When the quote went out: its last mail from the outbox, else when it was marked sent (UTC)."""
    mailed = (OutboxMessage.select(fn.MAX(OutboxMessage.sent_at))
              .where(OutboxMessage.document_kind == "quote", OutboxMessage.document_id == quote.id,
                     OutboxMessage.status == "sent").scalar())
    return mailed or quote.updated_at


def _number(quote: Quote) -> str:
    return quote.number + (f" rev. {quote.revision}" if quote.revision > 1 else "")


def _answered_since(quote: Quote, since: datetime) -> bool:
    """Anything heard from the customer, or a task about this quote (it names its number), since it went out."""
    party_id = quote.party_id
    heard = Communication.select().where((Communication.party == party_id) | (Communication.person == party_id),
                                         Communication.direction == "in", Communication.occurred_at >= since,
                                         Communication.deleted_at.is_null()).exists()
    number = _number(quote)
    planned = Task.select().where(Task.party == party_id, Task.created_at >= since, Task.deleted_at.is_null(),
                                  Task.title.contains(number) | Task.notes.contains(number)).exists()
    return heard or planned


def _reminder(quote: Quote, sent: datetime | None, days: int) -> QuoteReminder:
    return QuoteReminder(quote.id, _number(quote), store.ref(quote.party), quote.title, from_cents(quote.total_cents),
                         quote.currency, to_local(sent).date() if sent else None, quote.valid_until, days)


def unanswered_quotes(db, after_days: int | None = None, today: date | None = None) -> list[QuoteReminder]:
    """Sent quotes with no answer for ``after_days`` (the setting by default), oldest first."""
    today = today or local_today()
    after_days = get_setting("follow_up_after_days") if after_days is None else after_days
    found = []
    for quote in _sent_quotes():
        sent = _sent_at(quote)
        waited = (today - to_local(sent).date()).days
        if waited >= after_days and not _answered_since(quote, sent):
            found.append(_reminder(quote, sent, waited))
    return sorted(found, key=lambda r: (-r.days, r.number))


def expiring_quotes(db, within_days: int | None = None, today: date | None = None) -> list[QuoteReminder]:
    """Sent quotes whose validity ends within ``within_days`` (the setting by default), soonest first."""
    today = today or local_today()
    within_days = get_setting("expiring_within_days") if within_days is None else within_days
    query = _sent_quotes().where(Quote.valid_until >= today, Quote.valid_until <= today + timedelta(days=within_days))
    return [_reminder(q, None, (q.valid_until - today).days) for q in query.order_by(Quote.valid_until, Quote.id)]


def reminders(db, today: date | None = None, now: datetime | None = None) -> Reminders:
    """Everything to look at when the day starts."""
    return Reminders(tuple(due_tasks(db, 0, now=now)), tuple(unanswered_quotes(db, today=today)),
                     tuple(expiring_quotes(db, today=today)))


def create_follow_up(db, quote_id: int, title: str | None = None, due: date | None = None
                     ) -> tuple[TaskView, Changes]:
    """The suggested call back about an unanswered quote, as a task due today (one click in the window)."""
    quote = Quote.get_or_none(Quote.id == quote_id, Quote.deleted_at.is_null())
    if quote is None:
        raise NotFound(kind="Quote", ident=quote_id)
    number = _number(quote)
    notes = f"{number} · {quote.title}" if quote.title else number  # names the quote: it is planned now
    task, changes = add_task(db, TaskDraft(title or f"Call back about quote {number}", due or local_today(),
                                           quote.party_id, notes=notes))
    changes.quotes.add(quote.id)
    return task, changes
