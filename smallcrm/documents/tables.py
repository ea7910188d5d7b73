"""What a written table is made of (columns, sheets), and the plumbing every writer shares: progress with
cancellation, and a file that appears only when it was written whole. No spreadsheet library here, so that a
service writing vCards or calendars does not load one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from smallcrm.domain import CellKind
from smallcrm.errors import Conflict

KINDS = tuple(kind for kind in CellKind if kind != CellKind.LABEL)  # LABEL: the window's lists only
TOTALLED = (CellKind.INT, CellKind.NUMBER, CellKind.MONEY, CellKind.CENTS, CellKind.THOUSANDTHS)
PACE = 1000  # rows between two progress reports and cancellation checks

Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]


@dataclass(frozen=True)
class Column:
    header: str
    kind: CellKind = CellKind.TEXT
    total: bool = False  # a SUM of the column in the totals row
    note: str = ""  # a comment on the header cell (e.g. the sign convention of credit notes)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind}")
        if self.total and self.kind not in TOTALLED:
            raise ValueError(f"cannot total a {self.kind} column")


@dataclass
class Sheet:
    title: str  # at most 31 characters, no []:*?/\
    columns: Sequence[Column]
    rows: Iterable[Sequence]
    count: int | None = None  # how many rows will come, when known (progress, streaming decision)
    notes: Sequence[str] = ()  # lines written under the table (and the totals row)
    totals_label: str = "Total"
    data: bool = True  # a data table (CSV writes it); False for a summary

    @property
    def has_totals(self) -> bool:
        return any(c.total for c in self.columns)


@dataclass
class Written:
    """What a writer wrote: rows per sheet (data rows only, no header and totals) and the workbook mode."""

    rows: dict[str, int] = field(default_factory=dict)
    write_only: bool = False

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def cancelled() -> Conflict:
    return Conflict("The export was cancelled; no file was written", code="cancelled")


class Pacer:
    """Counts rows, reports progress and checks for cancellation every ``PACE`` rows."""

    def __init__(self, total: int, progress: Progress | None, should_stop: ShouldStop | None) -> None:
        self.total, self.done = total, 0
        self._progress, self._should_stop = progress, should_stop
        self._next = 0

    def tick(self, rows: int = 1) -> None:
        self.done += rows
        if self.done >= self._next:
            self._next = self.done + PACE
            self.check()

    def check(self) -> None:
        if self._should_stop is not None and self._should_stop():
            raise cancelled()
        if self._progress is not None:
            self._progress(self.done, max(self.total, self.done))


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path``; renamed to it when the block ends well, removed when it fails."""
    path = Path(path)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
