"""The SdI's answers taken in: each message read (``receipt_reading``), matched to the file it is about by the
SdI's file name or identifier, its file moved through ``files.set_status``, and every message archived on the
incoming list (``einvoice_message``) with its exact bytes, what it was and what reading it did.

RC delivered, MC not delivered (the invoice waits in the customer's cassetto fiscale), NS rejected (its errors
kept), NE EC01 accepted / EC02 refused by a public administration, AT attested (a public administration's file that
could not be delivered: the SdI's attestation stands in for the delivery), DT terms elapsed (no outcome from the
public administration within 15 days: noted). A receipt that proves an earlier step passes through it (an NE read
before its RC delivers, then accepts). The first receipt gives the file its IdentificativoSdI.

Bad input changes nothing and is listed with its reason: unreadable, not PEC, a receipt for a file unknown here,
the same receipt again (duplicate: by its bytes, or by kind, file and the SdI's MessageId in another wrapping), a
receipt the file's status contradicts, a supplier's invoice (listed, not processed).

An answer of the SdI proves the file left: when its outbox message is still waiting (a crash came between the PEC
server's acceptance and the mark: "maybe sent"), the message is settled as sent in the transaction that applies the
receipt (the same for our PEC provider's acceptance or delivery receipt of it). The SdI's first answer names the
address it assigned to this sender: kept here, whichever way the answer came (the IMAP fetch or a file imported),
never from a PEC provider's own receipts."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from smallcrm.changes import Changes
from smallcrm.clock import utcnow
from smallcrm.db.connection import Database
from smallcrm.db.einvoice_models import EInvoiceFile, EInvoiceMessage
from smallcrm.domain import EInvoiceStatus, ReceiptAction, ReceiptKind, ReceiptReason
from smallcrm.errors import Conflict
from smallcrm.services.einvoicing import files
from smallcrm.services.einvoicing.files import MOVES, EInvoiceFileView
from smallcrm.services.einvoicing.p7m import CA_BUNDLE_ENV, configured_ca_bundle
from smallcrm.services.einvoicing.pec_account import remember_sdi_address
from smallcrm.services.einvoicing.receipt_reading import Reading, read_message
from smallcrm.services.einvoicing.sdi_messages import SdiMessage
from smallcrm.services.mail import outbox

# the actions of a receipt that was used: the same receipt again is a duplicate of one of these
APPLIED = frozenset({ReceiptAction.DELIVERED, ReceiptAction.NOT_DELIVERED, ReceiptAction.REJECTED,
                     ReceiptAction.ACCEPTED, ReceiptAction.REFUSED, ReceiptAction.TERMS_ELAPSED,
                     ReceiptAction.ATTESTED, ReceiptAction.PEC_ACCEPTED, ReceiptAction.PEC_DELIVERED,
                     ReceiptAction.PEC_NOT_DELIVERED, ReceiptAction.LISTED})
# a PEC provider's receipts that prove our message left (its acceptance, its delivery to the SdI's mailbox)
_LEFT = frozenset({ReceiptAction.PEC_ACCEPTED, ReceiptAction.PEC_DELIVERED})
# the SdI's own answers (a PEC provider's acceptance and delivery receipts are not: they come from the provider)
SDI_ANSWERS = frozenset({ReceiptKind.RC, ReceiptKind.NS, ReceiptKind.MC, ReceiptKind.NE, ReceiptKind.DT,
                         ReceiptKind.AT})
_TARGET = {ReceiptKind.RC: (EInvoiceStatus.DELIVERED, ReceiptAction.DELIVERED),
           ReceiptKind.MC: (EInvoiceStatus.NOT_DELIVERED, ReceiptAction.NOT_DELIVERED),
           ReceiptKind.NS: (EInvoiceStatus.REJECTED, ReceiptAction.REJECTED),
           ReceiptKind.AT: (EInvoiceStatus.NOT_DELIVERED, ReceiptAction.ATTESTED)}
ACTION_WORDS = {ReceiptAction.DELIVERED: "Delivered to the customer",
          ReceiptAction.NOT_DELIVERED: "Not delivered: the invoice waits in the customer's cassetto fiscale (it is "
                                       "issued all the same; tell the customer)",
          ReceiptAction.REJECTED: "Rejected by the SdI: for the tax rules the invoice has not been issued",
          ReceiptAction.ACCEPTED: "Accepted by the public administration",
          ReceiptAction.REFUSED: "Refused by the public administration",
          ReceiptAction.ATTESTED: "Attestation of transmission: the public administration could not be reached; the "
                                  "attestation stands in for the delivery receipt",
          ReceiptAction.TERMS_ELAPSED: "Terms elapsed: the public administration gave no outcome within 15 days"}


@dataclass(frozen=True)
class ReceiptOutcome:
    """What one message was and what reading it did: ``kind``, ``file`` (the SdI file name it is about, or ""),
    ``invoice`` (its invoice's id, or None), ``action`` (a ReceiptAction), ``reason`` (plain words), ``pec_sender``
    (for the SdI's messages: the address the SdI wrote from, the one to send to from now on; for a PEC provider's
    receipt: its envelope's sender; "" when not a PEC message), ``entry`` (its row on the incoming list),
    ``sdi_address`` (the SdI's address this message taught: the next files go there; "" when it taught none)."""

    kind: ReceiptKind
    file: str
    invoice: int | None
    action: ReceiptAction
    reason: str
    pec_sender: str = ""
    entry: int = 0
    sdi_address: str = ""


def _file_for(reading: Reading) -> EInvoiceFileView | None:
    if reading.file_name:
        found = files.find_file(reading.file_name)
        if found is not None:
            return found
    sdi_id = reading.sdi.sdi_id if reading.sdi is not None else ""
    if sdi_id:
        row = EInvoiceFile.get_or_none(EInvoiceFile.sdi_id == sdi_id)
        if row is not None:
            return files.get_file(row.id)
    return None


def _receipt_key(reading: Reading, file: EInvoiceFileView | None) -> str:
    sdi = reading.sdi
    if sdi is None or not sdi.message_id:
        return ""
    return f"{reading.kind}|{file.id if file else reading.file_name}|{sdi.sdi_id}|{sdi.message_id}"


def _steps(current: EInvoiceStatus, target: EInvoiceStatus) -> list[EInvoiceStatus]:
    """The moves from ``current`` to ``target`` a receipt proves: it was sent, and an outcome was delivered."""
    if target == current:
        return []
    path, here = [], current
    if here == EInvoiceStatus.TO_SEND:
        path.append(EInvoiceStatus.SENT)
        here = EInvoiceStatus.SENT
    if target in (EInvoiceStatus.ACCEPTED, EInvoiceStatus.REFUSED) and here in (EInvoiceStatus.SENT,
                                                                               EInvoiceStatus.NOT_DELIVERED):
        path.append(EInvoiceStatus.DELIVERED)
        here = EInvoiceStatus.DELIVERED
    if target != here and target not in MOVES[here]:
        raise Conflict(f"The file is {current.value.replace('_', ' ')}: this receipt cannot make it "
                       f"{target.value.replace('_', ' ')}", code="einvoice_status_move", current=current.value,
                       status=target.value)
    return [*path, target] if target != here else path


def _detail(sdi: SdiMessage, words: str) -> str:
    if sdi.errors:
        return "\n".join(f"{e.code}: {e.text}" + (f" ({e.hint})" if e.hint else "") for e in sdi.errors)
    return f"{words}: {sdi.description}" if sdi.description else words


def _apply(db: Database, reading: Reading, file: EInvoiceFileView) -> tuple[ReceiptAction, str, Changes]:
    """Move ``file`` as the receipt says; Conflict when its status contradicts the receipt."""
    sdi = reading.sdi
    assert sdi is not None
    if reading.kind == ReceiptKind.NE:
        accepted = sdi.outcome.upper() == "EC01"
        target, action = ((EInvoiceStatus.ACCEPTED, ReceiptAction.ACCEPTED) if accepted
                          else (EInvoiceStatus.REFUSED, ReceiptAction.REFUSED))
    elif reading.kind == ReceiptKind.DT:
        target, action = None, ReceiptAction.TERMS_ELAPSED
    else:
        target, action = _TARGET[reading.kind]
    changes = Changes(invoices={file.invoice_id})
    if file.status == EInvoiceStatus.TO_SEND:
        changes.merge(_settle_outbox(db, file))
        file = files.get_file(file.id)
    if target is not None:
        detail = _detail(sdi, ACTION_WORDS[action])
        for step in _steps(file.status, target):
            files.set_status(db, file.id, step, sdi.sdi_id, detail if step == target else "",
                             sdi.at if step == target else None)
    if sdi.sdi_id and not file.sdi_id:
        EInvoiceFile.update(sdi_id=sdi.sdi_id).where(EInvoiceFile.id == file.id).execute()
    reason = _detail(sdi, ACTION_WORDS[action]) if reading.kind == ReceiptKind.NS else ACTION_WORDS[action]
    if reading.kind == ReceiptKind.NS:
        reason = f"{ACTION_WORDS[action]}:\n{reason}"
    elif sdi.description and action != ReceiptAction.TERMS_ELAPSED:
        reason = f"{reason}: {sdi.description}"
    return action, reason, changes


def _settle_outbox(db: Database, file: EInvoiceFileView) -> Changes:
    """An answer of the SdI to a file whose outbox message still waits (above all a "maybe sent" one): the message
    left, so it is marked sent (the file sent with its Message-ID, as ``outbox.confirm_sent`` does) and never
    leaves again."""
    waiting = files.in_outbox(file.id)
    return outbox.log_sent(db, waiting) if waiting is not None else Changes()


def _learn_sdi_address(db: Database, reading: Reading, action: ReceiptAction) -> tuple[str, Changes]:
    """The address the SdI wrote from, kept when this is the SdI's first used answer (``remember_sdi_address``)."""
    if reading.kind not in SDI_ANSWERS or action not in APPLIED or not reading.pec_sender:
        return "", Changes()
    learnt = remember_sdi_address(db, reading.pec_sender)
    return (reading.pec_sender.strip().lower(), learnt) if learnt else ("", Changes())


def _is_duplicate(sha256: str, key: str) -> bool:
    applied = [str(a) for a in APPLIED]
    match = EInvoiceMessage.sha256 == sha256
    if key:
        match = match | (EInvoiceMessage.receipt_key == key)
    return EInvoiceMessage.select().where(match & EInvoiceMessage.action.in_(applied)).exists()


def import_receipt(db: Database, name: str, data: bytes, ca_bundle: bytes | None = None
                   ) -> tuple[ReceiptOutcome, Changes]:
    """Read one message (``name`` is what it came as: a file's name, or e.g. "message-12.eml" from the mailbox),
    apply it, and list it. Never raises on bad input: the outcome says what happened. ``ca_bundle``: PEM
    certificates to verify signed files with (default: ``SMALLCRM_SDI_CA_BUNDLE``, see ``p7m``)."""
    try:
        bundle = ca_bundle if ca_bundle is not None else configured_ca_bundle()
        reading = read_message(name, data, bundle)
    except OSError as exc:  # verification asked for, and impossible: nothing is taken unverified
        reading = Reading(ReceiptKind.UNKNOWN, failure=ReceiptAction.UNREADABLE,
                          reason=f"The CA bundle {CA_BUNDLE_ENV} names cannot be read ({exc.strerror or exc}): "
                                 f"fix the setting and import this message again",
                          reason_code=ReceiptReason.CA_BUNDLE_UNREADABLE)
    sha256 = hashlib.sha256(data).hexdigest()
    with db.atomic():
        file = _file_for(reading) if reading.failure is None or reading.file_name else None
        key = _receipt_key(reading, file)
        changes = Changes()
        code, params = reading.reason_code, dict(reading.reason_params)
        if reading.failure is not None:
            action, reason = reading.failure, reading.reason
            if action in _LEFT and file is not None and file.status == EInvoiceStatus.TO_SEND:
                changes.merge(_settle_outbox(db, file))  # our PEC provider took it: the message left
        elif _is_duplicate(sha256, key):
            action, reason = ReceiptAction.DUPLICATE, "Already read: this receipt changes nothing"
        elif file is None:
            sdi_id = reading.sdi.sdi_id if reading.sdi else ""
            action = ReceiptAction.UNKNOWN_FILE
            reason = (f"No e-invoice file here is named {reading.file_name or '(no name)'}"
                      + (f" or has SdI identifier {sdi_id}" if sdi_id else ""))
        else:
            try:
                with db.atomic():
                    action, reason, changes = _apply(db, reading, file)
            except Conflict as exc:
                action, reason = ReceiptAction.NOT_ALLOWED, f"{exc.message}: nothing changed"
                code = ReceiptReason.STATUS_CONTRADICTS
                params = {k: str(exc.params.get(k, "")) for k in ("current", "status")}
        if reading.failure is None and action in (ReceiptAction.DUPLICATE, ReceiptAction.UNKNOWN_FILE,
                                                  ReceiptAction.NOT_ALLOWED):
            changes = Changes()
        address, learnt = _learn_sdi_address(db, reading, action)
        changes.merge(learnt)
        if action == ReceiptAction.DUPLICATE and _is_duplicate(sha256, ""):
            key = ""  # the same bytes: one key row is enough
        sdi = reading.sdi
        row = EInvoiceMessage.create(
            received_at=utcnow(), name=name[:255], kind=reading.kind, action=action, reason=reason,
            reason_code=code or "", reason_params=json.dumps(params, sort_keys=True) if params else "",
            file_name=file.file_name if file else reading.file_name, sdi_id=sdi.sdi_id if sdi else "",
            sdi_message_id=sdi.message_id if sdi else "", sdi_at=sdi.at if sdi else None,
            invoice=file.invoice_id if file else None, einvoice_file=file.id if file else None,
            pec_sender=reading.pec_sender,
            errors=json.dumps([[e.code, e.text, e.hint] for e in sdi.errors]) if sdi and sdi.errors else "",
            data=data, sha256=sha256, receipt_key=key if action in APPLIED else "")
        changes.einvoice_messages.add(row.id)
    outcome = ReceiptOutcome(reading.kind, file.file_name if file else reading.file_name,
                             file.invoice_id if file else None, action, reason, reading.pec_sender, row.id, address)
    return outcome, changes


def import_receipt_files(db: Database, paths: Iterable[Path | str], ca_bundle: bytes | None = None
                         ) -> tuple[list[ReceiptOutcome], Changes]:
    """Each file imported in turn (one transaction each: a bad one never undoes the others). A file that cannot be
    read from disk is reported (unreadable) without a row: there are no bytes to keep."""
    outcomes, changes = [], Changes()
    for given in paths:
        path = Path(given)
        try:
            data = path.read_bytes()
        except OSError as exc:
            outcomes.append(ReceiptOutcome(ReceiptKind.UNKNOWN, "", None, ReceiptAction.UNREADABLE,
                                           f"{path.name}: cannot be read ({exc.strerror or exc})"))
            continue
        outcome, more = import_receipt(db, path.name, data, ca_bundle)
        outcomes.append(outcome)
        changes.merge(more)
    return outcomes, changes
