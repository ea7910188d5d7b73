"""What has been paid, credited and refunded against issued invoices, and what is still due: in SQL, in one place.

The rule: an issued invoice's balance is what the customer is to pay us (``payable_cents``: its total less a
withholding tax or a split payment's VAT) less what was paid and what its credit notes made payable, plus what was
refunded (money paid back against its credit notes); above zero the customer owes it (balance due), below zero we
owe it to them (credit balance: paid, then credited; paid on account). Its PaymentStatus as of a day: owed, it is
unpaid, partly paid, or overdue past the due date of its first instalment not yet covered (payments and credit
notes cover the first instalments first; that due date is the row's); settled with refunds, refunded; credited
when credit notes cancelled all of it or left us owing; else paid. The rule (and the days overdue) is in two
SQL texts, which differ in how they sum payments and credit notes: one by one for a few invoices, grouped for many
(tests/services/exchange/test_export_csv_sql.py checks that they agree). Nothing is pasted into them at run time:
every value (the day, the invoices wanted, the kinds and statuses, bound from the enums) is a numbered parameter
(``?1`` ..., reused where the text names it again), and which invoices are read is the ids passed
(:func:`invoice_rows`) or the period (:func:`issued_settled`).
"""

from __future__ import annotations

import json
from datetime import date

from smallcrm.clock import local_today
from smallcrm.db.models import database
from smallcrm.domain import InvoiceKind, InvoiceStatus, PartyKind, PaymentStatus, stored
from smallcrm.money import from_cents
from smallcrm.services.sales.views import InvoiceRow
from smallcrm.services.views import PartyRef

# A few invoices (a page, one customer, one invoice): their ids come as a JSON array, and payments, credit notes
# and refunds are summed for each of them. MATERIALIZED: the sums run once per invoice, although the balance, the
# state and the days overdue each name them again. Parameters: ?1 the ids (JSON), ?2 today (ISO), ?3 'invoice',
# ?4 'credit_note', ?5 'issued', ?6 ... ?11 the payment states paid, overdue, partly_paid, unpaid, credited,
# refunded (the state is '' for a draft or a credit note). Refunded: an invoice's, through its credit notes; a
# credit note's, against it.
_SETTLED_ROWS = """
WITH settled AS MATERIALIZED (
  SELECT i.id, i.kind, i.number_text, i.status, i.party_id, p.kind AS party_kind, p.name AS party_name,
         i.issue_date, i.due_date, i.total_cents, i.payable_cents, i.instalment_count,
         COALESCE((SELECT SUM(y.amount_cents) FROM payment y WHERE y.invoice_id = i.id AND y.deleted_at IS NULL), 0)
           AS paid,
         COALESCE((SELECT SUM(c.payable_cents) FROM invoice c WHERE c.corrects_id = i.id AND c.status = ?5
                   AND c.kind = ?4), 0) AS credited,
         COALESCE((SELECT SUM(r.amount_cents) FROM refund r WHERE r.credit_note_id = i.id AND r.deleted_at IS NULL), 0)
         + COALESCE((SELECT SUM(r.amount_cents) FROM invoice c JOIN refund r ON r.credit_note_id = c.id
                     WHERE c.corrects_id = i.id AND r.deleted_at IS NULL), 0) AS refunded
  FROM json_each(?1) wanted JOIN invoice i ON i.id = wanted.value JOIN party p ON p.id = i.party_id
  WHERE i.deleted_at IS NULL
), due AS (
  SELECT s.*, CASE WHEN s.kind = ?3 AND s.status = ?5 THEN s.payable_cents - s.paid - s.credited + s.refunded
              ELSE 0 END AS balance,
         CASE WHEN s.instalment_count > 1 THEN COALESCE((SELECT t.due_date FROM invoice_instalment t
           WHERE t.invoice_id = s.id AND t.cumulative_cents > s.paid + s.credited - s.refunded ORDER BY t.position
           LIMIT 1), s.due_date) ELSE s.due_date END AS next_due
  FROM settled s
)
SELECT id, kind, number_text, status, party_id, party_kind, party_name, issue_date, next_due, total_cents, paid,
       credited, refunded, balance,
       CASE WHEN NOT (kind = ?3 AND status = ?5) THEN ''
            WHEN balance > 0 THEN CASE WHEN next_due < ?2 THEN ?7 WHEN paid > 0 THEN ?8 ELSE ?9 END
            WHEN balance = 0 AND refunded > 0 THEN ?11
            WHEN credited > 0 AND (balance < 0 OR credited >= payable_cents) THEN ?10 ELSE ?6 END AS state,
       CASE WHEN balance > 0 AND next_due < ?2 THEN CAST(julianday(?2) - julianday(next_due) AS INTEGER) ELSE 0 END
         AS overdue
FROM due
ORDER BY issue_date DESC, id DESC
"""

