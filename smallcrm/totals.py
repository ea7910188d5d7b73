"""Totals of a quote, an invoice or a credit note, computed in exactly one place (rule in money.py)."""

from __future__ import annotations

from collections.abc import Iterable
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
    nets: list[Decimal] = []
    taxable: dict[str, Decimal] = {}
    percent: dict[str, Decimal] = {}
    for line in lines:
        net = line_net(line)
        nets.append(net)
        taxable[line.vat_code] = taxable.get(line.vat_code, Decimal("0.00")) + net
        percent[line.vat_code] = line.vat_percent
    buckets = tuple(VatBucket(code, percent[code], amount, round_cents(amount * percent[code] / HUNDRED))
                    for code, amount in taxable.items())
    total_taxable = sum((b.taxable for b in buckets), Decimal("0.00"))
    total_vat = sum((b.vat for b in buckets), Decimal("0.00"))
    return Totals(tuple(nets), buckets, total_taxable, total_vat, total_taxable + total_vat)
