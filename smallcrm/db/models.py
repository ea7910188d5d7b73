"""The live peewee models. Migrations never import this module: they carry frozen copies."""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Callable

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from smallcrm.clock import utcnow

database = DatabaseProxy()


def new_uid() -> str:
    return str(uuid.uuid4())


def uid_maker(batch: int = 1024) -> Callable[[], str]:
    """A ``new_uid`` for many rows (imports): the same random version-4 UUIDs, drawn from the system's random
    source ``batch`` at a time and written out by hand (``uuid.uuid4`` costs more than the row it names), a
    batch at a time in one comprehension (a call then only pops one: ~1 µs less per uid, ~6 uids per row)."""
    pending: list[str] = []
    lock = threading.Lock()  # a preview and an import may run in two threads: never hand out a uid twice

    def make() -> str:
        with lock:
            if not pending:
                h = os.urandom(16 * batch).hex()
                pending.extend(f"{h[a:a + 8]}-{h[a + 8:a + 12]}-4{h[a + 13:a + 16]}-"
                               f"{'89ab'[int(h[a + 16], 16) & 3]}{h[a + 17:a + 20]}-{h[a + 20:a + 32]}"
                               for a in range(0, 32 * batch, 32))
            return pending.pop()

    return make


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class OwnedModel(BaseModel):
    """A record a user owns: a stable uid and UTC timestamps for sync, and a trash flag."""

    uid = CharField(max_length=36, unique=True, default=new_uid)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow, index=True)
    deleted_at = DateTimeField(null=True)

    def save(self, *args, **kwargs):
        if self._pk is not None:
            self.updated_at = utcnow()
        return super().save(*args, **kwargs)


class SchemaVersion(BaseModel):
    version = IntegerField(primary_key=True)
    name = CharField()
    applied_at = DateTimeField(default=utcnow)


class Setting(BaseModel):
    key = CharField(primary_key=True)
    value = TextField()  # JSON
    updated_at = DateTimeField(default=utcnow)


class Party(OwnedModel):
    """A person or a company: everything the CRM keeps a relationship with."""

    updated_at = DateTimeField(default=utcnow)  # no index: the lists use (deleted_at, updated_at) (0026)
    kind = CharField(max_length=10)  # person | company
    first_name = CharField(default="")
    last_name = CharField(default="")
    name = CharField()  # display name: "Mario Rossi" or "Rossi S.r.l."
    # folded "rossi mario" / "rossi srl": ordering and prefix lookups, through the index (deleted_at, sort_key)
    sort_key = CharField()
    job_title = CharField(default="")
    stage = CharField(max_length=20, default="lead", index=True)
    source = CharField(default="")
    owner = CharField(default="", index=True)
    notes = TextField(default="")
    vat_number = CharField(default="")
    tax_code = CharField(default="")
    country = CharField(max_length=2, default="IT")
    sdi_code = CharField(max_length=7, default="")  # where the SdI delivers e-invoices: Codice Destinatario
    sdi_pec = CharField(default="")  # or this PEC address (with the code 0000000)
    birthday = DateField(null=True)
    # the parts of a person's name beyond first (given) and last (family), as vCard's N has them (0016)
    name_prefix = CharField(default="")
    middle_name = CharField(default="")
    name_suffix = CharField(default="")
    nickname = CharField(default="")
    department = CharField(default="")
    anniversary = DateField(null=True)
    merged_into = ForeignKeyField("self", null=True, backref="merged_from", on_delete="SET NULL")
    review_on = DateField(null=True)  # GDPR: when the data kept about this party is to be reviewed
    anonymised_at = DateTimeField(null=True)  # personal fields replaced (services/erasure.py)

    class Meta:
        indexes = ((("deleted_at", "sort_key"), False),)


class Affiliation(OwnedModel):
    """A person working for a company, with a role."""

    # no index of its own on person, party or tag: a longer index starts with it (migration fewer_indexes)
    person = ForeignKeyField(Party, backref="affiliations", on_delete="CASCADE", index=False)
    company = ForeignKeyField(Party, backref="members", on_delete="CASCADE")
    updated_at = DateTimeField(default=utcnow)  # no index: nothing looks it up (migration import_write_indexes)
    role = CharField(default="")
    is_primary = BooleanField(default=True)

    class Meta:
        indexes = ((("person", "company"), True),)


