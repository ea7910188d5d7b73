"""Persons and companies: create, edit, tag, link, trash and restore."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import phonenumbers

from smallcrm.changes import Changes
from smallcrm.clock import utcnow
from smallcrm.db.connection import Database
from smallcrm.db.models import Address, Affiliation, ContactPoint, Party, PartyTag, Tag
from smallcrm.db.privacy_models import ErasureLog
from smallcrm.domain import ContactKind, ErasureAction, PartyKind, RecordKind, Stage, parse_choice
from smallcrm.errors import Conflict, ValidationError
from smallcrm.services.admin.settings import get_setting
from smallcrm.services.parties import store
from smallcrm.services.parties.duplicates import likely_duplicates
from smallcrm.services.parties.handles import handle_key, handle_text, service_alone, service_title, split_handle
from smallcrm.services.privacy.audit import tracked, write_diff
from smallcrm.services.views import PartyView
from smallcrm.text import fold
from smallcrm.validation import (
    checked_phone,
    contact_match_key,
    normalize_contact,
    normalize_sdi_code,
    normalize_sdi_pec,
    normalize_tax_code,
    normalize_vat_number,
    required,
)

DETAIL_TEXTS = ("name_prefix", "middle_name", "name_suffix", "nickname", "department")


@dataclass
class AddressDraft:
    street: str = ""
    postal_code: str = ""
    city: str = ""
    province: str = ""
    country: str = ""
    label: str = ""


@dataclass
class PartyDraft:
    """What a form or an import says a party should be. Lists are in order of preference."""

    kind: PartyKind = PartyKind.PERSON  # or its text (parse_choice reads both)
    first_name: str = ""
    last_name: str = ""
    name: str = ""  # a company's name; a person's is made of first and last name
    job_title: str = ""
    stage: Stage = Stage.LEAD
    source: str = ""
    owner: str | None = None
    notes: str = ""
    vat_number: str = ""
    tax_code: str = ""
    country: str = ""
    birthday: date | None = None
    # the name's other parts (as vCard's N), a nickname, the department, an anniversary
    name_prefix: str = ""
    middle_name: str = ""
    name_suffix: str = ""
    nickname: str = ""
    department: str = ""
    anniversary: date | None = None
    sdi_code: str = ""  # where the SdI delivers e-invoices: the Codice Destinatario, or
    sdi_pec: str = ""  # a PEC address (with the code 0000000)
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    websites: list[str] = field(default_factory=list)
    ims: list[str] = field(default_factory=list)  # chat addresses as "skype: joe.doe" (handles.handle_text)
    socials: list[str] = field(default_factory=list)  # social profiles, the same way ("twitter: https://...")
    tags: list[str] = field(default_factory=list)
    addresses: list[AddressDraft] = field(default_factory=list)
    company_id: int | None = None  # a person's main company
    role: str = ""


@dataclass(frozen=True)
class _Clean:
    fields: dict
    points: list[tuple[str, str, str, str]]  # kind, value, match key, label
    tags: list[str]
    addresses: list[AddressDraft]


def _phone_label(kind: int) -> str:
    return "mobile" if kind == phonenumbers.PhoneNumberType.MOBILE else ""


def _clean(draft: PartyDraft, default_region: str | None = None) -> _Clean:
    """``default_region``: the setting, when the caller read it already (an import's worker processes)."""
    kind = parse_choice(PartyKind, draft.kind, "kind")
    country = (draft.country or get_setting("default_country")).strip().upper()
    if len(country) != 2 or not country.isalpha():
        raise ValidationError("country", f"Not a two-letter country code: {draft.country}",
                              code="country_invalid")
    first, last = draft.first_name.strip(), draft.last_name.strip()
    if kind == PartyKind.PERSON:
        if not (first or last):
            raise ValidationError("last_name", "A person needs a first or a last name", code="required")
        name, sort_key = f"{first} {last}".strip(), fold(f"{last} {first}")
    else:
        name = required(draft.name, "name")
        sort_key = fold(name)
    fields = dict(
        kind=str(kind), first_name=first, last_name=last, name=name, sort_key=sort_key,
        job_title=draft.job_title.strip(), stage=str(parse_choice(Stage, draft.stage, "stage")),
        source=draft.source.strip(), notes=draft.notes.strip(), country=country, birthday=draft.birthday,
        owner=(draft.owner if draft.owner is not None else get_setting("default_owner")).strip(),
        vat_number=normalize_vat_number(draft.vat_number, country),
        tax_code=normalize_tax_code(draft.tax_code, country, kind),
        **{name: getattr(draft, name).strip() for name in DETAIL_TEXTS}, anniversary=draft.anniversary,
        sdi_code=normalize_sdi_code(draft.sdi_code), sdi_pec=normalize_sdi_pec(draft.sdi_pec),
    )
    if kind == PartyKind.COMPANY:  # a company has no name parts: what a form or a file put there is dropped
        fields.update(name_prefix="", middle_name="", name_suffix="")
    region = country if phonenumbers.country_code_for_region(country) else \
        (default_region or get_setting("default_region"))
    points: list[tuple[ContactKind, str, str, str]] = []
    seen: set[tuple[ContactKind, str]] = set()
    for kind_name, values, list_name in ((ContactKind.EMAIL, draft.emails, "emails"),
                                         (ContactKind.PHONE, draft.phones, "phones"),
                                         (ContactKind.WEB, draft.websites, "websites")):
        for index, raw in enumerate(values):
            if not raw.strip():
                continue
            # the index is the position in the draft's own list, blanks included, so the error lands on
            # the field that was typed
            label = ""
            if kind_name == ContactKind.PHONE:
                value, phone_type = checked_phone(raw, region, f"{list_name}[{index}]")
                label = _phone_label(phone_type)
            else:
                value = normalize_contact(kind_name, raw, region, f"{list_name}[{index}]")
            key = contact_match_key(kind_name, value)
            if (kind_name, key) not in seen:
                seen.add((kind_name, key))
                points.append((kind_name, value, key, label))
    for kind_name, values, list_name in ((ContactKind.IM, draft.ims, "ims"),
                                         (ContactKind.SOCIAL, draft.socials, "socials")):
        for index, raw in enumerate(values):
            service, value = split_handle(raw)
            alone = service_alone(raw)
            if alone:
                raise ValidationError(f"{list_name}[{index}]", f"Write the address on {service_title(alone)}",
                                      code="handle_address_required", service=service_title(alone))
            key = handle_key(service, value)
            if value and (kind_name, key) not in seen:
                seen.add((kind_name, key))
                points.append((kind_name, value[:500], key, service))
    tags = list(dict.fromkeys(t.strip() for t in draft.tags if t.strip()))
    addresses = [a for a in draft.addresses if any((a.street, a.city, a.postal_code))]
    return _Clean(fields, points, tags, addresses)


def _write_points(party_id: int, points: list[tuple[ContactKind, str, str, str]]) -> None:
    """Make the live contact points of the party exactly ``points`` (kept rows keep their uid)."""
    existing = {(p.kind, p.match_key): p for p in
                ContactPoint.select().where(ContactPoint.party == party_id, ContactPoint.deleted_at.is_null())}
    wanted = {(kind, key) for kind, _, key, _ in points}
    gone = [p.id for k, p in existing.items() if k not in wanted]
    if gone:
        store.trash_rows(ContactPoint, ContactPoint.id.in_(gone))
    first_of_kind: set[ContactKind] = set()
    for kind, value, key, label in points:
        primary = kind not in first_of_kind
        first_of_kind.add(kind)
        row = existing.get((kind, key))
        if row is None:
            ContactPoint.create(party=party_id, kind=kind, value=value, match_key=key, label=label,
                                is_primary=primary)
        elif (row.value, row.is_primary) != (value, primary):
            row.value, row.is_primary = value, primary
            row.save()


def province_text(text: str) -> str:
    """A province as stored: a code in capitals (mi -> MI, nsw -> NSW), a region's name as written
    ("West Java", "Île-de-France": an address book abroad has names, not codes)."""
    text = text.strip()
    return text.upper() if len(text) <= 3 else text


def _write_addresses(party_id: int, addresses: list[AddressDraft], country: str) -> None:
    current = list(Address.select().where(Address.party == party_id, Address.deleted_at.is_null())
                   .order_by(Address.is_primary.desc(), Address.id))

    def shape(a) -> tuple:
        return (a.label, a.street.strip(), a.postal_code.strip(), a.city.strip(), province_text(a.province),
                (a.country or country).upper())

    if [shape(a) for a in current] == [shape(a) for a in addresses]:
        return
    store.trash_rows(Address, Address.party == party_id)
    for index, a in enumerate(addresses):
        label, street, postal, city, province, a_country = shape(a)
        Address.create(party=party_id, label=label, street=street, postal_code=postal, city=city,
                       province=province, country=a_country, is_primary=index == 0)


def _tag(name: str) -> Tag:
    key = fold(name)
    tag = Tag.get_or_none(Tag.key == key)
    if tag is None:
        return Tag.create(name=name, key=key)
    if tag.deleted_at is not None:
        tag.deleted_at = None
        tag.save()
    return tag


def _write_tags(party_id: int, names: list[str]) -> None:
    wanted = {_tag(n).id for n in names}
    links = {pt.tag_id: pt for pt in PartyTag.select().where(PartyTag.party == party_id)}
    for tag_id, link in links.items():
        if tag_id not in wanted and link.deleted_at is None:
            store.trash_rows(PartyTag, PartyTag.id == link.id)
        elif tag_id in wanted and link.deleted_at is not None:
            link.deleted_at = None
            link.save()
    for tag_id in wanted - links.keys():
        PartyTag.create(party=party_id, tag=tag_id)


def _link_company(person_id: int, company_id: int, role: str) -> None:
    store.get_live(company_id, PartyKind.COMPANY)
    Affiliation.update(is_primary=False, updated_at=utcnow()).where(
        Affiliation.person == person_id, Affiliation.company != company_id).execute()
    link = Affiliation.get_or_none(Affiliation.person == person_id, Affiliation.company == company_id)
    if link is None:
        Affiliation.create(person=person_id, company=company_id, role=role.strip(), is_primary=True)
    else:
        link.role, link.is_primary, link.deleted_at = role.strip() or link.role, True, None
        link.save()


def _audited(party: Party):
    return tracked(RecordKind.PARTY, party, values=store.audit_values)


def _save(party: Party, draft: PartyDraft) -> tuple[PartyView, Changes]:
    clean = _clean(draft)
    if party.id is not None and clean.fields["kind"] != party.kind:
        raise ValidationError("kind", "A person cannot become a company or the other way round",
                              code="kind_fixed")
    duplicates = likely_duplicates(clean.fields, [(kind, key) for kind, _, key, _ in clean.points],
                                   draft.company_id, exclude_id=party.id)
    before = store.audit_values(party) if party.id is not None else None
    for name, value in clean.fields.items():
        setattr(party, name, value)
    party.save()
    _write_points(party.id, clean.points)
    _write_addresses(party.id, clean.addresses, clean.fields["country"])
    _write_tags(party.id, clean.tags)
    if draft.company_id is not None:
        if party.kind != PartyKind.PERSON:
            raise ValidationError("company_id", "Only a person can work for a company", code="not_a_person")
        _link_company(party.id, draft.company_id, draft.role)
    store.reindex([party.id])
    view = store.party_view(party, duplicates)
    write_diff(RecordKind.PARTY, party, before, store.audit_values(party, view) if before is not None else {})
    return view, Changes(parties={party.id})


def create_party(db: Database, draft: PartyDraft) -> tuple[PartyView, Changes]:
    """Create a person or a company; the view lists existing parties that look like the same one."""
    with db.atomic():
        return _save(Party(), draft)


def update_party(db: Database, party_id: int, draft: PartyDraft) -> tuple[PartyView, Changes]:
    with db.atomic():
        return _save(store.get_live(party_id), draft)


def draft_of(view: PartyView) -> PartyDraft:
    """The draft that would save a party as it is: load, change a field, save."""
    main = next((a for a in view.companies if a.is_primary), None)
    return PartyDraft(
        kind=view.kind, first_name=view.first_name, last_name=view.last_name, name=view.name,
        job_title=view.job_title, stage=view.stage, source=view.source, owner=view.owner, notes=view.notes,
        vat_number=view.vat_number, tax_code=view.tax_code, country=view.country, birthday=view.birthday,
        name_prefix=view.name_prefix, middle_name=view.middle_name, name_suffix=view.name_suffix,
        nickname=view.nickname, department=view.department, anniversary=view.anniversary,
        sdi_code=view.sdi_code, sdi_pec=view.sdi_pec,
        emails=view.emails, phones=view.phones, websites=[p.value for p in view.points(ContactKind.WEB)],
        ims=[handle_text(p.label, p.value) for p in view.points(ContactKind.IM)],
        socials=[handle_text(p.label, p.value) for p in view.points(ContactKind.SOCIAL)],
        tags=list(view.tags),
        addresses=[AddressDraft(a.street, a.postal_code, a.city, a.province, a.country, a.label)
                   for a in view.addresses],
        company_id=main.company.id if main else None, role=main.role if main else "",
    )


def get_party(party_id: int, *, include_trash: bool = False) -> PartyView:
    return store.party_view(store.get_live(party_id, include_trash=include_trash))


def link_person_to_company(db: Database, person_id: int, company_id: int, role: str = "") -> Changes:
    with db.atomic(), _audited(store.get_live(person_id, PartyKind.PERSON)):
        _link_company(person_id, company_id, role)
        store.reindex([person_id])
    return Changes(parties={person_id, company_id})


def unlink_person_from_company(db: Database, person_id: int, company_id: int) -> Changes:
    with db.atomic(), _audited(store.get_live(person_id, include_trash=True)):
        store.trash_rows(Affiliation, Affiliation.person == person_id, Affiliation.company == company_id)
        store.reindex([person_id])
    return Changes(parties={person_id, company_id})


def set_tags(db: Database, party_id: int, tags: list[str]) -> Changes:
    with db.atomic(), _audited(store.get_live(party_id)):
        _write_tags(party_id, list(dict.fromkeys(t.strip() for t in tags if t.strip())))
        store.reindex([party_id])
    return Changes(parties={party_id})


def trash_party(db: Database, party_id: int) -> Changes:
    """Move a party to the trash: it leaves lists and search, and can be restored."""
    with db.atomic():
        party = store.get_live(party_id)
        with _audited(party):
            party.deleted_at = utcnow()
            party.save()
        store.reindex([party_id])
    return Changes(parties={party_id})


def restore_party(db: Database, party_id: int) -> Changes:
    with db.atomic():
        party = store.get_live(party_id, include_trash=True)
        if ErasureLog.select().where(ErasureLog.party_uid == party.uid,
                                     ErasureLog.action == ErasureAction.ERASE).exists():
            raise Conflict("This record was erased: only what tax law keeps is left of it", code="erased")
        if party.merged_into_id is not None:
            raise ValidationError("party", f"{party.name} was merged into another record",
                                  code="merged", survivor=party.merged_into_id)
        with _audited(party):
            party.deleted_at = None
            party.save()
        store.reindex([party_id])
    return Changes(parties={party_id})


def list_trash(limit: int = 200) -> list[PartyView]:
    rows = (Party.select().where(Party.deleted_at.is_null(False), Party.merged_into.is_null())
            .order_by(Party.deleted_at.desc()).limit(limit))
    return [store.party_view(p) for p in rows]
