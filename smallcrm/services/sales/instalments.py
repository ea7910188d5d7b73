"""The instalments of an invoice: made from its payment terms when it is issued (``payment_terms.schedule``) and
written with it; read back with what is still to pay of each, payments and credit notes covering the first ones
first. A draft shows the instalments it would have if it were issued today."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from smallcrm.db.bulk import bulk_insert
from smallcrm.db.models import database
from smallcrm.db.sales_models import InvoiceInstalment
from smallcrm.errors import ValidationError
from smallcrm.money import from_cents, to_cents
from smallcrm.services.sales.payment_terms import PaymentTerms, schedule
from smallcrm.services.sales.views import InstalmentView

_READ_SQL = ("SELECT position, due_date, amount_cents, cumulative_cents FROM invoice_instalment WHERE invoice_id = ? "
             "ORDER BY position")


def write_instalments(invoice_id: int, plan: list[tuple[date, Decimal]]) -> None:
    """Replace a draft's instalments with ``plan`` (due date, amount), numbered from 1."""
    InvoiceInstalment.delete().where(InvoiceInstalment.invoice == invoice_id).execute()
    rows, cumulative = [], 0
    for position, (due, amount) in enumerate(plan, start=1):
        cumulative += to_cents(amount)
        rows.append((invoice_id, position, due, to_cents(amount), cumulative))
    bulk_insert(InvoiceInstalment, ("invoice", "position", "due_date", "amount_cents", "cumulative_cents"), rows)


def _covered(rows: list[tuple[int, date, int, int]], covered_cents: int) -> tuple[InstalmentView, ...]:
    return tuple(InstalmentView(position, due if isinstance(due, date) else date.fromisoformat(str(due)[:10]),
                                from_cents(amount),
                                from_cents(max(0, min(amount, cumulative - covered_cents))))
                 for position, due, amount, cumulative in rows)


def read_instalments(invoice_id: int, covered: Decimal) -> tuple[InstalmentView, ...]:
    """An issued invoice's instalments with what is left of each once ``covered`` (paid and credited) is taken
    from the first ones."""
    return _covered(list(database.execute_sql(_READ_SQL, (invoice_id,))), to_cents(covered))


def draft_instalments(terms: PaymentTerms | None, issued: date, payable: Decimal) -> tuple[InstalmentView, ...]:
    """What a draft's instalments would be if it were issued on ``issued`` (none while its terms do not fit)."""
    if terms is None or payable <= 0:
        return ()
    try:
        plan = schedule(terms, issued, payable)
    except ValidationError:
        return ()
    rows, cumulative = [], 0
    for position, (due, amount) in enumerate(plan, start=1):
        cumulative += to_cents(amount)
        rows.append((position, due, to_cents(amount), cumulative))
    return _covered(rows, 0)