class ContactPoint(OwnedModel):
    party = ForeignKeyField(Party, backref="contact_points", on_delete="CASCADE", index=False)
    updated_at = DateTimeField(default=utcnow)  # no index: nothing looks it up (migration import_write_indexes)
    kind = CharField(max_length=10)  # email | phone | web
    label = CharField(default="")  # work, home, mobile, pec ...
    value = CharField()  # normalised: e-mail as typed (domain lowercased), phone in E.164, URL
    match_key = CharField()  # for duplicate checks: lowercased e-mail, phone digits, bare host+path
    is_primary = BooleanField(default=False)

    class Meta:
        indexes = ((("kind", "match_key"), False),)


class Address(OwnedModel):
    party = ForeignKeyField(Party, backref="addresses", on_delete="CASCADE", index=False)
    updated_at = DateTimeField(default=utcnow)  # no index: nothing looks it up (migration import_write_indexes)
    label = CharField(default="")
    street = CharField(default="")
    postal_code = CharField(default="")
    city = CharField(default="")
    province = CharField(default="")
    country = CharField(max_length=2, default="IT")
    is_primary = BooleanField(default=False)


class PartyPhoto(OwnedModel):
    """A contact's picture: one per party, kept apart so that reading parties never loads an image."""

    party = ForeignKeyField(Party, backref="photos", on_delete="CASCADE", unique=True)
    media_type = CharField()
    data = BlobField()


class Tag(OwnedModel):
    name = CharField()
    key = CharField(unique=True)  # folded name, so "VIP" and "vip" are one tag


class PartyTag(OwnedModel):
    party = ForeignKeyField(Party, backref="party_tags", on_delete="CASCADE", index=False)
    tag = ForeignKeyField(Tag, backref="party_tags", on_delete="CASCADE", index=False)
    updated_at = DateTimeField(default=utcnow)  # no index: nothing looks it up (migration import_write_indexes)

    class Meta:
        indexes = ((("party", "tag"), True), (("tag", "party"), False))


class Communication(OwnedModel):
    """One entry of a party's timeline: a call, an e-mail, a meeting, a note..."""

    party = ForeignKeyField(Party, backref="communications", on_delete="CASCADE")
    person = ForeignKeyField(Party, null=True, backref="spoken_for", on_delete="SET NULL")
    kind = CharField(max_length=10)
    direction = CharField(max_length=3, default="")  # in | out | "" (a note has none)
    occurred_at = DateTimeField()
    subject = CharField(default="")
    body = TextField(default="")
    duration_seconds = IntegerField(null=True)
    outcome = CharField(default="")
    owner = CharField(default="")

    class Meta:
        indexes = ((("party", "occurred_at"), False),)


class Attachment(OwnedModel):
    """A file on a timeline entry; its bytes live in the files folder under their SHA-256 (services/attachments)."""

    communication = ForeignKeyField(Communication, backref="attachments", on_delete="CASCADE")
    file_name = CharField(max_length=255)
    media_type = CharField(max_length=255)
    size = IntegerField()
    sha256 = CharField(max_length=64, index=True)


class Task(OwnedModel):
    title = CharField()
    notes = TextField(default="")
    party = ForeignKeyField(Party, null=True, backref="tasks", on_delete="CASCADE")
    communication = ForeignKeyField(Communication, null=True, backref="follow_ups", on_delete="SET NULL")
    due_at = DateTimeField(null=True)
    priority = IntegerField(default=2)  # 1 high, 2 normal, 3 low
    done_at = DateTimeField(null=True)
    owner = CharField(default="")

    class Meta:
        indexes = ((("done_at", "due_at"), False), (("party", "done_at"), False))


ALL_MODELS: list[type[BaseModel]] = [
    SchemaVersion,
    Setting,
    Party,
    Affiliation,
    ContactPoint,
    Address,
    PartyPhoto,
    Tag,
    PartyTag,
    Communication,
    Task,
]
