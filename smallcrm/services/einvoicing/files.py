"""The e-invoice files of issued invoices: made, kept with the invoice exactly as they leave, and moved through
their statuses by the SdI's receipts.

A file is named IT<IdCodice>_<progressive>.xml (the transmitter's codice fiscale, a 5-character progressive
unique per sender, given here inside the transaction that stores the file). An invoice has one file at a time
that counts: while it waits to leave it may be rebuilt (same progressive); once it has left it never changes
(triggers); after a rejection (NS) a corrected re-send is a new file with a new progressive, and the invoice keeps
its number. What the receipts work calls: ``prepare_file`` (the file to send), ``file_xml`` (its bytes),
``find_file`` (a receipt's file name to its file), ``set_status`` (a receipt's outcome).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import date, datetime

from smallcrm.changes import Changes
from smallcrm.clock import utcnow
from smallcrm.db.connection import Database
from smallcrm.db.einvoice_models import EInvoiceCounter, EInvoiceFile
from smallcrm.db.mail_models import OutboxMessage
from smallcrm.domain import EInvoiceStatus, OutboxStatus, stored
from smallcrm.errors import Conflict, NotFound, ValidationError
from smallcrm.services.einvoicing.checks import check_xml
from smallcrm.services.einvoicing.parties_xml import transmitter_code
from smallcrm.services.einvoicing.reading import einvoice_source
from smallcrm.services.einvoicing.source import DeliveryNote, DocumentReference, EInvoiceOptions, require_issued
from smallcrm.services.einvoicing.xml_build import build_xml
from smallcrm.services.sales.invoices import get_invoice

PROGRESSIVE_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_STATUS = stored(EInvoiceStatus)
# where a receipt may move a file: sent once; RC delivered, MC not delivered (it waits in the customer's
# cassetto fiscale; a public administration's may still be delivered), NS rejected; a public administration's
# NE accepts or refuses a delivered one. Rejected, accepted and refused are final.
MOVES = {
    EInvoiceStatus.TO_SEND: frozenset({EInvoiceStatus.SENT}),
    EInvoiceStatus.SENT: frozenset({EInvoiceStatus.DELIVERED, EInvoiceStatus.NOT_DELIVERED, EInvoiceStatus.REJECTED}),
    EInvoiceStatus.NOT_DELIVERED: frozenset({EInvoiceStatus.DELIVERED}),
    EInvoiceStatus.DELIVERED: frozenset({EInvoiceStatus.ACCEPTED, EInvoiceStatus.REFUSED}),
    EInvoiceStatus.REJECTED: frozenset(), EInvoiceStatus.ACCEPTED: frozenset(), EInvoiceStatus.REFUSED: frozenset(),
}


@dataclass(frozen=True)
class EInvoiceFileView:
    """One file of an invoice, with what the local checks found in it (``problems``: empty when it may leave)."""

    id: int
    invoice_id: int
    file_name: str
    progressive: str
    status: EInvoiceStatus
    sdi_id: str
    detail: str
    created_at: datetime
    status_at: datetime
    problems: tuple[ValidationError, ...] = ()


def file_name(sender: str, progressive: str, country: str = "IT") -> str:
    """The SdI's name of a file: IT01234567890_0000A.xml."""
    return f"{country}{sender}_{progressive}.xml"


def progressive_text(number: int) -> str:
    """The ``number``-th progressive of a sender in 5 characters (digits and capitals: 60 million files)."""
    out = ""
    while number:
        number, digit = divmod(number, len(PROGRESSIVE_DIGITS))
        out = PROGRESSIVE_DIGITS[digit] + out
    if len(out) > 5:
        raise Conflict("The sender's 5-character progressives are used up", code="einvoice_progressives_used_up")
    return out.rjust(5, "0")


def _next_progressive(sender: str) -> str:
    counter, _ = EInvoiceCounter.get_or_create(sender=sender)
    counter.last_number += 1
    counter.save()
    return progressive_text(counter.last_number)


def _view(row: EInvoiceFile, problems: tuple[ValidationError, ...] = ()) -> EInvoiceFileView:
    return EInvoiceFileView(row.id, row.invoice_id, row.file_name, row.progressive, _STATUS(row.status), row.sdi_id,
                            row.detail, row.created_at, row.status_at, problems)


def options_to_json(options: EInvoiceOptions) -> str:
    return json.dumps(asdict(options), default=str, sort_keys=True)


def options_from_json(text: str) -> EInvoiceOptions:
    if not text:
        return EInvoiceOptions()
    values = json.loads(text)

    def reference(v: dict) -> DocumentReference:
        return DocumentReference(v["number"], date.fromisoformat(v["day"]) if v.get("day") else None, v["cig"],
                                 v["cup"], tuple(v["lines"]))

    return EInvoiceOptions(values["document_type"], tuple(reference(v) for v in values["orders"]),
                           tuple(reference(v) for v in values["contracts"]),
                           tuple(DeliveryNote(v["number"], date.fromisoformat(v["day"]), tuple(v["lines"]))
                                 for v in values["delivery_notes"]), values["attach_pdf"])


def _latest(invoice_id: int) -> EInvoiceFile | None:
    return (EInvoiceFile.select().where(EInvoiceFile.invoice == invoice_id).order_by(EInvoiceFile.id.desc())
            .first())


