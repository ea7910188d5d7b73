"""The home page's figures: what needs doing today and how the month goes, each read with one aggregate query so
that the page opens at once on a large database (``make bench``: the "home" operation).

- tasks due today or overdue, and quotes to follow up (sent and unanswered, or about to expire);
- issued invoices past their due date with a balance left, and that balance;
- this month's invoicing (invoices issued, less credit notes) and collections (payments received);
- the open pipeline: deals by stage, with their value.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from smallcrm.clock import local_today
from smallcrm.db.models import database
from smallcrm.domain import DealStage, InvoiceKind, InvoiceStatus, stored
from smallcrm.money import from_cents
from smallcrm.services.admin.settings import get_setting
from smallcrm.services.timeline.reminders import count_quotes_to_follow_up
from smallcrm.services.timeline.tasks import count_due_tasks

OPEN_STAGES = (DealStage.NEW, DealStage.QUALIFIED, DealStage.PROPOSAL, DealStage.NEGOTIATION)


@dataclass(frozen=True)
class StageFigure:
    stage: DealStage
    deals: int
    value: Decimal


@dataclass(frozen=True)
class HomeFigures:
    tasks_due: int
    quotes_to_follow_up: int
    overdue_invoices: int
    overdue: Decimal  # what is left to pay on them
    invoiced_this_month: Decimal  # invoices issued this month, less this month's credit notes
    collected_this_month: Decimal  # payments received this month
    pipeline: tuple[StageFigure, ...]  # the open stages, in order, also those without deals
    currency: str
    has_contacts: bool = True  # a live person or company exists: then the page is not a new user's empty one

    @property
    def is_empty(self) -> bool:
        """Nothing at all yet (no contact, no figure): the page says how to start instead of showing zeros. A
        shop with contacts and nothing due today is not new: its zeros are its news."""
        return not (self.has_contacts or self.tasks_due or self.quotes_to_follow_up or self.overdue_invoices
                    or self.invoiced_this_month
                    or self.collected_this_month or any(figure.deals for figure in self.pipeline))


# the balance of each issued invoice past its due date (read through invoice_live_overdue: only those past due,
# their totals from the index): its total less its payments and its credit notes (net of
# their refunds), each summed through its own index per invoice (joining whole CTEs instead scanned the payments
# once per late invoice: 95 s at 100k contacts)
_OVERDUE_SQL = """
SELECT COUNT(*), COALESCE(SUM(balance), 0) FROM (
  SELECT i.total_cents
    - COALESCE((SELECT SUM(p.amount_cents) FROM payment p WHERE p.invoice_id = i.id AND p.deleted_at IS NULL), 0)
    - COALESCE((SELECT SUM(c.total_cents) FROM invoice c WHERE c.corrects_id = i.id AND +c.status = :issued
                AND +c.kind = :credit_note AND c.deleted_at IS NULL), 0)
    + COALESCE((SELECT SUM(r.amount_cents) FROM invoice c JOIN refund r ON r.credit_note_id = c.id
                WHERE c.corrects_id = i.id AND r.deleted_at IS NULL), 0) AS balance
  FROM invoice i WHERE i.due_date < :today AND i.kind = :invoice AND i.status = :issued AND i.deleted_at IS NULL
) WHERE balance > 0
"""
# the month's documents through invoice_live_by_date: "+status" keeps SQLite from picking the status index, which
# read every issued invoice of every year (~30 ms at 100k contacts, against well under 1 ms by date)
_INVOICED_SQL = """
SELECT COALESCE(SUM(CASE WHEN kind = :invoice THEN total_cents ELSE -total_cents END), 0) FROM invoice
WHERE issue_date >= :first AND issue_date <= :today AND +status = :issued AND deleted_at IS NULL
"""
_COLLECTED_SQL = """
SELECT COALESCE(SUM(amount_cents), 0) FROM payment WHERE paid_on >= :first AND paid_on <= :today AND deleted_at IS NULL
"""
_PIPELINE_SQL = """
SELECT stage, COUNT(*), COALESCE(SUM(value_cents), 0) FROM deal
WHERE deleted_at IS NULL AND stage IN ({stages}) GROUP BY stage
"""
_stage = stored(DealStage)


def home_figures(today: date | None = None, now: datetime | None = None) -> HomeFigures:
    """The figures of the home page, as of ``today`` (the local day)."""
    today = today or local_today()
    params = {"today": today.isoformat(), "first": today.replace(day=1).isoformat(), "invoice": InvoiceKind.INVOICE,
              "credit_note": InvoiceKind.CREDIT_NOTE, "issued": InvoiceStatus.ISSUED}
    overdue_count, overdue_cents = database.execute_sql(_OVERDUE_SQL, params).fetchone()
    invoiced = database.execute_sql(_INVOICED_SQL, params).fetchone()[0]
    collected = database.execute_sql(_COLLECTED_SQL, params).fetchone()[0]
    stages = ", ".join("?" for _ in OPEN_STAGES)
    found = {_stage(stage): (count, cents) for stage, count, cents in
             database.execute_sql(_PIPELINE_SQL.format(stages=stages), [str(s) for s in OPEN_STAGES])}
    pipeline = tuple(StageFigure(stage, found.get(stage, (0, 0))[0], from_cents(found.get(stage, (0, 0))[1]))
                     for stage in OPEN_STAGES)
    return HomeFigures(count_due_tasks(now=now), count_quotes_to_follow_up(today), overdue_count,
                       from_cents(overdue_cents), from_cents(invoiced), from_cents(collected), pipeline,
                       get_setting("currency") or "EUR", _has_contacts())


def _has_contacts() -> bool:
    return database.execute_sql("SELECT EXISTS (SELECT 1 FROM party WHERE deleted_at IS NULL)").fetchone()[0] == 1
