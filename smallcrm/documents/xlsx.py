"""Excel workbooks from plain tables: real cell types, number formats, a frozen bold header with a filter, a
totals row of SUM formulas, fitted column widths; streamed (openpyxl write-only) when the rows are many.

A table is a :class:`Sheet`: its :class:`Column` kinds say how a value is stored and shown.

- ``text``: a string (one starting with "=" stays text, never a formula)
- ``int`` and ``number``: plain numbers (quantities keep up to three decimals)
- ``money``: a ``Decimal`` exact to the cent, stored as the nearest float, shown with the euro format
- ``percent``: a ``Decimal`` percentage as the user reads it (22 for 22%), stored as 0.22 with a % format
- ``date``: a ``date``; ``datetime``: a naive local ``datetime`` (Excel has no time zones)

Values can also come as the database stores them, straight from a query (no Python object per cell to make
first): ``cents`` (integer cents, shown as money), ``thousandths`` (quantities x 1000), ``basis_points``
(2200 for 22%) and ``iso_date`` ("2026-03-01"). CSV writes them as the same text as their typed kinds.

Writing goes to a temporary file beside the target, renamed over it only when everything went well: a
cancelled or failed export leaves no file behind (and leaves an older file of the same name untouched).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from itertools import islice
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter

from smallcrm.documents.tables import (
    KINDS,
    PACE,
    Column,
    Pacer,
    Progress,
    Sheet,
    ShouldStop,
    Written,
    atomic_path,
    cancelled,
)
from smallcrm.documents.xlsx_cells import (  # the formats are part of this module's interface
    DATE_FORMAT,
    DATETIME_FORMAT,
    MONEY_FORMAT,
    NUMBER_FORMAT,
    PERCENT_FORMAT,
    PERCENT_FRACTION_FORMAT,
    SHOWN_AS,
    Styles,
    converted_rows,
    converters,
    new_cell,
    stream_rows,
)
from smallcrm.domain import CellKind

__all__ = ["DATETIME_FORMAT", "DATE_FORMAT", "KINDS", "MONEY_FORMAT", "NUMBER_FORMAT", "PACE", "PERCENT_FORMAT",
           "PERCENT_FRACTION_FORMAT", "WRITE_ONLY_FROM", "Column", "Pacer", "Progress", "Sheet", "ShouldStop",
           "Written", "atomic_path", "cancelled", "column_widths", "write_workbook"]

WRITE_ONLY_FROM = 5000  # rows in the workbook from which it streams instead of building cells in memory
MIN_WIDTH, MAX_WIDTH = 6, 60


def _display_width(kind: CellKind, value) -> int:
    if value is None:
        return 0
    if kind == CellKind.CENTS:
        return len(f"{value / 100:,.2f}") + 3
    if kind == CellKind.HUNDRED_MILLIONTHS:
        return len(f"{value / 100_000_000:,.8f}".rstrip("0")) + 4
    if kind == CellKind.THOUSANDTHS:
        return len(str(value / 1000))
    kind = SHOWN_AS.get(kind, kind)
    if kind == CellKind.MONEY:
        return len(f"{value:,.2f}") + 3
    if kind == CellKind.DATE:
        return 10
    if kind == CellKind.DATETIME:
        return 16
    if kind == CellKind.PERCENT:
        return 6
    return max((len(part) for part in str(value).split("\n")), default=0)


def column_widths(columns: Sequence[Column], rows: Sequence[Sequence]) -> list[int]:
    """Widths that fit the header and the values seen, within MIN_WIDTH..MAX_WIDTH characters."""
    widths = [len(c.header) + 3 for c in columns]  # room for the filter button
    for row in rows:
        for i, (column, value) in enumerate(zip(columns, row, strict=False)):
            width = _display_width(column.kind, value)
            if width > widths[i]:
                widths[i] = width
    return [min(MAX_WIDTH, max(MIN_WIDTH, w + 1)) for w in widths]


def _header(ws, sheet: Sheet, styles: Styles) -> list:
    cells = []
    for column in sheet.columns:
        cell = new_cell(ws, value=column.header)
        cell._style = StyleArray(styles.arrays["bold"])
        if column.note:
            cell.comment = Comment(column.note, "SmallCRM", width=300, height=120)
        cells.append(cell)
    return cells


def _totals(ws, sheet: Sheet, styles: Styles, first: int, last: int) -> list:
    cells: list = []
    for i, column in enumerate(sheet.columns, 1):
        if column.total:
            letter = get_column_letter(i)
            cell = new_cell(ws, value=f"=SUM({letter}{first}:{letter}{last})")
            cell._style = StyleArray(styles.arrays[f"bold_{SHOWN_AS.get(column.kind, column.kind)}"])
        elif i == 1:
            cell = new_cell(ws, value=sheet.totals_label)
            cell._style = StyleArray(styles.arrays["bold"])
        else:
            cell = None
        cells.append(cell)
    return cells


def _write_sheet(ws, sheet: Sheet, styles: Styles, pacer: Pacer, sample_size: int, reuse: bool) -> int:
    rows = iter(sheet.rows)
    sample = list(islice(rows, sample_size))
    for i, width in enumerate(column_widths(sheet.columns, sample), 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.append(_header(ws, sheet, styles))
    count = 0
    makers = converters(ws, sheet.columns, styles, reuse)
    if reuse:
        stream_rows(ws)
    for chunk in (sample, rows):
        for cells in converted_rows(chunk, makers):
            ws.append(cells)
            count += 1
            pacer.tick()
    last_column = get_column_letter(len(sheet.columns))
    ws.auto_filter = AutoFilter(ref=f"A1:{last_column}{count + 1}")
    if sheet.has_totals and count:
        ws.append(_totals(ws, sheet, styles, 2, count + 1))
    if sheet.notes:
        ws.append([])
        for note in sheet.notes:
            ws.append([note])
    return count


def _discard(workbook: Workbook) -> None:
    """Remove the temporary files of the streamed sheets of a workbook that will not be saved."""
    for ws in workbook.worksheets:
        writer = getattr(ws, "_writer", None)
        out = getattr(writer, "out", None)
        if isinstance(out, str):
            with contextlib.suppress(Exception):
                if getattr(ws, "_rows", None) is not None:
                    ws._rows.close()  # ends the row stream now, while its file is open
                writer.close()
            with contextlib.suppress(OSError):
                os.remove(out)


def write_workbook(path: Path, sheets: Sequence[Sheet], *, progress: Progress | None = None,
                   should_stop: ShouldStop | None = None, write_only: bool | None = None) -> Written:
    """Write ``sheets`` (in that order) to the xlsx file ``path``; raise Conflict(code="cancelled") if stopped.

    ``write_only`` None streams when the rows are many (or not counted beforehand).
    """
    counts = [s.count for s in sheets]
    if write_only is None:
        write_only = any(c is None for c in counts) or sum(counts) >= WRITE_ONLY_FROM
    pacer = Pacer(sum(c or 0 for c in counts), progress, should_stop)
    workbook = Workbook(write_only=write_only)
    if not write_only:
        workbook.remove(workbook.active)
    written = Written(write_only=write_only)
    try:
        pacer.check()
        for sheet in sheets:
            ws = workbook.create_sheet(sheet.title)
            sample_size = 500 if write_only else WRITE_ONLY_FROM
            written.rows[sheet.title] = _write_sheet(ws, sheet, Styles(ws), pacer, sample_size, write_only)
        pacer.check()
        with atomic_path(path) as tmp:
            workbook.save(tmp)
    except BaseException:
        if write_only:
            _discard(workbook)
        raise
    if progress is not None:
        progress(pacer.done, pacer.done)
    return written
