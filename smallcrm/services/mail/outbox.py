"""The outbox: mails composed offline, or refused by a server that was down or slow, wait here and go later.

A message is never lost and never sent twice:
- it is stored as its exact bytes with its Message-ID, so a retry sends the very same message;
- before it is handed to the server its row is marked "sending" (committed); after the server accepted it, the
  timeline entry (with the files and the Message-ID) and the "sent" mark are written in one transaction;
- a crash between the two leaves the row "sending". It is never sent again on its own: when the program starts
  again (``settle_interrupted``), or once older than ``STALE_SENDING``, it becomes failed with the code
  ``maybe_sent``, and the user decides, after a look at the
  Sent folder of their mail program, to ``confirm_sent`` (logged, not sent) or to send it again (``retry_now``
  with ``resend_unsure``), which gives the same Message-ID so mail programs show it once.
A server that cannot be reached, refuses the login, drops the connection or is slow leaves the messages queued,
retried later with a growing pause (``BACKOFF``); one that refuses a message (a wrong address) marks it failed.

A message that carries an e-invoice file to the SdI (``einvoice_file`` set) goes the same way, from the PEC
mailbox's server (``send_outbox(..., einvoices=True)``; the ordinary account never sends it): when the server
accepted it, the file becomes sent with the message's Message-ID in the transaction that marks the row sent,
instead of a timeline entry.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Literal

from smallcrm.changes import Changes
from smallcrm.clock import utcnow
from smallcrm.db.connection import Database
from smallcrm.db.mail_models import MailMessage, OutboxMessage
from smallcrm.db.models import Party
from smallcrm.domain import Channel, Direction, DocumentKind, OutboxStatus, QuoteStatus
from smallcrm.errors import Conflict, NotFound
from smallcrm.mailwire.compose import read_message
from smallcrm.mailwire.smtp import SendError
from smallcrm.services.parties import store
from smallcrm.services.timeline.attachments import NewAttachment, attach_files
from smallcrm.services.timeline.communications import CommunicationDraft, log_communication
from smallcrm.services.views import PartyRef

log = logging.getLogger("smallcrm.outbox")

STALE_SENDING = timedelta(minutes=15)  # far longer than a send can take (the timeout is at most 300 s)
BACKOFF = (1, 2, 5, 10, 30, 60)  # minutes before the 1st, 2nd, ... retry; then every hour
MAYBE_SENT = "maybe_sent"
NOT_LOGGED = "not_logged"


@dataclass(frozen=True)
class OutboxView:
    id: int
    uid: str
    party: PartyRef
    recipients: tuple[str, ...]
    subject: str
    document_kind: DocumentKind | Literal[""]  # "" for a mail that carries no document
    document_id: int | None
    status: OutboxStatus
    attempts: int
    last_error: str
    last_error_code: str
    next_attempt_at: datetime | None
    created_at: datetime
    sent_at: datetime | None
    communication_id: int | None
    message_id: str
    einvoice_file_id: int | None = None  # a PEC message to the SdI carrying this e-invoice file

    @property
    def maybe_sent(self) -> bool:
        """The server may have it already: a crash came between sending and logging."""
        return self.last_error_code in (MAYBE_SENT, NOT_LOGGED)


@dataclass
class SendReport:
    sent: int = 0
    failed: int = 0  # refused for good: something must change first
    waiting: int = 0  # still queued (server not reachable, slow, login refused)
    errors: list[SendError] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    copy_problem: Exception | None = None  # sent, but not copied to the IMAP Sent folder

    def add(self, other: SendReport) -> SendReport:
        """Count in what another run did (the PEC mailbox's after the ordinary account's)."""
        self.sent, self.failed, self.waiting = self.sent + other.sent, self.failed + other.failed, \
            self.waiting + other.waiting
        self.errors += other.errors
        self.changes.merge(other.changes)
        self.copy_problem = self.copy_problem or other.copy_problem
        return self


def _view(row: OutboxMessage) -> OutboxView:
    return OutboxView(row.id, row.uid, store.ref(row.party), tuple(json.loads(row.recipients)), row.subject,
                      DocumentKind(row.document_kind) if row.document_kind else "", row.document_id,
                      OutboxStatus(row.status), row.attempts, row.last_error,
                      row.last_error_code, row.next_attempt_at, row.created_at, row.sent_at, row.communication_id,
                      row.message_id, row.einvoice_file_id)


def _live():
    return OutboxMessage.select(OutboxMessage, Party).join(Party).where(OutboxMessage.deleted_at.is_null())


def list_outbox(include_sent: bool = False, limit: int = 500) -> list[OutboxView]:
    """Mails waiting or failed (and, with ``include_sent``, those gone), newest first."""
    query = _live()
    if not include_sent:
        query = query.where(OutboxMessage.status != OutboxStatus.SENT)
    return [_view(r) for r in query.order_by(OutboxMessage.created_at.desc(), OutboxMessage.id.desc()).limit(limit)]


def get_outbox_message(outbox_id: int) -> OutboxView:
    return _view(_get(outbox_id))


def count_waiting() -> int:
    """Mails not sent yet (queued, being sent or failed): the status bar's number."""
    return OutboxMessage.select().where(OutboxMessage.deleted_at.is_null(),
                                        OutboxMessage.status != OutboxStatus.SENT).count()


