"""The cells of the workbooks: one prepared style per column kind, and the functions turning a table's values
into typed, formatted cells (see :mod:`smallcrm.documents.xlsx` for the kinds).

Exports write millions of cells, so this is written for speed: values are converted a column at a time, a
write-only sheet refills one styled cell per column instead of making one per value, and ``stream_rows``
lets such a sheet take our rows without openpyxl probing every value first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from decimal import Decimal
from itertools import islice

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils.exceptions import IllegalCharacterError

from smallcrm.domain import CellKind

MONEY_FORMAT = '#,##0.00 "€";-#,##0.00 "€"'
PRICE_FORMAT = '#,##0.00###### "€";-#,##0.00###### "€"'  # a unit price: 0,035 € shows its third decimal
DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
PERCENT_FORMAT = "0%"
PERCENT_FRACTION_FORMAT = "0.0#%"  # 5.5% would show as 6% with the whole-number format
NUMBER_FORMAT = "General"
FORMATS = {CellKind.MONEY: MONEY_FORMAT, CellKind.DATE: DATE_FORMAT, CellKind.DATETIME: DATETIME_FORMAT,
           CellKind.PERCENT: PERCENT_FORMAT}
# the stored forms (cents, thousandths, basis points, ISO dates) and the kind whose cells they become
SHOWN_AS = {CellKind.CENTS: CellKind.MONEY, CellKind.HUNDRED_MILLIONTHS: CellKind.MONEY,
            CellKind.THOUSANDTHS: CellKind.NUMBER,
            CellKind.BASIS_POINTS: CellKind.PERCENT, CellKind.ISO_DATE: CellKind.DATE}
EXCEL_EPOCH = date(1899, 12, 30).toordinal()  # day 0 of Excel's serial day numbers (from 1 March 1900 on)
LEAP_BUG_END = date(1900, 3, 1).toordinal()  # before it Excel counts from 31 Dec 1899 (it has a 29 Feb 1900)


def excel_day(iso: str) -> int:
    """An ISO date as Excel's serial day number: from 1 March 1900 the days since 30 Dec 1899, before it one
    less (Excel, like Lotus 1-2-3, counts a 29 February 1900 that never was; readers undo it)."""
    ordinal = date.fromisoformat(iso[:10]).toordinal()
    return ordinal - EXCEL_EPOCH - (ordinal < LEAP_BUG_END)
CHUNK = 1000  # rows converted together


class Styles:
    """One prepared style per column kind: cells take it instead of setting formats one by one."""

    def __init__(self, ws) -> None:
        probe = new_cell(ws)
        self.arrays: dict[str, StyleArray] = {}
        for kind, number_format in (*FORMATS.items(), ("percent_fraction", PERCENT_FRACTION_FORMAT),
                                    ("price", PRICE_FORMAT)):
            probe.number_format = number_format
            self.arrays[kind] = StyleArray(probe._style)
        probe.number_format = "General"
        probe.font = Font(bold=True)
        self.arrays["bold"] = StyleArray(probe._style)
        for kind in (CellKind.MONEY, CellKind.INT, CellKind.NUMBER):
            probe.number_format = FORMATS.get(kind, NUMBER_FORMAT)
            self.arrays[f"bold_{kind}"] = StyleArray(probe._style)


class StyledCell(Cell):
    """A cell handed to ``append`` with its style. openpyxl first tries it as a value and describes it in the
    error it then catches: a short description keeps that cheap."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "styled cell"


