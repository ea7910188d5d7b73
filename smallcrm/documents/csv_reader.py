"""Reading CSV files from spreadsheets, address books and other CRMs.

The encoding is found in this order: a byte-order mark, UTF-16 without one, strict UTF-8, then the Western or
Central European code page that reads the lines with non-ASCII bytes as plausible text, else (Cyrillic, Greek,
any text whose letters would be mostly accented in those) what charset-normalizer guesses (Windows-1252 when
it cannot tell). The separator (comma, semicolon,
tab) is the one that splits the first lines into the same number of columns. Cells are text and stay text:
"=HYPERLINK(...)" or "+cmd" are never evaluated; the apostrophe our own Italian CSV puts before such a cell
is taken away again.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from smallcrm.documents.table_source import (
    CELL_LIMIT,
    MAX_ROWS,
    RawRow,
    RawTable,
    check_size,
    checked_row,
    file_error,
)

DELIMITERS = (",", ";", "\t", "|")
SNIFF_LINES = 50
_ESCAPED_FORMULA = re.compile(r"^'(?='*[=@+\-\t\r])")  # also "''=": a text's own "'=" escaped
_LEGACY = ("cp1252", "cp1250", "iso8859_15", "iso8859_2", "latin_1", "mac_roman")

csv.field_size_limit(max(csv.field_size_limit(), 16 * 1024 * 1024))


def _is_binary(head: bytes) -> bool:
    return b"\x00" in head or head.startswith((b"PK\x03\x04", b"%PDF", b"\x89PNG", b"\xd0\xcf\x11\xe0"))


_LIKELY = set("àèéìíòóùúçñäöüßâêîôûëïœæÀÈÉÌÍÒÓÙÚÇÑÄÖÜÂÊÎÔÛËÏ€°ăâîșțşţĂÂÎȘȚŞŢ«»‘’“”–—…")


def _plausible(text: str) -> float:
    """The share of non-ASCII characters that are letters and signs of the languages our users write."""
    odd = [ch for ch in text if ord(ch) > 0x7F]
    return sum(ch in _LIKELY for ch in odd) / len(odd) if odd else 1.0


_ACCENTED_WORD = re.compile(r"[^\W\d_a-zA-Z]{3,}")


def _mostly_accented(text: str) -> bool:
    """Whether most letters of ``text`` are accented: no Western or Central European language is written so
    ("Èâàí Ïåòðîâ" is Cyrillic read as Windows-1252), so another alphabet's code page is asked for."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters or sum(ord(ch) > 0x7F for ch in letters) <= len(letters) / 2:
        return False
    return len(_ACCENTED_WORD.findall(text)) >= 2  # whole words of them, not a lone "ñ" or "ü"


def _legacy_encoding(data: bytes) -> str:
    """The 8-bit encoding of a file that is not UTF-8, judged on its lines with non-ASCII bytes: Windows-1252
    unless another Western or Central European code page reads them as more plausible text."""
    lines = [line for line in data.splitlines() if not line.isascii()][:200]
    sample = b"\n".join(lines)[:64_000]
    scores = []
    for encoding in _LEGACY:
        try:
            scores.append((_plausible(sample.decode(encoding)), -_LEGACY.index(encoding), encoding))
        except UnicodeDecodeError:
            continue
    best = max(scores) if scores else (0.0, 0, "cp1252")
    if best[0] < 0.5 or _mostly_accented(sample.decode(best[2], errors="replace")):
        try:
            from charset_normalizer import from_bytes

            found = from_bytes(sample)
            guess = _japanese(found) or found.best()
            if guess is not None:
                return guess.encoding
        except Exception:  # a guess that fails is no reason to refuse the file
            pass
    return best[2]


_HIRAGANA = re.compile("[\u3041-\u309f]")


def _japanese(found):
    """charset-normalizer's Japanese reading of the text, when it has one and that reading has hiragana.

    Short Shift_JIS text is often also valid Korean code page (cp949) bytes, which charset-normalizer then
    ranks first ("権兵衛" read as "뙛빜뎢"); hiragana, though, are written only in Japanese, and Korean text read
    as Shift_JIS gives half-width katakana, not hiragana. So a Japanese reading with hiragana in it wins."""
    best = found.best()
    if best is None or "Japanese" in best.language:
        return None
    for match in found:
        if "Japanese" in match.language and _HIRAGANA.search(str(match)):
            return match
    return None


def _utf16_without_bom(head: bytes) -> str:
    """ "utf-16-be" or "-le" for text of UTF-16 without a byte order mark (Apple's Address Book writes it):
    Latin text then has a zero in every other byte, on the same side, and nowhere else."""
    if len(head) < 8:
        return ""
    even, odd = head[0:len(head) - len(head) % 2:2], head[1:len(head) - len(head) % 2:2]
    if even.count(0) >= len(even) * 0.9 and not odd.count(0):
        return "utf-16-be"
    if odd.count(0) >= len(odd) * 0.9 and not even.count(0):
        return "utf-16-le"
    return ""