def _get(outbox_id: int) -> OutboxMessage:
    row = _live().where(OutboxMessage.id == outbox_id).first()
    if row is None:
        raise NotFound(kind="Outbox message", ident=outbox_id)
    return row


def backoff(attempts: int) -> timedelta:
    return timedelta(minutes=BACKOFF[min(attempts, len(BACKOFF)) - 1] if attempts else 0)


def _settle_stale(db: Database, now: datetime, older_than: timedelta = STALE_SENDING) -> Changes:
    """Rows left "sending" by a crash become failed/maybe_sent: never sent again without the user's word."""
    with db.atomic():
        stale = [r.id for r in OutboxMessage.select(OutboxMessage.id).where(
            OutboxMessage.status == OutboxStatus.SENDING, OutboxMessage.sending_since <= now - older_than)]
        if stale:
            OutboxMessage.update(
                status=OutboxStatus.FAILED, last_error_code=MAYBE_SENT, next_attempt_at=None, updated_at=utcnow(),
                last_error="SmallCRM stopped while this mail was being sent: it may have gone. Look in the Sent "
                           "folder of your mail program, then mark it sent or send it again.").where(
                OutboxMessage.id.in_(stale)).execute()
    return Changes(outbox=set(stale))


def settle_interrupted(db: Database) -> Changes:
    """At start: a row still "sending" was left by a run that stopped (one SmallCRM per database file, so nothing
    else can be sending it): it becomes "maybe sent" at once instead of after ``STALE_SENDING``."""
    return _settle_stale(db, utcnow(), timedelta(0))


def due_ids(now: datetime | None = None, einvoices: bool = False) -> list[int]:
    """The queued messages due now: the ordinary account's, or (``einvoices``) the PEC mailbox's."""
    now = now or utcnow()
    query = OutboxMessage.select(OutboxMessage.id).where(
        OutboxMessage.deleted_at.is_null(), OutboxMessage.status == OutboxStatus.QUEUED,
        OutboxMessage.einvoice_file.is_null(not einvoices),
        OutboxMessage.next_attempt_at.is_null() | (OutboxMessage.next_attempt_at <= now))
    return [r.id for r in query.order_by(OutboxMessage.created_at, OutboxMessage.id)]


def _claim(db: Database, outbox_id: int, now: datetime) -> OutboxMessage | None:
    """Mark a queued row "sending" and commit, before anything is handed to the server."""
    with db.atomic():
        claimed = OutboxMessage.update(status=OutboxStatus.SENDING, sending_since=now, updated_at=utcnow()).where(
            OutboxMessage.id == outbox_id, OutboxMessage.status == OutboxStatus.QUEUED,
            OutboxMessage.deleted_at.is_null()).execute()
    return OutboxMessage.get_by_id(outbox_id) if claimed else None


def _defer(db: Database, ids: list[int], error: SendError, now: datetime) -> None:
    """A server-side problem (offline, down, slow, login refused): the messages wait and are tried later."""
    with db.atomic():
        for row in OutboxMessage.select().where(OutboxMessage.id.in_(ids)):
            row.status, row.attempts = OutboxStatus.QUEUED, row.attempts + 1
            row.last_error, row.last_error_code = error.message, error.code
            row.next_attempt_at, row.sending_since = now + backoff(row.attempts), None
            row.save()


