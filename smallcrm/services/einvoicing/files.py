"""The e-invoice files of issued invoices: made, kept with the invoice exactly as they leave, and moved through
their statuses by the SdI's receipts.

A file is named IT<IdCodice>_<progressive>.xml (the transmitter's codice fiscale, a 5-character progressive
unique per sender, given here inside the transaction that stores the file). The SdI's naming rules allow up to 5
characters among A-Z, a-z and 0-9 (FatturaPA's ProgressivoInvio, inside the file, takes up to 10): a laptop alone
counts 00001, 00002 ... in base 36; a laptop of a team (``device_part``) puts its device's part first, so that two
laptops sending for one company never make the same name, and a laptop that sent files alone before joining a team
never repeats one of them (its own numbers start with 0 for their first 1.6 million files, a device part never
does). An invoice has one file at a time
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
from smallcrm.db.models import database
from smallcrm.domain import EInvoiceStatus, OutboxStatus, stored
from smallcrm.errors import Conflict, NotFound, ValidationError
from smallcrm.services.einvoicing.checks import check_xml
from smallcrm.services.einvoicing.parties_xml import transmitter_code
from smallcrm.services.einvoicing.reading import einvoice_source
from smallcrm.services.einvoicing.source import DeliveryNote, DocumentReference, EInvoiceOptions, require_issued
from smallcrm.services.einvoicing.xml_build import build_xml
from smallcrm.services.sales.invoices import get_invoice
from smallcrm.sync.state import read_state

PROGRESSIVE_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
PROGRESSIVE_LENGTH = 5  # the SdI's file names: IT<IdCodice>_<up to 5 of A-Z, a-z, 0-9>.xml
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


def progressive_text(number: int, part: str = "") -> str:
    """The ``number``-th progressive of a sender in 5 characters (digits and capitals): ``part`` (a device's, see
    ``device_part``) first, then the number in base 36 (60 million files alone, 1.6 million for a one-character
    part, 46,655 for a two-character one)."""
    width = PROGRESSIVE_LENGTH - len(part)
    out = ""
    while number:
        number, digit = divmod(number, len(PROGRESSIVE_DIGITS))
        out = PROGRESSIVE_DIGITS[digit] + out
    if len(out) > width:
        raise Conflict("The sender's 5-character progressives are used up", code="einvoice_progressives_used_up")
    return part + out.rjust(width, "0")


def device_part(suffix: str) -> str:
    """The first characters of a team laptop's progressives, from the series suffix the team's server gave the
    device (A, B ... Z, AA ...: never given twice): devices A to Z are themselves (B0001); the 27th to the 350th
    are a digit 1-9 and a character (AA is 10, AB 11 ...). No part starts with 0, which a laptop alone's numbers
    start with; none is the start of another. A suffix that is not the server's kind is refused, as is a 351st
    device (its files would need a shorter number than the SdI's names allow)."""
    text = suffix.strip().upper()
    if not text:
        return ""
    if not (text.isascii() and text.isalpha()):
        raise Conflict(f"The device suffix {suffix!r} is not a team's (letters only)", code="einvoice_device_part",
                       suffix=suffix)
    number = 0
    for letter in text:  # A = 1 ... Z = 26, AA = 27: the server's counting (smallcrm/server/auth.py)
        number = number * 26 + ord(letter) - ord("A") + 1
    if number <= 26:
        return text
    if number > 26 + 9 * len(PROGRESSIVE_DIGITS):
        raise Conflict(f"The device suffix {suffix!r} is past the e-invoice names' room for devices",
                       code="einvoice_device_part", suffix=suffix)
    first, second = divmod(number - 27, len(PROGRESSIVE_DIGITS))
    return f"{first + 1}{PROGRESSIVE_DIGITS[second]}"


def team_device_part() -> str:
    """This laptop's part of the progressives: its team device suffix's (``device_part``), kept after signing out
    (its invoices keep their series suffix too, and the team's other laptops go on numbering theirs); "" on a
    laptop that was never in a team."""
    return device_part(read_state(database).device_suffix)


def _next_progressive(sender: str) -> str:
    part = team_device_part()
    counter, _ = EInvoiceCounter.get_or_create(sender=sender, device=part)
    counter.last_number += 1
    counter.save()
    return progressive_text(counter.last_number, part)


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
