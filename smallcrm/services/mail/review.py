"""The review list: received mail from senders who match no contact, each waiting for one decision — make a
contact of the sender (and log the message on it), file it under an existing party, or ignore it.

A decided message keeps no copy of itself here: the raw bytes go (the timeline has the message), and an ignored one
keeps only its Message-ID, so that fetching again does not list it again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from smallcrm.changes import Changes
from smallcrm.clock import utcnow
from smallcrm.db.connection import Database
from smallcrm.db.mail_models import MailMessage, MailReview
from smallcrm.domain import ContactKind, Direction, PartyKind, ReviewReason, ReviewStatus
from smallcrm.errors import Conflict, NotFound, ValidationError
from smallcrm.mailwire.parse import MB, parse_message
from smallcrm.services.admin.settings import get_setting
from smallcrm.services.mail.incoming import log_mail
from smallcrm.services.parties.parties import PartyDraft, create_party, draft_of, get_party, update_party
from smallcrm.services.views import PartyView
from smallcrm.validation import normalize_email

STATUSES = tuple(ReviewStatus)


@dataclass(frozen=True)
class ReviewView:
    id: int
    from_address: str
    from_name: str
    subject: str
    preview: str
    sent_at: datetime | None
    received_at: datetime
    reason: ReviewReason
    status: ReviewStatus
    size: int
    party_id: int | None
    communication_id: int | None


def _view(row: MailReview) -> ReviewView:
    return ReviewView(row.id, row.from_address, row.from_name, row.subject, row.preview, row.sent_at,
                      row.created_at, ReviewReason(row.reason), ReviewStatus(row.status), row.raw_size, row.party_id,
                      row.communication_id)


def list_reviews(status: ReviewStatus = ReviewStatus.PENDING, limit: int = 1000) -> list[ReviewView]:
    """Messages with this status, newest first."""
    if status not in STATUSES:
        raise ValidationError("status", f"Unknown status {status}; expected one of: {', '.join(STATUSES)}",
                              code="choice_invalid", value=status, allowed=", ".join(STATUSES))
    listed = [f for f in MailReview._meta.sorted_fields if f is not MailReview.raw]  # not megabytes of mail per row
    query = (MailReview.select(*listed).where(MailReview.status == status, MailReview.deleted_at.is_null())
             .order_by(MailReview.sent_at.desc(nulls="LAST"), MailReview.id.desc()).limit(limit))
    return [_view(r) for r in query]


def count_pending() -> int:
    return MailReview.select().where(MailReview.status == ReviewStatus.PENDING, MailReview.deleted_at.is_null()).count()


def _pending(review_id: int) -> MailReview:
    row = MailReview.get_or_none(MailReview.id == review_id, MailReview.deleted_at.is_null())
    if row is None:
        raise NotFound(kind="Message to review", ident=review_id)
    if row.status != ReviewStatus.PENDING:
        raise Conflict(f"Message {review_id} was already decided ({row.status})", code="review_decided",
                       status=row.status)
    return row


def _log_and_close(db: Database, row: MailReview, party_id: int, status: ReviewStatus) -> Changes:
    mail = parse_message(bytes(row.raw or b""), get_setting("attachment_max_mb") * MB)
    mail.message_id = row.message_id  # the id it was listed under, even when it was made up
    mail.sent_at = mail.sent_at or row.created_at  # undated: when it arrived
    changes = Changes(mail_reviews={row.id})
    if MailMessage.select().where(MailMessage.message_id == row.message_id).exists():
        communication_id = MailMessage.get(MailMessage.message_id == row.message_id).communication_id
    else:
        changes.merge(log_mail(db, mail, party_id, Direction.IN, row.folder, row.imap_uid))
        communication_id = next(iter(changes.communications))
    row.status, row.party, row.communication, row.raw = status, party_id, communication_id, None
    row.save()
    return changes


def _person_from(row: MailReview) -> PartyDraft:
    """A person named as the sender signs (``Rossi, Mario`` and ``Mario Rossi`` alike), else by the address."""
    name = row.from_name.strip()
    if "@" in name:
        name = ""
    if "," in name:
        last, _, first = name.partition(",")
    else:
        first, _, last = name.rpartition(" ")
    first, last = first.strip(), last.strip()
    if not (first or last):
        last = row.from_address.split("@")[0]
    return PartyDraft(kind=PartyKind.PERSON, first_name=first, last_name=last, emails=[row.from_address],
                      source="e-mail")


def create_contact_from_review(db: Database, review_id: int, draft: PartyDraft | None = None
                               ) -> tuple[PartyView, Changes]:
    """Make a contact of the sender (from ``draft`` when given, else from the name and address) and log the
    message on its timeline."""
    with db.atomic():
        row = _pending(review_id)
        if not row.from_address:
            raise ValidationError("from_address", "This message has no sender to make a contact of",
                                  code="no_sender")
        draft = draft or _person_from(row)
        if row.from_address not in draft.emails:
            draft.emails = [*draft.emails, row.from_address]
        view, changes = create_party(db, draft)
        changes.merge(_log_and_close(db, row, view.id, ReviewStatus.CREATED))
    return get_party(view.id), changes


def attach_review(db: Database, review_id: int, party_id: int, add_address: bool = True) -> Changes:
    """File the message under an existing party; with ``add_address`` the sender's address becomes one of its
    e-mails, so that the next message from it is logged there directly."""
    with db.atomic():
        row = _pending(review_id)
        party = get_party(party_id)
        changes = Changes()
        known = {p.value.lower() for p in party.contact_points if p.kind == ContactKind.EMAIL}
        if add_address and row.from_address and row.from_address.lower() not in known:
            try:
                normalize_email(row.from_address)
            except ValidationError:
                pass  # an address the contact form would refuse is not added; the message is filed all the same
            else:
                draft = draft_of(party)
                draft.emails = [*draft.emails, row.from_address]
                changes.merge(update_party(db, party_id, draft)[1])
        changes.merge(_log_and_close(db, row, party_id, ReviewStatus.ATTACHED))
    return changes


def ignore_review(db: Database, review_id: int) -> Changes:
    """Drop the message from the list for good: only its Message-ID stays, so it is not listed again."""
    with db.atomic():
        row = _pending(review_id)
        (MailReview.update(status=ReviewStatus.IGNORED, raw=None, from_address="", from_key="", from_name="",
                           subject="", preview="", raw_size=0, updated_at=utcnow())
         .where(MailReview.id == row.id).execute())
    return Changes(mail_reviews={review_id})


def drop_reviews_from(db: Database, match_keys: set[str]) -> Changes:
    """Delete every listed message from these addresses (e-mail match keys), whatever its status: for the
    erasure of a person, whose pending mail belongs to no party yet. Runs in the caller's transaction too."""
    with db.atomic():
        ids = [r.id for r in MailReview.select(MailReview.id).where(MailReview.from_key.in_(list(match_keys)))]
        if ids:
            MailReview.delete().where(MailReview.id.in_(ids)).execute()
    return Changes(mail_reviews=set(ids))
