"""Received mail on the timelines: from an IMAP account, a single .eml file or an mbox file.

Each message is matched by its addresses to e-mail contact points: one from a contact is logged on that contact's
timeline (direction in); one we sent (From is one of our addresses) on the first recipient who is a contact
(direction out); one from a stranger waits on the review list. Each message is one transaction (with the folder's
progress, for IMAP), and its Message-ID is kept, so fetching or importing again logs nothing twice.
"""

from __future__ import annotations

import mailbox
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path

from smallcrm.changes import Changes
from smallcrm.clock import utcnow
from smallcrm.db.connection import Database
from smallcrm.db.mail_models import MailFolderState, MailMessage, MailReview
from smallcrm.db.models import ContactPoint, Party
from smallcrm.domain import Channel, ContactKind, Direction, ReviewReason, ReviewStatus
from smallcrm.errors import ValidationError
from smallcrm.mailwire.imap import ImapAccount, ImapMailbox
from smallcrm.mailwire.parse import MB, ParsedMail, address_key, parse_message
from smallcrm.services.admin.settings import OPTIONS, get_setting
from smallcrm.services.mail.account import imap_account
from smallcrm.services.timeline.attachments import NewAttachment, attach_files
from smallcrm.services.timeline.communications import CommunicationDraft, log_communication

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
PREVIEW_CHARS = 300
MAX_FILE_BYTES = 2 * 1024 * MB  # an .eml or mbox file bigger than this is not read
BATCH, BATCH_BYTES = 25, 16 * MB  # messages of a file per transaction


@dataclass
class MailInReport:
    """What a fetch or an import did, message by message counted."""

    logged: int = 0  # on a contact's timeline
    for_review: int = 0  # from an unknown sender, waiting on the review list
    already_known: int = 0  # logged or listed before: nothing done
    skipped: int = 0  # sent by us to no contact
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (which message, why)
    notes: list[str] = field(default_factory=list)
    cancelled: bool = False
    more: bool = False  # stopped at the limit asked for: call again for the rest
    changes: Changes = field(default_factory=Changes)

    @property
    def seen(self) -> int:
        return self.logged + self.for_review + self.already_known + self.skipped + len(self.rejected)

    def add(self, other: MailInReport) -> MailInReport:
        """Count ``other`` in (several files, or a fetch done in steps); its flags become this one's."""
        for counter in ("logged", "for_review", "already_known", "skipped"):
            setattr(self, counter, getattr(self, counter) + getattr(other, counter))
        self.rejected += other.rejected
        self.notes += [note for note in other.notes if note not in self.notes]
        self.cancelled, self.more = other.cancelled, other.more
        self.changes.merge(other.changes)
        return self


def own_address_keys() -> set[str]:
    """Our own addresses: mail from them is mail we sent."""
    keys = set()
    for key in ("imap_user", "mail_sender_address", "company_email"):
        value = get_setting(key) if key in OPTIONS else ""
        if "@" in value:
            keys.add(address_key(value))
    return keys


def contact_parties(keys: Iterable[str]) -> dict[str, int]:
    """Live parties owning an e-mail contact point with each of these match keys (the primary one first)."""
    keys = list(dict.fromkeys(k for k in keys if k))
    if not keys:
        return {}
    rows = (ContactPoint.select(ContactPoint.match_key, ContactPoint.party)
            .join(Party, on=(ContactPoint.party == Party.id))
            .where(ContactPoint.kind == ContactKind.EMAIL, ContactPoint.match_key.in_(keys),
                   ContactPoint.deleted_at.is_null(), Party.deleted_at.is_null())
            .order_by(ContactPoint.is_primary.desc(), Party.id))
    found: dict[str, int] = {}
    for row in rows:
        found.setdefault(row.match_key, row.party_id)
    return found


def is_known(message_id: str) -> bool:
    return (MailMessage.select().where(MailMessage.message_id == message_id).exists()
            or MailReview.select().where(MailReview.message_id == message_id).exists())


def log_mail(db: Database, mail: ParsedMail, party_id: int, direction: Direction, folder: str = "",
             imap_uid: int | None = None) -> Changes:
    """Log a parsed message on a party's timeline with its files and keep its Message-ID (in one transaction)."""
    body = "\n\n".join([mail.body, *(f"[{note}]" for note in mail.notes)]).strip()
    subject = mail.subject[:998] or ("" if body else "(no subject)")
    moment = (mail.sent_at or utcnow()).replace(tzinfo=UTC)
    with db.atomic():
        view, changes = log_communication(db, CommunicationDraft(
            party_id=party_id, kind=Channel.EMAIL, direction=direction, occurred_at=moment, subject=subject, body=body))
        if mail.files:
            _, attached = attach_files(db, view.id, [NewAttachment(f.file_name, f.data, f.media_type)
                                                     for f in mail.files])
            changes.merge(attached)
        MailMessage.create(communication=view.id, message_id=mail.message_id, folder=folder, imap_uid=imap_uid,
                           direction=direction)
    return changes