def prepare_file(db: Database, invoice_id: int, options: EInvoiceOptions | None = None, today: date | None = None
                 ) -> tuple[EInvoiceFileView, Changes]:
    """The file to send of an issued invoice or credit note: its waiting file rebuilt (same progressive, with
    ``options`` if given), or a new file with the sender's next progressive when it has none yet or its last one
    was rejected. Refused (Conflict) once a file has left and was not rejected. The view lists the local
    checks' problems: a file with problems is kept (to be corrected) but must not be sent. A file waiting in the
    outbox is not rebuilt: it is given back as it is (it leaves as queued), and new ``options`` are refused."""
    with db.atomic():
        document = get_invoice(invoice_id)
        require_issued(document)
        latest = _latest(invoice_id)
        if latest is not None and _STATUS(latest.status) not in (EInvoiceStatus.TO_SEND, EInvoiceStatus.REJECTED):
            raise Conflict(f"The e-invoice {latest.file_name} has already been sent", code="einvoice_already_sent",
                           file=latest.file_name)
        if latest is not None and _STATUS(latest.status) == EInvoiceStatus.TO_SEND and in_outbox(latest.id):
            if options is not None:
                raise Conflict(f"The e-invoice {latest.file_name} waits in the outbox: take it out to change it",
                               code="einvoice_queued", file=latest.file_name)
            return _view(latest), Changes()
        if options is None:
            options = options_from_json(latest.options) if latest is not None else EInvoiceOptions()
        rebuild = latest is not None and _STATUS(latest.status) == EInvoiceStatus.TO_SEND
        sender = transmitter_code(document.seller)
        progressive = latest.progressive if rebuild else _next_progressive(sender)
        xml = build_xml(einvoice_source(invoice_id, progressive, options))
        problems = check_xml(xml, today)
        now = utcnow()
        fields = dict(options=options_to_json(options), xml=xml, sha256=hashlib.sha256(xml).hexdigest(),
                      status_at=now)
        if rebuild:
            EInvoiceFile.update(**fields).where(EInvoiceFile.id == latest.id).execute()
            row = EInvoiceFile.get_by_id(latest.id)
        else:
            row = EInvoiceFile.create(invoice=invoice_id, sender=sender, progressive=progressive,
                                      file_name=file_name(sender, progressive, (document.seller.country or "IT")),
                                      status=EInvoiceStatus.TO_SEND, created_at=now, **fields)
    return _view(row, problems), Changes(invoices={invoice_id})


def _get(file_id: int) -> EInvoiceFile:
    row = EInvoiceFile.get_or_none(EInvoiceFile.id == file_id)
    if row is None:
        raise NotFound(kind="E-invoice file", ident=file_id)
    return row


def set_status(db: Database, file_id: int, status: EInvoiceStatus, sdi_id: str = "", detail: str = "",
               when: datetime | None = None) -> tuple[EInvoiceFileView, Changes]:
    """Move a file to ``status`` (a receipt's outcome, or sent by the channel), keeping the SdI's identifier and
    the receipt's words. The same status again changes nothing (a receipt read twice); a move the SdI's flow
    does not allow is refused (Conflict)."""
    with db.atomic():
        row = _get(file_id)
        current = _STATUS(row.status)
        if status != current:
            if status not in MOVES[current]:
                raise Conflict(f"An e-invoice {current.value.replace('_', ' ')} cannot become "
                               f"{status.value.replace('_', ' ')}", code="einvoice_status_move",
                               current=current.value, status=status.value)
            EInvoiceFile.update(status=status, status_at=when or utcnow(), sdi_id=sdi_id or row.sdi_id,
                                detail=detail or row.detail).where(EInvoiceFile.id == file_id).execute()
            row = _get(file_id)
    return _view(row), Changes(invoices={row.invoice_id})


def in_outbox(file_id: int) -> OutboxMessage | None:
    """The outbox message carrying a file, while it waits there (queued, being sent, or failed)."""
    return OutboxMessage.get_or_none(OutboxMessage.einvoice_file == file_id, OutboxMessage.deleted_at.is_null(),
                                     OutboxMessage.status != OutboxStatus.SENT)


def mark_sent(db: Database, file_id: int, message_id: str, when: datetime | None = None
              ) -> tuple[EInvoiceFileView, Changes]:
    """The channel handed the file over (the PEC server accepted the message ``message_id``): sent, with the
    message's id kept. A file a receipt already moved on (it went, and was answered) keeps its status."""
    with db.atomic():
        row = _get(file_id)
        if _STATUS(row.status) == EInvoiceStatus.TO_SEND:
            set_status(db, file_id, EInvoiceStatus.SENT, when=when)
        EInvoiceFile.update(message_id=message_id).where(EInvoiceFile.id == file_id).execute()
        return _view(_get(file_id)), Changes(invoices={row.invoice_id})


def list_files(invoice_id: int) -> tuple[EInvoiceFileView, ...]:
    """An invoice's files, oldest first (a rejected one, then its re-send)."""
    rows = EInvoiceFile.select().where(EInvoiceFile.invoice == invoice_id).order_by(EInvoiceFile.id)
    return tuple(_view(row) for row in rows)


def get_file(file_id: int) -> EInvoiceFileView:
    row = _get(file_id)
    return _view(row, check_xml(bytes(row.xml)) if _STATUS(row.status) == EInvoiceStatus.TO_SEND else ())


def find_file(name: str) -> EInvoiceFileView | None:
    """The file a receipt names (its SdI file name, with or without .xml / .xml.p7m)."""
    stem = name.strip().removesuffix(".p7m").removesuffix(".xml")
    row = EInvoiceFile.get_or_none(EInvoiceFile.file_name == f"{stem}.xml")
    return _view(row) if row is not None else None


def file_xml(file_id: int) -> bytes:
    """The exact bytes of a file, as kept (and as sent)."""
    return bytes(_get(file_id).xml)
