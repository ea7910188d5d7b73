"""Numbers as people type them: "1.500" is fifteen hundred in Italian and Romanian, one and a half in English.

One reader for every amount, quantity and percentage a person types, in the window and on the command line.
The decimal and grouping marks are the language's own (babel). The rules, so that nothing is ever read one way
while the person meant the other:

- what is written the language's way is read that way ("1.500" and "1.500,50" in Italian, "1,500.50" in
  English), and so are digits with the decimal mark alone ("0,035");
- a single grouping mark that cannot group ("12.50" in Italian: a group has three digits) can only be a
  decimal mark: it is read as one, since no other reading exists;
- a number written the other way with several marks ("1,500.50" in Italian, "1.500,50" in English) could be
  a slip of either mark: it is refused, with the way to write it in the language.

The language is the one the person works in: the window's, or for the command line ``--lang`` or the
settings. It is set once per process by the front end (``set_typing_language``); services read it when they
read typed text. Values that are already numbers (``Decimal``, ``int``) are never re-read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation

from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol

LOCALES = {"it": "it_IT", "en": "en_GB", "ro": "ro_RO"}
DEFAULT = "en"
_SPACES = dict.fromkeys(map(ord, " \u00a0\u202f\u2009'’"), None)  # what people and other programs group with
_UNITS = re.compile(r"(?i)^(€|eur|ron|lei|%)|(€|eur|ron|lei|%)$")

_typing = DEFAULT


class NumberNotRead(ValueError):
    """Not a number in the language's way of writing; ``hint`` is how to write it, when one was seen."""

    def __init__(self, text: str, hint: str | None = None) -> None:
        super().__init__(text)
        self.text, self.hint = text, hint


def typing_language() -> str:
    return _typing


def set_typing_language(language: str | None) -> None:
    """The language of what the person types from now on (it, en, ro; anything else counts as English)."""
    global _typing
    _typing = (language or DEFAULT).split("_")[0].lower()


@contextmanager
def typed_in(language: str) -> Iterator[None]:
    """Read typed numbers in ``language`` for a while (tests, a command's own --lang)."""
    before = _typing
    set_typing_language(language)
    try:
        yield
    finally:
        set_typing_language(before)


def marks(language: str | None = None) -> tuple[str, str]:
    """(decimal mark, grouping mark) of ``language``."""
    locale = LOCALES.get((language or _typing), LOCALES[DEFAULT])
    return get_decimal_symbol(locale), get_group_symbol(locale)


def _patterns(decimal: str, group: str) -> tuple[re.Pattern, re.Pattern]:
    d, g = re.escape(decimal), re.escape(group)
    grouped = re.compile(rf"[1-9]\d{{0,2}}(?:{g}\d{{3}})+(?:{d}\d+)?")
    plain = re.compile(rf"\d+(?:{d}\d+)?")
    return grouped, plain


def read_number(text: str, language: str | None = None) -> Decimal:
    """``text`` as the exact number a person of ``language`` (default: the typing language) meant by it."""
    decimal, group = marks(language)
    body = text.strip().translate(_SPACES)
    sign = ""
    if body[:1] in ("-", "−", "+"):
        sign, body = ("-" if body[0] != "+" else ""), body[1:]
    body = _UNITS.sub("", body)
    if sign == "" and body[:1] in ("-", "−"):  # -€1,234.50 is written €-… by no one, but "€ -5" happens
        sign, body = "-", body[1:]
    if not body:
        raise NumberNotRead(text)
    own_grouped, own_plain = _patterns(decimal, group)
    other_grouped, other_plain = _patterns(group, decimal)
    if own_grouped.fullmatch(body) or own_plain.fullmatch(body):
        digits = body.replace(group, "").replace(decimal, ".")
    elif other_plain.fullmatch(body):  # "12.50" in Italian: a lone mark that cannot group is a decimal mark
        digits = body.replace(group, ".")
    elif other_grouped.fullmatch(body):
        swapped = Decimal(sign + body.replace(decimal, "").replace(group, "."))
        raise NumberNotRead(text, written(swapped, language))
    else:
        raise NumberNotRead(text)
    try:
        return Decimal(sign + digits)
    except InvalidOperation as exc:  # pragma: no cover - the patterns admit digits and one point only
        raise NumberNotRead(text) from exc


def written(number: Decimal, language: str | None = None) -> str:
    """``number`` as the language writes it, grouped, every decimal kept: what ``read_number`` reads back."""
    locale = LOCALES.get((language or _typing), LOCALES[DEFAULT])
    places = max(0, -int(number.as_tuple().exponent))
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(number, format=pattern, locale=locale, decimal_quantization=False)
