"""Importing contacts from CSV, Excel and vCard files: look at a file, preview what it would do, apply it in one
transaction, undo it later; and the report of the rows that were rejected.

The steps live in their own modules (layouts, records, lookup, plan, apply, undo); this one is the door the CLI
and the window use.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from smallcrm.db.connection import Database
from smallcrm.documents.csv_export import write_csv
from smallcrm.documents.csv_reader import decode, read_csv
from smallcrm.documents.table_source import RawTable, check_size, file_error
from smallcrm.documents.tables import Column, Sheet
from smallcrm.documents.vcard import looks_like_vcard, read_vcards
from smallcrm.documents.vcard_charset import undeclared_charset
from smallcrm.documents.xlsx import write_workbook
from smallcrm.documents.xlsx_reader import read_xlsx
from smallcrm.domain import CellKind, FileKind
from smallcrm.errors import ValidationError
from smallcrm.gc_pause import collections_paused
from smallcrm.numbers import typing_language
from smallcrm.services.admin.settings import get_setting
from smallcrm.services.exchange.import_apply import ImportResult, LookAlike, apply_import
from smallcrm.services.exchange.import_encodings import checked_encoding
from smallcrm.services.exchange.import_layouts import FIELDS, Mapping, detect_mapping
from smallcrm.services.exchange.import_plan import (
    POSSIBLE_DUPLICATE,
    ImportOptions,
    ImportPlan,
    PlannedRow,
    Progress,
    Rejection,
    ShouldStop,
    cancelled,
    plan_records,
)
from smallcrm.services.exchange.import_records import ImportRecord, record_of_row
from smallcrm.services.exchange.import_undo import ImportBatchView, UndoneImport, list_imports, undo_import
from smallcrm.services.exchange.import_vcard import records_of_vcards

__all__ = ["FIELDS", "POSSIBLE_DUPLICATE", "ImportBatchView", "ImportPlan", "ImportResult", "ImportSource",
           "LookAlike", "Mapping", "PlannedRow", "Rejection", "UndoneImport", "apply_import", "cancelled",
           "inspect_import", "list_imports", "preview_import", "undo_import", "write_rejections"]
SAMPLE_ROWS = 5
_FOLD = re.compile(rb"\r?\n[ \t]")
VCARD_MAPPING = Mapping("vcard", (), ())


@dataclass(frozen=True)
class ImportSource:
    """What a file looks like before importing it: its kind, columns, first rows and the proposed mapping."""

    path: Path
    kind: FileKind
    mapping: Mapping  # vCard: no columns
    sample: tuple[tuple[str, ...], ...]  # the first rows' cells (vCard: none)
    encoding: str = ""
    delimiter: str = ""
    rows_estimate: int = 0

    @property
    def needs_confirmation(self) -> bool:
        """An unknown layout: the user checks the proposed mapping before importing."""
        return self.mapping.layout == "custom"


def _existing(path: Path | str) -> Path:
    path = Path(path)
    if not path.is_file():
        raise ValidationError("file", f"No file {path}", code="file_missing", path=str(path))
    return path


def _kind_of(path: Path) -> FileKind:
    suffix = path.suffix.lower()
    if suffix in (".vcf", ".vcard"):
        return FileKind.VCARD
    with open(path, "rb") as f:
        head = f.read(65536)
    if suffix in (".xlsx", ".xlsm") or head.startswith(b"PK\x03\x04"):
        return FileKind.XLSX
    if b"BEGIN:VCARD" in head.upper():
        return FileKind.VCARD
    return FileKind.CSV


def _table(path: Path, kind: FileKind, encoding: str | None = None) -> RawTable:
    return read_xlsx(path) if kind == FileKind.XLSX else read_csv(path, encoding)


@dataclass(frozen=True)
class _VCardText:
    text: str
    encoding: str  # the file's, as read
    undeclared: str  # of quoted-printable values that name no CHARSET

    @property
    def shown(self) -> str:
        """The encoding the preview names: the one the names were read in (an ASCII file's QP values')."""
        return self.undeclared if self.undeclared != "utf-8" else self.encoding


def _vcard_text(path: Path, chosen: str | None = None) -> _VCardText:
    """The text of a vCard file, read in ``chosen`` (the person's choice) or in the encoding found."""
    check_size(path)
    data = path.read_bytes()
    if not data.strip():
        raise file_error("file_empty", "The file is empty")
    text, encoding = decode(data, chosen)
    if not chosen and encoding not in ("utf-8", "utf-8-sig") and not encoding.startswith("utf-16"):
        # a writer that folds lines every 75 bytes may cut a UTF-8 character in two (ownCloud): the file is UTF-8
        # once its lines are unfolded, which is done on the bytes, as RFC 6350 folds them
        with contextlib.suppress(UnicodeDecodeError):  # not that either: the code page found stays
            text, encoding = _FOLD.sub(b"", data).decode("utf-8"), "utf-8"
    if not looks_like_vcard(text):
        raise file_error("file_unreadable", "There is no vCard (BEGIN:VCARD) in this file")
    return _VCardText(text, encoding, chosen or undeclared_charset(text))


def inspect_import(path: Path | str, encoding: str | None = None) -> ImportSource:
    """Read the head of a file: its kind, columns, a few rows and the mapping proposed for them. ``encoding``:
    the text encoding the person chose (None, "" or "auto": found from the file)."""
    path = _existing(path)
    kind = _kind_of(path)
    chosen = checked_encoding(encoding)
    if kind == FileKind.VCARD:
        read = _vcard_text(path, chosen)
        return ImportSource(path, kind, VCARD_MAPPING, (), read.shown,
                            rows_estimate=read.text.upper().count("BEGIN:VCARD"))
    table = _table(path, kind, chosen)
    sample = []
    for row in table.rows():
        sample.append(tuple(row.cells))
        if len(sample) == SAMPLE_ROWS:
            break
    mapping = detect_mapping(table.headers, get_setting("import_mappings"))
    return ImportSource(path, kind, mapping, tuple(sample), table.encoding, table.delimiter, table.size_hint)


def preview_import(db: Database, path: Path | str, mapping: Mapping | None = None, progress: Progress | None = None,
                   should_stop: ShouldStop | None = None, *, strict: bool = False, photos: bool = True,
                   language: str | None = None, encoding: str | None = None) -> ImportPlan:
    """What importing the file would do, row by row; nothing is written. ``mapping`` None: the proposed one.

    ``strict``: a row with a value that cannot be read is rejected whole (by default it comes in without it,
    the value kept in its notes for review). ``photos`` False: vCard pictures are left out. ``language``: of
    the review note written into the notes (None: the language the person works in, the window's or the
    command line's: ``numbers.typing_language``). ``encoding``: the text encoding the person chose for a file
    that does not say its own (None: found from the file; the plan names the one used)."""
    path = _existing(path)
    kind = _kind_of(path)
    chosen = checked_encoding(encoding)
    records: Iterator[ImportRecord]
    if kind == FileKind.VCARD:
        read = _vcard_text(path, chosen)
        plan = ImportPlan(path.name, kind, VCARD_MAPPING, read.shown)
        records = records_of_vcards(read_vcards(read.text, read.encoding, read.undeclared), photos, plan.groups)
        total = read.text.upper().count("BEGIN:VCARD")
    else:
        table = _table(path, kind, chosen)
        found = detect_mapping(table.headers, get_setting("import_mappings"))
        if mapping is None:
            mapping = found
        elif tuple(mapping.headers) != tuple(table.headers):
            raise ValidationError("mapping", "The mapping is for other columns than the file's", code="mapping_size")
        if not any(mapping.fields) and table.headerless:
            raise ValidationError("mapping", "The file has no line of column names (its first line is a contact, "
                                  "and is read as one): choose what each column #1, #2 ... holds",
                                  code="file_no_header")
        if not any(mapping.fields):
            raise ValidationError("mapping", "No column is imported: choose a field for at least one",
                                  code="mapping_empty")
        plan = ImportPlan(path.name, kind, mapping, table.encoding, table.delimiter)
        records = (record_of_row(row, mapping) for row in table.rows())
        total = table.size_hint
    options = ImportOptions(strict, language or typing_language())
    with db.atomic(), collections_paused():  # one consistent view of the data while comparing
        return plan_records(plan, records, total, progress, should_stop, options)


_REPORT_COLUMNS = [Column("Row", CellKind.INT), Column("Field"), Column("Value"), Column("Reason"),
                   Column("Imported")]


def write_rejections(plan: ImportPlan, path: Path | str) -> int:
    """Every value that could not be read (row, field, value, reason, and whether the row came in all the
    same) to an xlsx file, or CSV when ``path`` ends in .csv: the rejected rows and the values kept for review,
    in the file's order."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ValidationError("path", f"No folder {path.parent}", code="folder_missing", folder=str(path.parent))
    problems = [(r, "no") for r in plan.rejections] + [(w, "yes") for w in plan.warnings]
    problems.sort(key=lambda item: item[0].row)
    rows = [(r.row, r.field, r.value, r.reason, kept) for r, kept in problems]
    sheet = Sheet("Rejected rows", _REPORT_COLUMNS, rows, len(rows))
    if path.suffix.lower() == ".csv":
        write_csv([(path, sheet)])
    else:
        write_workbook(path, [sheet])
    return len(rows)
