"""Reading parties into views and the small write helpers the party services share."""

from __future__ import annotations

from collections.abc import Iterable

from smallcrm.clock import utcnow
from smallcrm.db.models import Address, Affiliation, ContactPoint, Party, PartyPhoto, PartyTag, Tag
from smallcrm.db.search_index import reindex_parties
from smallcrm.domain import ContactKind, PartyKind, Stage, stored
from smallcrm.errors import NotFound
from smallcrm.services.parties.handles import handle_text
from smallcrm.services.views import (
    AddressView,
    AffiliationView,
    ContactPointView,
    PartyRef,
    PartyView,
)
from smallcrm.validation import format_phone


def get_live(party_id: int, kind: PartyKind | None = None, *, include_trash: bool = False) -> Party:
    query = Party.select().where(Party.id == party_id)
    if not include_trash:
        query = query.where(Party.deleted_at.is_null())
    party = query.first()
    if party is None or (kind and party.kind != kind):
        raise NotFound(kind=(kind or "party").capitalize(), ident=party_id)
    return party


party_kind = stored(PartyKind)


def ref(party: Party) -> PartyRef:
    return PartyRef(party.id, party_kind(party.kind), party.name)


def ref_by_id(party_id: int) -> PartyRef:
    """A party (trashed or not) as a reference, without loading the whole record."""
    row = Party._meta.database.execute_sql("SELECT id, kind, name FROM party WHERE id = ?", (party_id,)).fetchone()
    if row is None:
        raise NotFound(kind="Party", ident=party_id)
    return PartyRef(row[0], party_kind(row[1]), row[2])


def _point_view(point: ContactPoint) -> ContactPointView:
    kind = ContactKind(point.kind)
    display = format_phone(point.value) if kind == ContactKind.PHONE else point.value
    return ContactPointView(point.id, kind, point.label, point.value, display, point.is_primary)


def _affiliations(where) -> tuple[AffiliationView, ...]:
    person = Party.alias()
    company = Party.alias()
    rows = (Affiliation.select(Affiliation, person, company)
            .join(person, on=(Affiliation.person == person.id))
            .switch(Affiliation).join(company, on=(Affiliation.company == company.id))
            .where(where, Affiliation.deleted_at.is_null(), person.deleted_at.is_null(),
                   company.deleted_at.is_null())
            .order_by(Affiliation.is_primary.desc(), company.sort_key, person.sort_key))
    return tuple(AffiliationView(ref(a.person), ref(a.company), a.role, a.is_primary) for a in rows)


def party_view(party: Party, likely_duplicates: Iterable[PartyRef] = ()) -> PartyView:
    points = (ContactPoint.select()
              .where(ContactPoint.party == party.id, ContactPoint.deleted_at.is_null())
              .order_by(ContactPoint.kind, ContactPoint.is_primary.desc(), ContactPoint.id))
    addresses = (Address.select()
                 .where(Address.party == party.id, Address.deleted_at.is_null())
                 .order_by(Address.is_primary.desc(), Address.id))
    tags = (Tag.select(Tag.name).join(PartyTag)
            .where(PartyTag.party == party.id, PartyTag.deleted_at.is_null(), Tag.deleted_at.is_null())
            .order_by(Tag.key))
    return PartyView(
        id=party.id, uid=party.uid, kind=PartyKind(party.kind), name=party.name, first_name=party.first_name,
        last_name=party.last_name, job_title=party.job_title, stage=Stage(party.stage), source=party.source,
        owner=party.owner, notes=party.notes, vat_number=party.vat_number, tax_code=party.tax_code,
        country=party.country, birthday=party.birthday, created_at=party.created_at,
        updated_at=party.updated_at, deleted_at=party.deleted_at,
        contact_points=tuple(_point_view(p) for p in points),
        addresses=tuple(AddressView(a.id, a.label, a.street, a.postal_code, a.city, a.province, a.country,
                                    a.is_primary) for a in addresses),
        tags=tuple(t.name for t in tags),
        companies=_affiliations(Affiliation.person == party.id) if party.kind == PartyKind.PERSON else (),
        members=_affiliations(Affiliation.company == party.id) if party.kind == PartyKind.COMPANY else (),
        likely_duplicates=tuple(likely_duplicates), review_on=party.review_on,
        name_prefix=party.name_prefix, middle_name=party.middle_name, name_suffix=party.name_suffix,
        nickname=party.nickname, department=party.department, anniversary=party.anniversary,
        has_photo=PartyPhoto.select().where(PartyPhoto.party == party.id, PartyPhoto.deleted_at.is_null()).exists(),
        sdi_code=party.sdi_code, sdi_pec=party.sdi_pec,
    )


_AUDITED = ("first_name", "last_name", "job_title", "stage", "source", "owner", "notes", "vat_number", "tax_code",
            "country", "birthday", "name_prefix", "middle_name", "name_suffix", "nickname", "department",
            "anniversary", "sdi_code", "sdi_pec")


def audit_values(party: Party, view: PartyView | None = None) -> dict[str, object]:
    """A party as its audit log compares it: its fields with its e-mails, phones, chats, social profiles, tags,
    addresses and company
    (from ``view`` when the caller has just read it)."""
    view = view or party_view(party)
    values: dict[str, object] = {"name": view.name} if view.kind != PartyKind.PERSON else {}
    values.update((name, getattr(view, name)) for name in _AUDITED)
    main = next((a for a in view.companies if a.is_primary), None)
    values.update(
        emails=", ".join(view.emails), phones=", ".join(p.display for p in view.points(ContactKind.PHONE)),
        websites=", ".join(p.value for p in view.points(ContactKind.WEB)), tags=", ".join(view.tags),
        ims=", ".join(handle_text(p.label, p.value) for p in view.points(ContactKind.IM)),
        socials=", ".join(handle_text(p.label, p.value) for p in view.points(ContactKind.SOCIAL)),
        addresses="; ".join(a.one_line() for a in view.addresses),
        company=f"{main.company.name} ({main.role})" if main and main.role else (main.company.name if main else ""),
        review_on=view.review_on, deleted_at=party.deleted_at, photo="yes" if view.has_photo else "")
    return values


def trash_rows(model, *conditions) -> int:
    """Move matching live rows of ``model`` to the trash."""
    now = utcnow()
    return (model.update(deleted_at=now, updated_at=now)
            .where(model.deleted_at.is_null(), *conditions).execute())


def reindex(party_ids: Iterable[int]) -> None:
    """Bring the search index in step for these parties and for the people of any company among them."""
    ids = set(party_ids)
    members = (Affiliation.select(Affiliation.person)
               .where(Affiliation.company.in_(list(ids)), Affiliation.deleted_at.is_null()))
    ids.update(a.person_id for a in members)
    reindex_parties(Party._meta.database, ids)
