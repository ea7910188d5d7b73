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
  stored per code (``Invoice.vat_by_rate``), not computed again from its lines.
- The tax cases (``smallcrm.tax_cases``) are the invoice's: its pension fund contribution and withholding tax are
  credited by the same rule as the VAT, as shares of the invoice's by the fees credited so far (the credit that
  takes the last of the fees takes the rest of each); the contribution joins the taxable of the VAT code the
  invoice charged it at (not the note's own largest one) before that code's VAT is shared, so it stays within
  what is left at that code.
- Stamp duty: a credit note is a document of its own and bears its own (DPR 642/72, tariff art. 13 n. 1), by its
  own amount not subject to VAT, paid by us and not in what it credits; the invoice's is not shared out. What the
  customer was charged on the invoice for its stamp duty is credited back whole by the credit note that credits
  the rest of the invoice's taxable, so that the notes add up to the invoice.
- What a credit note makes payable (its total less its withholding tax, or its VAT on a split payment)
  is what it takes off the invoice's balance (``settlement``). All of these are stored on the credit note, its
  VAT per code in ``Invoice.vat_by_rate`` and the rest in its amount columns (``stored_shares`` reads them back).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from smallcrm.db.models import database
from smallcrm.db.sales_models import Invoice, InvoiceLine
from smallcrm.domain import InvoiceKind, Natura
from smallcrm.errors import ValidationError
from smallcrm.money import from_cents, round_cents, to_cents
from smallcrm.services.sales.document_lines import document_tax, read_lines
from smallcrm.services.sales.tax_setup import setup_from_json
from smallcrm.services.sales.views import LineView
from smallcrm.tax_cases import Shares, TaxTotals, nature_of
from smallcrm.totals import LineAmounts, line_net

ZERO = Decimal("0.00")

# An invoice's live credit notes, issued or draft, but the one asked to leave aside (?2; NULL: none).
_NOTES = ("SELECT id, vat_by_rate, pension_fund_cents, withholding_cents, stamp_duty_cents, "
          "total_cents - taxable_cents - vat_cents FROM invoice "
          "WHERE corrects_id = ?1 AND kind = ?3 AND deleted_at IS NULL AND (?2 IS NULL OR id <> ?2) ORDER BY id")


def shares_of(vat_by_rate: str, pension_fund_cents: int, withholding_cents: int, stamp_duty_cents: int,
              charged_cents: int, pension_fund_at: tuple[str, Decimal] | None = None) -> Shares:
    """A credit note's shares of its invoice's amounts as stored with it (its VAT per code computed from its lines
    when none is stored: a credit note issued before the VAT was shared), its contribution at ``pension_fund_at``
    (the invoice's code)."""
    vat = {code: from_cents(cents) for code, cents in json.loads(vat_by_rate).items()} if vat_by_rate else None
    return Shares(from_cents(pension_fund_cents), vat, from_cents(withholding_cents), from_cents(stamp_duty_cents),
                  from_cents(charged_cents), pension_fund_at)


def contribution_at(invoice: Invoice, lines: Sequence[LineView] | None = None) -> tuple[str, Decimal] | None:
    """The VAT code and percent ``invoice`` charged its pension fund contribution at (None: it has none)."""
    setup = setup_from_json(invoice.tax_setup)
    if setup.pension_fund is None:
        return None
    lines = read_lines(InvoiceLine, "invoice", invoice.id) if lines is None else lines
    code = document_tax(lines, setup).pension_fund_vat_code
    return (code, next(line.vat_percent for line in lines if line.vat_code == code)) if code else None


def stored_shares(note: Invoice) -> Shares:
    at = contribution_at(Invoice.get_by_id(note.corrects_id)) if note.pension_fund_cents else None
    charged = note.total_cents - note.taxable_cents - note.vat_cents  # the invoice's stamp duty credited back
    return shares_of(note.vat_by_rate, note.pension_fund_cents, note.withholding_cents, note.stamp_duty_cents,
                     charged, at)


def _fees(lines: Sequence[LineView]) -> Decimal:
    """The fees of some lines: every amount but the sums advanced in the customer's name (N1)."""
    return sum((line.net for line in lines if nature_of(line.vat_code) != Natura.EXCLUDED), ZERO)


def line_key(line: LineView) -> tuple:
    return (line.product_id, line.description, line.unit_price, line.discount_percent, line.vat_code)


@dataclass
class Tally:
    """Sums by VAT code (taxable, VAT) and by line key (quantity, amount)."""

    taxable: dict[str, Decimal] = field(default_factory=dict)
    vat: dict[str, Decimal] = field(default_factory=dict)
    quantity: dict[tuple, Decimal] = field(default_factory=dict)
    net: dict[tuple, Decimal] = field(default_factory=dict)
    fees: Decimal = ZERO
    pension_fund: Decimal = ZERO
    withholding: Decimal = ZERO
    stamp_duty_charged: Decimal = ZERO

    def add(self, lines: Sequence[LineView], totals: TaxTotals) -> None:
        self.fees += _fees(lines)
        self.pension_fund += totals.pension_fund
        self.withholding += totals.withholding
        self.stamp_duty_charged += totals.stamp_duty_charged
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
    contribution_at: tuple[str, Decimal] | None  # where the invoice charged its pension fund contribution


def room(invoice: Invoice, exclude_id: int | None = None) -> Room:
    lines = read_lines(InvoiceLine, "invoice", invoice.id)
    setup = setup_from_json(invoice.tax_setup)
    invoiced = Tally()
    invoiced.add(lines, document_tax(lines, setup))
    at = contribution_at(invoice, lines)
    credited = Tally()
    for note_id, *stored in database.execute_sql(_NOTES, (invoice.id, exclude_id, InvoiceKind.CREDIT_NOTE)):
        note_lines = read_lines(InvoiceLine, "invoice", note_id)
        credited.add(note_lines, document_tax(note_lines, setup, shares_of(*stored, at)))
    return Room(lines, invoiced, {line.vat_code: line.vat_percent for line in lines}, credited, at)


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


def _by_fees(found: Room, fees: Decimal, invoiced: Decimal, before: Decimal) -> Decimal:
    """A credit note's share of an amount the invoice charged on its fees (``invoiced``; ``before``: what the
    other notes took of it), by the fees it credits, by the rule of the VAT (see the module)."""
    fees_after = found.credited.fees + fees
    if fees_after >= found.invoiced.fees:
        share = invoiced
    else:
        share = round_cents(invoiced * fees_after / found.invoiced.fees) if found.invoiced.fees else ZERO
    return _between(share - before, invoiced - before)


def price_credit(invoice: Invoice, lines: Sequence[LineView], exclude_id: int | None = None
                 ) -> tuple[tuple[LineView, ...], TaxTotals]:
    """The lines of a credit note of ``invoice`` checked against what is left of it and priced by the rules
    above (the note's own draft, ``exclude_id``, aside): its lines with their amounts, and its totals with the
    invoice's tax cases, the VAT per code and the other shares. What does not fit raises a ValidationError naming
    the line, or the lines and the rate."""
    found = room(invoice, exclude_id)
    setup = setup_from_json(invoice.tax_setup)
    taken = Tally()
    priced = []
    for index, line in enumerate(lines):
        if line.vat_code not in found.percent or line.vat_percent != found.percent[line.vat_code]:
            raise ValidationError(f"lines[{index}].vat_code", f"Invoice {invoice.number_text} has no line at VAT "
                                  f"{line.vat_code}", code="credit_rate_not_invoiced", vat_code=line.vat_code)
        priced.append(_priced_line(found, taken, index, line, invoice))
    fees = _fees(priced)
    stamp = document_tax(priced, setup).stamp_duty  # its own, as a document of its own
    shares = Shares(_by_fees(found, fees, found.invoiced.pension_fund, found.credited.pension_fund), None,
                    _by_fees(found, fees, found.invoiced.withholding, found.credited.withholding), stamp, ZERO,
                    found.contribution_at)
    plain = document_tax(priced, setup, shares)  # the contribution in the taxable of the invoice's code for it
    vat = {bucket.vat_code: _vat(found, bucket.vat_code, bucket.taxable, invoice) for bucket in plain.buckets}
    rest = sum(found.credited.taxable.values(), plain.taxable) >= sum(found.invoiced.taxable.values(), ZERO)
    charged = found.invoiced.stamp_duty_charged - found.credited.stamp_duty_charged if rest else ZERO
    return tuple(priced), document_tax(priced, setup, replace(shares, vat=vat, stamp_duty_charged=charged))


def vat_by_rate(totals: TaxTotals) -> str:
    """A credit note's VAT per code as stored: JSON of cents, in the order of its lines' codes."""
    return json.dumps({bucket.vat_code: to_cents(bucket.vat) for bucket in totals.buckets})


def creditable_cents(invoice: Invoice, exclude_id: int | None = None) -> int:
    """Cents of ``invoice`` not yet corrected by other credit notes (issued or draft)."""
    others = Invoice.select().where(Invoice.corrects == invoice.id, Invoice.kind == InvoiceKind.CREDIT_NOTE,
                                    Invoice.deleted_at.is_null())
    if exclude_id is not None:
        others = others.where(Invoice.id != exclude_id)
    return invoice.total_cents - sum(o.total_cents for o in others)
