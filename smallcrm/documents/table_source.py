"""Tables read from files people import: the header, then rows yielded lazily with their number in the file.

A whole-file problem (empty, binary, unreadable, too large) is a ``ValidationError`` on the field ``file``; a
problem of one row (a cell too large, more cells than headers) travels with the row, for the rejected-row report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from smallcrm.errors import ValidationError

MAX_FILE_BYTES = 300 * 1024 * 1024
MAX_ROWS = 1_000_000
CELL_LIMIT = 32_767  # what an Excel cell holds: anything longer is not a contact's field


@dataclass(frozen=True)
class RawRow:
    number: int  # the line (CSV) or row (xlsx) where the record starts, as an editor or Excel shows it
    cells: list[str]
    problem: str = ""  # "" or the code of what is wrong with the whole row: cell_too_long | ragged
    detail: str = ""  # the English explanation of the problem


@dataclass
class RawTable:
    kind: str  # csv | xlsx
    headers: list[str]
    read_rows: Callable[[], Iterator[RawRow]]  # each call reads the rows again from the start
    encoding: str = ""
    delimiter: str = ""
    size_hint: int = 0  # an estimate of the rows to come, for progress
    headerless: bool = False  # the file has no line of column names: ``headers`` are "#1", "#2" ...

    def rows(self) -> Iterator[RawRow]:
        return self.read_rows()


def file_error(code: str, message: str, **params) -> ValidationError:
    return ValidationError("file", message, code=code, **params)


def check_size(path: Path) -> None:
    if path.stat().st_size > MAX_FILE_BYTES:
        raise file_error("file_too_large", f"The file is larger than {MAX_FILE_BYTES // 2**20} MB",
                         limit=MAX_FILE_BYTES)


def checked_row(number: int, cells: list[str], width: int) -> RawRow:
    """The row with its trailing blanks trimmed, or with the problem that rejects it."""
    while len(cells) > width and not cells[-1].strip():
        cells.pop()
    for index, cell in enumerate(cells):
        if len(cell) > CELL_LIMIT:
            cells = [c if len(c) <= CELL_LIMIT else c[:80] + "…" for c in cells]
            return RawRow(number, cells, "cell_too_long",
                          f"cell {index + 1} holds {len(cell):,} characters (at most {CELL_LIMIT:,})")
    if len(cells) > width:
        return RawRow(number, cells, "ragged", f"{len(cells)} cells but {width} column headers")
    if len(cells) < width:
        cells = cells + [""] * (width - len(cells))
    return RawRow(number, cells)
