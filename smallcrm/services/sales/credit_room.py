"""What is left to credit on an issued invoice: in total after its other credit notes (issued or draft), and line
by line for the lines a credit note copies.

Both the invoice's own services (a credit note draft saved or issued) and the partial credit notes check
against it, so it lives apart from both.

A credit note line is counted against the invoice line it copies: same product, description, price, discount
and VAT. Lines that copy none (an amount credited) count only against the total."""

from __future__ import annotations

from decimal import Decimal

from smallcrm.db.sales_models import Invoice, InvoiceLine
from smallcrm.domain import InvoiceKind
from smallcrm.errors import ValidationError
from smallcrm.money import from_cents, to_cents
from smallcrm.services.sales.document_lines import read_lines, totals_of
from smallcrm.services.sales.views import LineView


def line_key(line: LineView) -> tuple:
    return (line.product_id, line.description, line.unit_price, line.discount_percent, line.vat_code)


def credited(invoice: Invoice, exclude_id: int | None = None) -> dict[tuple, Decimal]:
    """Quantities on the invoice's credit notes (issued or draft, but ``exclude_id``), by line key."""
    notes = Invoice.select(Invoice.id).where(Invoice.corrects == invoice.id, Invoice.kind == InvoiceKind.CREDIT_NOTE,
                                             Invoice.deleted_at.is_null())
    if exclude_id is not None:
        notes = notes.where(Invoice.id != exclude_id)
    found: dict[tuple, Decimal] = {}
    for (note_id,) in notes.tuples():
        for line in read_lines(InvoiceLine, "invoice", note_id):
            found[line_key(line)] = found.get(line_key(line), Decimal(0)) + line.quantity
    return found


def check_quantities(invoice: Invoice, lines: list[LineView], exclude_id: int | None = None) -> None:
    """A credit note's lines that copy lines of ``invoice`` credit no more of them than is left (the credit
    note's own draft, ``exclude_id``, aside)."""
    left: dict[tuple, Decimal] = {}
    for line in read_lines(InvoiceLine, "invoice", invoice.id):
        left[line_key(line)] = left.get(line_key(line), Decimal(0)) + line.quantity
    for key, quantity in credited(invoice, exclude_id).items():
        if key in left:
            left[key] -= quantity
    for index, line in enumerate(lines):
        key = line_key(line)
        if key not in left:
            continue  # an amount, or a line of its own: only the total counts
        if line.quantity > left[key]:
            raise ValidationError(f"lines[{index}].quantity", f"Line {index + 1} credits {line.quantity} of "
                                  f"{line.description}; {max(left[key], Decimal(0))} left on invoice "
                                  f"{invoice.number_text}", code="credit_quantity_too_large",
                                  left=max(left[key], Decimal(0)), quantity=line.quantity)
        left[key] -= line.quantity


def creditable_cents(invoice: Invoice, exclude_id: int | None = None) -> int:
    """Cents of ``invoice`` not yet corrected by other credit notes (issued or draft)."""
    others = Invoice.select().where(Invoice.corrects == invoice.id, Invoice.kind == InvoiceKind.CREDIT_NOTE,
                                    Invoice.deleted_at.is_null())
    if exclude_id is not None:
        others = others.where(Invoice.id != exclude_id)
    return invoice.total_cents - sum(o.total_cents for o in others)


def check_credit(invoice: Invoice, lines: list[LineView], exclude_id: int | None = None) -> None:
    """A credit note of these lines fits what is left of ``invoice``, in total and line by line."""
    total = to_cents(totals_of(lines).total)
    room = creditable_cents(invoice, exclude_id)
    if total > room:
        raise ValidationError("lines", f"The credit note ({from_cents(total)}) is larger than what is left of invoice "
                              f"{invoice.number_text} ({from_cents(room)})", code="credit_too_large",
                              total=from_cents(total), room=from_cents(room))
    check_quantities(invoice, lines, exclude_id)
