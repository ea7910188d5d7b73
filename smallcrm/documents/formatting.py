"""Money, dates, quantities and percentages as a reader of the document's language expects them (babel).

Shared by the PDF renderer, the exports and (through services) the UI. Every function takes the document
language ("it", "en" or "ro"; anything else falls back to English) and returns a plain string.
Babel's locale data and parsed number patterns are cached: these run thousands of times per batch.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.numbers import get_currency_symbol, parse_pattern

LOCALES = {"it": "it_IT", "en": "en_GB", "ro": "ro_RO"}

_QUANTITY_PATTERN = "#,##0.###"
_PERCENT_PATTERN = "#,##0.##"


@lru_cache(maxsize=8)
def locale_for(language: str) -> Locale:
    """The babel locale printed documents use for a language (English is British: "€1,234.56", 22/11/2026)."""
    return Locale.parse(LOCALES.get((language or "").lower()[:2], "it_IT"))


@lru_cache(maxsize=8)
def _date_pattern(language: str) -> str:
    # The locale's short date with a four-digit year: Italian "dd/MM/yy" becomes "dd/MM/y" (22/11/2026).
    pattern = locale_for(language).date_formats["short"].pattern
    if "yyyy" not in pattern and "yy" in pattern:
        pattern = pattern.replace("yy", "y")
    return pattern


@lru_cache(maxsize=8)
def _currency_pattern(language: str):
    return locale_for(language).currency_formats["standard"]


@lru_cache(maxsize=32)
def _number_pattern(pattern: str):
    return parse_pattern(pattern)


def format_money(amount: Decimal, currency: str = "EUR", language: str = "it") -> str:
    """ "1.234,56 €" (it), "€1,234.56" (en), "1.234,56 EUR" (ro): babel's currency format for the language.

    The space babel puts between the number and the symbol is a no-break space, so the two never part.
    """
    locale = locale_for(language)
    return _currency_pattern(language).apply(amount, locale, currency=currency or "EUR", currency_digits=True)


def format_number(amount: Decimal, language: str, decimals: int = 2) -> str:
    """A fixed number of decimals with the locale's separators, no symbol: "1.234,56"."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return _number_pattern(pattern).apply(amount, locale_for(language))


def format_quantity(quantity: Decimal, language: str) -> str:
    """Up to three decimals, no trailing zeros: 2 → "2", 1.5 → "1,5", 0.125 → "0,125"."""
    return _number_pattern(_QUANTITY_PATTERN).apply(quantity, locale_for(language))


def format_percent(percent: Decimal, language: str) -> str:
    """A percentage without the sign and without trailing zeros: 22.00 → "22", 12.50 → "12,5"."""
    return _number_pattern(_PERCENT_PATTERN).apply(percent, locale_for(language))


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
