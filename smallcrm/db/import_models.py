"""Import batches (migration 0006): what each import created or changed, so that it can be undone."""

from __future__ import annotations

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from smallcrm.clock import utcnow
from smallcrm.db.models import BaseModel, OwnedModel, Party


class ImportBatch(OwnedModel):
    updated_at = DateTimeField(default=utcnow)  # no index: nothing looks it up (migration import_write_indexes)
    file_name = CharField(max_length=255)
    file_kind = CharField(max_length=10)  # csv | xlsx | vcard
    layout = CharField(max_length=20)  # smallcrm | google | outlook | custom | vcard ...
    mapping = TextField()  # JSON: the headers and the field each one fed
    created_count = IntegerField()
    updated_count = IntegerField()
    skipped_count = IntegerField()
    rejected_count = IntegerField()
    undone_at = DateTimeField(null=True)


class ImportChange(BaseModel):
    """A party an import created, or changed (with the values it had before and the rows added to it)."""

    batch = ForeignKeyField(ImportBatch, backref="changes", on_delete="CASCADE")
    party = ForeignKeyField(Party, backref="import_changes", on_delete="CASCADE")
    action = CharField(max_length=10)  # create | update
    row_number = IntegerField()
    external_uid = CharField(max_length=255, index=True)  # the vCard UID it came with ("" for none)
    previous = TextField()  # JSON: field -> value before the import (updates)
    added = TextField()  # JSON: table -> ids of rows the import added or brought back from the trash