# Every issued invoice and credit note of a period (an export): payments, credit notes and refunds summed once per
# invoice by GROUP BY and joined (a subquery per invoice would run again for each name of the sums). The table
# ``settled`` is left for the caller's one SELECT (its columns: the invoice's, party_kind, party_name, paid,
# credited, refunded, balance, state, overdue). The unary + keeps SQLite from reading every issued invoice through
# the status index to find the few credit notes. Parameters: ?1 today (ISO), ?2 'invoice', ?3 'credit_note',
# ?4 'issued', ?5 the first day (ISO, included), ?6 the day after the last (excluded), ?7 ... ?12 the payment
# states as above.
_ISSUED_SETTLED = """
WITH paid AS (
  SELECT invoice_id, SUM(amount_cents) AS cents FROM payment WHERE deleted_at IS NULL GROUP BY invoice_id
), credited AS (
  SELECT corrects_id, SUM(payable_cents) AS cents FROM invoice
  WHERE corrects_id > 0 AND +status = ?4 AND +kind = ?3 GROUP BY corrects_id
), refunds AS (
  SELECT credit_note_id, SUM(amount_cents) AS cents FROM refund WHERE deleted_at IS NULL GROUP BY credit_note_id
), refunded AS (
  SELECT c.corrects_id, SUM(f.cents) AS cents FROM refunds f JOIN invoice c ON c.id = f.credit_note_id
  GROUP BY c.corrects_id
), summed AS (
  SELECT i.*, p.kind AS party_kind, p.name AS party_name, COALESCE(paid.cents, 0) AS paid,
         COALESCE(credited.cents, 0) AS credited, COALESCE(refunded.cents, 0) + COALESCE(refunds.cents, 0) AS refunded
  FROM invoice i JOIN party p ON p.id = i.party_id
  LEFT JOIN paid ON paid.invoice_id = i.id LEFT JOIN credited ON credited.corrects_id = i.id
  LEFT JOIN refunded ON refunded.corrects_id = i.id LEFT JOIN refunds ON refunds.credit_note_id = i.id
  WHERE i.deleted_at IS NULL AND i.status = ?4 AND i.issue_date >= ?5 AND i.issue_date < ?6
), due AS (
  SELECT s.*, CASE WHEN s.kind = ?2 AND s.status = ?4 THEN s.payable_cents - s.paid - s.credited + s.refunded
              ELSE 0 END AS balance,
         CASE WHEN s.instalment_count > 1 THEN COALESCE((SELECT t.due_date FROM invoice_instalment t
           WHERE t.invoice_id = s.id AND t.cumulative_cents > s.paid + s.credited - s.refunded ORDER BY t.position
           LIMIT 1), s.due_date) ELSE s.due_date END AS next_due
  FROM summed s
), settled AS (
  SELECT d.*,
         CASE WHEN NOT (kind = ?2 AND status = ?4) THEN ''
              WHEN balance > 0 THEN CASE WHEN next_due < ?1 THEN ?8 WHEN paid > 0 THEN ?9 ELSE ?10 END
              WHEN balance = 0 AND refunded > 0 THEN ?12
              WHEN credited > 0 AND (balance < 0 OR credited >= payable_cents) THEN ?11 ELSE ?7 END AS state,
         CASE WHEN balance > 0 AND next_due < ?1 THEN CAST(julianday(?1) - julianday(next_due) AS INTEGER) ELSE 0
           END AS overdue
  FROM due d
)
"""
_COLUMNS = """
SELECT id, kind, number_text, status, party_id, party_kind, party_name, issue_date, next_due, total_cents, paid,
       credited, refunded, balance, state, overdue
FROM settled WHERE kind = ?2 AND """
# The open invoices (receivables, the accounting export): every issued invoice is read, so the sums are grouped.
_OPEN_ROWS = _ISSUED_SETTLED + _COLUMNS + "balance > 0 ORDER BY issue_date DESC, id DESC"
# The invoices on which we owe the customer money (paid, then credited; paid on account).
_CREDIT_ROWS = _ISSUED_SETTLED + _COLUMNS + "balance < 0 ORDER BY issue_date DESC, id DESC"