def printable(text: str) -> str:
    """``text`` without the control characters an xlsx file cannot hold (XML 1.0 forbids them): one of them in
    a name used to make the whole export fail."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def new_cell(ws, value=None) -> Cell:
    """A cell to append; its place is set by ``append`` (openpyxl's write-only mode fails on a first cell without
    a column, when it tries the cell as a value and describes it in the error it then catches)."""
    return StyledCell(ws, row=1, column=1, value=value)


def converters(ws, columns: Sequence, styles: Styles, reuse: bool) -> list[Callable | None]:
    """Per column: None for a value openpyxl can take as it is, else a function making the cell (None stays None).

    With ``reuse`` (write-only sheets, where a row is written out as soon as it is appended) each column fills
    one cell over and over instead of making one per value, and text needs no check here (``stream_rows`` keeps a
    text starting with "=" a text).
    """

    def styled(kind: str, convert: Callable | None = None) -> Callable:
        array = styles.arrays[kind]
        if reuse:
            cell = new_cell(ws)
            cell._style = array
            data_type = "d" if kind in (CellKind.DATE, CellKind.DATETIME) and convert is None else "n"

            def fill(value):
                if value is None:
                    return None
                cell._value = value if convert is None else convert(value)  # what _bind_value would decide
                cell.data_type = data_type
                return cell
            return fill

        def make(value):
            if value is None:
                return None
            made = new_cell(ws)
            made._style = StyleArray(array)
            made.value = value if convert is None else convert(value)
            return made
        return make

    def text(value):
        if isinstance(value, str):
            value = printable(value)
            if value.startswith("="):
                cell = new_cell(ws, value=value)
                cell.data_type = "s"
                return cell
        return value

    def percent_maker(whole_of: Callable, fraction_of: Callable) -> Callable:
        whole, fraction = styled(CellKind.PERCENT, fraction_of), styled("percent_fraction", fraction_of)
        return lambda value: None if value is None else (whole if whole_of(value) else fraction)(value)

    def thousandths(value):
        if value is None:
            return None
        whole, part = divmod(value, 1000)
        return whole if part == 0 else value / 1000

    # one maker per column, made for it: a reused cell must not be shared by two columns of a row
    makers: dict[CellKind, Callable[[], Callable | None]] = {
        CellKind.TEXT: lambda: None if reuse else text,
        CellKind.INT: lambda: None,
        CellKind.NUMBER: lambda: lambda v: float(v) if isinstance(v, Decimal) else v,
        CellKind.MONEY: lambda: styled(CellKind.MONEY, float),
        CellKind.CENTS: lambda: styled(CellKind.MONEY, lambda v: v / 100),
        CellKind.HUNDRED_MILLIONTHS: lambda: styled("price", lambda v: v / 100_000_000),
        CellKind.PERCENT: lambda: percent_maker(lambda v: v % 1 == 0, lambda v: float(v) / 100),
        CellKind.BASIS_POINTS: lambda: percent_maker(lambda v: v % 100 == 0, lambda v: v / 10000),
        CellKind.DATE: lambda: styled(CellKind.DATE),
        CellKind.DATETIME: lambda: styled(CellKind.DATETIME),
        CellKind.THOUSANDTHS: lambda: thousandths,
        CellKind.ISO_DATE: lambda: styled(CellKind.DATE, excel_day),
    }
    return [makers[c.kind]() for c in columns]


def converted_rows(rows: Iterable[Sequence], converters: list[Callable | None]) -> Iterator[Sequence]:
    """The rows with their values converted, a column at a time (``map``), lazily: a row is converted when it is
    taken, after the one before was written (which the reused cells need)."""
    active = [(i, f) for i, f in enumerate(converters) if f is not None]
    rows = iter(rows)
    while chunk := list(islice(rows, CHUNK)):
        if not active:
            yield from chunk
            continue
        columns: list = list(zip(*chunk, strict=True))
        for i, make in active:
            columns[i] = map(make, columns[i])
        yield from zip(*columns, strict=True)


def stream_rows(ws) -> None:
    """Let a write-only sheet take our rows the short way.

    openpyxl's ``_values_to_row`` tries every value as a plain value first: a styled cell is found out through
    an exception (whose message describes the cell), and a new blank cell is made after each styled one. Ours
    takes a cell as it is and binds the other values to one reused unstyled cell; a text starting with "=" stays
    a text (never a formula).
    """
    if not hasattr(ws, "_values_to_row"):
        return
    plain = WriteOnlyCell(ws)

    def values_to_row(values, row_idx):
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            if isinstance(value, Cell):
                cell = value
            else:
                cell = plain
                try:
                    cell.value = value  # openpyxl's own typing and check of the text
                except IllegalCharacterError:  # a control character (pasted from a terminal, a PDF...)
                    cell.value = printable(value)
                if cell.data_type == "f":
                    cell.data_type = "s"
            cell.column = col_idx
            cell.row = row_idx
            yield cell

    ws._values_to_row = values_to_row
