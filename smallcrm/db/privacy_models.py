"""Privacy records: consents, the erasure log (no personal data in it) and the audit log of changes."""

from __future__ import annotations

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from smallcrm.clock import utcnow
from smallcrm.db.models import BaseModel, OwnedModel, Party, new_uid


class Consent(OwnedModel):
    """A permission (or another lawful basis) for one purpose: given once, perhaps withdrawn later.
    Giving it again after a withdrawal is a new row, so the history stays."""

    party = ForeignKeyField(Party, backref="consents", on_delete="CASCADE")
    purpose = CharField(max_length=100)  # newsletter, profiling, ... or the user's own words
    lawful_basis = CharField(max_length=30)
    given_at = DateTimeField()
    given_how = CharField(default="")  # web form, signed paper, phone call ...
    withdrawn_at = DateTimeField(null=True)
    withdrawn_how = CharField(default="")
    note = TextField(default="")


class ErasureLog(BaseModel):
    """What an erasure or an anonymisation removed, when, why and by whom: counts, never the data."""

    uid = CharField(max_length=36, unique=True, default=new_uid)
    at = DateTimeField(default=utcnow)
    who = CharField()
    action = CharField(max_length=12)  # erase | anonymise
    party_uid = CharField(max_length=36, index=True)
    party_kind = CharField(max_length=10)
    reason = TextField()
    erased = TextField()  # JSON: kind -> count
    kept = TextField()  # JSON: kind -> count (issued invoices tax law keeps)

    class Meta:
        table_name = "erasure_log"


class AuditEntry(BaseModel):
    """One changed field of a party or a document (or one created/trashed record, with an empty field)."""

    at = DateTimeField(default=utcnow)
    who = CharField()
    record_kind = CharField(max_length=20)
    record_id = IntegerField()
    record_uid = CharField(max_length=36)
    party_id = IntegerField(null=True)
    action = CharField(max_length=12)
    field = CharField(max_length=40)
    old_value = TextField()
    new_value = TextField()

    class Meta:
        table_name = "audit_log"


PRIVACY_MODELS = [Consent, ErasureLog, AuditEntry]
