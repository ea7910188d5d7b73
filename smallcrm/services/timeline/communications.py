"""Logging calls, e-mails, meetings and notes on a party's timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from smallcrm.changes import Changes
from smallcrm.clock import to_utc, utcnow
from smallcrm.db.connection import Database
from smallcrm.db.models import Communication, Party
from smallcrm.domain import AuditAction, Channel, Direction, PartyKind, RecordKind, parse_choice
from smallcrm.errors import NotFound, ValidationError
from smallcrm.services.admin.settings import get_setting
from smallcrm.services.parties import store
from smallcrm.services.privacy import audit
from smallcrm.services.timeline.tasks import TaskDraft, insert_task
from smallcrm.services.views import CommunicationView

_DIRECTIONLESS = {Channel.NOTE}


@dataclass
class CommunicationDraft:
    party_id: int
    kind: Channel = Channel.CALL  # or its text, as for every enum a draft holds (parse_choice reads both)
    direction: Direction = Direction.OUT
    occurred_at: datetime | None = None  # aware, or naive local time; now when missing
    subject: str = ""
    body: str = ""
    duration_minutes: int | None = None
    outcome: str = ""
    person_id: int | None = None  # who we spoke to, when the party is a company
    owner: str | None = None
    follow_up: TaskDraft | None = None


def communication_view(row: Communication) -> CommunicationView:
    return CommunicationView(
        row.id, row.uid, store.ref(row.party), store.ref(row.person) if row.person_id else None, Channel(row.kind),
        Direction(row.direction), row.occurred_at, row.subject, row.body, row.duration_seconds, row.outcome, row.owner)


def _utc(value: datetime) -> datetime:
    """A paging bound as stored: naive values are UTC, as views hand them out; aware ones are converted."""
    return value if value.tzinfo is None else to_utc(value)


def _fields(draft: CommunicationDraft) -> dict:
    kind = parse_choice(Channel, draft.kind, "kind")
    direction = Direction.NONE if kind in _DIRECTIONLESS else parse_choice(Direction, draft.direction,
                                                                              "direction")
    if not (draft.subject.strip() or draft.body.strip()):
        raise ValidationError("subject", "Write a subject or a few words of what was said", code="required")
    if draft.duration_minutes is not None and not 0 <= draft.duration_minutes <= 24 * 60:
        raise ValidationError("duration_minutes", "A duration is between 0 and 1440 minutes",
                              code="out_of_range")
    if draft.person_id is not None:
        store.get_live(draft.person_id, PartyKind.PERSON)
    return dict(
        party=store.get_live(draft.party_id).id, person=draft.person_id, kind=str(kind),
        direction=str(direction), occurred_at=to_utc(draft.occurred_at) if draft.occurred_at else utcnow(),
        subject=draft.subject.strip(), body=draft.body.strip(),
        duration_seconds=None if draft.duration_minutes is None else draft.duration_minutes * 60,
        outcome=draft.outcome.strip(),
        owner=(draft.owner if draft.owner is not None else get_setting("default_owner")).strip(),
    )


def log_communication(db: Database, draft: CommunicationDraft) -> tuple[CommunicationView, Changes]:
    """Record a call, e-mail, meeting, letter, message or note, with an optional follow-up task."""
    with db.atomic():
        row = Communication.create(**_fields(draft))
        audit.record(RecordKind.COMMUNICATION, row, AuditAction.CREATE)
        changes = Changes(communications={row.id}, parties={draft.party_id})
        if draft.follow_up is not None:
            follow_up = draft.follow_up
            follow_up.party_id = follow_up.party_id or draft.party_id
            task = insert_task(follow_up, communication_id=row.id)
            changes.tasks.add(task.id)
            changes.parties.add(follow_up.party_id)
        Party.update(updated_at=utcnow()).where(Party.id == draft.party_id).execute()
    return communication_view(row), changes


def update_communication(db: Database, communication_id: int, draft: CommunicationDraft
                         ) -> tuple[CommunicationView, Changes]:
    with db.atomic():
        row = _get(communication_id)
        before = _changes(row)
        fields = _fields(draft)
        if draft.occurred_at is None:  # an edit keeps the moment it happened unless told otherwise
            del fields["occurred_at"]
        with audit.tracked(RecordKind.COMMUNICATION, row):
            for name, value in fields.items():
                setattr(row, name, value)
            row.save()
    # a communication moved to another party (or person) changes both timelines
    return communication_view(row), before.merge(_changes(row))


def draft_of(view: CommunicationView) -> CommunicationDraft:
    """A draft holding what ``view`` holds, to change a few fields of it (the edit dialog, the CLI)."""
    return CommunicationDraft(
        party_id=view.party.id, kind=view.kind, direction=view.direction or Direction.OUT,
        occurred_at=view.occurred_at.replace(tzinfo=UTC), subject=view.subject, body=view.body,
        duration_minutes=None if view.duration_seconds is None else round(view.duration_seconds / 60),
        outcome=view.outcome, person_id=view.person.id if view.person else None, owner=view.owner)


def _changes(row: Communication) -> Changes:
    return Changes(communications={row.id}, parties={row.party_id} | ({row.person_id} if row.person_id else set()))


def trash_communication(db: Database, communication_id: int) -> Changes:
    """Move a logged communication to the trash (``restore_communication`` brings it back)."""
    with db.atomic():
        row = _get(communication_id)
        store.trash_rows(Communication, Communication.id == row.id)
        audit.record(RecordKind.COMMUNICATION, row, AuditAction.TRASH)
    return _changes(row)


def restore_communication(db: Database, communication_id: int) -> tuple[CommunicationView, Changes]:
    """Bring a trashed communication back onto its timeline."""
    with db.atomic():
        row = Communication.get_or_none(Communication.id == communication_id)
        if row is None:
            raise NotFound(kind="Communication", ident=communication_id)
        if row.deleted_at is not None:
            row.deleted_at, row.updated_at = None, utcnow()
            row.save()
            audit.record(RecordKind.COMMUNICATION, row, AuditAction.RESTORE)
    return communication_view(row), _changes(row)


def get_communication(communication_id: int) -> CommunicationView:
    return communication_view(_get(communication_id))


def _get(communication_id: int) -> Communication:
    row = Communication.get_or_none(Communication.id == communication_id, Communication.deleted_at.is_null())
    if row is None:
        raise NotFound(kind="Communication", ident=communication_id)
    return row


def list_communications(party_id: int, limit: int = 50, before: datetime | None = None
                        ) -> list[CommunicationView]:
    """A party's communications, newest first (for a person, also those logged on them at a company)."""
    query = (Communication.select(Communication, Party).join(Party, on=(Communication.party == Party.id))
             .where(((Communication.party == party_id) | (Communication.person == party_id)),
                    Communication.deleted_at.is_null()))
    if before is not None:
        query = query.where(Communication.occurred_at < _utc(before))
    return [communication_view(r) for r in query.order_by(Communication.occurred_at.desc()).limit(limit)]
