"""Parties, contact points, addresses, tags, communications, tasks, settings (frozen copy)."""

import uuid
from datetime import UTC, datetime

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


def _now():
    return datetime.now(UTC).replace(tzinfo=None)


class _Base(Model):
    class Meta:
        legacy_table_names = False


class _Owned(_Base):
    uid = CharField(max_length=36, unique=True, default=lambda: str(uuid.uuid4()))
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now, index=True)
    deleted_at = DateTimeField(null=True)


class SchemaVersion(_Base):
    version = IntegerField(primary_key=True)
    name = CharField()
    applied_at = DateTimeField(default=_now)


class Setting(_Base):
    key = CharField(primary_key=True)
    value = TextField()
    updated_at = DateTimeField(default=_now)


class Party(_Owned):
    kind = CharField(max_length=10)
    first_name = CharField(default="")
    last_name = CharField(default="")
    name = CharField()
    sort_key = CharField(index=True)
    job_title = CharField(default="")
    stage = CharField(max_length=20, default="lead", index=True)
    source = CharField(default="")
    owner = CharField(default="", index=True)
    notes = TextField(default="")
    vat_number = CharField(default="")
    tax_code = CharField(default="")
    country = CharField(max_length=2, default="IT")
    birthday = DateField(null=True)
    merged_into = ForeignKeyField("self", null=True, backref="merged_from", on_delete="SET NULL")

    class Meta:
        indexes = ((("deleted_at", "sort_key"), False),)


class Affiliation(_Owned):
    person = ForeignKeyField(Party, backref="affiliations", on_delete="CASCADE")
    company = ForeignKeyField(Party, backref="members", on_delete="CASCADE")
    role = CharField(default="")
    is_primary = BooleanField(default=True)

    class Meta:
        indexes = ((("person", "company"), True),)


class ContactPoint(_Owned):
    party = ForeignKeyField(Party, backref="contact_points", on_delete="CASCADE")
    kind = CharField(max_length=10)
    label = CharField(default="")
    value = CharField()
    match_key = CharField()
    is_primary = BooleanField(default=False)

    class Meta:
        indexes = ((("kind", "match_key"), False),)


class Address(_Owned):
    party = ForeignKeyField(Party, backref="addresses", on_delete="CASCADE")
    label = CharField(default="")
    street = CharField(default="")
    postal_code = CharField(default="")
    city = CharField(default="")
    province = CharField(default="")
    country = CharField(max_length=2, default="IT")
    is_primary = BooleanField(default=False)


class Tag(_Owned):
    name = CharField()
    key = CharField(unique=True)


class PartyTag(_Owned):
    party = ForeignKeyField(Party, backref="party_tags", on_delete="CASCADE")
    tag = ForeignKeyField(Tag, backref="party_tags", on_delete="CASCADE")

    class Meta:
        indexes = ((("party", "tag"), True), (("tag", "party"), False))


class Communication(_Owned):
    party = ForeignKeyField(Party, backref="communications", on_delete="CASCADE")
    person = ForeignKeyField(Party, null=True, backref="spoken_for", on_delete="SET NULL")
    kind = CharField(max_length=10)
    direction = CharField(max_length=3, default="")
    occurred_at = DateTimeField()
    subject = CharField(default="")
    body = TextField(default="")
    duration_seconds = IntegerField(null=True)
    outcome = CharField(default="")
    owner = CharField(default="")

    class Meta:
        indexes = ((("party", "occurred_at"), False),)


class Task(_Owned):
    title = CharField()
    notes = TextField(default="")
    party = ForeignKeyField(Party, null=True, backref="tasks", on_delete="CASCADE")
    communication = ForeignKeyField(Communication, null=True, backref="follow_ups", on_delete="SET NULL")
    due_at = DateTimeField(null=True)
    priority = IntegerField(default=2)
    done_at = DateTimeField(null=True)
    owner = CharField(default="")

    class Meta:
        indexes = ((("done_at", "due_at"), False), (("party", "done_at"), False))


MODELS = [SchemaVersion, Setting, Party, Affiliation, ContactPoint, Address, Tag, PartyTag,
          Communication, Task]


def upgrade(db):
    with db.bind_ctx(MODELS):
        db.create_tables(MODELS)
