"""What needs doing today: tasks due or overdue, sent quotes nobody answered (a call back is suggested; one click
makes it a task), and quotes about to expire."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from smallcrm.changes import Changes
from smallcrm.clock import local_today, to_local, to_utc
from smallcrm.db.connection import Database
from smallcrm.db.models import Party, database
from smallcrm.db.sales_models import Quote
from smallcrm.domain import Direction, DocumentKind, OutboxStatus, QuoteStatus
from smallcrm.errors import NotFound
from smallcrm.money import from_cents
from smallcrm.services.admin.settings import get_setting
from smallcrm.services.parties import store
from smallcrm.services.timeline.tasks import TaskDraft, add_task, count_due_tasks, due_tasks
from smallcrm.services.views import PartyRef, TaskView

TASKS_SHOWN = 100  # the Today list shows the longest overdue tasks first; the rest are on the Tasks page


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
    due_task_count: int  # every task due or overdue (``due_tasks`` holds only the first of them)

    def __len__(self) -> int:
        return self.due_task_count + len(self.unanswered_quotes) + len(self.expiring_quotes)


def _sent_quotes():
    return (Quote.select(Quote, Party).join(Party, on=(Quote.party == Party.id))
            .where(Quote.status == QuoteStatus.SENT, Quote.deleted_at.is_null(), Party.deleted_at.is_null()))


def _number(quote: Quote) -> str:
    return quote.number + (f" rev. {quote.revision}" if quote.revision > 1 else "")


# Sent quotes, when each went out (its last mail from the outbox, else when it was marked sent) and the number
# as tasks name it; kept when nothing came in from the customer since and no task about the quote (one naming
# its number) was made since. One query: a correlated lookup per quote in Python took 17 s at 100k contacts. The
# vocabulary values (kinds, statuses, direction) are parameters, bound from the enums.
_UNANSWERED = """
WITH sent AS (
  SELECT q.id, q.party_id,
         q.number || CASE WHEN q.revision > 1 THEN ' rev. ' || q.revision ELSE '' END AS label,
         COALESCE((SELECT MAX(o.sent_at) FROM outbox o WHERE o.document_kind = :quote AND o.document_id = q.id
                   AND o.status = :mail_sent), q.updated_at) AS sent_at
  FROM quote q JOIN party p ON p.id = q.party_id
  WHERE q.status = :quote_sent AND q.deleted_at IS NULL AND p.deleted_at IS NULL)
SELECT s.id, s.sent_at FROM sent s
WHERE s.sent_at < :cutoff
  AND NOT EXISTS (SELECT 1 FROM communication c WHERE c.party_id = s.party_id AND c.direction = :incoming
                  AND c.occurred_at >= s.sent_at AND c.deleted_at IS NULL)
  AND NOT EXISTS (SELECT 1 FROM communication c WHERE c.person_id = s.party_id AND c.direction = :incoming
                  AND c.occurred_at >= s.sent_at AND c.deleted_at IS NULL)
  AND NOT EXISTS (SELECT 1 FROM task t WHERE t.party_id = s.party_id AND t.created_at >= s.sent_at
                  AND t.deleted_at IS NULL
                  AND (t.title LIKE '%' || s.label || '%' OR t.notes LIKE '%' || s.label || '%'))
"""


def _reminder(quote: Quote, sent: datetime | None, days: int) -> QuoteReminder:
    return QuoteReminder(quote.id, _number(quote), store.ref(quote.party), quote.title, from_cents(quote.total_cents),
                         quote.currency, to_local(sent).date() if sent else None, quote.valid_until, days)


def unanswered_quotes(after_days: int | None = None, today: date | None = None) -> list[QuoteReminder]:
    """Sent quotes with no answer for ``after_days`` (the setting by default), oldest first."""
    today = today or local_today()
    after_days = get_setting("follow_up_after_days") if after_days is None else after_days
    # sent on a local day at least ``after_days`` ago: before the local midnight that starts the day after that
    cutoff = to_utc(datetime.combine(today - timedelta(days=after_days - 1), time.min))
    sent = {quote_id: _as_datetime(at) for quote_id, at in
            database.execute_sql(_UNANSWERED, {"quote": DocumentKind.QUOTE, "mail_sent": OutboxStatus.SENT,
                                               "quote_sent": QuoteStatus.SENT, "cutoff": str(cutoff),
                                               "incoming": Direction.IN})}
    found = [_reminder(quote, sent[quote.id], (today - to_local(sent[quote.id]).date()).days)
             for quote in _sent_quotes().where(Quote.id.in_(list(sent)))] if sent else []
    return sorted(found, key=lambda r: (-r.days, r.number))


def _as_datetime(value: datetime | str) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def expiring_quotes(within_days: int | None = None, today: date | None = None) -> list[QuoteReminder]:
    """Sent quotes whose validity ends within ``within_days`` (the setting by default), soonest first."""
    today = today or local_today()
    within_days = get_setting("expiring_within_days") if within_days is None else within_days
    query = _sent_quotes().where(Quote.valid_until >= today, Quote.valid_until <= today + timedelta(days=within_days))
    return [_reminder(q, None, (q.valid_until - today).days) for q in query.order_by(Quote.valid_until, Quote.id)]


def reminders(today: date | None = None, now: datetime | None = None, tasks_shown: int = TASKS_SHOWN
              ) -> Reminders:
    """Everything to look at when the day starts (of the tasks due, the first ``tasks_shown`` and how many)."""
    shown = due_tasks(0, now=now, limit=tasks_shown)
    count = len(shown) if len(shown) < tasks_shown else count_due_tasks(0, now=now)
    return Reminders(tuple(shown), tuple(unanswered_quotes(today=today)),
                     tuple(expiring_quotes(today=today)), count)


def count_quotes_to_follow_up(today: date | None = None) -> int:
    """Unanswered and expiring quotes (the status bar's number; no task is read)."""
    return len(unanswered_quotes(today=today)) + len(expiring_quotes(today=today))


def create_follow_up(db: Database, quote_id: int, title: str | None = None, due: date | None = None
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
