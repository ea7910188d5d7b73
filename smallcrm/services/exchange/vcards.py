"""Contacts to a vCard 4.0 file, for phones and address books (and for our own import, which reads it back).

What address books have no property for (VAT number, tax code, stage, owner, source) travels in X-SMALLCRM-...
properties, which other programs ignore and our import reads, so that a round trip keeps the whole record.

The contacts are read in steps of ``STEP``: one query per table for each step (parties, contact points,
addresses, tags, companies, photos), not one view per contact; a party view costs five queries, which made the
export ~5 ms a contact.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from smallcrm.db.models import Party, PartyTag, Tag, database
from smallcrm.documents.tables import Pacer, Progress, ShouldStop, atomic_path
from smallcrm.documents.vcard import VCardAddress, VCardContact, write_vcard
from smallcrm.domain import ContactKind, PartyKind
from smallcrm.errors import ValidationError
from smallcrm.services.parties.handles import IMPP_SCHEMES
from smallcrm.text import fold

STEP = 1000
_PARTY = ("id", "uid", "kind", "name", "first_name", "last_name", "job_title", "stage", "source", "owner", "notes",
          "vat_number", "tax_code", "country", "birthday", "name_prefix", "middle_name", "name_suffix", "nickname",
          "department", "anniversary")


@dataclass(frozen=True)
class VCardExportResult:
    path: Path
    count: int


def _day(value) -> str:
    """A stored date (a date, or its ISO text) as vCard's basic form: 19800517."""
    return str(value)[:10].replace("-", "") if value else ""


def _card(p: dict, points: list[tuple[str, str, str]], addresses: list[tuple], tags: list[str],
          company: tuple[str, str], photo: tuple[str, bytes] | None) -> VCardContact:
    is_company = p["kind"] == PartyKind.COMPANY  # (a stored kind: the text of the enum value)
    card = VCardContact(
        uid=f"urn:uuid:{p['uid']}", kind="org" if is_company else "individual", formatted_name=p["name"],
        family_name="" if is_company else p["last_name"], given_name="" if is_company else p["first_name"],
        middle_name=p["middle_name"], name_prefix=p["name_prefix"], name_suffix=p["name_suffix"],
        nickname=p["nickname"], organization=p["name"] if is_company else company[0], department=p["department"],
        title=p["job_title"], role="" if is_company else company[1],
        emails=[v for k, v, _ in points if k == ContactKind.EMAIL],
        phones=[(v, _PHONE_TYPES.get(label, ())) for k, v, label in points if k == ContactKind.PHONE],
        urls=[v for k, v, _ in points if k == ContactKind.WEB], note=p["notes"], categories=tags,
        ims=[(label, v) for k, v, label in points if k == ContactKind.IM],
        socials=[(label, v) for k, v, label in points if k == ContactKind.SOCIAL],
        birthday=_day(p["birthday"]), anniversary=_day(p["anniversary"]),
        addresses=[VCardAddress((label,) if label else (), *parts) for label, *parts in addresses],
    )
    if photo is not None:
        card.photo_type, card.photo = photo
    card.extras = {"X-SMALLCRM-VAT": p["vat_number"], "X-SMALLCRM-TAX-CODE": p["tax_code"],
                   "X-SMALLCRM-STAGE": p["stage"], "X-SMALLCRM-OWNER": p["owner"], "X-SMALLCRM-SOURCE": p["source"],
                   "X-SMALLCRM-COUNTRY": p["country"]}
    return card


# our labels as vCard TYPE values (RFC 6350: cell, fax, pager, work, home)
_PHONE_TYPES = {"mobile": ("cell",), "fax": ("fax",), "pager": ("pager",), "work": ("work",), "home": ("home",),
                "whatsapp": ("cell", "x-whatsapp")}


def _grouped(sql: str, ids: list[int]) -> dict[int, list[tuple]]:
    found: dict[int, list[tuple]] = defaultdict(list)
    marks = ", ".join("?" * len(ids))
    for party_id, *rest in database.execute_sql(sql.format(marks=marks), ids):
        found[party_id].append(tuple(rest))
    return found


def cards_of(ids: list[int]) -> list[VCardContact]:
    """The cards of these parties, in their order: six queries for all of them."""
    marks = ", ".join("?" * len(ids))
    parties = {row[0]: dict(zip(_PARTY, row, strict=True)) for row in database.execute_sql(
        f"SELECT {', '.join(_PARTY)} FROM party WHERE id IN ({marks})", ids)}
    points = _grouped("SELECT party_id, kind, value, label FROM contact_point WHERE deleted_at IS NULL AND party_id "
                      "IN ({marks}) ORDER BY party_id, kind, is_primary DESC, id", ids)
    addresses = _grouped("SELECT party_id, label, street, city, province, postal_code, country FROM address WHERE "
                         "deleted_at IS NULL AND party_id IN ({marks}) ORDER BY party_id, is_primary DESC, id", ids)
    tags = _grouped("SELECT pt.party_id, t.name FROM party_tag pt JOIN tag t ON t.id = pt.tag_id WHERE "
                    "pt.deleted_at IS NULL AND t.deleted_at IS NULL AND pt.party_id IN ({marks}) ORDER BY t.key", ids)
    # CROSS JOIN: the affiliations of these people first (SQLite otherwise walked every live party: 25 s a step)
    companies = _grouped("SELECT a.person_id, c.name, a.role FROM affiliation a CROSS JOIN party c "
                         "ON c.id = a.company_id WHERE a.deleted_at IS NULL AND c.deleted_at IS NULL AND a.is_primary "
                         "AND a.person_id IN ({marks}) ORDER BY c.sort_key", ids)
    photos = _grouped("SELECT party_id, media_type, data FROM party_photo WHERE deleted_at IS NULL AND party_id "
                      "IN ({marks})", ids)
    return [_card(parties[i], points.get(i, []), addresses.get(i, []), [t for (t,) in tags.get(i, [])],
                  companies[i][0] if i in companies else ("", ""),
                  (photos[i][0][0], bytes(photos[i][0][1])) if i in photos else None)
            for i in ids if i in parties]


def _chosen(party_ids: Iterable[int] | None, tag: str | None) -> list[int]:
    query = Party.select(Party.id).where(Party.deleted_at.is_null())
    if party_ids is not None:
        query = query.where(Party.id.in_(list(party_ids)))
    if tag:
        query = query.join(PartyTag).join(Tag).where(Tag.key == fold(tag), PartyTag.deleted_at.is_null(),
                                                     Tag.deleted_at.is_null())
    return [p.id for p in query.order_by(Party.kind.desc(), Party.sort_key)]  # companies first


def export_vcards(path: Path | str, party_ids: Iterable[int] | None = None, tag: str | None = None,
                  progress: Progress | None = None, should_stop: ShouldStop | None = None) -> VCardExportResult:
    """Write the chosen live contacts (by id, by tag, or all) to one .vcf file, or nothing if cancelled."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ValidationError("path", f"No folder {path.parent}", code="folder_missing", folder=str(path.parent))
    ids = _chosen(party_ids, tag)
    if not ids:
        raise ValidationError("contacts", "No contacts to export", code="nothing_chosen")
    pacer = Pacer(len(ids), progress, should_stop)
    pacer.check()
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as out:
        for start in range(0, len(ids), STEP):
            chunk = ids[start:start + STEP]
            out.write("".join(write_vcard(card, IMPP_SCHEMES) for card in cards_of(chunk)))
            pacer.tick(len(chunk))
    if progress is not None:
        progress(len(ids), len(ids))
    return VCardExportResult(path, len(ids))
