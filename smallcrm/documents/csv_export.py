"""CSV files from the same tables as the workbooks (:class:`smallcrm.documents.xlsx.Sheet`).

Two dialects:

- ``plain``: comma separated, decimal point, ISO dates (2026-03-01, 2026-03-01 14:30): for other programs
- ``it``: what Italian Excel opens with a double click: semicolon separated, decimal comma, dd/mm/yyyy dates,
  and a byte-order mark so that Excel reads UTF-8 (accents) correctly

Percentages are written as the user reads them (22 for 22%, under a header that says "%"). A text cell that
a spreadsheet would take for a formula ("=...", "@...", "+A1", "-2+3") gets a leading apostrophe in both
dialects (CSV injection: a file exported from here is opened by someone else); a signed number ("+39 347 ...",
"-12,50") stays as it is. Our import takes the apostrophe away again.

Rows that come from one SQL query with an expression per column (:class:`CellQuery`, 100k+ invoice lines) have
their stored cents, thousandths, basis points and ISO dates made into text by SQLite (``_SQL_TEXT``), the same
text as the Python converters make (a test holds them together): the rows then go from the cursor to
``csv.writer`` without a Python call per cell.
"""

from __future__ import annotations

import contextlib
import csv
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Protocol, runtime_checkable

from smallcrm.documents.tables import PACE, Column, Pacer, Progress, Sheet, ShouldStop, atomic_path
from smallcrm.domain import CellKind

# what a spreadsheet takes for a formula; and a text that starts as an escaped one does ("'=x"), so that the
# apostrophe our reader takes away is the one added here, never the text's own
_FORMULA_LIKE = re.compile(r"^(?:[=@\t\r]|[+-](?![\d .,]*\Z)|'+[=@+\-\t\r])")


@dataclass(frozen=True)
class CsvDialect:
    name: str
    delimiter: str
    decimal: str
    date_format: str
    datetime_format: str
    bom: bool  # the default for the byte-order mark


DIALECTS = {
    "plain": CsvDialect("plain", ",", ".", "%Y-%m-%d", "%Y-%m-%d %H:%M", False),
    "it": CsvDialect("it", ";", ",", "%d/%m/%Y", "%d/%m/%Y %H:%M", True),
}


def dialect_named(name: str) -> CsvDialect:
    from smallcrm.errors import ValidationError

    if name not in DIALECTS:
        raise ValidationError("dialect", f"Unknown CSV dialect {name}; expected one of: {', '.join(DIALECTS)}",
                              code="choice_invalid", value=name, allowed=", ".join(DIALECTS))
    return DIALECTS[name]


