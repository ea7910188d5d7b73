"""Contacts to a vCard 4.0 file, for phones and address books (and for our own import, which reads it back).

What address books have no property for (VAT number, tax code, stage, owner, source) travels in X-SMALLCRM-...
properties, which other programs ignore and our import reads, so that a round trip keeps the whole record.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from smallcrm.db.models import Party, PartyTag, Tag
from smallcrm.documents.tables import Pacer, Progress, ShouldStop, atomic_path
from smallcrm.documents.vcard import VCardAddress, VCardContact, write_vcard
from smallcrm.domain import ContactKind, PartyKind
from smallcrm.errors import ValidationError
from smallcrm.services.parties import store
from smallcrm.services.views import PartyView
from smallcrm.text import fold


@dataclass(frozen=True)
class VCardExportResult:
    path: Path
    count: int


def vcard_of(view: PartyView) -> VCardContact:
    company = view.kind == PartyKind.COMPANY
    main = next((a.company.name for a in view.companies if a.is_primary), "")
    card = VCardContact(
        uid=f"urn:uuid:{view.uid}", kind="org" if company else "individual", formatted_name=view.name,
        family_name="" if company else view.last_name, given_name="" if company else view.first_name,
        organization=view.name if company else main, title=view.job_title, emails=view.emails,
        phones=[(p.value, ("cell",) if p.label == "mobile" else ()) for p in view.points(ContactKind.PHONE)],
        urls=[p.value for p in view.points(ContactKind.WEB)], note=view.notes, categories=list(view.tags),
        birthday=view.birthday.strftime("%Y%m%d") if view.birthday else "",
        addresses=[VCardAddress(("work",) if company else (), a.street, a.city, a.province, a.postal_code, a.country)
                   for a in view.addresses],
    )
    card.extras = {"X-SMALLCRM-VAT": view.vat_number, "X-SMALLCRM-TAX-CODE": view.tax_code,
                   "X-SMALLCRM-STAGE": view.stage, "X-SMALLCRM-OWNER": view.owner, "X-SMALLCRM-SOURCE": view.source,
                   "X-SMALLCRM-COUNTRY": view.country}
    return card


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
        for party_id in ids:
            out.write(write_vcard(vcard_of(store.party_view(store.get_live(party_id)))))
            pacer.tick()
    if progress is not None:
        progress(len(ids), len(ids))
    return VCardExportResult(path, len(ids))
