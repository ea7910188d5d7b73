"""Checking an import's rows by the forms' rules: in this process, or for a big file in worker processes.

The check of one row needs nothing from the database or from the other rows (the settings it falls back on are
read once and handed over), and it is most of a preview's work, mostly ``phonenumbers``. A big file is checked in
chunks by worker processes while this one reads the file and compares the checked rows with the database;
only on cores left idle (on a busy machine the extra processes only take turns with this one). Starting a
worker costs about a second of imports, so small files are checked here.
"""

from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from functools import cache
from multiprocessing import get_context

import phonenumbers

from smallcrm.documents.export_labels import LANGUAGES, Labels
from smallcrm.domain import ContactKind
from smallcrm.errors import ValidationError
from smallcrm.images import check_photo
from smallcrm.services.exchange.import_records import (
    PHONE_LABELS,
    ImportRecord,
    Problem,
    RecordDraft,
    draft_of_record,
)
from smallcrm.services.parties.parties import AddressDraft, PartyDraft, _Clean, _clean, _phone_label
from smallcrm.text import digits, fold
from smallcrm.validation import checked_phone

POOL_MIN_ROWS = 20_000  # below this the workers' start costs more than they save
REVIEW_HEADING = "Imported values to review:"  # under a contact's notes (in the user's language: ``_with_review``)
# the field of a value to review, as the contacts export names its column (translated by export_labels)
_FIELD_HEADERS = {"kind": "Kind", "country": "Country", "birthday": "Birthday", "anniversary": "Anniversary",
                  "email": "E-mails", "web": "Web", "vat_number": "VAT number", "tax_code": "Tax code",
                  "stage": "Stage", "photo": "Photo"}
_NOT_IN_NOTES = frozenset({"photo_invalid", "image_too_large", "image_too_many_pixels"})  # no text to review
IN_FLIGHT = 4  # chunks handed to the workers ahead of the one being compared
_LIST_NAMES = {"emails": "email", "phones": "phone", "websites": "web"}


@dataclass(frozen=True)
class Defaults:
    """The settings a row falls back on: read once in the importing process."""

    country: str
    owner: str
    region: str
    strict: bool = False  # a row with any value that cannot be read is refused instead of imported without it
    language: str = "en"  # of the note listing the values to review (the user's: the window's, or the setting)


@dataclass(frozen=True)
class Rejection:
    row: int
    field: str
    value: str
    reason: str
    code: str


@dataclass(frozen=True)
class Refused:
    """A row that is not imported: its rejection, and the name it shows in the preview."""

    rejection: Rejection
    display: str
    reason: str  # as the preview shows it ("phone: Not a phone number ...")


Checked = tuple[RecordDraft, object] | Refused  # the draft and its cleaned values (``parties._Clean``)


def _rejection(record: ImportRecord, error: ValidationError) -> Rejection:
    name = error.field.split("[")[0]
    name = _LIST_NAMES.get(name, name)
    value = record.values.get(name)  # as the file has it (a check may see only a part: "123" of "IT123")
    if value is None:
        value = error.params.get("value")
    if value is None:
        value = "; ".join(record.lists.get(name, ()))
    return Rejection(record.number, name, str(value)[:200], error.message, error.code)


def display_name(record: ImportRecord) -> str:
    values = record.values
    person = " ".join(v for v in (values.get("first_name", ""), values.get("last_name", "")) if v)
    return person or values.get("name") or values.get("company") or next(iter(record.lists.get("email", [])), "")


def check_record(record: ImportRecord, defaults: Defaults) -> Checked:
    """What a form would make of the row, or why it is refused."""
    if record.problem:
        return Refused(Rejection(record.number, "row", "", record.detail, record.problem), display_name(record),
                       record.detail)
    try:
        made = draft_of_record(record)
        draft = made.draft
        where = draft.addresses[0].country if draft.addresses else ""  # the main address's country
        own = draft.country
        draft.country = draft.country or defaults.country
        for address in draft.addresses:
            address.country = address.country or draft.country
        if draft.owner is None:
            draft.owner = defaults.owner
        phones, draft.phones = draft.phones, []  # read here: one that cannot be is kept as typed
        problems = made.problems
        clean = _readable(draft, defaults.region, problems)
        labels = record.lists.get(PHONE_LABELS, ())
        # the address's country, else the import's, else the user's (one cached look-up each)
        region = where if _has_numbers(where) else draft.country if _has_numbers(draft.country) else \
            defaults.region
        if phones:
            clean.points.extend(phone_points(phones, labels, region, clean.points, problems))
            if not _has_numbers(where) and not _has_numbers(own) and any(_national(p) for p in phones):
                made = replace(made, read_in=region)  # the preview says so: "read as Italian numbers"
        if record.photo:
            made = replace(made, photo=_photo(record.photo, problems))
        if problems and defaults.strict:
            return _refused_whole(record, problems)
        if problems:
            clean.fields["notes"] = _with_review(clean.fields["notes"], problems, defaults.language)
        return made, clean
    except ValidationError as error:
        rejection = _rejection(record, error)
        return Refused(rejection, display_name(record), f"{rejection.field}: {error.message}")


