"""What is left to credit on an issued invoice, and how a credit note of it is priced, so that its credit notes
add up to it exactly: per VAT rate, line by line, to the cent.

Both the invoice's own services (a credit note saved, previewed or issued) and the partial credit notes use it,
so it lives apart from both. The rules, with the one rounding of ``money.round_cents`` (half up, to the cent):

- Counted against the invoice: its other live credit notes, issued or draft (the note being saved, previewed
  or issued aside).
- Per VAT code (a rate, or a Natura code at 0%): the taxable credited, all notes together, never exceeds the
  invoice's taxable at that code; a code the invoice does not have, or has at another percentage, is refused.
- A credit note line that copies a line of the invoice (same product, description, price, discount and VAT)
  credits no more of its quantity than is left. Its amount is the invoice line's price times the quantity
  credited so far, all notes together, rounded once, less what the other notes already took of it: the credit
  that takes the last of the quantity takes the rest of the line's amount. Crediting 0.5 h of 2.5 h at 33.33
  (83.33) five times gives 16.67, 16.66, 16.67, 16.66, 16.67, not five times 16.67 = 83.35. A line that copies
  none (an amount credited) counts only at its rate.
- The VAT at a code is the invoice's VAT there times the share of its taxable credited so far, all notes
  together, rounded once, less the VAT the other notes already took: the credit that takes the last of the
  taxable takes the rest of the VAT. Line by line, 28.39 and 28.44 at 22% (VAT 12.50 on the invoice, where
  each line on its own would have 6.25 and 6.26) are credited with 6.24 and 6.26. A credit note's VAT is so
  stored per code (``Invoice.vat_by_rate``), not computed again from its lines (``document_totals``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from smallcrm.db.models import database
from smallcrm.db.sales_models import Invoice, InvoiceLine
from smallcrm.domain import InvoiceKind
from smallcrm.errors import ValidationError
from smallcrm.money import round_cents, to_cents
from smallcrm.services.sales.document_lines import document_totals, read_lines, totals_of
from smallcrm.services.sales.views import LineView
from smallcrm.totals import LineAmounts, Totals, line_net, priced_totals

ZERO = Decimal("0.00")

# An invoice's live credit notes, issued or draft, but the one asked to leave aside (?2; NULL: none).
_NOTES = ("SELECT id, vat_by_rate FROM invoice WHERE corrects_id = ?1 AND kind = ?3 AND deleted_at IS NULL "
          "AND (?2 IS NULL OR id <> ?2) ORDER BY id")


def line_key(line: LineView) -> tuple:
    return (line.product_id, line.description, line.unit_price, line.discount_percent, line.vat_code)


@dataclass
class Tally:
    """Sums by VAT code (taxable, VAT) and by line key (quantity, amount)."""

    taxable: dict[str, Decimal] = field(default_factory=dict)
    vat: dict[str, Decimal] = field(default_factory=dict)
    quantity: dict[tuple, Decimal] = field(default_factory=dict)
    net: dict[tuple, Decimal] = field(default_factory=dict)

    def add(self, lines: Sequence[LineView], totals: Totals) -> None:
        for line in lines:
            key = line_key(line)
            self.quantity[key] = self.quantity.get(key, Decimal(0)) + line.quantity
            self.net[key] = self.net.get(key, ZERO) + line.net
        for bucket in totals.buckets:
            self.taxable[bucket.vat_code] = self.taxable.get(bucket.vat_code, ZERO) + bucket.taxable
            self.vat[bucket.vat_code] = self.vat.get(bucket.vat_code, ZERO) + bucket.vat


@dataclass(frozen=True)
class Room:
    """An invoice as invoiced (its lines, and its sums by code and by line) and what its other credit notes
    took of it."""

    lines: tuple[LineView, ...]
    invoiced: Tally
    percent: dict[str, Decimal]
    credited: Tally


def room(invoice: Invoice, exclude_id: int | None = None) -> Room:
    lines = read_lines(InvoiceLine, "invoice", invoice.id)
    invoiced = Tally()
    invoiced.add(lines, totals_of(lines))
    credited = Tally()
    for note_id, vat_by_rate in database.execute_sql(_NOTES, (invoice.id, exclude_id, InvoiceKind.CREDIT_NOTE)):
        note_lines = read_lines(InvoiceLine, "invoice", note_id)
        credited.add(note_lines, document_totals(note_lines, vat_by_rate))
    return Room(lines, invoiced, {line.vat_code: line.vat_percent for line in lines}, credited)


def credited(invoice: Invoice, exclude_id: int | None = None) -> dict[tuple, Decimal]:
    """Quantities on the invoice's credit notes (issued or draft, but ``exclude_id``), by line key."""
    return room(invoice, exclude_id).credited.quantity


