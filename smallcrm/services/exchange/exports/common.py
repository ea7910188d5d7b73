"""What every export shares: its options, local dates as SQL ranges on the stored columns, lazy queries, the
sign of credit notes."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from smallcrm.clock import to_local, to_utc
from smallcrm.db.models import database
from smallcrm.documents.export_labels import Labels
from smallcrm.documents.tables import Progress, ShouldStop
from smallcrm.domain import DocumentKind
from smallcrm.errors import ValidationError
from smallcrm.money import from_cents
from smallcrm.services.sales.document_lines import document_language

SIGN_NOTE = "Credit notes are negative (taxable, VAT, total, net), so that column sums are net of credits."
CUSTOMER = "COALESCE(json_extract(NULLIF(i.customer_snapshot, ''), '$.name'), p.name)"
ISSUED = "i.deleted_at IS NULL AND i.status = 'issued'"


@dataclass
class ExportOptions:
    date_from: date | None = None  # dates are local; both ends included
    date_to: date | None = None
    period: str = "month"  # the VAT summary: month | quarter
    csv: bool = False
    dialect: str = "plain"  # CSV: plain | it
    bom: bool | None = None  # CSV: None = the dialect's default (on for it)
    today: date | None = None  # receivables: aged as of this day
    language: str | None = None  # it | en | ro; None = the document language setting
    write_only: bool | None = None  # xlsx: None = stream when the rows are many
    progress: Progress | None = None
    should_stop: ShouldStop | None = None


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int  # data rows written (all tables, without headers, totals and summaries)
    files: tuple[Path, ...] = ()
    sheets: dict[str, int] = field(default_factory=dict)
    write_only: bool = False


def checked_request(path: Path | str, options: ExportOptions) -> tuple[Path, Labels]:
    """The target path and the words of the export, once the period, the folder and the language are sound."""
    if options.date_from and options.date_to and options.date_from > options.date_to:
        raise ValidationError("date_to", "The end of the period comes before its start", code="out_of_range")
    path = Path(path)
    if not path.parent.is_dir():
        raise ValidationError("path", f"No folder {path.parent}", code="folder_missing", folder=str(path.parent))
    return path, Labels(document_language(options.language, None))


def as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def as_utc(value) -> datetime | None:
    """A stored UTC time (a string when read with plain SQL) as a naive datetime."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def as_local(value) -> datetime | None:
    """A stored UTC time as a naive local time (what a spreadsheet cell can hold)."""
    value = as_utc(value)
    return None if value is None else to_local(value).replace(tzinfo=None)


def between(column: str, options: ExportOptions, utc_times: bool = False) -> tuple[str, list]:
    """SQL conditions (and their parameters) for a local date range on a date or a UTC timestamp column."""
    where, params = "", []
    for bound, op, shift in ((options.date_from, ">=", 0), (options.date_to, "<", 1)):
        if bound is not None:  # a local day starts at local midnight: UTC times need converting
            value = to_utc(datetime.combine(bound + timedelta(days=shift), time())) if utc_times else bound + \
                timedelta(days=shift)
            where += f" AND {column} {op} ?"
            params.append(str(value))
    return where, params


@dataclass(frozen=True)
class SqlRows:
    """The rows of one SELECT, run when iterated. With one SQL expression per column (``cells``), a writer may
    have some cells made into text by SQL instead (``with_cells``: the CSV export of 100k+ lines). Parameters:
    those of the cells first, then those of the rest of the statement."""

    cells: tuple[str, ...]
    statement: Callable[[str], str]  # the select list -> the whole statement
    params: tuple = ()

    def __iter__(self) -> Iterator[tuple]:
        return iter(database.execute_sql(self.statement(", ".join(self.cells)), self.params))

    def with_cells(self, cells: Sequence[str]) -> SqlRows:
        return replace(self, cells=tuple(cells))


def query(select: str | Sequence[str], body: str, order: str, params: list, select_params: Sequence = (),
          count_body: str | None = None) -> tuple[SqlRows, int]:
    """The rows of ``SELECT select body ORDER BY order`` (run when iterated), and how many there are (counted
    over ``count_body`` when given: the same rows without the joins that only name them). ``select`` is one
    expression per column, or the select list as one text."""
    count = database.execute_sql(f"SELECT COUNT(*) {count_body or body}", params).fetchone()[0]
    cells = (select,) if isinstance(select, str) else tuple(select)
    return SqlRows(cells, lambda columns: f"SELECT {columns} {body} ORDER BY {order}", (*select_params, *params)), count


def label_case(expression: str, codes: Sequence[str], labels: Labels) -> tuple[str, list]:
    """SQL naming the vocabulary value of ``expression`` in the labels' language (the text itself when not one of
    ``codes``), and its parameters: the names come with the rows, not per row in Python."""
    whens = " ".join(f"WHEN '{code}' THEN ?" for code in codes)  # our own codes: safe as literals
    return f"CASE {expression} {whens} ELSE {expression} END", [labels.value(str(code)) for code in codes]


def money(cents: int | None, sign: int = 1) -> Decimal | None:
    return None if cents is None else from_cents(sign * cents)


def sign_of(kind: DocumentKind) -> int:
    return -1 if kind == DocumentKind.CREDIT_NOTE else 1
