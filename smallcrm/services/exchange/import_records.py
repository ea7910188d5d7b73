"""From a row of a file (or a vCard) to what a form would have been given: a ``PartyDraft``, plus the name of
the person's company and the vCard UID the record came with."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from smallcrm.documents.export_labels import value_code
from smallcrm.documents.table_source import RawRow
from smallcrm.documents.vcard import VCardContact
from smallcrm.domain import PartyKind, Stage
from smallcrm.errors import ValidationError
from smallcrm.services.exchange.import_layouts import LIST_FIELDS, Mapping
from smallcrm.services.parties.parties import AddressDraft, PartyDraft
from smallcrm.text import fold

_SPLITTERS = {
    "email": re.compile(r"\s*(?::::|[;,\s])\s*"),
    "phone": re.compile(r"\s*(?::::|;|\n)\s*"),
    "web": re.compile(r"\s*(?::::|[;\s])\s*"),
    "tags": re.compile(r"\s*(?::::|[;,\n])\s*"),
}
_KINDS = {
    **dict.fromkeys(("person", "persona", "individual", "persoana", "persoană", "privato", "contact", "contatto"),
                    PartyKind.PERSON),
    **dict.fromkeys(("company", "azienda", "organization", "organisation", "org", "societa", "società", "ditta",
                     "companie", "firma", "firmă", "organizzazione"), PartyKind.COMPANY),
}
# the vCard KIND values of an organisation (RFC 6350 says "org"; some writers spell it out): file-format words
VCARD_ORGANIZATION = frozenset({"org", "organization"})
_NO_BIRTHDAY = {"0/0/00", "00/00/0000", "0000-00-00"}
_SCALARS = ("kind", "name", "first_name", "last_name", "company", "job_title", "street", "postal_code", "city",
            "province", "country", "vat_number", "tax_code", "stage", "owner", "source", "notes", "birthday", "uid")


@dataclass
class ImportRecord:
    number: int  # the row or line of the file where the record is
    values: dict[str, str] = field(default_factory=dict)
    lists: dict[str, list[str]] = field(default_factory=dict)
    problem: str = ""
    detail: str = ""
    # the vCard's address label and second phone types are dropped: the draft keeps the first address


@dataclass(frozen=True)
class RecordDraft:
    draft: PartyDraft | None  # None once checked in a worker process: the plan needs only the cleaned values
    company: str  # the name of a person's company ("" for none or for a company)
    external_uid: str  # the UID of a vCard ("" for none)
    given: frozenset[str]  # the fields the record gave a value for (an update changes only those)


def split_list(field_name: str, text: str) -> list[str]:
    values = [v for v in map(str.strip, _SPLITTERS[field_name].split(text.strip())) if v]
    if field_name == "tags":  # Google's "* myContacts" and "* starred" are not labels people chose
        values = [v for v in values if not v.startswith("* ")]
    return values


def record_of_row(row: RawRow, mapping: Mapping) -> ImportRecord:
    record = ImportRecord(row.number, problem=row.problem, detail=row.detail)
    for cell, field_name in zip(row.cells, mapping.fields, strict=False):
        if field_name is None:
            continue
        text = cell.strip()
        if not text:
            continue
        if field_name in LIST_FIELDS:
            record.lists.setdefault(field_name, []).extend(split_list(field_name, text))
        elif field_name == "notes" and field_name in record.values:
            record.values["notes"] += "\n" + text
        else:
            record.values.setdefault(field_name, text)
    return record


def record_of_vcard(card: VCardContact) -> ImportRecord:
    record = ImportRecord(card.line, problem=card.problem, detail=card.detail)
    values = record.values
    is_org = card.kind in VCARD_ORGANIZATION
    if is_org:
        values["kind"] = PartyKind.COMPANY
        values["name"] = card.organization or card.formatted_name
    else:
        values["first_name"], values["last_name"] = card.given_name, card.family_name
        if not (card.given_name or card.family_name):
            values["name"] = card.formatted_name
        values["company"] = card.organization
        if not (card.given_name or card.family_name or card.formatted_name) and card.organization:
            values["kind"], values["name"], values["company"] = PartyKind.COMPANY, card.organization, ""
    values["job_title"], values["notes"], values["uid"] = card.title, card.note, card.uid
    values["birthday"] = card.birthday
    if card.addresses:
        a = card.addresses[0]
        values.update(street=a.street, city=a.city, province=a.region, postal_code=a.postal_code,
                      address_country=a.country)
    extras = {"X-SMALLCRM-VAT": "vat_number", "X-SMALLCRM-TAX-CODE": "tax_code", "X-SMALLCRM-STAGE": "stage",
              "X-SMALLCRM-OWNER": "owner", "X-SMALLCRM-SOURCE": "source", "X-SMALLCRM-COUNTRY": "country"}
    for name, field_name in extras.items():
        if card.extras.get(name):
            values[field_name] = card.extras[name]
    if "address_country" in values and "country" not in values:
        values["country"] = values["address_country"]
    record.values = {k: v for k, v in values.items() if v}
    record.lists = {"email": card.emails, "phone": [number for number, _ in card.phones], "web": card.urls,
                    "tags": card.categories}
    return record


@cache
def _country_names() -> dict[str, str]:
    from babel import Locale

    names: dict[str, str] = {}
    for language in ("en", "it", "ro", "de", "fr", "es"):
        for code, name in Locale(language).territories.items():
            if len(code) == 2 and code.isalpha():
                names.setdefault(fold(name), code)
    return names


def country_code(text: str) -> str:
    """ "IT", "it", "Italy", "Italia", "România" -> the two-letter code; anything else is a ValidationError."""
    value = text.strip()
    if len(value) == 2 and value.isalpha():
        return value.upper()
    code = _country_names().get(fold(value))
    if code is None:
        raise ValidationError("country", f"Unknown country: {text}", code="country_invalid", value=text)
    return code


def parse_birthday(text: str) -> date | None:
    """ISO (1980-05-17), vCard basic (19800517), or day first (17/05/1980, 17.05.1980); a day without a year
    (--05-17) is no birthday we can store."""
    value = text.strip()
    if not value or value in _NO_BIRTHDAY or value.startswith("--"):
        return None
    try:
        if re.fullmatch(r"\d{8}", value):
            return date(int(value[:4]), int(value[4:6]), int(value[6:]))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ].*)?", value):
            return date.fromisoformat(value[:10])
        match = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", value)
        if match:
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
    except ValueError:
        pass
    raise ValidationError("birthday", f"Not a date: {text} (use 1980-05-17 or 17/05/1980)", code="date_invalid",
                          value=text)


def _kind(values: dict[str, str]) -> str:
    text = values.get("kind", "")
    if text:
        kind = _KINDS.get(fold(text)) or value_code(text, (PartyKind.PERSON, PartyKind.COMPANY))
        if kind is None:
            raise ValidationError("kind", f"Unknown kind {text}; expected person or company", code="choice_invalid",
                                  value=text, allowed="person, company")
        return kind
    if values.get("first_name") or values.get("last_name") or values.get("name"):
        return PartyKind.PERSON
    if values.get("company"):
        return PartyKind.COMPANY
    raise ValidationError("name", "A contact needs a name or a company name", code="required")


def _stage(text: str) -> str:
    """A lifecycle stage as a code, also when written in one of our languages ("Cliente abituale")."""
    return (value_code(text, [str(stage) for stage in Stage]) or text) if text else "lead"


def _split_name(full: str) -> tuple[str, str]:
    first, _, last = full.strip().rpartition(" ")
    return (first, last) if first else ("", last)


def draft_of_record(record: ImportRecord) -> RecordDraft:
    """The draft a form would have been given; a ValidationError names the field that cannot be read."""
    values = record.values
    kind = _kind(values)
    given = {k for k, v in values.items() if v} | {k for k, v in record.lists.items() if v}
    first, last, name, company = (values.get(k, "") for k in ("first_name", "last_name", "name", "company"))
    if kind == PartyKind.COMPANY:
        name, company = name or company, ""
        given.discard("company")
        if name:
            given.add("name")
    elif not (first or last) and name:
        first, last = _split_name(name)
        given |= {"first_name", "last_name"}
    if kind == PartyKind.COMPANY and not name:
        raise ValidationError("name", "A company needs a name", code="required")
    country = country_code(values["country"]) if values.get("country") else ""
    where = country_code(values["address_country"]) if values.get("address_country") else country
    address = AddressDraft(values.get("street", ""), values.get("postal_code", ""), values.get("city", ""),
                           values.get("province", ""), where)
    lists = record.lists
    draft = PartyDraft(
        kind=kind, first_name=first, last_name=last, name=name if kind == PartyKind.COMPANY else "",
        job_title=values.get("job_title", ""), stage=_stage(values.get("stage", "")), source=values.get("source", ""),
        owner=values.get("owner"), notes=values.get("notes", ""), vat_number=values.get("vat_number", ""),
        tax_code=values.get("tax_code", ""), country=country, birthday=parse_birthday(values.get("birthday", "")),
        emails=list(lists.get("email", ())), phones=list(lists.get("phone", ())),
        websites=list(lists.get("web", ())), tags=list(lists.get("tags", ())), addresses=[address],
    )
    return RecordDraft(draft, company.strip(), values.get("uid", "").strip(), frozenset(given))


def uuid_of(external_uid: str) -> str:
    """The UUID inside a vCard UID (urn:uuid:..., or bare), or "" when it is not one."""
    text = external_uid.strip().lower().removeprefix("urn:uuid:")
    try:
        return str(uuid.UUID(text)) if len(text) == 36 else ""
    except ValueError:
        return ""
