"""Sending an issued invoice's e-invoice to the SdI by PEC, through the outbox.

``send_einvoice`` makes the file (``files.prepare_file``), refuses it while the local checks find problems, and
hands it to the PEC channel, which puts a message to the SdI in the outbox: the XML attached with its exact bytes,
the subject naming the file. From there the outbox's guarantees hold: it waits while offline, leaves once (never
twice), and when the PEC server has accepted it the file becomes sent with the message's Message-ID in the
transaction that marks the message sent (``outbox.log_sent``). ``send_pec_due`` sends what waits, from the PEC
mailbox. A re-send after a rejection is a new file (new progressive, same invoice number) and goes the same way.

A credit note whose invoice the SdI rejected is kept in the books only (``books_only``): after an NS the invoice
is not issued for the tax rules, so there is nothing at the SdI for the note to correct, and the Agenzia's
circolare 13/E of 2 July 2018 has it cancelled by an internal variation that is not sent. Sending one is refused
unless asked for all the same (``anyway``), which is for an invoice that did reach the SdI some other way.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from smallcrm.changes import Changes
from smallcrm.db.connection import Database
from smallcrm.db.mail_models import OutboxMessage
from smallcrm.db.sales_models import Invoice
from smallcrm.domain import EInvoiceStatus, OutboxStatus
from smallcrm.errors import Conflict, ValidationError
from smallcrm.mailwire.compose import MailFile, address, compose_message, new_message_id
from smallcrm.mailwire.smtp import SendError
from smallcrm.services.einvoicing import files
from smallcrm.services.einvoicing.channel import Handover
from smallcrm.services.einvoicing.files import EInvoiceFileView
from smallcrm.services.einvoicing.incoming import BooksOnly, Correction, books_only, correction
from smallcrm.services.einvoicing.pec_account import pec_problem, pec_transport, sdi_address, sender_address
from smallcrm.services.einvoicing.source import EInvoiceOptions
from smallcrm.services.mail.outbox import OutboxView, SendReport, due_ids, get_outbox_message, send_outbox

SUBJECT = "Invio file {file_name}"  # the SdI reads only the attachment; the subject names the file for people
BODY = "File {file_name} trasmesso al Sistema di Interscambio."


@dataclass(frozen=True)
class EInvoiceSending:
    """An e-invoice handed to the PEC channel: its file, the outbox message that carries it, where it goes."""

    file: EInvoiceFileView
    outbox_id: int
    message_id: str
    to: str
    queued: bool  # it waits in the outbox (it leaves when the outbox is sent)


@dataclass(frozen=True)
class SendingState:
    """What the e-invoice window says about sending an invoice's file: its last file (None: none made yet), the
    outbox message carrying it while it waits, why it cannot be sent now (the PEC mailbox is not set up), and,
    when the last file was rejected, the way out the rules allow (``correction``)."""

    file: EInvoiceFileView | None
    waiting: OutboxView | None
    pec_problem: ValidationError | None
    sdi_address: str
    correction: Correction | None = None
    books_only: BooksOnly | None = None


class PecChannel:
    """The SdI by PEC: a file becomes a message from the PEC mailbox to the SdI's address, queued in the outbox."""

    name = "pec"

    def __init__(self, db: Database) -> None:
        self.db = db
        self.outbox_id: int | None = None

    def send(self, file: EInvoiceFileView, xml: bytes) -> Handover:
        """Queue the message (the file's bytes unchanged as its attachment); ``send_pec_due`` makes it leave."""
        sender, to = sender_address(), sdi_address()
        message_id = new_message_id(sender)
        message = compose_message(
            sender=address("", sender), to=[address("", to)], subject=SUBJECT.format(file_name=file.file_name),
            body=BODY.format(file_name=file.file_name), message_id=message_id,
            files=[MailFile(file.file_name, xml, "application/xml")])
        party_id = Invoice.get_by_id(file.invoice_id).party_id
        with self.db.atomic():
            row = OutboxMessage.create(party=party_id, message_id=message_id, message=message.as_bytes(),
                                       sender=sender, recipients=json.dumps([to]), subject=str(message["Subject"]),
                                       einvoice_file=file.id)
        self.outbox_id = row.id
        return Handover(queued=True, reference=message_id)


def _not_ready(problems: tuple[ValidationError, ...]) -> ValidationError:
    listed = "; ".join(f"{p.field}: {p.message}" for p in problems)
    return ValidationError(problems[0].field, f"The e-invoice has {len(problems)} problem(s) to correct before it "
                                              f"is sent: {listed}", code="einvoice_not_ready", count=len(problems),
                           problems=problems)