_STATES = (PaymentStatus.PAID, PaymentStatus.OVERDUE, PaymentStatus.PARTLY_PAID, PaymentStatus.UNPAID,
           PaymentStatus.CREDITED, PaymentStatus.REFUNDED)
_kind, _status, _party_kind = stored(InvoiceKind), stored(InvoiceStatus), stored(PartyKind)
_state = {"": "", **{s.value: s for s in PaymentStatus}}.__getitem__  # "": a draft or a credit note
_EVERY_DAY = ("0001-01-01", "9999-12-31")  # no bound: issued documents always have their date


def issued_settled(today: date, first_day: date | None = None, after_last_day: date | None = None, *,
                   statement: str = _ISSUED_SETTLED) -> tuple[str, tuple]:
    """The text that makes the table ``settled`` of every issued invoice and credit note issued from
    ``first_day`` up to (not including) ``after_last_day`` (None: no bound), and its parameters: the caller
    follows it with one SELECT on ``settled``, whose own ``?`` are numbered after the text's twelve parameters."""
    start = first_day.isoformat() if first_day else _EVERY_DAY[0]
    end = after_last_day.isoformat() if after_last_day else _EVERY_DAY[1]
    return statement, (today.isoformat(), InvoiceKind.INVOICE, InvoiceKind.CREDIT_NOTE, InvoiceStatus.ISSUED, start,
                       end, *_STATES)


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _rows(sql: str, params: tuple) -> list[InvoiceRow]:
    """Rows with the balance split: what the customer owes (balance due), what we owe them (credit balance)."""
    return [InvoiceRow(inv_id, _kind(kind), number, _status(status),
                       PartyRef(party_id, _party_kind(party_kind), party_name), _as_date(issued), _as_date(due),
                       from_cents(total), from_cents(paid), from_cents(credited), from_cents(max(balance, 0)),
                       _state(state), overdue, from_cents(refunded), from_cents(max(-balance, 0)))
            for (inv_id, kind, number, status, party_id, party_kind, party_name, issued, due, total, paid, credited,
                 refunded, balance, state, overdue) in database.execute_sql(sql, params)]


def invoice_rows(today: date, ids: list[int]) -> list[InvoiceRow]:
    """These invoices (the live ones, newest first) with what was paid, credited and is still due as of
    ``today``."""
    return _rows(_SETTLED_ROWS, (json.dumps(ids), today.isoformat(), InvoiceKind.INVOICE, InvoiceKind.CREDIT_NOTE,
                                 InvoiceStatus.ISSUED, *_STATES))


def open_invoice_rows(today: date) -> list[InvoiceRow]:
    """Issued invoices with something still to pay, newest first."""
    return _rows(*issued_settled(today, statement=_OPEN_ROWS))


def credit_rows(today: date) -> list[InvoiceRow]:
    """Issued invoices on which we owe the customer money back, newest first."""
    return _rows(*issued_settled(today, statement=_CREDIT_ROWS))


def settlement(invoice_id: int, today: date | None = None) -> InvoiceRow:
    """Paid, credited and still due for one invoice."""
    return invoice_rows(today or local_today(), [invoice_id])[0]
