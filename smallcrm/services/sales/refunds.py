"""Money paid back to a customer against an issued credit note.

A customer who paid an invoice that was then credited is owed money (the invoice's credit balance,
``settlement``); paying it back is a refund, recorded against the credit note that made the debt: never more than
is left of that credit note (what it made payable: its total less a withholding tax or a split payment's VAT, as
its invoice's; less the refunds already against it) nor more than we still owe on its invoice. A credit note of
an invoice nobody paid cancelled a debt: there is nothing to give back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from smallcrm.changes import Changes
from smallcrm.clock import local_today
from smallcrm.db.connection import Database
from smallcrm.db.models import database
from smallcrm.db.sales_models import Invoice, Refund
from smallcrm.domain import AuditAction, InvoiceKind, InvoiceStatus, PaymentMethod, RecordKind, parse_choice
from smallcrm.errors import Conflict, NotFound, ValidationError
from smallcrm.money import from_cents, parse_money, to_cents
from smallcrm.services.parties import store
from smallcrm.services.privacy import audit
from smallcrm.services.sales.settlement import settlement
from smallcrm.services.sales.views import RefundView
from smallcrm.services.views import PartyRef


@dataclass
class RefundDraft:
    credit_note_id: int
    amount: object
    refunded_on: date | None = None
    method: PaymentMethod = PaymentMethod.BANK_TRANSFER
    reference: str = ""
    notes: str = ""


def refund_view(refund: Refund, note: Invoice, party: PartyRef | None = None) -> RefundView:
    return RefundView(refund.id, refund.uid, note.id, note.number_text, note.corrects_id, note.corrects.number_text,
                      party or store.ref_by_id(note.party_id), from_cents(refund.amount_cents), refund.refunded_on,
                      PaymentMethod(refund.method), refund.reference, refund.notes)


def refunds_of(note: Invoice, party: PartyRef | None = None) -> tuple[RefundView, ...]:
    """The live refunds against a credit note, oldest first."""
    rows = Refund.raw("SELECT * FROM refund WHERE credit_note_id = ? AND deleted_at IS NULL ORDER BY refunded_on, id",
                      note.id)
    return tuple(refund_view(r, note, party) for r in rows)


def refundable(note: Invoice) -> Decimal:
    """What can still be paid back against an issued credit note: the least of what is left of it and what we
    owe on its invoice (0.00 for a draft, or a credit note of an invoice nobody paid)."""
    if note.kind != InvoiceKind.CREDIT_NOTE or note.status != InvoiceStatus.ISSUED:
        return Decimal("0.00")
    (refunded,) = database.execute_sql("SELECT COALESCE(SUM(amount_cents), 0) FROM refund WHERE credit_note_id = ? "
                                       "AND deleted_at IS NULL", (note.id,)).fetchone()
    left = from_cents(note.payable_cents - refunded)
    return max(min(left, settlement(note.corrects_id).credit_balance), Decimal("0.00"))


def _note(credit_note_id: int) -> Invoice:
    note = Invoice.get_or_none(Invoice.id == credit_note_id, Invoice.deleted_at.is_null())
    if note is None:
        raise NotFound(kind="Invoice", ident=credit_note_id)
    if note.kind != InvoiceKind.CREDIT_NOTE or note.status != InvoiceStatus.ISSUED:
        raise Conflict("Refunds are recorded against issued credit notes only", code="not_issued_credit_note")
    return note


def record_refund(db: Database, draft: RefundDraft) -> tuple[RefundView, Changes]:
    """Record money paid back against an issued credit note; more than can be refunded is refused."""
    amount = parse_money(draft.amount, "amount")
    if amount <= 0:
        raise ValidationError("amount", "A refund is more than zero", code="too_small")
    method = parse_choice(PaymentMethod, draft.method, "method")
    refunded_on = draft.refunded_on or local_today()
    with db.atomic():
        note = _note(draft.credit_note_id)
        if refunded_on > local_today():
            raise ValidationError("refunded_on", f"A refund cannot be dated in the future ({refunded_on})",
                                  code="future_date")
        if refunded_on < note.issue_date:
            raise ValidationError("refunded_on", f"Refunded before the credit note was issued ({note.issue_date})",
                                  code="before_issue")
        room = refundable(note)
        if amount > room:
            raise ValidationError("amount", f"{amount} is more than can be refunded on {note.number_text} ({room})",
                                  code="exceeds_refundable", refundable=room)
        refund = Refund.create(credit_note=note.id, amount_cents=to_cents(amount), refunded_on=refunded_on,
                               method=str(method), reference=draft.reference.strip(), notes=draft.notes.strip())
        audit.record(RecordKind.REFUND, refund, AuditAction.CREATE, party_id=note.party_id)
    return refund_view(refund, note), _changes(refund.id, note)


def trash_refund(db: Database, refund_id: int) -> Changes:
    """Take back a refund recorded by mistake: what we owe the customer is owed again."""
    with db.atomic():
        refund = Refund.get_or_none(Refund.id == refund_id, Refund.deleted_at.is_null())
        if refund is None:
            raise NotFound(kind="Refund", ident=refund_id)
        note = refund.credit_note
        store.trash_rows(Refund, Refund.id == refund_id)
        audit.record(RecordKind.REFUND, refund, AuditAction.TRASH, party_id=note.party_id)
    return _changes(refund_id, note)


def _changes(refund_id: int, note: Invoice) -> Changes:
    return Changes(refunds={refund_id}, invoices={note.id, note.corrects_id}, parties={note.party_id})


def list_refunds(party_id: int | None = None, limit: int = 500) -> list[RefundView]:
    """Refunds, newest first: everyone's, or one customer's."""
    query = (Refund.select(Refund, Invoice).join(Invoice).where(Refund.deleted_at.is_null())
             .order_by(Refund.refunded_on.desc(), Refund.id.desc()).limit(limit))
    if party_id is not None:
        query = query.where(Invoice.party == party_id)
    return [refund_view(r, r.credit_note) for r in query]
