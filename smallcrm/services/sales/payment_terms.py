"""Payment terms: when an invoice is to be paid, in one go or in instalments, each with its due date and amount.

Terms are typed the way Italian invoices write them, the same in the window and the CLI:

- ``30``: 30 days from the invoice's date; ``0`` (or ``a vista``): on receipt;
- ``30 fm`` (``fine mese``, ``dffm``, ``eom``): end of month. N days end of month is the last day of the month N/30
  months after the invoice's (an invoice of 31 January at 30 days end of month is due on 28 February, as banks
  read "30 gg d.f.f.m."); a number of days that is not a multiple of 30 goes to the end of the month it reaches;
- ``30/60/90 fm``: three instalments; their amounts share what is payable equally, to the cent, the last one
  taking what the division leaves;
- ``30:500/60``: an instalment of 500,00 at 30 days and the rest at 60 (amounts as the user's language writes
  them); ``2026-04-30:500/2026-05-31``: instalments on given days.

The amounts split what the customer is to pay us (``payable``: after a withholding tax or a split-payment VAT).
Each instalment's due date drives the receivables and the overdue state (``settlement``); the instalments are
written when the invoice is issued and frozen with it.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from smallcrm.errors import ValidationError
from smallcrm.money import from_cents, parse_money, to_cents
from smallcrm.numbers import written

MAX_DAYS = 365
MAX_INSTALMENTS = 24
_END_OF_MONTH = re.compile(r"\b(?:d\.?f\.?f\.?m\.?|f\.?m\.?|fine\s+mese|eom|end\s+of\s+(?:the\s+)?month)\s*$", re.I)
_NOISE = re.compile(r"\b(?:gg|giorni|days?|zile|d\.?f\.?|data\s+fattura)\b\.?", re.I)
_ON_RECEIPT = re.compile(r"^\s*(?:a\s+vista|on\s+receipt|la\s+primire|vista)\s*$", re.I)


@dataclass(frozen=True)
class Instalment:
    """One part of the terms as typed: a number of days or a day, and an amount (None: a share of the rest)."""

    days: int | None = None
    on: date | None = None
    amount: Decimal | None = None


@dataclass(frozen=True)
class PaymentTerms:
    parts: tuple[Instalment, ...] = (Instalment(days=30),)
    end_of_month: bool = False

    @classmethod
    def simple(cls, days: int, count: int = 1, end_of_month: bool = False, every: int = 30) -> PaymentTerms:
        """``count`` equal instalments from ``days`` days, ``every`` days apart (30/60/90: 30, 3)."""
        return cls(tuple(Instalment(days=days + every * n) for n in range(count)), end_of_month)

    def as_simple(self) -> tuple[int, int] | None:
        """(first days, count) when these terms are equal instalments 30 days apart, else None."""
        days = [p.days for p in self.parts]
        if any(d is None for d in days) or any(p.amount is not None for p in self.parts):
            return None
        if days != [days[0] + 30 * n for n in range(len(days))]:
            return None
        return days[0], len(days)

    @property
    def first_days(self) -> int:
        return next((p.days for p in self.parts if p.days is not None), 0)


def parse_terms(text: object, field: str = "payment_terms") -> PaymentTerms:
    """Terms as typed (see the module's text); a ValidationError naming ``field`` shows how to write them."""
    if isinstance(text, PaymentTerms):
        return text
    if isinstance(text, int):
        text = str(text)
    raw = str(text or "").strip()
    if _ON_RECEIPT.match(raw):
        return PaymentTerms((Instalment(days=0),))
    end_of_month = bool(_END_OF_MONTH.search(raw))
    body = _NOISE.sub(" ", _END_OF_MONTH.sub("", raw)).strip()
    if not body:
        raise _invalid(field, raw)
    parts = []
    for token in body.split("/"):
        when, _, amount = token.strip().partition(":")
        when = when.strip()
        if re.fullmatch(r"\d{1,3}", when):
            days, on = int(when), None
            if days > MAX_DAYS:
                raise ValidationError(field, f"At most {MAX_DAYS} days: {raw}", code="out_of_range", value=raw)
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", when):
            try:
                days, on = None, date.fromisoformat(when)
            except ValueError as exc:
                raise _invalid(field, raw) from exc
        else:
            raise _invalid(field, raw)
        parts.append(Instalment(days, on, parse_money(amount, field) if amount.strip() else None))
    if len(parts) > MAX_INSTALMENTS:
        raise ValidationError(field, f"At most {MAX_INSTALMENTS} instalments", code="out_of_range", value=raw)
    return PaymentTerms(tuple(parts), end_of_month)


def _invalid(field: str, raw: str) -> ValidationError:
    return ValidationError(field, f"Not payment terms: {raw!r}; write e.g. 30, 30 fm, 30/60/90 fm, 30:500/60 or "
                           "2026-04-30:500/2026-05-31", code="terms_invalid", value=raw)


def terms_text(terms: PaymentTerms, language: str | None = None) -> str:
    """The terms as they are typed back, amounts as ``language`` (default: the typing language) writes them."""
    tokens = []
    for part in terms.parts:
        token = part.on.isoformat() if part.on else str(part.days)
        tokens.append(token + (f":{written(part.amount, language)}" if part.amount is not None else ""))
    return "/".join(tokens) + (" fm" if terms.end_of_month else "")


def terms_json(terms: PaymentTerms) -> str:
    return json.dumps({"end_of_month": terms.end_of_month, "parts": [
        {"days": p.days, "on": p.on.isoformat() if p.on else None,
         "amount": str(p.amount) if p.amount is not None else None} for p in terms.parts]})


def terms_from_json(text: str, days: int) -> PaymentTerms:
    """The terms stored on an invoice; an empty text (an invoice written before terms) is ``days`` days."""
    if not text:
        return PaymentTerms((Instalment(days=days),))
    values = json.loads(text)
    return PaymentTerms(tuple(Instalment(p["days"], date.fromisoformat(p["on"]) if p["on"] else None,
                                         Decimal(p["amount"]) if p["amount"] is not None else None)
                              for p in values["parts"]), bool(values["end_of_month"]))


def _month_end(year: int, month: int) -> date:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return date(year, month, calendar.monthrange(year, month)[1])


def due_date(issued: date, days: int, end_of_month: bool) -> date:
    """The day ``days`` days after ``issued``; at the end of a month by the rule of the module's text."""
    if not end_of_month:
        return issued + timedelta(days=days)
    if days % 30 == 0:
        return _month_end(issued.year, issued.month + days // 30)
    reached = issued + timedelta(days=days)
    return _month_end(reached.year, reached.month)


def schedule(terms: PaymentTerms, issued: date, payable: Decimal, field: str = "payment_terms"
             ) -> list[tuple[date, Decimal]]:
    """(due date, amount) of each instalment of ``payable`` for an invoice issued on ``issued``."""
    dates = [p.on if p.on else due_date(issued, p.days or 0, terms.end_of_month) for p in terms.parts]
    if any(day < issued for day in dates):
        raise ValidationError(field, "An instalment cannot fall due before the invoice's date", code="before_issue")
    if dates != sorted(dates):
        raise ValidationError(field, "Instalments fall due one after the other", code="terms_order")
    total = to_cents(payable)
    fixed = sum(to_cents(p.amount) for p in terms.parts if p.amount is not None)
    shared = [i for i, p in enumerate(terms.parts) if p.amount is None]
    if fixed > total or (not shared and fixed != total):
        raise ValidationError(field, f"The instalments add up to {from_cents(fixed)}; the invoice asks for {payable}",
                              code="instalments_total", total=from_cents(fixed), payable=payable)
    cents = [to_cents(p.amount) if p.amount is not None else 0 for p in terms.parts]
    if shared:
        each, left = divmod(total - fixed, len(shared))
        for i in shared:
            cents[i] = each
        cents[shared[-1]] += left
    return [(day, from_cents(amount)) for day, amount in zip(dates, cents, strict=True)]
