"""Values of tax law that change by date, kept as data: the stamp duty's amount and threshold.

A value is in force from its ``valid_from`` until the day before the next value of the same name; a document
reads the values of its own date (an invoice of 2012 and one of 2026 do not bear the same stamp duty). The
migration that made the table wrote the values known when it was written; a new one (a law changes the amount)
is added with ``smallcrm tax value`` or :func:`set_tax_value`, never by changing the code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from smallcrm.changes import Changes
from smallcrm.db.connection import Database
from smallcrm.db.models import database
from smallcrm.db.sales_models import TaxValue
from smallcrm.errors import ValidationError
from smallcrm.money import parse_decimal

STAMP_DUTY_AMOUNT = "stamp_duty_amount"
STAMP_DUTY_THRESHOLD = "stamp_duty_threshold"
NAMES = (STAMP_DUTY_AMOUNT, STAMP_DUTY_THRESHOLD)

_ON_SQL = ('SELECT name, value FROM tax_value t WHERE valid_from = (SELECT MAX(valid_from) FROM tax_value '
           'WHERE name = t.name AND valid_from <= ?)')


@dataclass(frozen=True)
class TaxValueView:
    name: str
    valid_from: date
    value: Decimal
    note: str


def values_on(day: date) -> dict[str, Decimal]:
    """Every dated value in force on ``day``, by name (one query: a document reads them all at once)."""
    return {name: Decimal(value) for name, value in database.execute_sql(_ON_SQL, (day.isoformat(),))}


def value_on(name: str, day: date) -> Decimal:
    values = values_on(day)
    if name not in values:
        raise ValidationError("day", f"No {name.replace('_', ' ')} is known for {day}", code="no_tax_value",
                              name=name, day=day)
    return values[name]


def list_tax_values() -> list[TaxValueView]:
    rows = TaxValue.select().order_by(TaxValue.name, TaxValue.valid_from)
    return [TaxValueView(row.name, row.valid_from, Decimal(row.value), row.note) for row in rows]


def set_tax_value(db: Database, name: str, valid_from: date, value: object, note: str = ""
                  ) -> tuple[TaxValueView, Changes]:
    """Add a value in force from ``valid_from`` (or correct the one of that day)."""
    if name not in NAMES:
        raise ValidationError("name", f"Unknown value {name!r}; known: {', '.join(NAMES)}", code="choice_invalid",
                              value=name, allowed=", ".join(NAMES))
    amount = parse_decimal(value, "value", 2, minimum=Decimal(0), maximum=Decimal("1000000"), what="amount")
    with db.atomic():
        TaxValue.insert(name=name, valid_from=valid_from, value=str(amount), note=note.strip()).on_conflict(
            conflict_target=[TaxValue.name, TaxValue.valid_from],
            update={TaxValue.value: str(amount), TaxValue.note: note.strip()}).execute()
    return TaxValueView(name, valid_from, amount, note.strip()), Changes(settings={f"tax_value:{name}"})
