"""Finished imports: listed, and undone as a whole.

Undoing puts the parties the import created in the trash (from where they can still be restored), puts back
the values an update replaced (where nobody changed them since), and takes away the contact points, tags,
addresses and company links it added.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from smallcrm.changes import Changes
from smallcrm.clock import utcnow
from smallcrm.db.connection import Database
from smallcrm.db.import_models import ImportBatch, ImportChange
from smallcrm.db.models import Address, Affiliation, ContactPoint, Party, PartyTag
from smallcrm.domain import FileKind, ImportAction
from smallcrm.errors import Conflict, NotFound
from smallcrm.services.parties import store

_ADDED = {"contact_point": ContactPoint, "address": Address, "party_tag_added": PartyTag,
          "party_tag_restored": PartyTag, "affiliation_added": Affiliation, "affiliation_restored": Affiliation}


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


def undo_import(db: Database, batch_id: int) -> Changes:
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
        for chunk in _chunks(created):
            Party.update(deleted_at=now, updated_at=now).where(
                Party.id.in_(chunk), Party.deleted_at.is_null(), Party.merged_into.is_null()).execute()
        updated = [r for r in rows if r.action == ImportAction.UPDATE]
        for row in updated:
            _put_back(row.party_id, json.loads(row.previous), now)
            for table, ids in json.loads(row.added).items():
                if table in _ADDED and ids:
                    store.trash_rows(_ADDED[table], _ADDED[table].id.in_(ids))
        touched = [*created, *(r.party_id for r in updated)]
        for chunk in _chunks(touched):
            store.reindex(chunk)
        batch.undone_at = now
        batch.save()
    return Changes(parties=set(touched), imports={batch_id})
