"""A country as address books write it, to its ISO 3166 alpha-2 code.

The names come from maintained data, not from a list of our own: pycountry (ISO 3166: alpha-2, alpha-3, the
English, official and common names) and babel (CLDR: each territory's name in many languages). What neither
knows are the short forms people type ("USA", "U.S.A.", "UK", "England") and names CLDR has since replaced
("Turkey" is "Türkiye" now): those few are listed here.
"""

from __future__ import annotations

import re
from functools import cache

from smallcrm.text import fold

# the languages whose country names an address book is likely to be written in
_LANGUAGES = ("en", "it", "ro", "de", "fr", "es", "pt", "nl", "pl", "cs", "hu", "el", "ru", "uk", "bg", "tr",
              "sv", "da", "fi", "no", "ja", "zh", "ko", "ar", "he", "hr", "sl", "sk", "sq", "sr")
# usual short and former forms that neither ISO nor CLDR lists as a name
_SHORT_FORMS = {
    "usa": "US", "us": "US", "america": "US", "united states": "US", "united states of america": "US",
    "uk": "GB", "great britain": "GB", "britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "northern ireland": "GB", "turkey": "TR", "holland": "NL", "the netherlands": "NL", "czech republic": "CZ",
    "russia": "RU", "south korea": "KR", "korea": "KR", "north korea": "KP", "vatican": "VA", "macedonia": "MK",
    "swaziland": "SZ", "burma": "MM",
    "deutschland": "DE", "d": "DE", "i": "IT", "f": "FR", "a": "AT", "ch": "CH",  # car plates on old letters
}
_PUNCTUATION = re.compile(r"[.\s]+")


def _key(text: str) -> str:
    """ "U.S.A." and "u s a" -> "usa"; "United  States" -> "united states"."""
    folded = fold(text)
    squeezed = _PUNCTUATION.sub("", folded)
    return squeezed if len(squeezed) <= 3 else _PUNCTUATION.sub(" ", folded).strip()


@cache
def _names() -> dict[str, str]:
    import pycountry
    from babel import Locale

    names: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        names.setdefault(_key(country.alpha_3), code)
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                names.setdefault(_key(value), code)
    for language in _LANGUAGES:
        for code, name in Locale(language).territories.items():
            if len(code) == 2 and code.isalpha():
                names.setdefault(_key(name), code)
    for short, code in _SHORT_FORMS.items():
        names[_key(short)] = code
    return names


@cache
def _codes() -> frozenset[str]:
    import pycountry

    return frozenset(country.alpha_2 for country in pycountry.countries)


def country_of(text: str) -> str | None:
    """The alpha-2 code of a country written as a code or a name in any of the usual languages, or None."""
    value = text.strip()
    if not value:
        return None
    if len(value) == 2 and value.isascii() and value.isalpha() and value.upper() in _codes():
        return value.upper()
    return _names().get(_key(value))


def country_name(code: str, language: str = "en") -> str:
    """A country's name in a language (babel's CLDR names: "Italia", "Italy", "Italia"), or the code itself."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language or "en").territories.get(code.upper(), code)
    except (ValueError, UnknownLocaleError):
        return code
