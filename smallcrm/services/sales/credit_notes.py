"""Partial credit notes: some lines of an issued invoice, some of their quantity, or an amount, never more than
what is still creditable (per line and per VAT rate, after the other credit notes, issued or draft), priced so
that the credit notes of an invoice add up to it exactly (``credit_room``).

A credit note line is counted against the invoice line it copies: same product, description, price,
discount and VAT. Lines that copy none (an amount credited) count only at their VAT rate."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from smallcrm.changes import Changes
from smallcrm.db.connection import Database
from smallcrm.db.sales_models import Invoice
from smallcrm.domain import InvoiceKind, InvoiceStatus
from smallcrm.errors import Conflict, ValidationError
from smallcrm.money import from_cents, parse_decimal, parse_money
from smallcrm.services.sales.credit_room import creditable_cents, credited, line_key, price_credit
from smallcrm.services.sales.document_lines import LineDraft, clean_lines, vat_summary
from smallcrm.services.sales.invoices import create_credit_note, invoice_row, invoice_view
from smallcrm.services.sales.views import DocumentView, LineView, VatSummaryLine
from smallcrm.tax_cases import TaxTotals


@dataclass(frozen=True)
class CreditableLine:
    line: LineView  # as invoiced
    credited: Decimal  # quantity already on other credit notes (issued or draft)
    left: Decimal


@dataclass(frozen=True)
class Creditable:
    invoice: DocumentView
    lines: tuple[CreditableLine, ...]
    room: Decimal  # what is still creditable, VAT included


@dataclass(frozen=True)
class CreditPreview:
    """The credit note as it will print: its VAT per rate and its tax cases (contribution, withholding tax, the
    net it pays back), so that the window shows what the PDF will say, not only its total."""

    lines: tuple[LineView, ...]
    taxable: Decimal
    vat: Decimal
    total: Decimal
    room: Decimal
    vat_summary: tuple[VatSummaryLine, ...] = ()
    tax: TaxTotals | None = None


@dataclass
class CreditRequest:
    """What to credit: quantities by invoice line position (1-based; missing or 0: not credited), and/or an
    amount before VAT at one of the invoice's VAT codes."""

    quantities: dict[int, object]
    amount: object | None = None
    vat_code: str | None = None
    description: str = ""


def _issued(invoice_id: int) -> Invoice:
    invoice = invoice_row(invoice_id)
    if invoice.kind != InvoiceKind.INVOICE or invoice.status != InvoiceStatus.ISSUED:
        raise Conflict("Only an issued invoice can be corrected by a credit note", code="not_issued")
    return invoice


def creditable(invoice_id: int) -> Creditable:
    """An issued invoice's lines with what is already credited and what is left."""
    invoice = _issued(invoice_id)
    view = invoice_view(invoice)
    already = credited(invoice)
    lines = []
    for line in view.lines:  # identical lines share what was credited, first come first served
        taken = min(already.get(line_key(line), Decimal(0)), line.quantity)
        already[line_key(line)] = already.get(line_key(line), Decimal(0)) - taken
        lines.append(CreditableLine(line, taken, line.quantity - taken))
    return Creditable(view, tuple(lines), from_cents(creditable_cents(invoice)))


def credit_lines(found: Creditable, request: CreditRequest) -> list[LineDraft]:
    """The credit note's lines for ``request``; a quantity beyond what is left names its line."""
    drafts = []
    by_position = {c.line.position: c for c in found.lines}
    for position, typed in sorted(request.quantities.items()):
        field = f"quantities[{position}]"
        if position not in by_position:
            raise ValidationError(field, f"Invoice {found.invoice.number} has no line {position}", code="not_found")
        if typed is None or str(typed).strip() in ("", "0"):
            continue
        quantity = parse_decimal(typed, field, 3, minimum=Decimal(0), what="quantity")
        entry = by_position[position]
        if quantity > entry.left:
            raise ValidationError(field, f"Line {position} has {entry.left} left to credit, not {quantity}",
                                  code="credit_quantity_too_large", left=entry.left, quantity=quantity)
        if quantity:
            line = entry.line
            drafts.append(LineDraft(line.description, quantity, line.unit_price, line.discount_percent, line.vat_code,
                                    line.product_id, line.unit))
    if request.amount is not None and str(request.amount).strip():
        amount = parse_money(request.amount, "amount")
        codes = {c.line.vat_code for c in found.lines}
        vat_code = request.vat_code or min(codes)
        if vat_code not in codes:
            raise ValidationError("vat_code", f"Invoice {found.invoice.number} has no line at VAT {vat_code}",
                                  code="vat_unknown", vat_code=vat_code)
        if amount:
            description = request.description.strip() or f"Credit on invoice {found.invoice.number}"
            drafts.append(LineDraft(description, 1, amount, 0, vat_code))
    if not drafts:
        raise ValidationError("quantities", "Choose what to credit: a quantity on a line, or an amount",
                              code="nothing_to_credit")
    return drafts


def preview_credit(invoice_id: int, request: CreditRequest) -> CreditPreview:
    """The lines and totals the credit note would have (nothing is saved); more than what is left is refused."""
    found = creditable(invoice_id)
    lines, totals = price_credit(_issued(invoice_id), clean_lines(credit_lines(found, request)))
    return CreditPreview(lines, totals.taxable, totals.vat, totals.total, found.room, vat_summary(lines, totals),
                         totals)


def create_partial_credit_note(db: Database, invoice_id: int, request: CreditRequest, notes: str = ""
                               ) -> tuple[DocumentView, Changes]:
    """A draft credit note for part of an issued invoice (its number comes when it is issued)."""
    with db.atomic():
        drafts = credit_lines(creditable(invoice_id), request)
        return create_credit_note(db, invoice_id, drafts, notes)
