"""Finished imports: listed, and undone as a whole.

Undoing removes for good the parties the import created (not to the trash: a re-import of the file is then
clean), puts back the values an update replaced (where nobody changed them since), and takes away the contact
points, tags, addresses and company links it added. A created party that was used since (edited, called,
quoted, invoiced, merged, given a number or a tag by hand) is left as it is, and listed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from smallcrm.changes import Changes
from smallcrm.clock import utcnow
from smallcrm.db.connection import Database
from smallcrm.db.import_models import ImportBatch, ImportChange
from smallcrm.db.models import Address, Affiliation, ContactPoint, Party, PartyPhoto, PartyTag
from smallcrm.domain import FileKind, ImportAction
from smallcrm.errors import Conflict, NotFound
from smallcrm.services.parties import store
from smallcrm.services.views import PartyRef

_ADDED = {"contact_point": ContactPoint, "address": Address, "party_tag_added": PartyTag,
          "party_tag_restored": PartyTag, "affiliation_added": Affiliation, "affiliation_restored": Affiliation,
          "party_photo": PartyPhoto}


@dataclass(frozen=True)
class ImportBatchView:
    id: int
    file_name: str
    file_kind: FileKind
    layout: str
    created_at: datetime
    created: int
    updated: int
    skipped: int
    rejected: int
    undone_at: datetime | None


def _view(batch: ImportBatch) -> ImportBatchView:
    return ImportBatchView(batch.id, batch.file_name, FileKind(batch.file_kind), batch.layout, batch.created_at,
                           batch.created_count, batch.updated_count, batch.skipped_count, batch.rejected_count,
                           batch.undone_at)


def list_imports(limit: int = 50) -> list[ImportBatchView]:
    return [_view(b) for b in ImportBatch.select().where(ImportBatch.deleted_at.is_null())
            .order_by(ImportBatch.id.desc()).limit(limit)]


def _chunks(ids: list[int], size: int = 500):
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _put_back(party_id: int, previous: dict, now: datetime) -> None:
    """The values the import replaced, for each field nobody has changed since."""
    party = Party.get_or_none(Party.id == party_id)
    if party is None:
        return
    before, after = previous.get("before", {}), previous.get("after", {})
    restore = {}
    for column, value in before.items():
        current = getattr(party, column)
        if str(current if current is not None else None) == str(after.get(column)):
            restore[column] = value
    if restore:
        Party.update(**restore, updated_at=now).where(Party.id == party_id).execute()


@dataclass(frozen=True)
class UndoneImport:
    batch_id: int
    removed: int  # created parties removed for good
    put_back: int  # updated parties whose replaced values (where untouched since) are back
    kept: tuple[PartyRef, ...]  # created parties used since the import: left alone


# rows an import itself writes for a party it creates: only those added later tell that the party was used
_IMPORT_DETAILS = frozenset({"contact_point", "address", "party_tag", "affiliation"})


def _references() -> list[tuple[str, str]]:
    """(table, column) of every foreign key to a party, read from the schema: a table added later counts too."""
    pw = Party._meta.database
    tables = [r[0] for r in pw.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%'")]
    found = []
    for table in tables:
        for row in pw.execute_sql(f'PRAGMA foreign_key_list("{table}")'):
            if row[2] == "party":
                found.append((table, row[3]))
    return found


def _used_since(ids: list[int], batch_id: int) -> set[int]:
    """The parties among ``ids`` that something refers to or that changed after the import made them."""
    if not ids:
        return set()
    pw = Party._meta.database
    used: set[int] = set()
    references = _references()
    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        used.update(r[0] for r in pw.execute_sql(
            f"SELECT id FROM party WHERE id IN ({marks}) AND (updated_at > created_at OR deleted_at IS NOT NULL "
            "OR merged_into_id IS NOT NULL)", chunk))
        for table, column in references:
            later = ""
            if table in _IMPORT_DETAILS:
                later = f' AND t.created_at > (SELECT p.created_at FROM party p WHERE p.id = t."{column}")'
            elif table == "import_change":  # a later import that changed it
                later = f" AND t.batch_id > {int(batch_id)}"
            used.update(r[0] for r in pw.execute_sql(
                f'SELECT DISTINCT t."{column}" FROM "{table}" t WHERE t."{column}" IN ({marks}){later}', chunk))
    return used & set(ids)


def undo_import(db: Database, batch_id: int) -> tuple[UndoneImport, Changes]:
    """Undo a finished import as a whole: in one transaction, or not at all."""
    with db.atomic():
        batch = ImportBatch.get_or_none(ImportBatch.id == batch_id, ImportBatch.deleted_at.is_null())
        if batch is None:
            raise NotFound(kind="Import", ident=batch_id)
        if batch.undone_at is not None:
            raise Conflict(f"Import {batch_id} was already undone", code="already_undone", batch=batch_id)
        now = utcnow()
        rows = list(ImportChange.select().where(ImportChange.batch == batch_id).order_by(ImportChange.id.desc()))
        created = [r.party_id for r in rows if r.action == ImportAction.CREATE]
        updated = [r for r in rows if r.action == ImportAction.UPDATE]
        for row in updated:
            _put_back(row.party_id, json.loads(row.previous), now)
            for table, ids in json.loads(row.added).items():
                if table in _ADDED and ids:
                    if table.endswith("_restored"):  # it was in the trash before: back there
                        store.trash_rows(_ADDED[table], _ADDED[table].id.in_(ids))
                    else:
                        _ADDED[table].delete().where(_ADDED[table].id.in_(ids)).execute()
        used = _used_since(created, batch_id)
        kept = tuple(PartyRef(p.id, p.kind, p.name) for p in
                     Party.select(Party.id, Party.kind, Party.name).where(Party.id.in_(list(used))).order_by(Party.id))
        removed = [i for i in created if i not in used]
        for chunk in _chunks(removed):  # for good; their points, addresses, tags and links go with them
            Party.delete().where(Party.id.in_(chunk)).execute()
        touched = [*removed, *(r.party_id for r in updated)]
        for chunk in _chunks(touched):
            store.reindex(chunk)
        batch.undone_at = now
        batch.save()
    return UndoneImport(batch_id, len(removed), len(updated), kept), Changes(parties=set(touched),
                                                                             imports={batch_id})