def _national(phone: str) -> bool:
    """A number typed without a country code (read in a region): not +39..., 0039..."""
    text = phone.strip()
    return bool(text) and not text.startswith(("+", "00"))


def _photo(data: bytes, problems: list[Problem]) -> tuple[str, bytes] | None:
    try:
        return check_photo(data), data
    except ValidationError as error:
        problems.append(Problem("photo", f"{len(data):,} bytes", error.message, error.code))
        return None


def _refused_whole(record: ImportRecord, problems: list[Problem]) -> Refused:
    """Strict mode: the row stays out, and the reason names every value that could not be read."""
    first = problems[0]
    reason = "; ".join(f"{p.field}: {p.value}: {p.reason}" for p in problems)
    return Refused(Rejection(record.number, first.field, first.value[:200], reason, first.code),
                   display_name(record), f"{first.field}: {reason}")


_DROPPABLE = {"vat_number": "", "tax_code": "", "stage": "lead", "country": "", "sdi_code": "", "sdi_pec": ""}
_POINT_LISTS = ("emails", "websites")


def _readable(draft: PartyDraft, region: str, problems: list[Problem]) -> _Clean:
    """What the forms' rules make of the draft, leaving out each value they refuse (and noting it): a row
    is never lost for one value, and every value that cannot be read is listed, not only the first."""
    while True:
        try:
            return _clean(draft, region)
        except ValidationError as error:
            name, _, index = error.field.partition("[")
            if name in _POINT_LISTS and index:
                values = getattr(draft, name)
                position = int(index.rstrip("]"))
                value, values[position] = values[position], ""  # blank: the other indexes stay as they were
            elif name in _DROPPABLE:
                value = str(getattr(draft, name))
                setattr(draft, name, _DROPPABLE[name])
            else:
                raise
            problems.append(Problem(_LIST_NAMES.get(name, name), value, error.message, error.code))


@cache
def _has_numbers(region: str) -> bool:
    return bool(region) and bool(phonenumbers.country_code_for_region(region))


def phone_points(phones: list[str], labels: tuple[str, ...] | list[str], region: str,
                 points: list[tuple[str, str, str, str]], problems: list[Problem]) -> list[tuple[str, str, str, str]]:
    """The numbers of a row as contact points, read in ``region`` (the address's country, else the import's,
    else the user's); a number that cannot be read is kept as typed (its match key marked, so that it never
    matches a number that was read) and noted."""
    seen = {key for kind, _, key, _ in points if kind == ContactKind.PHONE}
    found = []
    for index, raw in enumerate(phones):
        text = raw.strip()
        if not text:
            continue
        label = labels[index] if index < len(labels) else ""
        try:
            value, phone_type = checked_phone(text, region, "phone")
            key = digits(value)  # the number itself: an office's extensions share its switchboard
            label = label or _phone_label(phone_type)
            if not _EXTENSION_CHARS.isdisjoint(text) and _EXTENSION_HINT.search(text):
                value += _extension(text, region)
        except ValidationError as error:
            value, key = text, "?" + fold(text)
            problems.append(Problem("phone", text, f"{error.message} (kept as typed)", error.code))
        if key not in seen:
            seen.add(key)
            found.append((ContactKind.PHONE, value, key, label))
    return found


_EXTENSION_CHARS = frozenset("xX#,eE")  # a number without any of these has no extension: no regex for it
_EXTENSION_HINT = re.compile(r"(?i)(?:ext\.?|x|#|;ext=|,)\s*\d+\s*$")


def _extension(text: str, region: str) -> str:
    """ ";ext=12" for a number typed with an extension ("02 1234 5678 ext. 12", "... x12"), as RFC 3966
    writes it (a tel: link dials it; ``format_phone`` shows it), else ""."""
    try:
        extension = phonenumbers.parse(text, region).extension
    except phonenumbers.NumberParseException:
        return ""
    return f";ext={extension}" if extension else ""


def _with_review(notes: str, problems: list[Problem], language: str) -> str:
    """The notes, and under them the values that could not be read, for someone to look at: in the user's
    language, as it is text the user reads and edits (a number kept as typed is no value to review)."""
    labels = _labels(language)
    lines = "\n".join(f"{labels(_FIELD_HEADERS.get(p.field, p.field))}: {p.value}" for p in problems
                      if p.field != "phone" and p.code not in _NOT_IN_NOTES)
    if not lines:
        return notes
    return f"{notes}\n\n{labels(REVIEW_HEADING)}\n{lines}".strip()


