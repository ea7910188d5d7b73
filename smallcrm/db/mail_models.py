"""Mail records: the Message-IDs of logged mails and the outbox (migration 0008)."""

from __future__ import annotations

from peewee import BlobField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from smallcrm.db.models import Communication, OwnedModel, Party


class MailMessage(OwnedModel):
    """A mail on the timeline, by its RFC Message-ID: neither the sending nor the receiving side logs it twice."""

    communication = ForeignKeyField(Communication, backref="mail_messages", on_delete="CASCADE")
    message_id = CharField(max_length=998, unique=True)
    folder = CharField(max_length=255, default="")
    imap_uid = IntegerField(null=True)
    direction = CharField(max_length=3)  # in | out


class OutboxMessage(OwnedModel):
    """A composed mail waiting to go (or gone): the exact RFC 5322 bytes, so every retry sends the same message."""

    party = ForeignKeyField(Party, backref="outbox", on_delete="CASCADE")
    message_id = CharField(max_length=998, unique=True)
    message = BlobField()
    sender = CharField(max_length=255)
    recipients = TextField()  # JSON list of addresses
    subject = TextField()
    document_kind = CharField(max_length=12, default="")  # quote | invoice | credit_note | ""
    document_id = IntegerField(null=True)
    status = CharField(max_length=8, default="queued")  # queued | sending | sent | failed
    attempts = IntegerField(default=0)
    last_error = TextField(default="")
    last_error_code = CharField(max_length=40, default="")
    next_attempt_at = DateTimeField(null=True)
    sending_since = DateTimeField(null=True)
    sent_at = DateTimeField(null=True)
    communication = ForeignKeyField(Communication, null=True, backref="outbox", on_delete="SET NULL")

    class Meta:
        table_name = "outbox"
