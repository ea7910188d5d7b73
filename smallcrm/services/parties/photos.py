"""A contact's picture: read, set, removed. One per party, in its own table (``party_photo``), so that lists
and views never load image bytes they do not show; imports write theirs in bulk (``import_apply``)."""

from __future__ import annotations

from dataclasses import dataclass

from smallcrm.changes import Changes
from smallcrm.clock import utcnow
from smallcrm.db.connection import Database
from smallcrm.db.models import PartyPhoto
from smallcrm.domain import RecordKind
from smallcrm.images import check_photo
from smallcrm.services.parties import store
from smallcrm.services.privacy.audit import tracked


@dataclass(frozen=True)
class Photo:
    media_type: str  # image/jpeg, image/png ...
    data: bytes


def get_photo(party_id: int) -> Photo | None:
    row = (PartyPhoto.select(PartyPhoto.media_type, PartyPhoto.data)
           .where(PartyPhoto.party == party_id, PartyPhoto.deleted_at.is_null()).first())
    return Photo(row.media_type, bytes(row.data)) if row is not None else None


def photos_of(party_ids: list[int]) -> dict[int, Photo]:
    """The pictures of many parties in one query (an export of thousands of cards)."""
    rows = (PartyPhoto.select(PartyPhoto.party, PartyPhoto.media_type, PartyPhoto.data)
            .where(PartyPhoto.party.in_(party_ids), PartyPhoto.deleted_at.is_null()).tuples())
    return {party_id: Photo(media_type, bytes(data)) for party_id, media_type, data in rows}


def _write(db: Database, party_id: int, photo: Photo | None) -> Changes:
    """Replace the party's picture (a removed one is deleted, not trashed: an image is no history); the
    record's updated_at says it changed (a preview made before is stale), the audit log that it did."""
    with db.atomic():
        party = store.get_live(party_id)
        with tracked(RecordKind.PARTY, party, values=store.audit_values):
            PartyPhoto.delete().where(PartyPhoto.party == party_id).execute()
            if photo is not None:
                PartyPhoto.create(party=party_id, media_type=photo.media_type, data=photo.data)
            party.updated_at = utcnow()
            party.save()
    return Changes(parties={party_id})


def set_photo(db: Database, party_id: int, data: bytes) -> tuple[Photo, Changes]:
    """Give a contact a picture (JPEG, PNG, GIF or WebP, checked before it is decoded), replacing any."""
    photo = Photo(check_photo(data), data)
    return photo, _write(db, party_id, photo)


def remove_photo(db: Database, party_id: int) -> Changes:
    return _write(db, party_id, None)