@cache
def _labels(language: str) -> Labels:
    return Labels(language if language in LANGUAGES else "en")


def check_chunk(records: list[ImportRecord], defaults: Defaults) -> list[Checked]:
    return [check_record(record, defaults) for record in records]


def _packed(result: Checked) -> tuple | Refused:
    """A checked row as plain values, for the trip back from a worker: rebuilding dataclasses from a pickle
    costs a third of what checking the row did; tuples, dicts and strings come back at C speed."""
    if isinstance(result, Refused):
        return result
    made, clean = result
    address = [(a.street, a.postal_code, a.city, a.province, a.country, a.label) for a in clean.addresses]
    problems = [(p.field, p.value, p.reason, p.code) for p in made.problems]
    return (made.company, made.external_uid, tuple(made.given), clean.fields, clean.points, clean.tags, address,
            problems, made.photo, made.role, made.read_in)


def _unpacked(item: tuple | Refused) -> Checked:
    if isinstance(item, Refused):
        return item
    company, external_uid, given, fields, points, tags, address, problems, photo, role, read_in = item
    addresses = [AddressDraft(*a) for a in address]
    made = RecordDraft(None, company, external_uid, frozenset(given), [Problem(*p) for p in problems], photo, role,
                       read_in)
    return made, _Clean(fields, points, tags, addresses)


def check_chunk_packed(records: list[tuple], defaults: Defaults) -> list[tuple | Refused]:
    """What a worker process runs, on records sent as plain tuples (``_record_values``)."""
    return [_packed(check_record(ImportRecord(*values), defaults)) for values in records]


def _record_values(record: ImportRecord) -> tuple:
    return (record.number, record.values, record.lists, record.problem, record.detail, record.more_addresses,
            record.photo)


def _workers() -> int:
    """Worker processes worth starting: one per idle core, at most two (this process, which reads the file and
    compares the rows meanwhile, needs about a third of what the workers do); none on a busy machine."""
    cores = os.cpu_count() or 1
    try:
        busy = max(0.0, os.getloadavg()[0] - 1)  # the load of the last minute, less this process's own
    except (AttributeError, OSError):  # Windows has no load average
        busy = 0.0
    return 0 if cores < 2 else max(0, min(2, int(cores - busy)))


def checked_chunks(chunks: Iterator[list[ImportRecord]], defaults: Defaults,
                   total: int) -> Iterator[tuple[list[ImportRecord], list[Checked]]]:
    """Each chunk of records with its checks, in the file's order; worker processes check a big file."""
    workers = _workers() if total >= POOL_MIN_ROWS else 0
    if workers:
        try:
            # spawn, not fork: the window's threads (Qt, the database) must not be copied into a child
            pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"))
        except (OSError, ValueError, NotImplementedError):
            pool = None
        if pool is not None:
            yield from _pooled(pool, chunks, defaults)
            return
    for chunk in chunks:
        yield chunk, check_chunk(chunk, defaults)


def _pooled(pool: ProcessPoolExecutor, chunks: Iterator[list[ImportRecord]],
            defaults: Defaults) -> Iterator[tuple[list[ImportRecord], list[Checked]]]:
    pending: deque[tuple[list[ImportRecord], Future | None]] = deque()
    broken = False
    try:
        for chunk in chunks:
            if not broken:
                try:
                    sent = [_record_values(record) for record in chunk]
                    pending.append((chunk, pool.submit(check_chunk_packed, sent, defaults)))
                except (BrokenProcessPool, RuntimeError, OSError):
                    broken = True
            if broken:
                pending.append((chunk, None))
            while len(pending) > (0 if broken else IN_FLIGHT):
                done, results, broken = _result(pending.popleft(), defaults, broken)
                yield done, results
        while pending:
            done, results, broken = _result(pending.popleft(), defaults, broken)
            yield done, results
    finally:  # finished, failed or cancelled: the workers stop (a chunk under way is at most a moment)
        pool.shutdown(wait=True, cancel_futures=True)


def _result(item: tuple[list[ImportRecord], Future | None], defaults: Defaults,
            broken: bool) -> tuple[list[ImportRecord], list[Checked], bool]:
    """A chunk's checks from its worker; here, when no worker could (one that cannot start, in a packaged app
    or a sandbox, leaves a broken pool: the rows are checked all the same)."""
    chunk, future = item
    if future is not None and not broken:
        try:
            return chunk, [_unpacked(item) for item in future.result()], False
        except BrokenProcessPool:
            broken = True
    return chunk, check_chunk(chunk, defaults), broken
