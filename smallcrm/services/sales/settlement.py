"""What has been paid and credited against issued invoices, and what is still due: in SQL, in one place."""

from __future__ import annotations

from datetime import date

from smallcrm.clock import local_today
from smallcrm.db.models import database
from smallcrm.money import from_cents
from smallcrm.services.sales.views import InvoiceRow
from smallcrm.services.views import PartyRef

_SETTLED = """
SELECT {columns} FROM (
  SELECT s.*, CASE WHEN s.kind = 'invoice' AND s.status = 'issued' THEN s.total_cents - s.paid - s.credited ELSE 0 END
           AS balance
  FROM (
    SELECT i.id, i.kind, i.number_text, i.status, i.party_id, p.kind AS party_kind, p.name AS party_name,
           i.issue_date, i.due_date, i.total_cents, i.taxable_cents, i.vat_cents, i.corrects_id, i.customer_snapshot,
           {sums}
    FROM invoice i JOIN party p ON p.id = i.party_id {joins}
    WHERE i.deleted_at IS NULL {where}
  ) s
) settled
WHERE {outer}
ORDER BY {order}
{limit}
"""
# A few invoices (a page, one customer): summed for each row. Every invoice (an export): summed once per invoice
# by GROUP BY and joined, since the outer query names paid and credited many times (balance, state, overdue)
# and SQLite runs a subquery again for each.
_PER_ROW = """COALESCE((SELECT SUM(amount_cents) FROM payment y WHERE y.invoice_id = i.id AND y.deleted_at IS NULL), 0)
             AS paid,
           COALESCE((SELECT SUM(total_cents) FROM invoice c
                     WHERE c.corrects_id = i.id AND c.status = 'issued' AND c.kind = 'credit_note'), 0) AS credited"""
# what has been paid and credited per invoice, summed in one pass (also the receivables aging's)
PAID_BY_INVOICE = ("SELECT invoice_id, SUM(amount_cents) AS cents FROM payment WHERE deleted_at IS NULL "
                   "GROUP BY invoice_id")
CREDITED_BY_INVOICE = ("SELECT corrects_id, SUM(total_cents) AS cents FROM invoice "
                       "WHERE corrects_id > 0 AND +status = 'issued' AND +kind = 'credit_note' GROUP BY corrects_id")
_GROUPED = "COALESCE(paid.cents, 0) AS paid, COALESCE(credited.cents, 0) AS credited"
_GROUPED_JOINS = (f"LEFT JOIN ({PAID_BY_INVOICE}) paid ON paid.invoice_id = i.id "
                  f"LEFT JOIN ({CREDITED_BY_INVOICE}) credited ON credited.corrects_id = i.id")
_STATE = """CASE WHEN NOT (kind = 'invoice' AND status = 'issued') THEN ''
  WHEN balance <= 0 THEN 'paid' WHEN due_date < '{today}' THEN 'overdue' WHEN paid > 0 THEN 'partly_paid'
  ELSE 'unpaid' END"""
_OVERDUE = ("CASE WHEN balance > 0 AND due_date < '{today}' THEN CAST(julianday('{today}') - julianday(due_date) "
            "AS INTEGER) ELSE 0 END")


def settled_sql(today: date, columns: str, where: str = "", order: str = "issue_date DESC, id DESC",
                limit: int | None = None, only_open: bool = False, every: bool = False) -> str:
    """SQL over the live invoices and credit notes (``where`` on ``i`` and ``p``). Its ``columns`` (of the table
    ``settled``) may name, besides the invoice's own: party_kind, party_name, paid, credited, balance (cents; 0
    unless an issued invoice), ``{state}`` (its PaymentStatus as of ``today``, "" for drafts and credit notes)
    and ``{overdue}`` (days past the due date while something is due, else 0). The one rule for what is due.
    ``every``: most of the invoices are read (an export): payments and credit notes are summed in one pass."""
    day = today.isoformat()  # a date we format: safe as a literal
    columns = columns.format(state=_STATE.format(today=day), overdue=_OVERDUE.format(today=day))
    return _SETTLED.format(columns=columns, sums=_GROUPED if every else _PER_ROW, joins=_GROUPED_JOINS if every else "",
                           where=where, outer="balance > 0" if only_open else "1", order=order,
                           limit=f"LIMIT {int(limit)}" if limit else "")


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def invoice_rows(today: date, where: str = "", params: tuple = (), limit: int | None = None,
                 only_open: bool = False) -> list[InvoiceRow]:
    sql = settled_sql(today, "id, kind, number_text, status, party_id, party_kind, party_name, issue_date, due_date, "
                             "total_cents, paid, credited, balance, {state}, {overdue}", where, limit=limit,
                      only_open=only_open)
    return [InvoiceRow(inv_id, kind, number, status, PartyRef(party_id, party_kind, party_name), _as_date(issued),
                       _as_date(due), from_cents(total), from_cents(paid), from_cents(credited), from_cents(balance),
                       state, overdue)
            for (inv_id, kind, number, status, party_id, party_kind, party_name, issued, due, total, paid, credited,
                 balance, state, overdue) in database.execute_sql(sql, params)]


def open_invoice_rows(today: date, party_id: int | None = None) -> list[InvoiceRow]:
    """Issued invoices with something still to pay."""
    where = "AND i.kind = 'invoice' AND i.status = 'issued'"
    params: tuple = ()
    if party_id is not None:
        where += " AND i.party_id = ?"
        params = (party_id,)
    return invoice_rows(today, where, params, only_open=True)


def settlement(invoice_id: int, today: date | None = None) -> InvoiceRow:
    """Paid, credited and still due for one invoice."""
    return invoice_rows(today or local_today(), "AND i.id = ?", (invoice_id,))[0]