def _keep_for_review(mail: ParsedMail, raw: bytes, reason: ReviewReason, folder: str, imap_uid: int | None) -> int:
    sender = mail.sender
    row = MailReview.create(
        message_id=mail.message_id, from_address=sender.address if sender else "",
        from_key=sender.key if sender else "", from_name=sender.name[:255] if sender else "",
        subject=mail.subject, preview=" ".join(mail.body.split())[:PREVIEW_CHARS], sent_at=mail.sent_at,
        reason=reason, folder=folder, imap_uid=imap_uid, raw=raw, raw_size=len(raw), status=ReviewStatus.PENDING)
    return row.id


class MailIntake:
    """Sorts messages one by one into a report; what it needs from the settings is read once, at the start."""

    def __init__(self, db) -> None:
        self.db = db
        self.report = MailInReport()
        self.own = own_address_keys()
        self.max_attachment_bytes = get_setting("attachment_max_mb") * MB

    def take(self, raw: bytes, label: str, folder: str = "", imap_uid: int | None = None) -> None:
        """Log, list for review, skip or reject one message (in the caller's transaction, or its own)."""
        mail = parse_message(raw, self.max_attachment_bytes)
        report = self.report
        if mail.looks_empty:
            report.rejected.append((label, "not an e-mail (no sender, recipient, subject, date or Message-ID)"))
            return
        try:
            with self.db.atomic():
                if is_known(mail.message_id):
                    report.already_known += 1
                else:
                    self._sort(mail, raw, folder, imap_uid)
        except ValidationError as error:  # this message only: the others of the batch go on
            report.rejected.append((label, str(error)))

    def _sort(self, mail: ParsedMail, raw: bytes, folder: str, imap_uid: int | None) -> None:
        report = self.report
        if mail.sender is not None and mail.sender.key in self.own:
            recipients = [a.key for a in mail.recipients if a.key not in self.own]
            parties = contact_parties(recipients)
            party_id = next((parties[k] for k in recipients if k in parties), None)
            if party_id is None:
                report.skipped += 1
                return
            report.changes.merge(log_mail(self.db, mail, party_id, Direction.OUT, folder, imap_uid))
            report.logged += 1
            return
        party_id = contact_parties([mail.sender.key]).get(mail.sender.key) if mail.sender else None
        if party_id is None:
            reason = ReviewReason.UNKNOWN_SENDER if mail.sender else ReviewReason.NO_SENDER
            report.changes.mail_reviews.add(_keep_for_review(mail, raw, reason, folder, imap_uid))
            report.for_review += 1
            return
        report.changes.merge(log_mail(self.db, mail, party_id, Direction.IN, folder, imap_uid))
        report.logged += 1


def _batches(messages: Iterator[tuple[str, bytes]]) -> Iterator[list[tuple[str, bytes]]]:
    """Messages of a file in groups of BATCH (and BATCH_BYTES): one transaction each."""
    batch: list[tuple[str, bytes]] = []
    held = 0
    for label, raw in messages:
        batch.append((label, raw))
        held += len(raw)
        if len(batch) == BATCH or held >= BATCH_BYTES:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


def _take_all(db: Database, messages: Iterator[tuple[str, bytes]], total: int, progress: Progress | None,
              cancel: Cancel | None) -> MailInReport:
    intake, done = MailIntake(db), 0
    for batch in _batches(messages):
        with db.atomic():
            for label, raw in batch:
                if cancel is not None and cancel():
                    intake.report.cancelled = True
                    return intake.report  # leaving the block commits what was done
                intake.take(raw, label)
                done += 1
                if progress is not None:
                    progress(done, total)
    return intake.report


def _readable_file(path: Path | str) -> Path:
    path = Path(path)
    if not path.is_file():
        raise ValidationError("path", f"No file {path}", code="file_missing", path=str(path))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ValidationError("path", f"{path.name} is larger than {MAX_FILE_BYTES // MB} MB", code="file_too_large",
                              path=str(path))
    try:
        with path.open("rb"):
            pass
    except OSError as error:
        raise ValidationError("path", f"Cannot read {path.name}: {error.strerror or error}", code="file_unreadable",
                              path=str(path)) from error
    return path


def import_eml(db: Database, path: Path | str) -> MailInReport:
    """Import one message saved as an .eml file."""
    path = _readable_file(path)
    intake = MailIntake(db)
    intake.take(path.read_bytes(), path.name)
    report = intake.report
    if report.rejected:
        raise ValidationError("path", f"{path.name} is not an e-mail message", code="not_a_message", path=str(path))
    return report


