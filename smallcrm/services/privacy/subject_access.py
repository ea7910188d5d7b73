"""Subject access (GDPR art. 15): everything the database holds about one party, as JSON or as a workbook.

Trashed rows are included (they are still held), and so are the records merged into the party, the
communications logged on a company with this person, the documents naming them and the audit entries.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from smallcrm.clock import to_local, utcnow
from smallcrm.db.models import (
    Address,
    Affiliation,
    Attachment,
    Communication,
    ContactPoint,
    Party,
    PartyPhoto,
    PartyTag,
    Tag,
    Task,
)
from smallcrm.db.privacy_models import AuditEntry, Consent
from smallcrm.db.sales_models import Deal, Invoice, Payment, Quote, Refund
from smallcrm.documents.tables import Column, Sheet, atomic_path
from smallcrm.documents.xlsx import write_workbook
from smallcrm.domain import CellKind
from smallcrm.errors import ValidationError
from smallcrm.money import from_cents
from smallcrm.services.parties import store

_INTERNAL = frozenset({"sort_key", "match_key", "merged_into", "customer_snapshot"})


@dataclass(frozen=True)
class PersonalData:
    """Sections in order: name -> rows (each a dict of plain values: str, int, Decimal, date, datetime)."""

    party_id: int
    exported_at: datetime  # UTC
    sections: dict[str, list[dict]]


def _fields(row, **extra) -> dict:
    values: dict = {}
    for name, value in row.__data__.items():
        if name in _INTERNAL:
            continue
        if name.endswith("_cents") and isinstance(value, int):
            name, value = name[: -len("_cents")], from_cents(value)
        values[name] = value
    values.update(extra)
    return values


def _group(party_id: int) -> list[int]:
    ids, frontier = [party_id], [party_id]
    while frontier:
        frontier = [p.id for p in Party.select(Party.id).where(Party.merged_into.in_(frontier))]
        ids.extend(frontier)
    return ids


def collect_personal_data(party_id: int) -> PersonalData:
    party = store.get_live(party_id, include_trash=True)
    group = _group(party.id)
    communications = list(Communication.select().where(Communication.party.in_(group) | Communication.person.in_(group))
                          .order_by(Communication.occurred_at))
    files: dict[int, list[str]] = {}
    for a in Attachment.select().where(Attachment.communication.in_([c.id for c in communications])):
        files.setdefault(a.communication_id, []).append(f"{a.file_name} ({a.media_type}, {a.size} bytes)")
    tags = (PartyTag.select(PartyTag, Tag).join(Tag).where(PartyTag.party.in_(group)))
    links = Affiliation.select().where(Affiliation.person.in_(group) | Affiliation.company.in_(group))
    names = {p.id: p.name for p in Party.select(Party.id, Party.name).where(
        Party.id.in_([x for a in links for x in (a.person_id, a.company_id)]))}
    invoices = list(Invoice.select().where(Invoice.party.in_(group)).order_by(Invoice.id))
    sections = {
        "party": [_fields(party)],
        "merged_records": [_fields(p) for p in Party.select().where(Party.id.in_(group[1:]))],
        "contact_points": [_fields(r) for r in ContactPoint.select().where(ContactPoint.party.in_(group))],
        "addresses": [_fields(r) for r in Address.select().where(Address.party.in_(group))],
        "photos": [{"party": r.party_id, "media_type": r.media_type, "size": len(r.data), "picture": bytes(r.data),
                    "created_at": r.created_at} for r in PartyPhoto.select().where(PartyPhoto.party.in_(group))],
        "tags": [{"tag": t.tag.name, "party": t.party_id, "created_at": t.created_at, "deleted_at": t.deleted_at}
                 for t in tags],
        "companies": [_fields(a, person_name=names.get(a.person_id, ""), company_name=names.get(a.company_id, ""))
                      for a in links],
        "communications": [_fields(c, attachments="; ".join(files.get(c.id, []))) for c in communications],
        "tasks": [_fields(t) for t in Task.select().where(Task.party.in_(group)).order_by(Task.id)],
        "consents": [_fields(c) for c in Consent.select().where(Consent.party.in_(group)).order_by(Consent.given_at)],
        "deals": [_fields(d) for d in Deal.select().where(Deal.party.in_(group)).order_by(Deal.id)],
        "quotes": [_fields(q) for q in Quote.select().where(Quote.party.in_(group)).order_by(Quote.id)],
        "invoices": [_fields(i, customer_as_printed=_snapshot(i.customer_snapshot)) for i in invoices],
        "payments": [_fields(p) for p in Payment.select().where(Payment.invoice.in_([i.id for i in invoices]))],
        "refunds": [_fields(r) for r in Refund.select().where(Refund.credit_note.in_([i.id for i in invoices]))],
        "audit_log": [_fields(e) for e in AuditEntry.select().where(AuditEntry.party_id.in_(group))
                      .order_by(AuditEntry.at, AuditEntry.id)],
    }
    return PersonalData(party.id, utcnow(), sections)


def _snapshot(text: str) -> str:
    if not text:
        return ""
    return ", ".join(str(v) for v in json.loads(text).values() if v)


def _json_value(value):
    if isinstance(value, bytes):  # a picture: in the file itself, as base64
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, datetime):
        return value.isoformat() + "Z"  # stored times are UTC
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _kind(values: list) -> CellKind:
    sample = next((v for v in values if v is not None and v != ""), None)
    if isinstance(sample, bool) or sample is None:
        return CellKind.TEXT
    if isinstance(sample, datetime):
        return CellKind.DATETIME
    if isinstance(sample, date):
        return CellKind.DATE
    if isinstance(sample, Decimal):
        return CellKind.MONEY
    return CellKind.INT if isinstance(sample, int) else CellKind.TEXT


def _cell(value, kind: CellKind):
    if value is None or value == "":
        return None
    if kind == CellKind.DATETIME:
        return to_local(value).replace(tzinfo=None)  # Excel has no time zones: local time, as shown elsewhere
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value if kind != CellKind.TEXT else str(value)


def _sheet(title: str, rows: list[dict]) -> Sheet:
    keys = list(dict.fromkeys(k for row in rows for k in row)) or ["(none)"]
    kinds = [_kind([row.get(k) for row in rows]) for k in keys]
    return Sheet(title, [Column(k, kind) for k, kind in zip(keys, kinds, strict=True)],
                 [[_cell(row.get(k), kind) for k, kind in zip(keys, kinds, strict=True)] for row in rows],
                 count=len(rows))


def export_personal_data(party_id: int, path: Path) -> Path:
    """Write everything held about the party to ``path``: ``.json`` (pictures inside, as base64) or ``.xlsx``
    (one sheet per kind; a contact's pictures as files beside it, named in the photos sheet)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".json", ".xlsx"):
        raise ValidationError("path", f"Export to a .json or an .xlsx file, not {path.name}", code="file_type")
    data = collect_personal_data(party_id)
    if suffix == ".json":
        document = {"party_id": data.party_id, "exported_at": _json_value(data.exported_at),
                    **{name: [{k: _json_value(v) for k, v in row.items()} for row in rows]
                       for name, rows in data.sections.items()}}
        with atomic_path(path) as tmp:
            tmp.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
        return path
    for index, photo in enumerate(data.sections["photos"], 1):  # a workbook holds no picture: files beside it
        extension = photo["media_type"].rsplit("/", 1)[-1].replace("jpeg", "jpg")
        picture = path.with_name(f"{path.stem}-photo-{index}.{extension}")
        with atomic_path(picture) as tmp:
            tmp.write_bytes(photo.pop("picture"))
        photo["file"] = picture.name
    party = data.sections["party"][0]
    summary = _sheet("party", [{"field": k, "value": "" if v is None else _json_value(v)} for k, v in party.items()])
    write_workbook(path, [summary, *(_sheet(name, rows) for name, rows in data.sections.items() if name != "party")])
    return path
