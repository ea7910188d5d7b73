"""E-invoice records (migrations 0018, 0021, 0024): each FatturaPA file made for an issued invoice or credit note,
kept with it exactly as it is sent, and the progressive of each sender's files."""

from __future__ import annotations

from peewee import BlobField, CharField, CompositeKey, DateTimeField, ForeignKeyField, IntegerField, TextField

from smallcrm.clock import utcnow
from smallcrm.db.models import BaseModel
from smallcrm.db.sales_models import Invoice


class EInvoiceFile(BaseModel):
    """One FatturaPA file of an invoice: a re-send after a rejection is a new file with a new progressive (the
    invoice keeps its number). Its bytes cannot change once it has left (triggers)."""

    invoice = ForeignKeyField(Invoice, backref="einvoice_files", on_delete="RESTRICT")
    sender = CharField()  # the transmitter's IdCodice: the progressive is unique per sender
    progressive = CharField(max_length=10)
    file_name = CharField(unique=True)  # IT01234567890_0000A.xml
    status = CharField(max_length=14, default="to_send")  # an EInvoiceStatus
    options = TextField(default="")  # JSON: the EInvoiceOptions it was built with (a rebuild keeps them)
    xml = BlobField()
    sha256 = CharField(max_length=64)
    sdi_id = CharField(default="")  # the SdI's IdentificativoSdI, once a receipt gives it
    detail = TextField(default="")  # the last receipt's words (a rejection's errors)
    message_id = CharField(max_length=998, default="")  # the PEC message that carried it (migration 0021)
    created_at = DateTimeField(default=utcnow)
    status_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "einvoice_file"
        indexes = ((("sender", "progressive"), True), (("invoice", "id"), False))


class EInvoiceCounter(BaseModel):
    """The last progressive given to a sender's files in one device part ("" on a laptop alone, the team's device
    part otherwise: ``files.device_part``), read and bumped inside the transaction that makes one."""

    sender = CharField()
    device = CharField(default="")
    last_number = IntegerField(default=0)

    class Meta:
        table_name = "einvoice_counter"
        primary_key = CompositeKey("sender", "device")


class EInvoiceMessage(BaseModel):
    """One message read from the SdI's side (migration 0020), archived with its exact bytes: an SdI receipt, a
    PEC provider's receipt, a supplier's invoice, or input that could not be used (and why)."""

    received_at = DateTimeField(default=utcnow)
    name = CharField(default="")  # the name it came with (a file's, an attachment's)
    kind = CharField(max_length=20)  # a ReceiptKind
    action = CharField(max_length=20)  # a ReceiptAction
    reason = TextField(default="")  # in English, for the CLI and the log
    reason_code = CharField(default="")  # the same, as a code the window translates (ui/einvoicing/receipt_words.py)
    reason_params = TextField(default="")  # JSON: the values its text names (a file's name, an algorithm)
    file_name = CharField(default="")  # the SdI file it is about
    sdi_id = CharField(default="")
    sdi_message_id = CharField(default="")  # the SdI's MessageId of the receipt
    sdi_at = DateTimeField(null=True)  # when the SdI says it happened (received, delivered)
    invoice = ForeignKeyField(Invoice, null=True, backref="einvoice_messages", on_delete="RESTRICT")
    einvoice_file = ForeignKeyField(EInvoiceFile, null=True, backref="messages", on_delete="RESTRICT")
    pec_sender = CharField(default="")
    errors = TextField(default="")  # JSON: a rejection's errors [[code, description, suggestion], ...]
    data = BlobField()
    sha256 = CharField(max_length=64)
    receipt_key = CharField(default="")  # kind|file|sdi id|message id: the same receipt in another wrapping

    class Meta:
        table_name = "einvoice_message"
