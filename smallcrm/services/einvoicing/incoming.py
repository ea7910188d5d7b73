"""Reading the incoming list and an invoice's e-invoice history: what the window and the CLI show of the messages
``receipts`` archived, and the way to correct a rejected file the rules allow.

After a rejection (NS) the file is as if never sent: the invoice is not issued for the tax rules. Within 5 days of
the rejection a corrected file may be sent with the same number and date (a new file, a new progressive: the
Agenzia's circular 13/E of 2 July 2018); after that the rejected invoice is cancelled by a credit note (an internal
one, not sent to the SdI) and a new invoice is issued with a new number and date.

A corrected file is rebuilt from the invoice as it was issued: its seller and customer blocks, the customer's SdI
address, its lines and amounts are frozen and sealed. When the SdI's errors are about those (a VAT number the
Anagrafe Tributaria does not know, a recipient code that does not exist, a line's total...), a corrected file
would carry them again and be rejected again, even within the 5 days: the way out is then the credit note and a
new invoice. That credit note is for the books only (``books_only``): it is not sent to the SdI."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from peewee import JOIN

from smallcrm.clock import local_today, to_local
from smallcrm.db.einvoice_models import EInvoiceMessage
from smallcrm.db.sales_models import Invoice
from smallcrm.domain import EInvoiceStatus, ReceiptAction, ReceiptKind, ReceiptReason, stored
from smallcrm.errors import NotFound
from smallcrm.services.einvoicing.files import EInvoiceFileView, list_files
from smallcrm.services.einvoicing.sdi_messages import SdiError

RESEND_DAYS = 5  # a corrected re-send keeps the number and date within 5 days of the rejection
# the SdI's errors about what the issued invoice keeps as issued: the customer's identifiers (00305 VAT number,
# 00306 codice fiscale, 00417 neither), its SdI address (00311-00313 recipient code unknown / not active / not a
# public administration's office, 00398-00399 an office code where it does not belong, 00426 PEC address, 00427
# code length), the lines and the VAT summary (00400, 00401 Natura; 00419-00423 summaries and totals; 00429,
# 00430, 00445 Natura of a summary); and any error the SdI places in the transmission's recipient (1.1.4, 1.1.6),
# the seller (1.2), the customer (1.4) or the lines and summary (2.2) blocks. What a corrected file can change:
# its name and progressive (00002 a name already used), its options (document type, orders, contracts, DDT,
# the PDF attached), and how it is written.
SEALED_CODES = frozenset({"00305", "00306", "00311", "00312", "00313", "00398", "00399", "00417", "00426",
                          "00427", "00400", "00401", "00419", "00420", "00421", "00422", "00423", "00429", "00430",
                          "00445"})
SEALED_BLOCKS = ("1.1.4 ", "1.1.6 ", "1.2.", "1.4.", "2.2.")
_KIND, _ACTION = stored(ReceiptKind), stored(ReceiptAction)


@dataclass(frozen=True)
class IncomingView:
    """One row of the incoming list (without its bytes: ``message_bytes`` reads them)."""

    id: int
    received_at: datetime
    name: str
    kind: ReceiptKind
    action: ReceiptAction
    reason: str
    file_name: str
    sdi_id: str
    sdi_at: datetime | None
    invoice_id: int | None
    file_id: int | None
    pec_sender: str
    errors: tuple[SdiError, ...]
    reason_code: ReceiptReason | None = None  # why, for the window to say (None on rows read before it was kept)
    reason_params: dict[str, str] = field(default_factory=dict)
    invoice_number: str = ""  # the invoice's or credit note's number (the incoming list's)


@dataclass(frozen=True)
class FileHistory:
    """One file of an invoice and the messages read about it, oldest first."""

    file: EInvoiceFileView
    messages: tuple[IncomingView, ...]


@dataclass(frozen=True)
class Correction:
    """How a rejected invoice may be corrected: ``resend_until`` the last day a corrected file keeps its number
    and date (``in_time`` while today is not past it); ``sealed`` the errors about data the issued invoice keeps
    as issued, which no corrected file can change. ``resend``: a corrected file can work (in time, nothing
    sealed); otherwise a credit note and a new invoice."""

    file: EInvoiceFileView
    errors: tuple[SdiError, ...]
    rejected_on: date
    resend_until: date
    in_time: bool
    sealed: tuple[SdiError, ...] = ()

    @property
    def resend(self) -> bool:
        return self.in_time and not self.sealed


def about_sealed_data(error: SdiError) -> bool:
    """Whether an SdI error is about what the issued invoice holds as issued: the parties, the customer's SdI
    address, the lines and the VAT summary."""
    return error.code in SEALED_CODES or error.text.lstrip().startswith(SEALED_BLOCKS)


_FIELDS = (EInvoiceMessage.id, EInvoiceMessage.received_at, EInvoiceMessage.name, EInvoiceMessage.kind,
           EInvoiceMessage.action, EInvoiceMessage.reason, EInvoiceMessage.file_name, EInvoiceMessage.sdi_id,
           EInvoiceMessage.sdi_at, EInvoiceMessage.invoice, EInvoiceMessage.einvoice_file,
           EInvoiceMessage.pec_sender, EInvoiceMessage.errors, EInvoiceMessage.reason_code,
           EInvoiceMessage.reason_params)
_REASON = stored(ReceiptReason)


def _view(row: EInvoiceMessage, invoice_number: str = "") -> IncomingView:
    errors = tuple(SdiError(*e) for e in json.loads(row.errors)) if row.errors else ()
    return IncomingView(row.id, row.received_at, row.name, _KIND(row.kind), _ACTION(row.action), row.reason,
                        row.file_name, row.sdi_id, row.sdi_at, row.invoice_id, row.einvoice_file_id, row.pec_sender,
                        errors, _REASON(row.reason_code) if row.reason_code else None,
                        json.loads(row.reason_params) if row.reason_params else {}, invoice_number)


def list_incoming(limit: int = 1000) -> list[IncomingView]:
    """The newest messages first, each with the number of the invoice it is about."""
    rows = (EInvoiceMessage.select(*_FIELDS, Invoice.number_text.alias("invoice_number"))
            .join(Invoice, JOIN.LEFT_OUTER, on=(EInvoiceMessage.invoice == Invoice.id))
            .order_by(EInvoiceMessage.id.desc()).limit(limit).objects())
    return [_view(row, row.invoice_number or "") for row in rows]


def message_bytes(message_id: int) -> bytes:
    """A message exactly as it was read."""
    row = EInvoiceMessage.get_or_none(EInvoiceMessage.id == message_id)
    if row is None:
        raise NotFound(kind="E-invoice message", ident=message_id)
    return bytes(row.data)


def file_history(invoice_id: int) -> list[FileHistory]:
    """Each file of the invoice with the messages about it."""
    made = list_files(invoice_id)
    rows = (EInvoiceMessage.select(*_FIELDS).where(EInvoiceMessage.einvoice_file.in_([f.id for f in made]))
            .order_by(EInvoiceMessage.id)) if made else []
    messages: dict[int, list[IncomingView]] = {}
    for row in rows:
        messages.setdefault(row.einvoice_file_id, []).append(_view(row))
    return [FileHistory(f, tuple(messages.get(f.id, ()))) for f in made]


def correction(invoice_id: int, today: date | None = None) -> Correction | None:
    """The way to correct the invoice's last file when it was rejected; None otherwise."""
    history = file_history(invoice_id)
    if not history or history[-1].file.status != EInvoiceStatus.REJECTED:
        return None
    last = history[-1]
    rejection = next((m for m in reversed(last.messages) if m.action == ReceiptAction.REJECTED), None)
    when = (rejection.sdi_at or rejection.received_at) if rejection else last.file.status_at
    rejected_on = to_local(when).date()
    until = rejected_on + timedelta(days=RESEND_DAYS)
    errors = rejection.errors if rejection else ()
    return Correction(last.file, errors, rejected_on, until, (today or local_today()) <= until,
                      tuple(e for e in errors if about_sealed_data(e)))


@dataclass(frozen=True)
class BooksOnly:
    """A credit note for the books only: the invoice it corrects (``invoice_number``) was rejected by the SdI, as
    its last file says (``rejected_file``); for the tax rules that invoice was never issued."""

    invoice_id: int
    invoice_number: str
    rejected_file: str


def books_only(invoice_id: int) -> BooksOnly | None:
    """Whether the document is a credit note whose invoice's last e-invoice file was rejected (a corrected file of
    that invoice delivered later makes it an ordinary credit note again)."""
    note = Invoice.get_or_none(Invoice.id == invoice_id)
    if note is None or note.corrects_id is None:
        return None
    made = list_files(note.corrects_id)
    if not made or made[-1].status != EInvoiceStatus.REJECTED:
        return None
    return BooksOnly(note.corrects_id, Invoice.get_by_id(note.corrects_id).number_text, made[-1].file_name)
