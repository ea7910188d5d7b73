"""Money, dates, quantities and percentages as a reader of the document's language expects them (babel).

Shared by the PDF renderer, the exports and (through services) the UI. Every function takes the document
language ("it", "en" or "ro"; anything else is printed as Italian) and returns a plain string.

Babel says how (symbols, the place of the currency sign, the date pattern), once per language and currency;
the digits are then laid out here, because a batch of invoices formats tens of thousands of amounts and
babel's general pattern machinery costs ~30 µs a number. The tests check both agree.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.numbers import (
    format_currency,
    get_currency_precision,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
    get_minus_sign_symbol,
)

LOCALES = {"it": "it_IT", "en": "en_GB", "ro": "ro_RO"}


@lru_cache(maxsize=8)
def locale_for(language: str) -> Locale:
    """The babel locale printed documents use for a language (English is British: "€1,234.56", 22/11/2026)."""
    return Locale.parse(LOCALES.get((language or "").lower()[:2], "it_IT"))


@lru_cache(maxsize=8)
def _symbols(language: str) -> tuple[str, str, str]:
    locale = locale_for(language)
    return get_decimal_symbol(locale), get_group_symbol(locale), get_minus_sign_symbol(locale)


@lru_cache(maxsize=64)
def _money_template(currency: str, language: str) -> tuple[str, int]:
    """Where the number goes around the currency sign ("{} €", "€{}") and how many decimals the currency has."""
    digits = get_currency_precision(currency)
    sample = format_currency(Decimal("1234"), currency, locale=locale_for(language))
    return sample.replace(format_number(Decimal("1234"), language, digits), "{}", 1), digits


@lru_cache(maxsize=8)
def _date_pattern(language: str) -> str:
    # The locale's short date with a four-digit year: Italian "dd/MM/yy" becomes "dd/MM/y" (22/11/2026).
    pattern = locale_for(language).date_formats["short"].pattern
    if "yyyy" not in pattern and "yy" in pattern:
        pattern = pattern.replace("yy", "y")
    return pattern


def format_number(amount: Decimal, language: str, decimals: int = 2, trim: bool = False) -> str:
    """``amount`` rounded half-even to ``decimals`` places with the locale's separators: "1.234,56".

    With ``trim``, trailing zero decimals (and a bare decimal mark) are dropped: "1,5", "2".
    """
    decimal_mark, group_mark, minus = _symbols(language)
    value = Decimal(amount).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_EVEN)
    sign = minus if value < 0 and value != 0 else ""
    whole, _, fraction = f"{abs(value):f}".partition(".")
    if trim:
        fraction = fraction.rstrip("0")
    if len(whole) > 3:
        head = len(whole) % 3 or 3
        whole = group_mark.join([whole[:head]] + [whole[i:i + 3] for i in range(head, len(whole), 3)])
    return f"{sign}{whole}{decimal_mark}{fraction}" if fraction else f"{sign}{whole}"


def format_money(amount: Decimal, currency: str = "EUR", language: str = "it") -> str:
    """ "1.234,56 €" (it), "€1,234.56" (en), "1.234,56 EUR" (ro): babel's currency format for the language.

    The space babel puts between the number and the symbol is a no-break space, so the two never part.
    """
    template, digits = _money_template(currency or "EUR", language)
    number = format_number(amount, language, digits)
    minus = _symbols(language)[2]
    if number.startswith(minus):
        return minus + template.format(number[len(minus):])
    return template.format(number)


def format_unit_price(price: Decimal, currency: str = "EUR", language: str = "it") -> str:
    """A unit price as money, with the decimals it has beyond the currency's, up to 8 (FatturaPA's):
    "0,035 €", "12,50 €", "0,12345678 €"."""
    template, digits = _money_template(currency or "EUR", language)
    exponent = Decimal(price).normalize().as_tuple().exponent
    places = min(8, max(digits, -exponent if isinstance(exponent, int) else digits))
    number = format_number(price, language, places)
    minus = _symbols(language)[2]
    if number.startswith(minus):
        return minus + template.format(number[len(minus):])
    return template.format(number)


def format_quantity(quantity: Decimal, language: str) -> str:
    """Up to three decimals, no trailing zeros: 2 → "2", 1.5 → "1,5", 0.125 → "0,125"."""
    return format_number(quantity, language, 3, trim=True)


def format_percent(percent: Decimal, language: str) -> str:
    """A percentage without the sign and without trailing zeros: 22.00 → "22", 12.50 → "12,5"."""
    return format_number(percent, language, 2, trim=True)


def format_date(d: date | None, language: str = "it") -> str:
    """ "22/11/2026" (it), "22/11/2026" (en), "22.11.2026" (ro); "" for no date."""
    if d is None:
        return ""
    return _format_date_cached(d, language)


@lru_cache(maxsize=4096)
def _format_date_cached(d: date, language: str) -> str:
    return _babel_date(d, _date_pattern(language), locale=locale_for(language))


def currency_symbol(currency: str, language: str) -> str:
    return get_currency_symbol(currency or "EUR", locale=locale_for(language))


def country_name(code: str, language: str) -> str:
    """ "DE" → "Germania" (it), "Germany" (en), "Germania" (ro); an unknown code is returned as it is."""
    code = (code or "").strip().upper()
    return locale_for(language).territories.get(code, code)


def format_place(postal_code: str, city: str, province: str = "") -> str:
    """ "20121 Milano (MI)": the second line of an Italian address."""
    place = " ".join(p for p in (postal_code, city) if p)
    return f"{place} ({province})" if province else place


def format_iban(iban: str) -> str:
    """An IBAN in groups of four, as printed: "IT60 X054 2811 1010 0000 0123 456"."""
    compact = "".join((iban or "").split()).upper()
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
