"""How long a party's data is kept (months since the last activity, by lifecycle stage; issued invoices for
the years tax law asks), and the review list of parties past it: keep, anonymise or erase each one."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime

from smallcrm.changes import Changes
from smallcrm.clock import local_today
from smallcrm.db.connection import Database
from smallcrm.db.models import database
from smallcrm.domain import PartyKind, Stage
from smallcrm.errors import ValidationError
from smallcrm.services.admin.settings import get_setting
from smallcrm.services.privacy.consents import set_review_date
from smallcrm.services.views import PartyRef

CUSTOMER_STAGES = (Stage.CUSTOMER, Stage.KEY_CUSTOMER, Stage.ADVOCATE)
STAGE_SETTINGS = {Stage.LEAD: "retention_months_lead", Stage.PROSPECT: "retention_months_prospect",
                  Stage.LOST: "retention_months_lost", Stage.DORMANT: "retention_months_dormant",
                  **{stage: "retention_months_customer" for stage in CUSTOMER_STAGES}}


@dataclass(frozen=True)
class RetentionRow:
    party: PartyRef
    stage: Stage
    last_activity: datetime  # UTC: the newest of the record's own change, communications, quotes, deals
    keep_until: date  # end of the retention period (later of the stage's months and the invoices' years)
    review_on: date | None
    reason: str  # "retention": past the period | "review": the review date has come
    in_trash: bool
    issued_invoices: int  # kept by tax law whatever is decided


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (earlier when negative), or the month's last day (31 Jan + 1 = 28 Feb)."""
    years, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + years, month + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def retention_months(stage: Stage) -> int:
    return get_setting(STAGE_SETTINGS.get(stage, "retention_months_lead"))


_SQL = """
SELECT p.id, p.kind, p.name, p.stage, p.review_on, p.deleted_at IS NOT NULL,
  MAX(p.updated_at,
      COALESCE((SELECT MAX(c.occurred_at) FROM communication c WHERE c.party_id = p.id), ''),
      COALESCE((SELECT MAX(q.issue_date) FROM quote q WHERE q.party_id = p.id), ''),
      COALESCE((SELECT MAX(d.updated_at) FROM deal d WHERE d.party_id = p.id), '')),
  (SELECT MAX(i.issue_date) FROM invoice i WHERE i.party_id = p.id AND i.status = 'issued'),
  (SELECT COUNT(*) FROM invoice i WHERE i.party_id = p.id AND i.status = 'issued')
FROM party p
WHERE p.merged_into_id IS NULL AND p.anonymised_at IS NULL
  AND ((p.review_on IS NULL AND p.updated_at < CASE p.stage {cases} ELSE ? END) OR p.review_on <= ?)
ORDER BY p.sort_key
"""


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def retention_review(today: date | None = None, limit: int = 2000) -> list[RetentionRow]:
    """Parties past their retention period, or whose review date has come, oldest activity first.

    A review date in the future keeps a party off the list (that is what "keep" sets)."""
    today = today or local_today()
    months = {str(stage): retention_months(stage) for stage in Stage}
    invoice_months = 12 * get_setting("retention_years_invoices")
    cutoffs = {stage: add_months(today, -n).isoformat() for stage, n in months.items()}
    invoice_cutoff = add_months(today, -invoice_months)
    cases = " ".join("WHEN ? THEN ?" for _ in cutoffs)
    params = [v for pair in cutoffs.items() for v in pair] + [cutoffs[str(Stage.LEAD)], today.isoformat()]
    rows = []
    for pid, kind, name, stage, review_on, trashed, last, last_invoice, invoices in database.execute_sql(
            _SQL.format(cases=cases), params):
        review = _day(review_on)
        last_day, invoice_day = _day(last), _day(last_invoice)
        keep_until = add_months(last_day, months.get(stage, months[str(Stage.LEAD)]))
        if invoice_day is not None:
            keep_until = max(keep_until, add_months(invoice_day, invoice_months))
        past = last_day < date.fromisoformat(cutoffs.get(stage, cutoffs[str(Stage.LEAD)])) and (
            invoice_day is None or invoice_day < invoice_cutoff)
        due = review is not None and review <= today
        if past or due:
            rows.append(RetentionRow(PartyRef(pid, PartyKind(kind), name), Stage(stage), datetime.fromisoformat(last),
                                     keep_until, review, "review" if due and not past else "retention", bool(trashed),
                                     invoices))
    rows.sort(key=lambda r: r.last_activity)
    return rows[:limit]


def keep_party(db: Database, party_id: int, months: int | None = None, today: date | None = None) -> Changes:
    """Keep a party's data for now: its review date moves ``months`` ahead (default: its stage's period)."""
    from smallcrm.services.parties import store

    party = store.get_live(party_id, include_trash=True)
    months = retention_months(party.stage) if months is None else months
    if not 1 <= months <= 600:
        raise ValidationError("months", "Keep for 1 to 600 months", code="out_of_range")
    return set_review_date(db, party_id, add_months(today or local_today(), months))