def import_mbox(db: Database, path: Path | str, progress: Progress | None = None, cancel: Cancel | None = None
                ) -> MailInReport:
    """Import every message of an mbox file (as Thunderbird and most mail programs export them)."""
    path = _readable_file(path)
    with path.open("rb") as probe:
        if not probe.read(5) == b"From ":
            raise ValidationError("path", f"{path.name} is not an mbox file (it does not start with 'From ')",
                                  code="not_mbox", path=str(path))
    box = mailbox.mbox(path, create=False)
    try:
        keys = box.keys()
        messages = ((f"{path.name} #{n + 1}", box.get_bytes(key)) for n, key in enumerate(keys))
        return _take_all(db, messages, len(keys), progress, cancel)
    finally:
        box.close()


def import_mail_file(db: Database, path: Path | str, progress: Progress | None = None, cancel: Cancel | None = None
                     ) -> MailInReport:
    """An mbox file (it starts with a 'From ' line) or a single message."""
    path = _readable_file(path)
    with path.open("rb") as probe:
        is_mbox = probe.read(5) == b"From "
    return import_mbox(db, path, progress, cancel) if is_mbox else import_eml(db, path)


def _folder_state(account: str, folder: str) -> MailFolderState | None:
    return MailFolderState.get_or_none(MailFolderState.account == account, MailFolderState.folder == folder)


def _remember(account: str, folder: str, uidvalidity: int, last_uid: int) -> None:
    (MailFolderState.insert(account=account, folder=folder, uidvalidity=uidvalidity, last_uid=last_uid,
                            updated_at=utcnow())
     .on_conflict(conflict_target=[MailFolderState.account, MailFolderState.folder],
                  update={MailFolderState.uidvalidity: uidvalidity, MailFolderState.last_uid: last_uid,
                          MailFolderState.updated_at: utcnow()})
     .execute())


def fetch_mail(db: Database, account: ImapAccount | None = None, progress: Progress | None = None,
               cancel: Cancel | None = None, limit: int | None = None) -> MailInReport:
    """Read the new messages of the account's folders (the account of the settings when none is given); with
    ``limit``, at most that many (``report.more`` says whether some are left), so a long first fetch can go in
    steps with other work between them.

    Each downloaded batch is one transaction, with the folder's progress: stopped anywhere (cancel, lost
    connection, crash), a fetch goes on from the last message committed."""
    account = account or imap_account()
    intake = MailIntake(db)
    with ImapMailbox(account) as box:
        read_new_messages(db, box, account.key, account.folders, intake.report,
                          lambda folder, uid, raw: intake.take(raw, f"{folder} #{uid}", folder, uid) or True,
                          progress, cancel, limit)
    return intake.report


def read_new_messages(db: Database, box: ImapMailbox, key: str, folders: Iterable[str], report: MailInReport,
                      take: Callable[[str, int, bytes], bool], progress: Progress | None = None,
                      cancel: Cancel | None = None, limit: int | None = None) -> None:
    """Hand each message of ``folders`` not read yet under ``key`` to ``take(folder, uid, raw)``, in UID order:
    each downloaded batch is one transaction with the folder's progress (a renumbered folder is read again from
    the start, noted in ``report``). ``take`` answers False to stop there: what it took before is kept, the
    message it stopped at is read again next time."""
    plan = []
    for folder in folders:
        status = box.open_folder(folder)
        state = _folder_state(key, folder)
        last_uid = state.last_uid if state and state.uidvalidity == status.uidvalidity else 0
        if state and state.uidvalidity != status.uidvalidity:
            report.notes.append(f"The server renumbered folder {folder}: it was read again from the start "
                                "(nothing already logged was logged twice)")
        plan.append((folder, status.uidvalidity, box.uids_after(last_uid)))
    if limit is not None:
        plan, report.more = _first(plan, limit)
    total, done = sum(len(uids) for _, _, uids in plan), 0
    for folder, uidvalidity, uids in plan:
        if not uids:
            _remember_if_new(db, key, folder, uidvalidity)
            continue
        box.open_folder(folder)
        for batch in box.message_batches(uids):
            with db.atomic():
                for uid, raw in batch:
                    if cancel is not None and cancel():
                        report.cancelled = True
                        return  # leaving the block commits what was done
                    if not take(folder, uid, raw):
                        report.cancelled = True
                        return
                    _remember(key, folder, uidvalidity, uid)
                    done += 1
                    if progress is not None:
                        progress(done, total)


def _first(plan: list[tuple[str, int, list[int]]], limit: int) -> tuple[list[tuple[str, int, list[int]]], bool]:
    """The plan cut to its first ``limit`` messages, and whether any were cut off."""
    cut, room = [], limit
    for folder, uidvalidity, uids in plan:
        cut.append((folder, uidvalidity, uids[:max(room, 0)]))
        room -= len(uids)
    return cut, room < 0


def _remember_if_new(db: Database, account: str, folder: str, uidvalidity: int) -> None:
    state = _folder_state(account, folder)
    if state is None or state.uidvalidity != uidvalidity:
        with db.atomic():
            _remember(account, folder, uidvalidity, 0)
