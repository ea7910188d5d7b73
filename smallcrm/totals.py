"""Totals of a quote, an invoice or a credit note, computed in exactly one place (rule in money.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from smallcrm.money import HUNDRED, round_cents


@dataclass(frozen=True)
class LineAmounts:
    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal
    vat_percent: Decimal
    vat_code: str  # distinguishes two 0% rates with different exemptions


@dataclass(frozen=True)
class VatBucket:
    vat_code: str
    vat_percent: Decimal
    taxable: Decimal
    vat: Decimal


@dataclass(frozen=True)
class Totals:
    lines: tuple[Decimal, ...]  # each line's net amount, rounded to the cent
    buckets: tuple[VatBucket, ...]  # one per VAT code, in order of first appearance
    taxable: Decimal
    vat: Decimal
    total: Decimal


def line_net(line: LineAmounts) -> Decimal:
    return round_cents(line.quantity * line.unit_price * (HUNDRED - line.discount_percent) / HUNDRED)


def compute_totals(lines: Iterable[LineAmounts]) -> Totals:
    return priced_totals((line.vat_code, line.vat_percent, line_net(line)) for line in lines)


def priced_totals(nets: Iterable[tuple[str, Decimal, Decimal]], vat: Mapping[str, Decimal] | None = None) -> Totals:
    """The totals of lines already priced, each ``(VAT code, percent, net amount)``: a code's VAT is its taxable
    times its rate, rounded once, unless ``vat`` gives it (a credit note's share of its invoice's VAT,
    ``services/sales/credit_room.py``)."""
    amounts: list[Decimal] = []
    taxable: dict[str, Decimal] = {}
    percent: dict[str, Decimal] = {}
    for code, rate, net in nets:
        amounts.append(net)
        taxable[code] = taxable.get(code, Decimal("0.00")) + net
        percent[code] = rate
    buckets = tuple(VatBucket(code, percent[code], amount, vat[code] if vat is not None and code in vat
                              else round_cents(amount * percent[code] / HUNDRED))
                    for code, amount in taxable.items())
    total_taxable = sum((b.taxable for b in buckets), Decimal("0.00"))
    total_vat = sum((b.vat for b in buckets), Decimal("0.00"))
    return Totals(tuple(amounts), buckets, total_taxable, total_vat, total_taxable + total_vat)
