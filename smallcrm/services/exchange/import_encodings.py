"""The code pages a person may choose to read an imported file in, when the guess was wrong.

A file that says nothing of its encoding is guessed (``documents.csv_reader.decode``, ``documents.vcard_charset``),
and a short sample defeats every guess: "Iksiński" in ISO-8859-2 is also "Iksiñski" in Windows-1252. So the import
offers the choice, and this is the one list of what it offers: Python codec names, the usual ones first.
"""

from __future__ import annotations

import codecs

from smallcrm.errors import ValidationError

CODE_PAGES = ("utf-8", "cp1252", "iso8859-15", "cp1250", "iso8859-2", "cp1251", "koi8-r", "cp1253", "cp1254",
              "cp1257", "cp932", "gb18030", "big5", "cp949", "mac-roman", "utf-16")  # as codecs.lookup names them


def encoding_key(name: str) -> str:
    """An encoding's one name (codecs.lookup's: "ISO-8859-2" and "iso8859_2" are "iso8859-2"), or the name as
    given when Python does not know it."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


def checked_encoding(name: str | None) -> str | None:
    """A chosen encoding as Python names it, or None for "find it out"; an unknown name is a ValidationError."""
    if not name or not name.strip() or name.strip().lower() in ("auto", "automatic"):
        return None
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:  # (not encoding_key: an unknown name is refused here)
        raise ValidationError("encoding", f"Unknown text encoding: {name} (e.g. utf-8, cp1252, iso8859_2)",
                              code="encoding_unknown", value=name) from None