def _fail(db: Database, outbox_id: int, error: SendError) -> None:
    with db.atomic():
        row = OutboxMessage.get_by_id(outbox_id)
        row.status, row.attempts, row.sending_since = OutboxStatus.FAILED, row.attempts + 1, None
        row.last_error, row.last_error_code, row.next_attempt_at = error.message, error.code, None
        row.save()


def log_sent(db: Database, row: OutboxMessage, refused: list[str] = (), now: datetime | None = None) -> Changes:
    """The sent mail on the party's timeline (files and Message-ID with it) and the row marked sent: one
    transaction. A Message-ID already logged (the receiving side found it in the Sent folder) is not logged again.
    A message to the SdI moves its e-invoice file to sent instead."""
    if row.einvoice_file_id is not None:
        return _einvoice_sent(db, row, now)
    mail = read_message(bytes(row.message))
    with db.atomic():
        changes = Changes(outbox={row.id}, parties={row.party_id})
        known = MailMessage.get_or_none(MailMessage.message_id == row.message_id)
        if known is not None:
            communication_id = known.communication_id
        else:
            view, logged = log_communication(db, CommunicationDraft(
                party_id=row.party_id, kind=Channel.EMAIL, direction=Direction.OUT,
                occurred_at=mail.date.replace(tzinfo=UTC),
                subject=mail.subject, body=mail.body or mail.subject))
            changes.merge(logged)
            communication_id = view.id
            if mail.files:
                _, attached = attach_files(db, communication_id, [NewAttachment(f.file_name, f.data, f.media_type)
                                                                  for f in mail.files])
                changes.merge(attached)
            MailMessage.create(communication=communication_id, message_id=row.message_id, folder="",
                               direction=Direction.OUT)
        if row.document_kind == DocumentKind.QUOTE and row.document_id:
            changes.merge(_mark_quote_sent(db, row.document_id))
        _mark_row_sent(row.id, communication_id, refused, now)
    return changes


def _mark_row_sent(outbox_id: int, communication_id: int | None, refused: list[str], now: datetime | None) -> None:
    OutboxMessage.update(
        status=OutboxStatus.SENT, sent_at=now or utcnow(), communication=communication_id, sending_since=None,
        next_attempt_at=None, updated_at=utcnow(),
        last_error=("The server refused " + ", ".join(refused)) if refused else "",
        last_error_code="smtp_recipient_refused" if refused else "").where(OutboxMessage.id == outbox_id).execute()


def _einvoice_sent(db: Database, row: OutboxMessage, now: datetime | None) -> Changes:
    """The SdI's PEC server has the file: the file sent (with the Message-ID) and the row marked, together."""
    from smallcrm.services.einvoicing.files import mark_sent

    with db.atomic():
        changes = mark_sent(db, row.einvoice_file_id, row.message_id, now)[1]
        _mark_row_sent(row.id, None, [], now)
    return changes.merge(Changes(outbox={row.id}, parties={row.party_id}))


def _mark_quote_sent(db: Database, quote_id: int) -> Changes:
    from smallcrm.db.sales_models import Quote
    from smallcrm.services.sales.quotes import set_quote_status

    quote = Quote.get_or_none(Quote.id == quote_id, Quote.deleted_at.is_null())
    if quote is None or quote.status != QuoteStatus.DRAFT:
        return Changes()
    return set_quote_status(db, quote_id, QuoteStatus.SENT)[1]


def _not_logged(db: Database, outbox_id: int, error: Exception) -> None:
    """Sent, but the timeline could not be written: say so, never send it again on its own."""
    log.error("mail %s sent but not logged", outbox_id, exc_info=error)
    with contextlib.suppress(Exception), db.atomic():
        OutboxMessage.update(status=OutboxStatus.FAILED, last_error_code=NOT_LOGGED, next_attempt_at=None,
                             sending_since=None, updated_at=utcnow(),
                             last_error=f"Sent, but it could not be written on the timeline ({error}).").where(
            OutboxMessage.id == outbox_id).execute()