def _require_resend(invoice_id: int) -> None:
    """After a rejection, a corrected file only where the rules allow it and it can be accepted."""
    fix = correction(invoice_id)
    if fix is None or fix.resend:
        return
    if fix.sealed:
        codes = ", ".join(e.code for e in fix.sealed)
        raise Conflict(f"The SdI rejected {fix.file.file_name} for what the issued invoice holds as issued "
                       f"({codes}): a corrected file would be rejected again. Cancel it with a credit note and issue "
                       "a new invoice", code="einvoice_resend_sealed", file=fix.file.file_name,
                       codes=codes)
    raise Conflict(f"More than 5 days have passed since the rejection of {fix.file.file_name} (the limit was "
                   f"{fix.resend_until:%d/%m/%Y}): cancel the invoice with a credit note and issue a new one",
                   code="einvoice_resend_late", file=fix.file.file_name, until=fix.resend_until)


def send_einvoice(db: Database, invoice_id: int, options: EInvoiceOptions | None = None, anyway: bool = False
                  ) -> tuple[EInvoiceSending, Changes]:
    """Send an issued invoice's (or credit note's) e-invoice to the SdI: its file made and queued in the outbox
    from the PEC mailbox, in one transaction. Refused while the PEC mailbox is not set up (the missing setting
    named), while the file has problems (each named by its field: ``einvoice_not_ready``), while it already waits
    in the outbox, once it has left (``files.prepare_file``), and after a rejection a corrected file cannot work
    (``incoming.correction``: past the 5 days, or errors about the sealed content a new file would repeat). A credit
    note for the books only (``books_only``) is refused unless ``anyway``."""
    kept = None if anyway else books_only(invoice_id)
    if kept is not None:
        raise Conflict(f"This credit note is for the books only: the SdI rejected invoice {kept.invoice_number} "
                       f"({kept.rejected_file}), so for the tax rules it was not issued and the note corrects nothing "
                       "there (circolare 13/E of 2018). Send it only if that invoice reached the SdI another way",
                       code="einvoice_books_only", invoice=kept.invoice_number, file=kept.rejected_file)
    problem = pec_problem()
    if problem is not None:
        raise problem
    with db.atomic():
        latest = files.list_files(invoice_id)[-1:] or None
        if latest and latest[0].status == EInvoiceStatus.TO_SEND and files.in_outbox(latest[0].id):
            raise Conflict(f"The e-invoice {latest[0].file_name} already waits in the outbox", code="einvoice_queued",
                           file=latest[0].file_name)
        if latest and latest[0].status == EInvoiceStatus.REJECTED:
            _require_resend(invoice_id)
        file, changes = files.prepare_file(db, invoice_id, options)
        if file.problems:
            raise _not_ready(file.problems)
        channel = PecChannel(db)
        handover = channel.send(file, files.file_xml(file.id))
        changes.merge(Changes(outbox={channel.outbox_id}, invoices={invoice_id}))
    return EInvoiceSending(file, channel.outbox_id, handover.reference, sdi_address(), handover.queued), changes


def send_pec_due(db: Database, progress: Callable[[int, int, str], None] | None = None,
                 cancel: Callable[[], bool] | None = None) -> SendReport:
    """Send the e-invoices waiting in the outbox from the PEC mailbox (nothing happens when none waits). Without
    a usable PEC mailbox they keep waiting, and the report says why."""
    waiting = due_ids(einvoices=True)
    if not waiting:
        return SendReport()
    problem = pec_problem()
    if problem is not None:
        return SendReport(waiting=len(waiting), errors=[SendError(problem.message, code="pec_not_configured",
                                                                  transient=False)])
    return send_outbox(db, pec_transport(), progress=progress, cancel=cancel, einvoices=True)


def sending_state(invoice_id: int) -> SendingState:
    """The invoice's last file and where it stands with the outbox, for the e-invoice window."""
    made = files.list_files(invoice_id)
    file = files.get_file(made[-1].id) if made else None
    row = files.in_outbox(file.id) if file is not None and file.status == EInvoiceStatus.TO_SEND else None
    fix = correction(invoice_id) if file is not None and file.status == EInvoiceStatus.REJECTED else None
    return SendingState(file, get_outbox_message(row.id) if row is not None else None, pec_problem(), sdi_address(),
                        fix, books_only(invoice_id))


def waits_offline(state: SendingState) -> bool:
    """The file is queued and the last try could not reach the server: it leaves when the server answers."""
    return state.waiting is not None and state.waiting.status == OutboxStatus.QUEUED and state.waiting.attempts > 0
