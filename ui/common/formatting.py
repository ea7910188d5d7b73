"""Money, numbers and dates as people read them in the window's language (babel, QLocale's default).

The locale follows ``QLocale()`` (the language chosen in ui/i18n.py sets it); "C" counts as English.
Editable numbers never group thousands, so that what is shown can be typed back as is.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, get_decimal_symbol
from PySide6.QtCore import QLocale

DASH = "—"


def locale_name() -> str:
    name = QLocale().name()
    return "en_US" if name in ("C", "", "POSIX") else name


def money(value: Decimal | None, currency: str = "EUR") -> str:
    """1.234,50 € (it), €1,234.50 (en)."""
    if value is None:
        return DASH
    return format_currency(value, currency or "EUR", locale=locale_name())


def amount(value: Decimal | None) -> str:
    """An amount without the currency, two decimals, grouped: 1.234,50."""
    if value is None:
        return DASH
    return format_decimal(value, format="#,##0.00", locale=locale_name())


def editable(value: Decimal | None, places: int | None = None) -> str:
    """A number as it is typed back: no grouping, the locale's decimal mark, no useless zeros."""
    if value is None:
        return ""
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places))
    else:
        value = value.normalize()
        if value == value.to_integral_value():
            value = value.quantize(Decimal(1))
    text = format(value, "f")
    return text.replace(".", get_decimal_symbol(locale_name()))


def price_places(value: Decimal) -> int:
    """The decimals a unit price shows: two, or the ones it has up to eight (0,035)."""
    exponent = value.normalize().as_tuple().exponent
    return min(8, max(2, -exponent)) if isinstance(exponent, int) else 2


def unit_price(value: Decimal | None, currency: str = "EUR") -> str:
    """A unit price with its currency and the decimals it has: 0,035 €, 12,50 €."""
    if value is None:
        return DASH
    return format_currency(value, currency or "EUR", locale=locale_name(), decimal_quantization=False)


def editable_price(value: Decimal | None) -> str:
    """A unit price as it is typed back: two decimals at least, more when it has them (0,035)."""
    return "" if value is None else editable(value, price_places(value))


def percent(value: Decimal | None) -> str:
    return DASH if value is None else f"{editable(value)}%"


def day(value: date | None) -> str:
    """4 mar 2026 (it), Mar 4, 2026 (en)."""
    return "" if value is None else format_date(value, "medium", locale=locale_name())


def fold(text: str) -> str:
    """Lower case without accents, for filters typed by people ("nicolo" finds "Nicolò")."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