def decode(data: bytes, chosen: str | None = None) -> tuple[str, str]:
    """The text of a CSV file and the name of its encoding; ``chosen``: the encoding the person picked (a guess
    on a short file can be wrong), which then reads it, a byte-order mark of its own family excepted."""
    if chosen:
        return _decoded_as(data, chosen), chosen
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    utf16 = _utf16_without_bom(data[:512])
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    if _is_binary(data[:8192]):
        raise file_error("file_binary", "This is not a text (CSV) file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3:  # a file cut in the middle of its last character
            return data[:exc.start].decode("utf-8"), "utf-8"
    encoding = _legacy_encoding(data)
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _decoded_as(data: bytes, encoding: str) -> str:
    if encoding.startswith("utf-8") and data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    return data.decode(encoding, errors="replace")


def sniff_delimiter(text: str) -> str:
    """The separator that cuts the first lines into the most columns, the same number on most lines."""
    lines = [line for line in text.splitlines()[:SNIFF_LINES * 4] if line.strip()][:SNIFF_LINES]
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        if not widths:
            continue
        width, hits = Counter(widths).most_common(1)[0]
        if width < 2:
            continue
        score = (hits / len(widths), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def unescape_cell(cell: str) -> str:
    return _ESCAPED_FORMULA.sub("", cell, count=1) if cell.startswith("'") else cell


_LINES = re.compile(r"[^\n]*\n|[^\n]+$")


def _swallowed(cells: list[str], delimiter: str, width: int) -> bool:
    """Whether a record over several lines is rows swallowed by a quote never closed: a line inside one of its
    cells holds a whole row's separators (a note over lines rarely has as many)."""
    return any(line.count(delimiter) >= width - 1 for cell in cells if "\n" in cell for line in cell.split("\n")[1:])


def _records(text: str, delimiter: str, width: int = 0) -> Iterator[tuple[int, list[str] | None]]:
    """(starting line, cells) of each non-blank record; (line, None) for a quote opened on that line and never
    closed (with ``width``, the headers' count, known): the reading goes on from the line after it, so that one
    stray quote costs one row, not the rest of the file."""
    offset = 0  # the lines before ``text`` in the file
    while True:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
        line, broken = 1, 0
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                at = offset + reader.line_num
                raise file_error("file_unreadable", f"Line {at}: {exc}", line=at) from exc
            start, line = line, reader.line_num + 1
            if width > 2 and reader.line_num > start and _swallowed(cells, delimiter, width):
                broken = start
                break
            if any(c.strip() for c in cells):
                yield offset + start, cells
        if not broken:
            return
        yield offset + broken, None
        text = "".join(_LINES.findall(text)[broken:])
        offset += broken


def read_csv(path: Path | str, encoding: str | None = None) -> RawTable:
    """``encoding``: the one the person chose (``import_encodings.checked_encoding``), None to find it out."""
    path = Path(path)
    check_size(path)
    text, encoding = decode(path.read_bytes(), encoding)
    return table_of_text(text, encoding)


def table_of_text(text: str, encoding: str = "utf-8") -> RawTable:
    if not text.strip():
        raise file_error("file_empty", "The file is empty")
    delimiter = sniff_delimiter(text)
    first = next(_records(text, delimiter), None)
    if first is None:
        raise file_error("file_empty", "The file is empty")
    headers = [unescape_cell(h).strip() for h in first[1]]
    headerless = looks_like_data(headers)
    if headerless:  # the first line is a contact (Palm Desktop, old Thunderbird): it is read as one
        headers = [f"#{n}" for n in range(1, len(headers) + 1)]
    while headers and not headers[-1]:
        headers.pop()
    if any(len(h) > CELL_LIMIT for h in headers):
        raise file_error("no_header", "The first line is not a line of column names")
    width = len(headers)

    def rows() -> Iterator[RawRow]:
        records = _records(text, delimiter, width)
        if not headerless:
            next(records, None)
        for count, (number, cells) in enumerate(records, 1):
            if count > MAX_ROWS:
                raise file_error("too_many_rows", f"More than {MAX_ROWS:,} rows: split the file", limit=MAX_ROWS)
            if cells is None:
                yield RawRow(number, [""] * width, "unclosed_quote",
                             f"a quote opened on line {number} is never closed (the row is left out; the rows "
                             f"after it are read)")
            else:
                yield checked_row(number, [unescape_cell(c) for c in cells], width)

    return RawTable("csv", headers, rows, encoding=encoding, delimiter=delimiter,
                    size_hint=max(text.count("\n") - 1, 1), headerless=headerless)


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.\w+")
_NUMBER = re.compile(r"\+?[\d\s().\-/]+")


def looks_like_data(cells: list[str]) -> bool:
    """Whether a first line holds a contact rather than column names: an e-mail address or a web address in a
    cell, or two cells that are numbers of six digits or more (one could be a column named "2023-2024"), which
    no line of column names has."""
    numbers = 0
    for cell in (c.strip() for c in cells):
        if _EMAIL.fullmatch(cell) or cell.lower().startswith(("http://", "https://")):
            return True
        numbers += bool(_NUMBER.fullmatch(cell)) and sum(ch.isdigit() for ch in cell) >= 6
    return numbers >= 2
