"""Carrying out a previewed import in one transaction, and undoing a finished one as a whole.

New parties, their contact points, addresses, tags and company links go in with prepared bulk inserts; the
search index is brought in step once for all of them. Every party created or changed is written down in the
batch (with the values an update replaced and the rows it added), which is what ``undo_import`` reads.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from operator import itemgetter

from smallcrm.changes import Changes
from smallcrm.clock import utcnow
from smallcrm.db.bulk import bulk_insert
from smallcrm.db.connection import Database
from smallcrm.db.import_models import ImportBatch, ImportChange
from smallcrm.db.models import (
    Address,
    Affiliation,
    ContactPoint,
    Party,
    PartyPhoto,
    PartyTag,
    Tag,
    database,
    uid_maker,
)
from smallcrm.db.search_index import index_new_parties, party_entry
from smallcrm.domain import ImportAction, PartyKind, Stage
from smallcrm.errors import Conflict
from smallcrm.gc_pause import collections_paused
from smallcrm.services.admin.settings import get_setting, set_setting
from smallcrm.services.exchange import import_lookup as lookup
from smallcrm.services.exchange.import_plan import (
    PARTY_COLUMNS,
    ImportPlan,
    PlannedRow,
    Progress,
    ShouldStop,
    cancelled,
)
from smallcrm.services.parties import store
from smallcrm.services.parties.parties import province_text
from smallcrm.services.views import PartyRef
from smallcrm.text import fold

OWNED = ("uid", "created_at", "updated_at")
REMEMBERED_MAPPINGS = 50
STEP = 2000
new_uid = uid_maker()  # a uid for every row an import inserts: fast, and as random as uuid4
_folded = lru_cache(maxsize=1 << 16)(fold)  # tag and company names, named again on row after row


@dataclass(frozen=True)
class LookAlike:
    """A record the import created that looks like ones already there: the user may merge it into one of them."""

    row: int
    created: PartyRef
    candidates: tuple[PartyRef, ...]


@dataclass(frozen=True)
class ImportResult:
    batch_id: int
    created: int
    updated: int
    skipped: int
    rejected: int
    companies_created: int  # of those created, companies made for people's "company" column
    look_alikes: tuple[LookAlike, ...] = ()


class _Pace:
    def __init__(self, total: int, progress: Progress | None, should_stop: ShouldStop | None) -> None:
        self.total, self.done, self._progress, self._stop = max(total, 1), 0, progress, should_stop

    def tick(self, rows: int) -> None:
        self.done += rows
        if self._stop is not None and self._stop():
            raise cancelled()
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)


def _chunks(items: list, size: int = STEP) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _insert_parties(rows: list[tuple], stamp: str) -> dict[str, int]:
    """Insert (uid, *PARTY_COLUMNS) rows; returns uid -> new id. Each row gets the id SQLite would give it (one
    past the highest), given here so that nothing is read back."""
    top = database.execute_sql("SELECT COALESCE(MAX(id), 0) FROM party").fetchone()[0]
    stored = [(party_id, r[0], stamp, stamp, *r[1:-2], _day(r[-2]), _day(r[-1]))  # the two days last
              for party_id, r in enumerate(rows, top + 1)]
    bulk_insert(Party, ("id", *OWNED, *PARTY_COLUMNS), stored, as_stored=True)
    return {row[1]: row[0] for row in stored}


def _day(value) -> str | None:
    return str(value) if value else None


def _tag_ids(names: Iterable[str], now: datetime | str) -> dict[str, int]:
    """Folded tag name -> id: existing tags (brought back from the trash if needed) or new ones."""
    wanted = {fold(n): n for n in names}
    if not wanted:
        return {}
    found = {key: (tid, deleted) for key, tid, deleted in lookup.rows_in(
        "SELECT key, id, deleted_at FROM tag WHERE key IN ({marks})", wanted)}
    trashed = [tid for tid, deleted in found.values() if deleted is not None]
    if trashed:
        Tag.update(deleted_at=None, updated_at=now).where(Tag.id.in_(trashed)).execute()
    stamp = str(now)
    missing = [(new_uid(), stamp, stamp, wanted[k], k) for k in wanted if k not in found]
    if missing:
        bulk_insert(Tag, (*OWNED, "name", "key"), missing, as_stored=True)
        found.update({key: (tid, None) for key, tid in lookup.rows_in(
            "SELECT key, id FROM tag WHERE key IN ({marks})", [m[4] for m in missing])})
    return {key: tid for key, (tid, _) in found.items()}


def _party_row(row: PlannedRow) -> tuple:
    work = row.work
    return (work.uid, *work.party)


def _company_ids(plan: ImportPlan, creates: list[PlannedRow], stamp: str, owner: str, country: str,
                  created: dict[str, int]) -> tuple[dict[str, int], list[int]]:
    """Sort key -> id of every company a person row names: existing, created from a row, or made now."""
    made = [(new_uid(), PartyKind.COMPANY, "", "", name, key, "", Stage.LEAD, "", owner, "", "", "", country,
             "", "", "", "", "", "", "", None, None) for key, name in plan.new_companies.items()]
    made_ids = _insert_parties(made, stamp) if made else {}
    ids = {row.work.value("sort_key"): created[row.work.uid] for row in creates if row.kind == PartyKind.COMPANY}
    ids.update({m[5]: made_ids[m[0]] for m in made})
    wanted = {_folded(r.work.company) for r in plan.rows if r.work is not None and r.work.company}
    ids.update(lookup.companies_named(k for k in wanted if k not in ids))
    return ids, list(made_ids.values())


def _insert_details(rows: list[PlannedRow], created: dict[str, int], companies: dict[str, int],
                    tag_ids: dict[str, int], batch_id: int, stamp: str) -> None:
    """The contact points, addresses, tags, company links and batch records of newly created parties."""
    points, addresses, links, members, changes, photos = [], [], [], [], [], []
    for row in rows:
        work, party_id = row.work, created[row.work.uid]
        first: set[str] = set()
        for kind, value, key, label in work.points:
            points.append((new_uid(), stamp, stamp, party_id, kind, label, value, key, kind not in first))
            first.add(kind)
        for index, a in enumerate(work.addresses):
            addresses.append((new_uid(), stamp, stamp, party_id, a.label, a.street.strip(), a.postal_code.strip(),
                              a.city.strip(), province_text(a.province), (a.country or work.value("country")).upper(),
                              index == 0))
        links.extend((new_uid(), stamp, stamp, party_id, tag_ids[_folded(t)]) for t in work.tags)
        if work.company and row.kind == PartyKind.PERSON:
            members.append((new_uid(), stamp, stamp, party_id, companies[_folded(work.company)], work.role, True))
        changes.append((batch_id, party_id, ImportAction.CREATE, row.row, work.external_uid, "{}", "{}"))
        if work.photo:
            photos.append((new_uid(), stamp, stamp, party_id, *work.photo))
    bulk_insert(ContactPoint, (*OWNED, "party", "kind", "label", "value", "match_key", "is_primary"), points,
                as_stored=True)
    bulk_insert(Address, (*OWNED, "party", "label", "street", "postal_code", "city", "province", "country",
                          "is_primary"), addresses, as_stored=True)
    bulk_insert(PartyTag, (*OWNED, "party", "tag"), links, as_stored=True)
    if photos:
        bulk_insert(PartyPhoto, (*OWNED, "party", "media_type", "data"), photos, as_stored=True)
    bulk_insert(Affiliation, (*OWNED, "person", "company", "role", "is_primary"), members, as_stored=True)
    bulk_insert(ImportChange, ("batch", "party", "action", "row_number", "external_uid", "previous", "added"),
                changes, as_stored=True)


@dataclass
class _Created:
    """What the import inserted, for its search entries: made after the updates (they may rename a company)."""

    rows: list[PlannedRow]
    ids: dict[str, int]  # uid -> id of each created row
    made: list[int]  # companies made for people's "company" column
    companies: dict[str, int]  # sort key -> id of every company a person row names
    tag_ids: dict[str, int]  # folded tag name -> id

    @property
    def all_ids(self) -> list[int]:
        return [*self.ids.values(), *self.made]


def _create_rows(plan: ImportPlan, batch_id: int, stamp: str, pace: _Pace) -> _Created:
    creates = [r for r in plan.rows if r.action == ImportAction.CREATE]
    created: dict[str, int] = {}
    for chunk in _chunks(sorted(creates, key=lambda r: r.kind != PartyKind.COMPANY)):
        created.update(_insert_parties([_party_row(r) for r in chunk], stamp))
        pace.tick(len(chunk))
    owner, country = str(get_setting("default_owner")), str(get_setting("default_country"))
    companies, made = _company_ids(plan, creates, stamp, owner, country, created)
    tag_ids = _tag_ids({t for r in creates for t in r.work.tags}, stamp)
    for chunk in _chunks(creates):  # the rows of each party in steps: 100k rows would hold them all at once
        _insert_details(chunk, created, companies, tag_ids, batch_id, stamp)
    bulk_insert(ImportChange, ("batch", "party", "action", "row_number", "external_uid", "previous", "added"),
                [(batch_id, company_id, ImportAction.CREATE, 0, "", "{}", "{}") for company_id in made], as_stored=True)
    return _Created(creates, created, made, companies, tag_ids)


_ENTRY_VALUES = itemgetter(*(PARTY_COLUMNS.index(c) for c in ("name", "first_name", "last_name", "job_title",
                                                                 "notes", "vat_number", "tax_code")))


def _index_created(done: _Created, pace: _Pace, step: int = 5000) -> None:
    """The search entries of the new parties, from the values in hand (the same as ``reindex_parties`` would
    build reading them back: points, company and tags in the order they were inserted)."""
    names = dict(lookup.rows_in("SELECT id, name FROM party WHERE id IN ({marks})",
                                [*done.companies.values(), *done.made]))
    tag_names = dict(lookup.rows_in("SELECT id, name FROM tag WHERE id IN ({marks})", done.tag_ids.values()))
    for chunk in _chunks(done.rows, step):
        built = {}
        for row in chunk:
            work = row.work
            company = ([names[done.companies[_folded(work.company)]]] if work.company and row.kind == PartyKind.PERSON
                       else [])
            tags = [tag_names[done.tag_ids[_folded(t)]] for t in work.tags]
            built[done.ids[work.uid]] = party_entry(*_ENTRY_VALUES(work.party),
                                                    [(kind, value) for kind, value, _, _ in work.points], company, tags)
        index_new_parties(database, built)
        pace.tick(len(chunk))
    index_new_parties(database, {company_id: party_entry(names[company_id], "", "", "", "", "", "", (), (), ())
                                 for company_id in done.made})
    pace.tick(len(done.made))


def _link_or_restore(model, where: dict, create: dict, now: datetime) -> tuple[str, int] | None:
    """Add a link row (tag, company) or bring a trashed one back; None when it is there already."""
    row = model.get_or_none(*(getattr(model, k) == v for k, v in where.items()))
    if row is None:
        return "added", model.create(**where, **create).id
    if row.deleted_at is not None:
        model.update(deleted_at=None, updated_at=now).where(model.id == row.id).execute()
        return "restored", row.id
    return None


def _update_row(row: PlannedRow, batch_id: int, now: datetime, companies: dict[str, int]) -> None:
    work, party_id = row.work, row.party_id
    added: dict[str, list[int]] = {}
    if work.fields:
        Party.update(**work.fields, updated_at=now).where(Party.id == party_id).execute()
    kinds = {k for (k,) in database.execute_sql(
        "SELECT DISTINCT kind FROM contact_point WHERE party_id = ? AND deleted_at IS NULL", (party_id,))}
    for kind, value, key, label in work.points:
        point = ContactPoint.create(party=party_id, kind=kind, value=value, match_key=key, label=label,
                                    is_primary=kind not in kinds)
        kinds.add(kind)
        added.setdefault("contact_point", []).append(point.id)
    for name in work.tags:
        tag_id = _tag_ids([name], now)[fold(name)]
        done = _link_or_restore(PartyTag, {"party": party_id, "tag": tag_id}, {}, now)
        if done:
            added.setdefault(f"party_tag_{done[0]}", []).append(done[1])
    if work.addresses:
        has_one = Address.select().where(Address.party == party_id, Address.deleted_at.is_null()).exists()
        for a in work.addresses:
            address = Address.create(party=party_id, label=a.label, street=a.street.strip(),
                                     postal_code=a.postal_code.strip(), city=a.city.strip(),
                                     province=province_text(a.province), country=a.country.upper(),
                                     is_primary=not has_one)
            has_one = True
            added.setdefault("address", []).append(address.id)
    if work.photo:
        added["party_photo"] = [PartyPhoto.create(party=party_id, media_type=work.photo[0], data=work.photo[1]).id]
    if work.company:
        has_main = Affiliation.select().where(Affiliation.person == party_id, Affiliation.deleted_at.is_null()).exists()
        done = _link_or_restore(Affiliation, {"person": party_id, "company": companies[fold(work.company)]},
                                {"is_primary": not has_main, "role": work.role}, now)
        if done:
            added[f"affiliation_{done[0]}"] = [done[1]]
    previous = {"before": work.previous, "after": work.fields}
    ImportChange.create(batch=batch_id, party=party_id, action=ImportAction.UPDATE, row_number=row.row,
                        external_uid=work.external_uid, previous=json.dumps(previous, default=str),
                        added=json.dumps(added))


def _check_fresh(updates: list[PlannedRow]) -> None:
    seen = {row.party_id: row.work.seen_at for row in updates}
    for party_id, updated_at, deleted in lookup.rows_in(
            "SELECT id, updated_at, deleted_at FROM party WHERE id IN ({marks})", seen):
        if deleted is not None or str(updated_at) != str(seen[party_id]):
            raise Conflict("Some records changed since the preview; preview the import again", code="stale",
                           party=party_id)


def _remember(db: Database, plan: ImportPlan) -> bool:
    """Keep a mapping the user confirmed for the next file with the same headers."""
    if plan.mapping.layout != "custom":
        return False
    mappings = dict(get_setting("import_mappings"))
    mappings.pop(plan.mapping.signature, None)
    mappings[plan.mapping.signature] = list(plan.mapping.fields)
    set_setting(db, "import_mappings", dict(list(mappings.items())[-REMEMBERED_MAPPINGS:]))
    return True


def apply_import(db: Database, plan: ImportPlan, progress: Progress | None = None,
                 should_stop: ShouldStop | None = None) -> tuple[ImportResult, Changes]:
    """Carry out ``plan`` in one transaction: all of it, or (failure, cancel) nothing."""
    counts = plan.counts
    updates = [r for r in plan.rows if r.action == ImportAction.UPDATE]
    # inserts, then the search index
    pace = _Pace(2 * counts[ImportAction.CREATE] + len(updates), progress, should_stop)
    now = utcnow()
    stamp = str(now)  # as peewee stores a datetime
    with db.atomic(), collections_paused():
        _check_fresh(updates)
        batch = ImportBatch.create(file_name=plan.file_name[:255], file_kind=plan.file_kind, layout=plan.mapping.layout,
                                   mapping=json.dumps({"headers": plan.mapping.headers, "fields": plan.mapping.fields}),
                                   created_count=counts[ImportAction.CREATE], updated_count=counts[ImportAction.UPDATE],
                                   skipped_count=counts[ImportAction.SKIP], rejected_count=counts[ImportAction.REJECT])
        done = _create_rows(plan, batch.id, stamp, pace)
        made = len(done.made)
        companies = lookup.companies_named({fold(r.work.company) for r in updates if r.work.company})
        for chunk in _chunks(updates, 500):
            for row in chunk:
                _update_row(row, batch.id, now, companies)
            pace.tick(len(chunk))
        _index_created(done, pace)
        touched = [*done.all_ids, *(r.party_id for r in updates)]
        for chunk in _chunks([r.party_id for r in updates], 500):
            store.reindex(chunk)  # a renamed company: its people's search entries name it
        if made:
            (ImportBatch.update(created_count=counts[ImportAction.CREATE] + made)
             .where(ImportBatch.id == batch.id).execute())
        remembered = _remember(db, plan)
    look_alikes = tuple(LookAlike(r.row, PartyRef(done.ids[r.work.uid], r.kind, r.name), r.candidates)
                        for r in done.rows if r.candidates)
    result = ImportResult(batch.id, counts[ImportAction.CREATE] + made, counts[ImportAction.UPDATE],
                          counts[ImportAction.SKIP], counts[ImportAction.REJECT], made, look_alikes)
    return result, Changes(parties=set(touched), imports={batch.id},
                           settings={"import_mappings"} if remembered else set())
