"""How values are written in a FatturaPA file: amounts with the decimals the schema allows, texts in the
characters it allows (Latin-1 for names, addresses and descriptions; plain ASCII for codes and numbers)."""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal

from smallcrm.money import round_cents

# typographic characters a user types that have a plain Latin-1 twin
_PLAIN = str.maketrans({"€": "EUR", "‘": "'", "’": "'", "‚": ",", "“": '"', "”": '"', "„": '"', "–": "-",
                        "—": "-", "…": "...", "•": "-", "\t": " ", "\r": " ", "\n": " "})


def amount(value: Decimal) -> str:
    """An amount of money (Amount2DecimalType): two decimals, rounded by the one rule."""
    return f"{round_cents(value):.2f}"


def rate(value: Decimal) -> str:
    """A percentage (RateType): 22.00."""
    return f"{round_cents(value):.2f}"


def price(value: Decimal) -> str:
    """A unit price or a quantity (Amount8DecimalType, QuantitaType): 2 to 8 decimals, no trailing zeros past 2."""
    text = f"{value.quantize(Decimal('0.00000001')):.8f}".rstrip("0")
    whole, _, decimals = text.partition(".")
    return f"{whole}.{decimals.ljust(2, '0')}"


def day(value: date) -> str:
    return value.isoformat()


def latin(text: str, limit: int) -> str:
    """``text`` in the Latin-1 the schema allows for names and descriptions, cut to ``limit`` characters: letters
    outside it lose their accents (Ș → S), other characters outside it go."""
    out = []
    for char in " ".join(text.translate(_PLAIN).split()):
        if ord(char) < 256:
            if ord(char) >= 32 and not 127 <= ord(char) < 160:
                out.append(char)
            continue
        base = unicodedata.normalize("NFKD", char)
        out.extend(c for c in base if 32 <= ord(c) < 127)
    return "".join(out)[:limit].strip()


def ascii_text(text: str, limit: int) -> str:
    """``text`` in the plain ASCII (BasicLatin) of the schema's codes, numbers and short texts."""
    folded = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    return "".join(c for c in folded if 32 <= ord(c) < 127)[:limit].strip()


def chunks(text: str, size: int) -> list[str]:
    """``text`` (Latin-1) cut into pieces of at most ``size`` characters, at spaces where it can (Causale)."""
    words, pieces, current = latin(text, 100_000).split(" "), [], ""
    for word in words:
        while len(word) > size:
            if current:
                pieces.append(current)
                current = ""
            pieces.append(word[:size])
            word = word[size:]
        candidate = f"{current} {word}" if current else word
        if len(candidate) > size:
            pieces.append(current)
            candidate = word
        current = candidate
    if current:
        pieces.append(current)
    return [p for p in pieces if p]
