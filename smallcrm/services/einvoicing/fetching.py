"""The SdI's answers fetched from the PEC mailbox (IMAP): each new message handed as it is to
``receipts.import_receipt``, which matches it to its file, moves the file's status and lists what it does not
understand (never lost); the folder's progress is kept as the ordinary mail fetch keeps it
(``incoming.read_new_messages``: a batch and its progress in one transaction, nothing read twice, a renumbered
folder read again without doing anything twice). The SdI's first answer names the address it assigned to us:
``import_receipt`` keeps it (as for a receipt imported from a file), and the next file goes there."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from smallcrm.changes import Changes
from smallcrm.clock import utcnow
from smallcrm.db.connection import Database
from smallcrm.db.einvoice_models import EInvoiceFile
from smallcrm.domain import EInvoiceStatus
from smallcrm.mailwire.imap import ImapAccount, ImapMailbox
from smallcrm.services.einvoicing.pec_account import pec_imap_account
from smallcrm.services.einvoicing.receipts import ReceiptOutcome, import_receipt
from smallcrm.services.mail.incoming import MailInReport, read_new_messages

KEY_PREFIX = "pec:"  # the folder progress of the PEC mailbox, apart from an ordinary account on the same server


@dataclass
class ReceiptsFetch:
    """What a fetch read: one outcome per message, in the order they arrived; ``stopped`` names the message a
    fetch stopped at (read again next time) and why."""

    outcomes: list[ReceiptOutcome] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)  # where each came from: "INBOX #12"
    notes: list[str] = field(default_factory=list)
    stopped: tuple[str, str] | None = None
    cancelled: bool = False
    sdi_address: str = ""  # set when this fetch learnt the SdI's address
    changes: Changes = field(default_factory=Changes)


def fetch_receipts(db: Database, account: ImapAccount | None = None,
                   progress: Callable[[int, int], None] | None = None, cancel: Callable[[], bool] | None = None
                   ) -> ReceiptsFetch:
    """Read the PEC mailbox's new messages (the mailbox of the settings when no ``account`` is given) and take
    each in. A message whose reading fails unexpectedly stops the fetch there, with what came before kept: it is
    read again next time, so nothing is skipped."""
    account = account or pec_imap_account()
    fetched = ReceiptsFetch()
    report = MailInReport()

    def take(folder: str, uid: int, raw: bytes) -> bool:
        label = f"{folder} #{uid}"
        try:
            with db.atomic():
                outcome, changes = import_receipt(db, f"{label}.eml", raw)
                fetched.changes.merge(changes)
                fetched.sdi_address = outcome.sdi_address or fetched.sdi_address
        except Exception as error:  # kept for the next fetch and said: the fetch goes no further
            fetched.stopped = (label, str(error) or error.__class__.__name__)
            return False
        fetched.outcomes.append(outcome)
        fetched.labels.append(label)
        return True

    with ImapMailbox(account) as box:
        read_new_messages(db, box, KEY_PREFIX + account.key, account.folders, report, take, progress, cancel)
    fetched.notes = report.notes
    fetched.cancelled = report.cancelled and fetched.stopped is None
    return fetched


ANSWER_DAYS = 20  # a public administration answers (NE) within 15 days of delivery, else the SdI's DT comes


def awaiting_answers(now: datetime | None = None) -> bool:
    """Whether some file still waits for an answer of the SdI: sent, or delivered / not delivered recently (a public
    administration's outcome may follow). The window fetches in the background only then."""
    since = (now or utcnow()) - timedelta(days=ANSWER_DAYS)
    waiting = (EInvoiceFile.status == EInvoiceStatus.SENT) | (
        EInvoiceFile.status.in_((EInvoiceStatus.DELIVERED, EInvoiceStatus.NOT_DELIVERED))
        & (EInvoiceFile.status_at >= since))
    return EInvoiceFile.select().where(waiting).exists()