def _between(value: Decimal, bound: Decimal) -> Decimal:
    """``value`` kept between 0 and ``bound`` (whichever is larger): no credit goes past what is left."""
    low, high = sorted((Decimal(0), bound))
    return min(max(value, low), high)


def _priced_line(found: Room, taken: Tally, index: int, line: LineView, invoice: Invoice) -> LineView:
    key = line_key(line)
    invoiced = found.invoiced.quantity.get(key)
    if invoiced is None:
        return line  # an amount, or a line of its own: only its rate counts
    quantity_before = found.credited.quantity.get(key, Decimal(0)) + taken.quantity.get(key, Decimal(0))
    left = max(invoiced - quantity_before, Decimal(0))
    if line.quantity > left:
        raise ValidationError(f"lines[{index}].quantity", f"Line {index + 1} credits {line.quantity} of "
                              f"{line.description}; {left} left on invoice {invoice.number_text}",
                              code="credit_quantity_too_large", left=left, quantity=line.quantity)
    net_before = found.credited.net.get(key, ZERO) + taken.net.get(key, ZERO)
    quantity_after = quantity_before + line.quantity
    if quantity_after == invoiced:
        net_after = found.invoiced.net[key]
    else:
        net_after = line_net(LineAmounts(quantity_after, line.unit_price, line.discount_percent, line.vat_percent,
                                         line.vat_code))
    net = _between(net_after - net_before, found.invoiced.net[key] - net_before)
    taken.quantity[key] = taken.quantity.get(key, Decimal(0)) + line.quantity
    taken.net[key] = taken.net.get(key, ZERO) + net
    return replace(line, net=net)


def _vat(found: Room, code: str, taxable: Decimal, invoice: Invoice) -> Decimal:
    """The VAT of ``taxable`` credited at ``code``: its share of the invoice's VAT there (see the module)."""
    invoiced, invoiced_vat = found.invoiced.taxable[code], found.invoiced.vat[code]
    before, vat_before = found.credited.taxable.get(code, ZERO), found.credited.vat.get(code, ZERO)
    if before + taxable > invoiced:
        left = max(invoiced - before, ZERO)
        raise ValidationError("lines", f"{taxable} credited at VAT {code}; {left} left at that rate on invoice "
                              f"{invoice.number_text}", code="credit_rate_too_large", vat_code=code, left=left,
                              credit=taxable)
    if before + taxable == invoiced:
        share = invoiced_vat
    else:
        share = round_cents(invoiced_vat * (before + taxable) / invoiced) if invoiced else ZERO
    return _between(share - vat_before, invoiced_vat - vat_before)


def price_credit(invoice: Invoice, lines: Sequence[LineView], exclude_id: int | None = None
                 ) -> tuple[tuple[LineView, ...], Totals]:
    """The lines of a credit note of ``invoice`` checked against what is left of it and priced by the rules
    above (the note's own draft, ``exclude_id``, aside): its lines with their amounts, and its totals with the
    VAT per code. What does not fit raises a ValidationError naming the line, or the lines and the rate."""
    found = room(invoice, exclude_id)
    taken = Tally()
    priced = []
    for index, line in enumerate(lines):
        if line.vat_code not in found.percent or line.vat_percent != found.percent[line.vat_code]:
            raise ValidationError(f"lines[{index}].vat_code", f"Invoice {invoice.number_text} has no line at VAT "
                                  f"{line.vat_code}", code="credit_rate_not_invoiced", vat_code=line.vat_code)
        priced.append(_priced_line(found, taken, index, line, invoice))
    plain = priced_totals((line.vat_code, line.vat_percent, line.net) for line in priced)
    vat = {bucket.vat_code: _vat(found, bucket.vat_code, bucket.taxable, invoice) for bucket in plain.buckets}
    return tuple(priced), priced_totals(((line.vat_code, line.vat_percent, line.net) for line in priced), vat)


def vat_by_rate(totals: Totals) -> str:
    """A credit note's VAT per code as stored: JSON of cents, in the order of its lines' codes."""
    return json.dumps({bucket.vat_code: to_cents(bucket.vat) for bucket in totals.buckets})


def creditable_cents(invoice: Invoice, exclude_id: int | None = None) -> int:
    """Cents of ``invoice`` not yet corrected by other credit notes (issued or draft)."""
    others = Invoice.select().where(Invoice.corrects == invoice.id, Invoice.kind == InvoiceKind.CREDIT_NOTE,
                                    Invoice.deleted_at.is_null())
    if exclude_id is not None:
        others = others.where(Invoice.id != exclude_id)
    return invoice.total_cents - sum(o.total_cents for o in others)
