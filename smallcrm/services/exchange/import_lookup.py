"""The existing records an import chunk is compared with, each found by one query per kind of key.

Everything is asked for a chunk of rows at a time (``IN (...)`` over the keys of those rows), so an import costs
in proportion to the file, not to the database.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from smallcrm.db.models import database
from smallcrm.domain import ContactKind, PartyKind
from smallcrm.services.parties.duplicates import NEIGHBOURS, _similar
from smallcrm.services.views import PartyRef
from smallcrm.text import fold

BATCH = 500  # SQLite's bound parameters per query stay far below its limit


def rows_in(sql: str, values: Iterable, extra: tuple = ()) -> list[tuple]:
    """The rows of ``sql`` for all ``values``, asked in chunks: ``{marks}`` in ``sql`` stands for a chunk's "?"s."""
    values = list(dict.fromkeys(values))
    found: list[tuple] = []
    for start in range(0, len(values), BATCH):
        chunk = values[start:start + BATCH]
        marks = ",".join("?" * len(chunk))
        found.extend(database.execute_sql(sql.format(marks=marks), (*extra, *chunk)).fetchall())
    return found


def points_owned(kind: ContactKind, keys: Iterable[str]) -> dict[str, int]:
    """match key -> the live party with a live contact point of this kind and key."""
    rows = rows_in("SELECT cp.match_key, cp.party_id FROM contact_point cp JOIN party p ON p.id = cp.party_id "
                 "WHERE cp.deleted_at IS NULL AND p.deleted_at IS NULL AND cp.kind = ? AND cp.match_key IN "
                 "({marks}) ORDER BY cp.party_id", keys, (kind,))
    found: dict[str, int] = {}
    for key, party_id in rows:
        found.setdefault(key, party_id)
    return found


def vat_owners(numbers: Iterable[str]) -> dict[str, int]:
    rows = rows_in("SELECT vat_number, id FROM party WHERE deleted_at IS NULL AND vat_number IN ({marks}) "
                 "ORDER BY id", numbers)
    found: dict[str, int] = {}
    for number, party_id in rows:
        found.setdefault(number, party_id)
    return found


def uid_owners(uids: Iterable[str]) -> dict[str, tuple[int, bool]]:
    """uid -> (party id, is live), trashed parties included: a uid is never given twice."""
    return {uid: (pid, deleted is None) for uid, pid, deleted in
            rows_in("SELECT uid, id, deleted_at FROM party WHERE uid IN ({marks})", uids)}


def imported_uid_owners(external_uids: Iterable[str]) -> dict[str, int]:
    """vCard UID -> the live party an import not undone created or updated from it."""
    rows = rows_in("SELECT c.external_uid, c.party_id FROM import_change c JOIN import_batch b ON b.id = c.batch_id "
                 "JOIN party p ON p.id = c.party_id WHERE b.undone_at IS NULL AND p.deleted_at IS NULL "
                 "AND c.external_uid IN ({marks}) ORDER BY c.id DESC", external_uids)
    found: dict[str, int] = {}
    for uid, party_id in rows:
        found.setdefault(uid, party_id)
    return found


def _company_key_sql() -> str:
    return ("(SELECT c.sort_key FROM affiliation a JOIN party c ON c.id = a.company_id WHERE a.person_id = p.id "
            "AND a.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY a.is_primary DESC, a.id LIMIT 1)")


def same_names(sort_keys: Iterable[str]) -> dict[tuple[str, str, str], int]:
    """(kind, sort key, company's sort key or "") -> a live party with exactly that name."""
    rows = rows_in(f"SELECT p.kind, p.sort_key, COALESCE({_company_key_sql()}, ''), p.id FROM party p "
                 "WHERE p.deleted_at IS NULL AND p.sort_key IN ({marks}) ORDER BY p.id", sort_keys)
    found: dict[tuple[str, str, str], int] = {}
    for kind, key, company, party_id in rows:
        found.setdefault((kind, key, company if kind == PartyKind.PERSON else ""), party_id)
    return found


def companies_named(sort_keys: Iterable[str]) -> dict[str, int]:
    rows = rows_in("SELECT sort_key, id FROM party WHERE kind = 'company' AND deleted_at IS NULL AND sort_key IN "
                 "({marks}) ORDER BY id", sort_keys)
    found: dict[str, int] = {}
    for key, party_id in rows:
        found.setdefault(key, party_id)
    return found


