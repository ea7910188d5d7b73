"""Mail records: the Message-IDs of logged mails (sent or received), the outbox (migration 0008; the e-invoice file
a PEC message carries, 0021), IMAP folder progress and the review list of unmatched mail (migration 0009)."""

from __future__ import annotations

from peewee import BlobField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from smallcrm.clock import utcnow
from smallcrm.db.einvoice_models import EInvoiceFile
from smallcrm.db.models import BaseModel, Communication, OwnedModel, Party


class MailMessage(OwnedModel):
    """One RFC Message-ID logged on a timeline (sent or received): neither side logs a mail twice."""

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
    # a PEC message to the SdI: it leaves from the PEC mailbox, and its file becomes sent when it has left
    einvoice_file = ForeignKeyField(EInvoiceFile, null=True, backref="outbox", on_delete="RESTRICT")

    class Meta:
        table_name = "outbox"


class MailFolderState(BaseModel):
    """How far an IMAP folder has been read: UIDs above ``last_uid`` are new while UIDVALIDITY stays."""

    account = CharField(max_length=255)  # user@host
    folder = CharField(max_length=255)
    uidvalidity = IntegerField()
    last_uid = IntegerField()
    updated_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("account", "folder"), True),)


class MailReview(OwnedModel):
    """A received message whose sender matches no contact, waiting for a decision (REVIEW_STATUSES)."""

    message_id = CharField(max_length=998, unique=True)
    from_address = CharField(max_length=320)
    from_key = CharField(max_length=320, index=True)  # contact_match_key of the address: erasure finds it
    from_name = CharField(max_length=255)
    subject = TextField()
    preview = TextField(default="")  # the first lines of the text, for the list
    sent_at = DateTimeField(null=True)
    reason = CharField(max_length=40)  # unknown_sender | no_sender | no_contact_in_recipients
    folder = CharField(max_length=255, default="")
    imap_uid = IntegerField(null=True)
    raw = BlobField(null=True)  # the message as received, until it is decided
    raw_size = IntegerField()
    status = CharField(max_length=10, default="pending")  # pending | created | attached | ignored
    party = ForeignKeyField(Party, null=True, backref="mail_reviews", on_delete="CASCADE")
    communication = ForeignKeyField(Communication, null=True, backref="mail_reviews", on_delete="CASCADE")