def _converters(columns: Sequence[Column], dialect: CsvDialect) -> list[Callable | None]:
    """Per column: None for a value the csv module writes as it is, else a function of a value (None stays None).

    Each is one call per cell (the exports write millions): no wrappers around wrappers. Cents become text with
    "%.2f" of cents / 100, exact for any amount below 2^53 / 100 (the nearest double is well within half a cent).
    """
    comma = dialect.decimal == ","
    point = "," if comma else "."

    def cents(value):
        return None if value is None else f"{value / 100:.2f}"

    def cents_comma(value):
        return None if value is None else f"{value / 100:.2f}".replace(".", ",")

    def hundred_millionths(value):
        """A unit price exactly, with the decimals it has and at least two: 3500000 -> "0.035" (integers only:
        a double cannot hold 17 digits)."""
        if value is None:
            return None
        whole, part = divmod(abs(value), 100_000_000)
        fraction = f"{part:08d}".rstrip("0").ljust(2, "0")
        return f"{'-' if value < 0 else ''}{whole}{point}{fraction}"

    def basis_points(value):
        if value is None:
            return None
        return str(value // 100) if value % 100 == 0 else str(value / 100).replace(".", point)

    def thousandths(value):
        if value is None:
            return None
        return str(value // 1000) if value % 1000 == 0 else str(value / 1000).replace(".", point)

    def percent(value):
        if value is None:
            return None
        return (f"{value.normalize():f}" if hasattr(value, "normalize") else str(value)).replace(".", point)

    def number(value):
        return None if value is None else str(value).replace(".", ",")

    def text(value):
        return "'" + value if isinstance(value, str) and _FORMULA_LIKE.match(value) else value

    def iso_date(value):
        return None if value is None else f"{value[8:10]}/{value[5:7]}/{value[:4]}" if comma else value[:10]

    date_format, datetime_format = dialect.date_format, dialect.datetime_format

    def day(value):
        return None if value is None else value.strftime(date_format)

    def moment(value):
        return None if value is None else value.strftime(datetime_format)

    makers: dict[CellKind, Callable | None] = {
        CellKind.TEXT: text, CellKind.INT: None, CellKind.NUMBER: number if comma else None,
        CellKind.MONEY: number if comma else None, CellKind.PERCENT: percent,
        CellKind.CENTS: cents_comma if comma else cents, CellKind.THOUSANDTHS: thousandths,
        CellKind.HUNDRED_MILLIONTHS: hundred_millionths,
        CellKind.BASIS_POINTS: basis_points, CellKind.ISO_DATE: iso_date, CellKind.DATE: day, CellKind.DATETIME: moment,
    }
    return [makers[c.kind] for c in columns]


@runtime_checkable
class CellQuery(Protocol):
    """Rows of one SQL query with one expression per column, that can be asked for other expressions."""

    cells: Sequence[str]

    def with_cells(self, cells: Sequence[str]) -> Iterable[Sequence]: ...


# The SQL making the same text as the converter of the kind, {x} the stored value (NULL stays NULL). Exact for
# amounts below 10^14 cents (SQLite prints 16 significant digits): printf rounds the nearest double of
# cents / 100 to 2 decimals as Python's format does; a trailing ".0", ".00" and zeros go as str() of the float.
_SQL_TEXT = {
    CellKind.CENTS: "iif({x} IS NULL, NULL, printf('%.2f', ({x}) / 100.0))",
    "basis_points": "iif({x} IS NULL, NULL, rtrim(rtrim(printf('%.2f', ({x}) / 100.0), '0'), '.'))",
    "thousandths": "iif({x} IS NULL, NULL, rtrim(rtrim(printf('%.3f', ({x}) / 1000.0), '0'), '.'))",
    # in integers, as the converter: the sign, the whole part, the eight decimals less trailing zeros (two kept)
    CellKind.HUNDRED_MILLIONTHS: (
        "iif({x} IS NULL, NULL, iif({x} < 0, '-', '') || (abs({x}) / 100000000) || '.' || "
        "substr(rtrim(substr('00000000' || (abs({x}) % 100000000), -8), '0') || '00', 1, "
        "max(2, length(rtrim(substr('00000000' || (abs({x}) % 100000000), -8), '0')))))"),
}
# a text cell neutralised as ``text`` does: GLOB's "[^0-9 .,]" after a sign is the regex's "not only a number"
_SQL_FORMULA_SAFE = ("iif({x} GLOB ('[=@' || char(9, 13) || ']*') OR {x} GLOB '[+-]*[^0-9 .,]*', "
                     "'''' || {x}, {x})")
_SQL_DAY = {"plain": "substr({x}, 1, 10)",
            "it": "substr({x}, 9, 2) || '/' || substr({x}, 6, 2) || '/' || substr({x}, 1, 4)"}


def sql_text(kind: CellKind, dialect: CsvDialect) -> str | None:
    """The SQL template (``{x}`` the cell's expression) of the text a ``kind`` cell becomes, if SQL makes it."""
    if kind == CellKind.ISO_DATE:
        return _SQL_DAY[dialect.name]
    if kind == CellKind.TEXT:
        return _SQL_FORMULA_SAFE
    template = _SQL_TEXT.get(kind)
    if template is None or dialect.decimal == ".":
        return template
    return f"replace({template}, '.', '{dialect.decimal}')"


def _text_in_sql(columns: Sequence[Column], rows: Iterable[Sequence], dialect: CsvDialect
                 ) -> tuple[Iterable[Sequence], list[Callable | None]]:
    """``rows`` with what cells SQL can make as text made there, and the converters left to Python."""
    converters = _converters(columns, dialect)
    if not isinstance(rows, CellQuery) or len(rows.cells) != len(columns):
        return rows, converters
    cells = list(rows.cells)
    for i, column in enumerate(columns):
        template = sql_text(column.kind, dialect)
        if template is not None and "?" not in cells[i]:  # the expression is repeated: its parameters would not be
            cells[i], converters[i] = template.format(x=cells[i]), None
    return rows.with_cells(cells), converters


def write_rows(out, columns: Sequence[Column], rows: Iterable[Sequence], dialect: CsvDialect, pacer: Pacer) -> int:
    """Write the header and ``rows`` to the open text file ``out``; returns the number of rows.

    Rows go in chunks, converted a column at a time (``map`` over the column): no Python loop per cell.
    """
    writer = csv.writer(out, delimiter=dialect.delimiter, lineterminator="\r\n")
    writer.writerow([c.header for c in columns])
    rows, converters = _text_in_sql(columns, rows, dialect)
    active = [(i, f) for i, f in enumerate(converters) if f is not None]
    rows = iter(rows)
    count = 0
    while chunk := list(islice(rows, PACE)):
        if active:
            cells = list(zip(*chunk, strict=True))
            for i, convert in active:
                cells[i] = map(convert, cells[i])
            writer.writerows(zip(*cells, strict=True))
        else:
            writer.writerows(chunk)
        count += len(chunk)
        pacer.tick(len(chunk))
    return count


def write_csv(targets: Sequence[tuple[Path, Sheet]], *, dialect: str = "plain", bom: bool | None = None,
              progress: Progress | None = None, should_stop: ShouldStop | None = None) -> dict[Path, int]:
    """Each sheet to its CSV file; all files are written or none (Conflict(code="cancelled") when stopped)."""
    chosen = dialect_named(dialect)
    pacer = Pacer(sum(sheet.count or 0 for _, sheet in targets), progress, should_stop)
    pacer.check()
    encoding = "utf-8-sig" if (chosen.bom if bom is None else bom) else "utf-8"
    written: dict[Path, int] = {}
    with contextlib.ExitStack() as stack:
        for path, sheet in targets:
            tmp = stack.enter_context(atomic_path(path))
            with open(tmp, "w", encoding=encoding, newline="") as out:
                written[Path(path)] = write_rows(out, sheet.columns, sheet.rows, chosen, pacer)
        pacer.check()
    if progress is not None:
        progress(pacer.done, pacer.done)
    return written