def send_outbox(db: Database, transport, progress: Callable[[int, int, str], None] | None = None,
                cancel: Callable[[], bool] | None = None, now: datetime | None = None, copies=None,
                einvoices: bool = False) -> SendReport:
    """Send every message that is due, one connection for all; returns what happened (never raises SendError).

    ``transport`` is entered only when something is due (e.g. ``mail_out.smtp_transport()``); ``copies`` (a
    ``sent_copies.SentCopies``) keeps each sent message in the IMAP Sent folder too. ``einvoices``: the messages
    to the SdI, through the PEC mailbox's ``transport``, instead of the ordinary ones."""
    now = now or utcnow()
    report = SendReport()
    report.changes.merge(_settle_stale(db, now))
    ids = due_ids(now, einvoices)
    if not ids:
        return report
    try:
        connection = transport.__enter__()
    except SendError as error:
        _defer(db, ids, error, now)
        report.waiting, report.errors = len(ids), [error]
        report.changes.outbox.update(ids)
        return report
    try:
        for done, outbox_id in enumerate(ids):
            if cancel is not None and cancel():
                break
            if progress is not None:
                progress(done, len(ids), "")
            row = _claim(db, outbox_id, now)
            if row is None:
                continue
            if row.einvoice_file_id is None and not Party.select().where(
                    Party.id == row.party_id, Party.deleted_at.is_null()).exists():
                _fail(db, outbox_id, SendError("The customer is in the trash", code="party_trashed",
                                               transient=False))
                report.failed += 1
                continue
            try:
                refused = connection.send(bytes(row.message), row.sender, json.loads(row.recipients))
            except SendError as error:
                report.errors.append(error)
                report.changes.outbox.add(outbox_id)
                if error.transient:  # the server went away or is slow: this and the rest wait for later
                    rest = ids[done:]
                    _defer(db, rest, error, now)
                    report.waiting += len(rest)
                    report.changes.outbox.update(rest)
                    break
                _fail(db, outbox_id, error)
                report.failed += 1
                continue
            try:
                report.changes.merge(log_sent(db, row, refused, now))
            except Exception as error:
                _not_logged(db, outbox_id, error)
                report.changes.outbox.add(outbox_id)
                report.failed += 1
                continue
            report.sent += 1
            if copies is not None:
                report.copy_problem = copies.keep(bytes(row.message)) or report.copy_problem
    finally:
        transport.__exit__(None, None, None)
        if copies is not None:
            copies.close()
    return report


def retry_now(db: Database, outbox_ids: list[int] | None = None, resend_unsure: bool = False) -> Changes:
    """Queue failed or waiting messages for the next send, at once. Messages that may have gone already
    (``maybe_sent``) are included only with ``resend_unsure``: the user checked their Sent folder."""
    with db.atomic():
        query = OutboxMessage.select().where(OutboxMessage.deleted_at.is_null(),
                                             OutboxMessage.status.in_((OutboxStatus.QUEUED, OutboxStatus.FAILED)))
        if outbox_ids is not None:
            query = query.where(OutboxMessage.id.in_(outbox_ids))
        ids = []
        for row in query:
            unsure = row.last_error_code in (MAYBE_SENT, NOT_LOGGED)
            if unsure and not resend_unsure:
                continue
            row.status, row.next_attempt_at = OutboxStatus.QUEUED, None
            if unsure:
                row.last_error_code = ""
            row.save()
            ids.append(row.id)
    return Changes(outbox=set(ids))


def confirm_sent(db: Database, outbox_id: int) -> Changes:
    """The user saw a "maybe sent" mail in their Sent folder: log it on the timeline without sending it."""
    row = _get(outbox_id)
    if row.status != OutboxStatus.FAILED or row.last_error_code not in (MAYBE_SENT, NOT_LOGGED):
        raise Conflict("Only a mail that may have been sent can be marked sent", code="outbox_not_unsure")
    return log_sent(db, row)


def delete_outbox_message(db: Database, outbox_id: int) -> Changes:
    """Take a mail out of the outbox (it will not be sent)."""
    with db.atomic():
        row = _get(outbox_id)
        if row.status == OutboxStatus.SENDING:
            raise Conflict("This mail is being sent right now", code="outbox_sending")
        store.trash_rows(OutboxMessage, OutboxMessage.id == row.id)
    return Changes(outbox={row.id}, parties={row.party_id})
