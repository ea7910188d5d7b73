"""What has been paid and credited against issued invoices, and what is still due: in SQL, in one place."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from smallcrm.clock import local_today
from smallcrm.db.models import database
from smallcrm.domain_sales import PaymentStatus
from smallcrm.money import from_cents
from smallcrm.services.sales_views import InvoiceRow
from smallcrm.services.views import PartyRef

_ROWS = """
SELECT * FROM (
  SELECT i.id, i.kind, i.number_text, i.status, i.party_id, p.kind, p.name, i.issue_date, i.due_date,
         i.total_cents,
         COALESCE((SELECT SUM(amount_cents) FROM payment y WHERE y.invoice_id = i.id AND y.deleted_at IS NULL), 0)
           AS paid,
         COALESCE((SELECT SUM(total_cents) FROM invoice c
                   WHERE c.corrects_id = i.id AND c.status = 'issued' AND c.kind = 'credit_note'), 0) AS credited
  FROM invoice i JOIN party p ON p.id = i.party_id
  WHERE i.deleted_at IS NULL {where}
) WHERE {outer}
ORDER BY issue_date DESC, id DESC
{limit}
"""


def payment_status(balance: Decimal, due: date | None, today: date, paid: Decimal) -> str:
    if balance <= 0:
        return PaymentStatus.PAID
    if due is not None and due < today:
        return PaymentStatus.OVERDUE
    return PaymentStatus.PARTLY_PAID if paid > 0 else PaymentStatus.UNPAID


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def invoice_rows(today: date, where: str = "", params: tuple = (), limit: int | None = None,
                 only_open: bool = False) -> list[InvoiceRow]:
    outer = "total_cents - paid - credited > 0" if only_open else "1"
    sql = _ROWS.format(where=where, outer=outer, limit=f"LIMIT {int(limit)}" if limit else "")
    rows = []
    for (inv_id, kind, number, status, party_id, party_kind, party_name, issued, due, total, paid,
         credited) in database.execute_sql(sql, params):
        issued, due = _as_date(issued), _as_date(due)
        total_d, paid_d, credited_d = from_cents(total), from_cents(paid), from_cents(credited)
        if kind == "invoice" and status == "issued":
            balance = total_d - paid_d - credited_d
            state = payment_status(balance, due, today, paid_d)
            overdue = max(0, (today - due).days) if due and balance > 0 else 0
        else:
            balance, state, overdue = Decimal("0.00"), "", 0
        rows.append(InvoiceRow(inv_id, kind, number, status, PartyRef(party_id, party_kind, party_name), issued, due,
                               total_d, paid_d, credited_d, balance, state, overdue))
    return rows


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
