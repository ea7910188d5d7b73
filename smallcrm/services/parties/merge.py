"""Merging two records of the same party into one."""

from __future__ import annotations

from smallcrm.changes import Changes
from smallcrm.clock import utcnow
from smallcrm.db.connection import Database
from smallcrm.db.models import Address, Affiliation, Communication, ContactPoint, Party, PartyPhoto, PartyTag, Task
from smallcrm.domain import AuditAction, PartyKind, RecordKind
from smallcrm.errors import Conflict
from smallcrm.services.parties import store
from smallcrm.services.privacy import audit
from smallcrm.services.views import PartyView
from smallcrm.text import fold

_FILLABLE = ("first_name", "last_name", "job_title", "source", "owner", "notes", "vat_number", "tax_code",
             "birthday", "name_prefix", "middle_name", "name_suffix", "nickname", "department", "anniversary",
             "sdi_code", "sdi_pec")


def _move_unique(model, owner_field, survivor_id: int, loser_id: int, key, primary_of=None,
                 revive: tuple[str, ...] | None = None, primary_follows: bool = False) -> None:
    """Move the loser's live rows to the survivor, trashing those the survivor already has.

    With ``primary_of`` (the group a primary flag is unique in), a moved row stops being primary where
    the survivor already has a primary of its group. With ``revive`` (for tables where the owner and the
    key are unique together, such as tag links), a row the survivor once had and trashed comes back with
    these fields of the loser's row, instead of a move that the unique index would refuse. With
    ``primary_follows`` (a flag that belongs to the other end of the row, such as a person's main company),
    the survivor's row takes over the primary flag of the loser's row it replaces.
    """
    column = getattr(model, owner_field)
    own = list(model.select().where(column == survivor_id))
    live = [r for r in own if r.deleted_at is None]
    trashed = {key(r): r for r in own if r.deleted_at is not None} if revive is not None else {}
    live_by_key = {key(r): r for r in live}
    have = set(live_by_key)
    primary_groups = {primary_of(r) for r in live if r.is_primary} if primary_of else set()
    for row in model.select().where(column == loser_id, model.deleted_at.is_null()):
        if key(row) in have:
            store.trash_rows(model, model.id == row.id)
            kept = live_by_key.get(key(row))
            if primary_follows and row.is_primary and kept is not None and not kept.is_primary:
                kept.is_primary = True
                kept.save()
            continue
        have.add(key(row))
        target = trashed.get(key(row))
        if target is None:
            target = row
            setattr(target, owner_field, survivor_id)
        else:
            for name in revive or ():
                setattr(target, name, getattr(row, name))
            target.deleted_at = None
            store.trash_rows(model, model.id == row.id)
        if primary_of and target.is_primary:
            target.is_primary = primary_of(target) not in primary_groups
            primary_groups.add(primary_of(target))
        target.save()


def merge_parties(db: Database, survivor_id: int, loser_id: int) -> tuple[PartyView, Changes]:
    """Fold ``loser`` into ``survivor``: contact points, addresses, tags, companies, communications and
    tasks move over, empty fields of the survivor are filled, and the loser goes to the trash marked as
    merged (so a synced copy elsewhere learns where it went)."""
    if survivor_id == loser_id:
        raise Conflict("A record cannot be merged with itself", code="merge_self")
    with db.atomic():
        survivor, loser = store.get_live(survivor_id), store.get_live(loser_id)
        if survivor.kind != loser.kind:
            raise Conflict("A person and a company cannot be merged", code="merge_kinds")
        before = store.audit_values(survivor)
        for name in _FILLABLE:
            if not getattr(survivor, name) and getattr(loser, name):
                setattr(survivor, name, getattr(loser, name))
        if survivor.kind == PartyKind.PERSON:  # the display name and the sort key are made of the names
            survivor.name = f"{survivor.first_name} {survivor.last_name}".strip()
            survivor.sort_key = fold(f"{survivor.last_name} {survivor.first_name}")
        if survivor.notes != loser.notes and loser.notes and loser.notes not in survivor.notes:
            survivor.notes = f"{survivor.notes}\n\n{loser.notes}".strip()
        survivor.save()

        _move_unique(ContactPoint, "party", survivor_id, loser_id, lambda r: (r.kind, r.match_key),
                     primary_of=lambda r: r.kind)
        _move_unique(Address, "party", survivor_id, loser_id,
                     lambda r: (r.street.lower(), r.postal_code, r.city.lower()), primary_of=lambda r: "")
        _move_unique(PartyTag, "party", survivor_id, loser_id, lambda r: r.tag_id, revive=())
        # a person has one main company: the survivor's stays the main one
        _move_unique(Affiliation, "person", survivor_id, loser_id, lambda r: r.company_id,
                     primary_of=lambda r: "", revive=("role", "is_primary"))
        _move_unique(Affiliation, "company", survivor_id, loser_id, lambda r: r.person_id,
                     revive=("role", "is_primary"), primary_follows=True)
        now = utcnow()
        Communication.update(party=survivor_id, updated_at=now).where(Communication.party == loser_id).execute()
        Communication.update(person=survivor_id, updated_at=now).where(Communication.person == loser_id).execute()
        Task.update(party=survivor_id, updated_at=now).where(Task.party == loser_id).execute()
        if not PartyPhoto.select().where(PartyPhoto.party == survivor_id).exists():  # the survivor's picture stays
            PartyPhoto.update(party=survivor_id, updated_at=now).where(PartyPhoto.party == loser_id).execute()
        Party.update(merged_into=survivor_id, updated_at=now).where(Party.merged_into == loser_id).execute()

        loser.deleted_at, loser.merged_into = now, survivor_id
        loser.save()
        store.reindex([survivor_id, loser_id])
        view = store.party_view(Party.get_by_id(survivor_id))
        audit.write_diff(RecordKind.PARTY, survivor, before, store.audit_values(survivor, view),
                         action=AuditAction.MERGE)
        audit.record(RecordKind.PARTY, loser, AuditAction.MERGED)
    return view, Changes(parties={survivor_id, loser_id})

