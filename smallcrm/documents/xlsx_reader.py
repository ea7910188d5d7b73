"""Reading the first sheet of an Excel workbook (.xlsx) as text cells: the values Excel last computed, never
the formulas (openpyxl read-only, ``data_only``)."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

from smallcrm.documents.table_source import MAX_ROWS, RawRow, RawTable, check_size, checked_row, file_error


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _open(path: Path):
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, EOFError) as exc:
        raise file_error("file_unreadable", "Not a readable Excel workbook (.xlsx)") from exc
    except Exception as exc:  # openpyxl raises many kinds on damaged files: all mean the same to the user
        raise file_error("file_unreadable", "Not a readable Excel workbook (.xlsx)") from exc


def _values(path: Path) -> Iterator[tuple[int, list[str]]]:
    book = _open(path)
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            return
        try:
            for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
                cells = [cell_text(v) for v in values]
                if any(c.strip() for c in cells):
                    yield number, cells
        except Exception as exc:  # a truncated or damaged sheet part
            raise file_error("file_unreadable", "The workbook is damaged: not all rows can be read") from exc
    finally:
        book.close()


def read_xlsx(path: Path | str) -> RawTable:
    path = Path(path)
    check_size(path)
    first = next(_values(path), None)
    if first is None:
        raise file_error("file_empty", "The workbook has no rows")
    headers = [h.strip() for h in first[1]]
    while headers and not headers[-1]:
        headers.pop()
    width = len(headers)
    header_row = first[0]

    def rows() -> Iterator[RawRow]:
        for count, (number, cells) in enumerate(_values(path)):
            if number <= header_row:
                continue
            if count > MAX_ROWS:
                raise file_error("too_many_rows", f"More than {MAX_ROWS:,} rows: split the file", limit=MAX_ROWS)
            yield checked_row(number, cells, width)

    book = _open(path)
    try:
        hint = book.worksheets[0].max_row or 0 if book.worksheets else 0
    finally:
        book.close()
    return RawTable("xlsx", headers, rows, size_hint=max(hint - header_row, 1))
