"""Money received against issued invoices, and who still owes what (receivables, aged) and whom we owe money
(credit balances: paid, then credited and not yet refunded; paid on account)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from smallcrm.changes import Changes
from smallcrm.clock import local_today
from smallcrm.db.connection import Database
from smallcrm.db.models import database
from smallcrm.db.sales_models import Invoice, Payment
from smallcrm.domain import (
    AuditAction,
    InvoiceKind,
    InvoiceStatus,
    PartyKind,
    PaymentMethod,
    RecordKind,
    parse_choice,
    stored,
)
from smallcrm.errors import Conflict, NotFound, ValidationError
from smallcrm.money import from_cents, parse_money, to_cents
from smallcrm.services.parties import store
from smallcrm.services.privacy import audit
from smallcrm.services.sales.settlement import settlement
from smallcrm.services.sales.views import PaymentView, ReceivableRow
from smallcrm.services.views import PartyRef

AGING = ((30, "overdue_0_30"), (60, "overdue_31_60"), (90, "overdue_61_90"))


@dataclass
class PaymentDraft:
    invoice_id: int
    amount: object
    paid_on: date | None = None
    method: PaymentMethod = PaymentMethod.BANK_TRANSFER
    reference: str = ""
    notes: str = ""
    on_account: bool = False  # more than the balance due is accepted: the excess is a credit of the customer's


def payment_view(payment: Payment, invoice: Invoice | None = None, party: PartyRef | None = None) -> PaymentView:
    invoice = invoice or payment.invoice
    return PaymentView(payment.id, payment.uid, invoice.id, invoice.number_text, party or store.ref(invoice.party),
                       from_cents(payment.amount_cents), payment.paid_on, PaymentMethod(payment.method),
                       payment.reference, payment.notes)


def record_payment(db: Database, draft: PaymentDraft) -> tuple[PaymentView, Changes]:
    """Record money received against an issued invoice, on a day that has come; more than the balance due is
    refused unless the draft says the excess stays with us on account (the invoice then shows a credit
    balance, and so does the customer's line of the receivables)."""
    amount = parse_money(draft.amount, "amount")
    if amount <= 0:
        raise ValidationError("amount", "A payment is more than zero", code="too_small")
    method = parse_choice(PaymentMethod, draft.method, "method")
    paid_on = draft.paid_on or local_today()
    with db.atomic():
        invoice = Invoice.get_or_none(Invoice.id == draft.invoice_id, Invoice.deleted_at.is_null())
        if invoice is None:
            raise NotFound(kind="Invoice", ident=draft.invoice_id)
        if invoice.kind != InvoiceKind.INVOICE or invoice.status != InvoiceStatus.ISSUED:
            raise Conflict("Payments are recorded against issued invoices only", code="not_issued")
        if paid_on > local_today():
            raise ValidationError("paid_on", f"A payment cannot be dated in the future ({paid_on})",
                                  code="future_date")
        if paid_on < invoice.issue_date:
            raise ValidationError("paid_on", f"Paid before the invoice was issued ({invoice.issue_date})",
                                  code="before_issue")
        due = settlement(invoice.id).balance_due
        if amount > due and not draft.on_account:
            raise ValidationError("amount", f"{amount} is more than the balance due of {due}", code="exceeds_balance",
                                  due=due)
        payment = Payment.create(invoice=invoice.id, amount_cents=to_cents(amount), paid_on=paid_on,
                                 method=str(method), reference=draft.reference.strip(), notes=draft.notes.strip())
        audit.record(RecordKind.PAYMENT, payment, AuditAction.CREATE, party_id=invoice.party_id)
    return payment_view(payment, invoice), Changes(payments={payment.id}, invoices={invoice.id},
                                                   parties={invoice.party_id})


def trash_payment(db: Database, payment_id: int) -> Changes:
    """Take back a payment recorded by mistake."""
    with db.atomic():
        payment = Payment.get_or_none(Payment.id == payment_id, Payment.deleted_at.is_null())
        if payment is None:
            raise NotFound(kind="Payment", ident=payment_id)
        store.trash_rows(Payment, Payment.id == payment_id)
        audit.record(RecordKind.PAYMENT, payment, AuditAction.TRASH)
    return Changes(payments={payment_id}, invoices={payment.invoice_id}, parties={payment.invoice.party_id})


def list_payments(party_id: int | None = None, limit: int = 500) -> list[PaymentView]:
    query = (Payment.select(Payment, Invoice).join(Invoice).where(Payment.deleted_at.is_null())
             .order_by(Payment.paid_on.desc(), Payment.id.desc()).limit(limit))
    if party_id is not None:
        query = query.where(Invoice.party == party_id)
    return [payment_view(p, p.invoice) for p in query]


# Payments, and credit notes less the refunds paid against them, summed once per invoice (GROUP BY, joined: one
# join for both, the refunds being few), not in a subquery per invoice; each instalment aged by its own due date,
# what was paid and credited covering the first ones first (what is left of an instalment: its amount, at most its
# running total less what was covered). An invoice of one instalment (most) is aged from the covering index alone,
# by its due date, in the index's order of customers (no sort to group); only one of several reads its
# instalments. The aging buckets by comparing due dates with their boundaries (no date arithmetic per invoice).
# The unary + keeps SQLite from reading every issued invoice through the status index to find the few credit
# notes. What a customer owes (balances above zero) and what we owe them (below zero: paid, then credited; paid on
# account) are summed apart. One text: the days (:today and the bucket bounds :d30, :d60, :d90) and the kinds and
# status are parameters.

# What is left of an invoice's instalments due in a span (``{span}``, on t.due_date), once ``covered`` is taken
# from the first ones: read only for an invoice of several instalments (rare), one of one is aged by its due date.
# Nothing is left of an invoice whose balance is zero or less (covered reaches its last running total).
_LEFT_OF = ("(SELECT SUM(MIN(t.amount_cents, t.cumulative_cents - o.covered)) FROM invoice_instalment t "
            "WHERE t.invoice_id = o.id AND t.cumulative_cents > o.covered AND {span})")


def _aged(span: str) -> str:
    """The amount of an open invoice due in ``span`` (a condition on ``due_date``)."""
    left = _LEFT_OF.format(span=span.replace("due_date", "t.due_date"))
    return (f"SUM(CASE WHEN instalment_count > 1 THEN COALESCE({left}, 0) WHEN balance > 0 AND {span} THEN balance "
            "ELSE 0 END)")


_AGING_SQL = f"""
WITH paid AS (
  SELECT invoice_id, SUM(amount_cents) AS cents FROM payment WHERE deleted_at IS NULL GROUP BY invoice_id
), credited AS (
  SELECT corrects_id, SUM(cents) AS cents FROM (
    SELECT corrects_id, payable_cents AS cents FROM invoice
    WHERE corrects_id > 0 AND +status = :issued AND +kind = :credit_note
    UNION ALL
    SELECT c.corrects_id, -r.amount_cents FROM refund r JOIN invoice c ON c.id = r.credit_note_id
    WHERE r.deleted_at IS NULL)
  GROUP BY corrects_id
), open AS (
  SELECT i.id, i.party_id, i.due_date, i.instalment_count,
         COALESCE(paid.cents, 0) + COALESCE(credited.cents, 0) AS covered,
         i.payable_cents - COALESCE(paid.cents, 0) - COALESCE(credited.cents, 0) AS balance
  FROM invoice i
  LEFT JOIN paid ON paid.invoice_id = i.id
  LEFT JOIN credited ON credited.corrects_id = i.id
  WHERE i.kind = :invoice AND i.status = :issued AND i.deleted_at IS NULL
)
SELECT o.party_id, p.kind, p.name, o.n, o.balance, o.not_due, o.d30, o.d60, o.d90, o.older,
  COALESCE(CAST(julianday(:today) - julianday(substr(o.oldest_due, 1, 10)) AS INTEGER), 0) AS oldest_days, o.credit
FROM (
  SELECT party_id, COUNT(CASE WHEN balance > 0 THEN 1 END) AS n,
    SUM(CASE WHEN balance > 0 THEN balance ELSE 0 END) AS balance,
    {_aged("(due_date IS NULL OR due_date >= :today)")} AS not_due,
    {_aged("(due_date < :today AND due_date >= :d30)")} AS d30,
    {_aged("(due_date < :d30 AND due_date >= :d60)")} AS d60,
    {_aged("(due_date < :d60 AND due_date >= :d90)")} AS d90,
    {_aged("due_date < :d90")} AS older,
    MIN(CASE WHEN instalment_count > 1 THEN (SELECT MIN(t.due_date) FROM invoice_instalment t
               WHERE t.invoice_id = o.id AND t.cumulative_cents > o.covered AND t.due_date < :today)
             WHEN balance > 0 AND due_date < :today THEN due_date END) AS oldest_due,
    SUM(CASE WHEN balance < 0 THEN -balance ELSE 0 END) AS credit
  FROM open o WHERE balance <> 0 GROUP BY party_id
) o JOIN party p ON p.id = o.party_id
ORDER BY oldest_days DESC, o.balance DESC, p.name, o.party_id
"""
_party_kind = stored(PartyKind)


def receivables(today: date | None = None) -> list[ReceivableRow]:
    """Per customer: what is owed, split into not yet due and days overdue 0-30, 31-60, 61-90, 90+, and apart
    from it what we owe them (summed in SQL: 50k invoices become a few thousand customer rows without a Python
    object each), the longest overdue first, then the most owed, then by name. A customer who owes nothing
    and is owed something has a row too."""
    today = today or local_today()
    params = {"today": today.isoformat(), **{f"d{days}": (today - timedelta(days=days)).isoformat()
                                            for days, _ in AGING},
              "invoice": InvoiceKind.INVOICE, "credit_note": InvoiceKind.CREDIT_NOTE, "issued": InvoiceStatus.ISSUED}
    cents, party_kind = from_cents, _party_kind  # six amounts for thousands of customers: no generator per row
    return [ReceivableRow(PartyRef(pid, party_kind(kind), name), count, cents(due), cents(not_due), cents(d30),
                          cents(d60), cents(d90), cents(older), days, cents(credit))
            for pid, kind, name, count, due, not_due, d30, d60, d90, older, days, credit in
            database.execute_sql(_AGING_SQL, params)]
