"""Money is exact: integer cents in the database, Decimal in Python, one rounding rule, here.

Unit prices have up to 8 decimals, as FatturaPA's PrezzoUnitario (a screw at 0,035 EUR): they are stored as
integers of 1e-8 (``to_e8``/``from_e8``), and only the line's amount is rounded to the cent.

The rule: each line's net amount is rounded to the cent (half up), the taxable amount of a VAT rate is the
sum of its rounded lines, and the VAT of a rate is that taxable times the rate, rounded to the cent (half
up) once per rate, as EN 16931 and the Italian FatturaPA expect. Grand total = taxable + VAT.

A credit note uses the same rounding, applied to what its invoice's credit notes have credited so far, all
together, so that they add up to the invoice exactly (``services/sales/credit_room.py``): a line's amount so far
is the invoice line's price times the quantity credited so far, rounded once; a rate's VAT so far is the
invoice's VAT at that rate times the share of its taxable credited so far, rounded once; each credit note takes
the difference, and the one that takes the last of a line or a rate takes exactly what is left of it.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from smallcrm.errors import ValidationError
from smallcrm.numbers import NumberNotRead, read_number

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
PRICE_PLACES = 8  # decimals of a unit price (FatturaPA allows 8)
MAX_PRICE = Decimal("999999999.99999999")
_E8 = 10 ** PRICE_PLACES
_PLACES = {places: Decimal(1).scaleb(-places) for places in range(PRICE_PLACES + 1)}


def round_cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def to_cents(amount: Decimal) -> int:
    """An amount already exact to the cent as integer cents (refuses to round silently)."""
    cents = amount * 100
    if cents != cents.to_integral_value():
        raise ValueError(f"{amount} is not a whole number of cents")
    return int(cents)


def from_cents(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)  # exact: 1234 -> 12.34, 0 -> 0.00 (as quantizing cents / 100 gives)


def to_e8(price: Decimal) -> int:
    """A unit price as stored: an integer of 1e-8 (0.035 -> 3_500_000); refuses to round silently."""
    units = price * _E8
    if units != units.to_integral_value():
        raise ValueError(f"{price} has more than {PRICE_PLACES} decimals")
    return int(units)


def from_e8(units: int) -> Decimal:
    """A stored unit price with the decimals it has, at least two: 3_500_000 -> 0.035, 1_250_000_000 -> 12.50."""
    places = PRICE_PLACES
    while places > 2 and units % 10 ** (PRICE_PLACES - places + 1) == 0:
        places -= 1
    return Decimal(units).scaleb(-PRICE_PLACES).quantize(_PLACES[places])


def parse_decimal(value: object, field: str, places: int, *, minimum: Decimal | None = None,
                  maximum: Decimal | None = None, what: str = "number") -> Decimal:
    """A Decimal from what a person typed (read in their language: ``smallcrm.numbers``) or from a number,
    with at most ``places`` decimals."""
    if isinstance(value, float):
        raise TypeError("floats are not accepted for exact amounts")
    if isinstance(value, Decimal | int):
        number = Decimal(value)
    else:
        try:
            number = read_number(str(value))
        except NumberNotRead as exc:
            if exc.hint:
                raise ValidationError(field, f"{value} could be read two ways: write {exc.hint}",
                                      code="number_ambiguous", value=value, hint=exc.hint) from exc
            raise ValidationError(field, f"Not a valid {what}: {value}", code="number_invalid",
                                  value=value) from exc
    if not number.is_finite():
        raise ValidationError(field, f"Not a valid {what}: {value}", code="number_invalid", value=value)
    try:
        too_precise = -number.as_tuple().exponent > places and number != number.quantize(Decimal(1).scaleb(-places))
    except InvalidOperation as exc:  # more digits than Decimal's 28: far beyond any amount or quantity
        raise ValidationError(field, f"Too large: {value}", code="too_large", value=value, maximum=maximum) from exc
    if too_precise:
        raise ValidationError(field, f"At most {places} decimals: {value}", code="too_many_decimals",
                              value=value, places=places)
    if minimum is not None and number < minimum:
        raise ValidationError(field, f"Must be at least {minimum}: {value}", code="too_small", value=value,
                              minimum=minimum)
    if maximum is not None and number > maximum:
        raise ValidationError(field, f"Must be at most {maximum}: {value}", code="too_large", value=value,
                              maximum=maximum)
    return number.quantize(Decimal(1).scaleb(-places)) if places else number.to_integral_value()


def parse_money(value: object, field: str = "amount", *, allow_negative: bool = False) -> Decimal:
    """An amount in euro with at most two decimals (the currency's minor unit)."""
    return parse_decimal(value, field, 2, minimum=None if allow_negative else Decimal(0),
                         maximum=Decimal("999999999.99"), what="amount")


def parse_unit_price(value: object, field: str = "unit_price", *, allow_negative: bool = True) -> Decimal:
    """A unit price as typed: up to 8 decimals; negative for a line that takes off (an advance deducted, a
    discount), which the document's totals must still cover (``document_lines.check_totals``)."""
    price = parse_decimal(value, field, PRICE_PLACES, minimum=-MAX_PRICE if allow_negative else Decimal(0),
                          maximum=MAX_PRICE, what="amount")
    return from_e8(to_e8(price))
