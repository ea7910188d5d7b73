"""The code page of a vCard file's quoted-printable values that name no CHARSET (vCard 2.1, The Bat!, old phones).

Such a value is bytes of some national code page, and one value ("Iksi=F1ski") is too short for any detector:
=F1 is "ń" in Polish code pages and "ñ" in Western ones. A file is written by one program in one code page, so
the reading is chosen once for all of them together: UTF-8 when every undeclared byte sequence is valid UTF-8,
else charset-normalizer's guess on all of them at once (more text, a better guess), the same for every value.
"""

from __future__ import annotations

import quopri

from smallcrm.documents.vcard_lines import logical_lines

FALLBACK = "cp1252"  # when nothing can be said: the code page most such files were written in


def undeclared_bytes(text: str) -> bytes:
    """The decoded bytes of every quoted-printable value without a CHARSET in the file, a line each."""
    found = bytearray()
    for _, line in logical_lines(text):
        head, colon, value = line.partition(":")
        head = head.upper()
        if colon and "QUOTED-PRINTABLE" in head and "CHARSET" not in head:
            found += quopri.decodestring(value.encode("utf-8", errors="replace")) + b"\n"
    return bytes(found)


def undeclared_charset(text: str) -> str:
    """The one code page the file's quoted-printable values without a CHARSET are read in."""
    if "QUOTED-PRINTABLE" not in text.upper():
        return "utf-8"
    data = undeclared_bytes(text)
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # a guess that fails is no reason to refuse the file
        best = None
    return best.encoding if best is not None else FALLBACK