@dataclass
class Existing:
    """What an update is compared with."""

    id: int
    kind: PartyKind
    fields: dict
    updated_at: datetime | str
    points: set[tuple[str, str]] = field(default_factory=set)
    tags: set[str] = field(default_factory=set)  # folded names
    addresses: list[tuple[str, str, str]] = field(default_factory=list)  # folded street, postal code, city
    companies: set[str] = field(default_factory=set)  # sort keys of the companies a person works for
    has_photo: bool = False


SCALARS = ("first_name", "last_name", "name", "sort_key", "job_title", "stage", "source", "owner", "notes",
           "vat_number", "tax_code", "country", "name_prefix", "middle_name", "name_suffix", "nickname", "department",
           "anniversary", "birthday", "sdi_code", "sdi_pec")


def address_key(street: str, postal_code: str, city: str) -> tuple[str, str, str]:
    return fold(street), postal_code.strip().upper(), fold(city)


def load_existing(ids: Iterable[int]) -> dict[int, Existing]:
    ids = list(dict.fromkeys(ids))
    photos = {party_id for (party_id,) in rows_in("SELECT party_id FROM party_photo WHERE party_id IN ({marks})", ids)}
    found = {row[0]: Existing(row[0], PartyKind(row[1]), dict(zip(SCALARS, row[3:], strict=True)), row[2])
             for row in rows_in(
        f"SELECT id, kind, updated_at, {', '.join(SCALARS)} FROM party WHERE id IN ({{marks}})", ids)}
    for party_id, kind, key in rows_in("SELECT party_id, kind, match_key FROM contact_point WHERE deleted_at IS NULL "
                                     "AND party_id IN ({marks})", ids):
        found[party_id].points.add((kind, key))
    for party_id, key in rows_in("SELECT pt.party_id, t.key FROM party_tag pt JOIN tag t ON t.id = pt.tag_id WHERE "
                               "pt.deleted_at IS NULL AND t.deleted_at IS NULL AND pt.party_id IN ({marks})", ids):
        found[party_id].tags.add(key)
    for party_id, street, postal, city in rows_in("SELECT party_id, street, postal_code, city FROM address WHERE "
                                                "deleted_at IS NULL AND party_id IN ({marks})", ids):
        found[party_id].addresses.append(address_key(street, postal, city))
    for person_id, key in rows_in("SELECT a.person_id, c.sort_key FROM affiliation a JOIN party c ON c.id = "
                                "a.company_id WHERE a.deleted_at IS NULL AND c.deleted_at IS NULL AND "
                                "a.person_id IN ({marks})", ids):
        found[person_id].companies.add(key)
    for party_id in photos:
        found[party_id].has_photo = True
    return found


class LookAlikes:
    """Live parties with a very similar name (companies by the start of their name, persons among the
    colleagues at the same company), asked once per name prefix or company and kept for the whole import."""

    def __init__(self) -> None:
        self._by_prefix: dict[str, list[tuple[int, str, str]]] = {}
        self._by_company: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
        self._companies_asked: set[int] = set()

    def companies_like(self, sort_key: str) -> tuple[PartyRef, ...]:
        prefix = sort_key[:3]
        if prefix not in self._by_prefix:
            self._by_prefix[prefix] = database.execute_sql(
                "SELECT id, name, sort_key FROM party WHERE kind = 'company' AND deleted_at IS NULL AND "
                "sort_key >= ? AND sort_key < ? LIMIT ?", (prefix, prefix + "\uffff", NEIGHBOURS)).fetchall()
        return tuple(PartyRef(i, PartyKind.COMPANY, n) for i, n, k in self._by_prefix[prefix] if _similar(k, sort_key))

    def colleagues_like(self, company_id: int, sort_key: str) -> tuple[PartyRef, ...]:
        if company_id not in self._companies_asked:
            self._companies_asked.add(company_id)
            self._by_company[company_id] = database.execute_sql(
                "SELECT p.id, p.name, p.sort_key FROM party p JOIN affiliation a ON a.person_id = p.id WHERE "
                "a.company_id = ? AND a.deleted_at IS NULL AND p.deleted_at IS NULL LIMIT ?",
                (company_id, NEIGHBOURS)).fetchall()
        return tuple(PartyRef(i, PartyKind.PERSON, n) for i, n, k in self._by_company[company_id]
                     if _similar(k, sort_key))
