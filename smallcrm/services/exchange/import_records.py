"""From a row of a file (or a vCard) to what a form would have been given: a ``PartyDraft``, plus the name of
the person's company and the vCard UID the record came with."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from smallcrm.documents.export_labels import value_code
from smallcrm.documents.table_source import RawRow
from smallcrm.domain import PartyKind, Stage
from smallcrm.errors import ValidationError
from smallcrm.services.exchange.import_countries import country_of
from smallcrm.services.exchange.import_layouts import (
    HANDLE_FIELDS,
    IM_SERVICE,
    LIST_FIELDS,
    PHONE_TYPE,
    SECOND_ADDRESS,
    Mapping,
    address_number,
    phone_label_of,
    service_of_header,
)
from smallcrm.services.parties.handles import handle_text, service_name, split_handle
from smallcrm.services.parties.parties import AddressDraft, PartyDraft
from smallcrm.text import fold

_SPLITTERS = {
    "email": re.compile(r"\s*(?::::|[;,])\s*"),  # and spaces, between whole addresses only: split_list
    "phone": re.compile(r"\s*(?::::|;|\n)\s*"),
    # a web address may hold ";" (a path parameter) but never a space: only "; " or a space separates two
    "web": re.compile(r"\s*:::\s*|;?\s+|;$"),
    "tags": re.compile(r"\s*(?::::|[;,\n])\s*"),
    # chat and social addresses ("skype: joe; aim: joe2"): one a line, or after "; " or Google's " ::: "
    "im": re.compile(r"\s*:::\s*|;\s+|;$|\n"),
    "social": re.compile(r"\s*:::\s*|;\s+|;$|\n"),
}
_KINDS = {
    **dict.fromkeys(("person", "persona", "individual", "persoana", "persoană", "privato", "contact", "contatto"),
                    PartyKind.PERSON),
    **dict.fromkeys(("company", "azienda", "organization", "organisation", "org", "societa", "società", "ditta",
                     "companie", "firma", "firmă", "organizzazione"), PartyKind.COMPANY),
}
# the vCard KIND values of an organisation (RFC 6350 says "org"; some writers spell it out): file-format words
_NO_BIRTHDAY = {"0/0/00", "0.0.00", "00/00/0000", "0000-00-00"}  # Outlook's "no date", in English and German
_DETAILS = ("name_prefix", "middle_name", "name_suffix", "nickname", "department")  # texts taken as they are


PHONE_LABELS = "phone_label"  # a record's list of its phones' labels, in the order of its phones
@dataclass
class ImportRecord:
    number: int  # the row or line of the file where the record is
    values: dict[str, str] = field(default_factory=dict)
    lists: dict[str, list[str]] = field(default_factory=dict)
    problem: str = ""
    detail: str = ""
    # a vCard's addresses after its first (whose parts are in ``values``): label, street, postcode, city,
    # region, country as written
    more_addresses: list[tuple[str, str, str, str, str, str]] = field(default_factory=list)
    photo: bytes = b""  # a vCard's inline picture, as decoded (checked with the row)


@dataclass(frozen=True)
class Problem:
    """A value of a record that cannot be read: kept on the contact for review, listed in the import's report."""

    field: str
    value: str
    reason: str
    code: str


@dataclass(frozen=True)
class RecordDraft:
    draft: PartyDraft | None  # None once checked in a worker process: the plan needs only the cleaned values
    company: str  # the name of a person's company ("" for none or for a company)
    external_uid: str  # the UID of a vCard ("" for none)
    given: frozenset[str]  # the fields the record gave a value for (an update changes only those)
    problems: list[Problem] = field(default_factory=list)  # the values that could not be read
    photo: tuple[str, bytes] | None = None  # media type and bytes of a picture that was checked
    role: str = ""  # the person's role at their company (vCard ROLE), on the link to it
    read_in: str = ""  # the user's region, when numbers without a country code on a row without one were read in it


def split_list(field_name: str, text: str) -> list[str]:
    values = [v for v in map(str.strip, _SPLITTERS[field_name].split(text.strip())) if v]
    if field_name == "email":  # "a@x.it b@y.it" is two addresses, "n.van kessel@x.de" one (with a space: for review)
        values = [piece for v in values for piece in (v.split() if all("@" in p for p in v.split()) else [v])]
    elif field_name == "tags":  # Google's "* myContacts" and "* starred" are not labels people chose
        values = [v for v in values if not v.startswith("* ")]
    return values


@lru_cache(maxsize=64)
def _column_labels(headers: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(phone_label_of(h) for h in headers)


def record_of_row(row: RawRow, mapping: Mapping) -> ImportRecord:
    """A row's cells by the fields they feed: lists split, each number with its type (the column's, or the
    type column before it), a second address set apart with its type."""
    record = ImportRecord(row.number, problem=row.problem, detail=row.detail)
    labels: list[str] | None = None  # the phones' types, once a column gives one
    typed = ""  # a "Phone 1 - Type" cell, for the number in the column after it
    further: dict[str, dict[str, str]] = {}  # the addresses after the first, by their number in the header
    for index, (cell, field_name) in enumerate(zip(row.cells, mapping.fields, strict=False)):
        if field_name is None:
            continue
        text = cell.strip()
        if not text:
            continue
        if field_name in (PHONE_TYPE, IM_SERVICE):
            typed = text
        elif field_name in HANDLE_FIELDS:  # each address with its service: its own, the column's, the header's
            service = service_name(typed or service_of_header(mapping.headers[index]))
            record.lists.setdefault(field_name, []).extend(
                v if split_handle(v)[0] else handle_text(service, v) for v in split_list(field_name, text))
            typed = ""
        elif field_name in ("phone", "fax"):
            numbers = split_list("phone", text)
            phones = record.lists.setdefault("phone", [])
            label = "fax" if field_name == "fax" else \
                phone_label_of(typed) if typed else _column_labels(mapping.headers)[index]
            if label or labels is not None:
                labels = labels if labels is not None else [""] * len(phones)
                labels.extend([label] * len(numbers))
            phones.extend(numbers)
            typed = ""
        elif field_name in LIST_FIELDS:
            record.lists.setdefault(field_name, []).extend(split_list(field_name, text))
        elif field_name in SECOND_ADDRESS or field_name == "address2_type":
            group = further.setdefault(address_number(mapping.headers[index]), {})
            group[field_name] = text
            if field_name == "address2_street":  # Outlook's "Home Street": a home address unless a type says
                group.setdefault("address2_type", phone_label_of(mapping.headers[index]))
        elif field_name == "notes" and field_name in record.values:
            record.values["notes"] += "\n" + text
        else:
            record.values.setdefault(field_name, text)
    if labels is not None:
        record.lists[PHONE_LABELS] = labels
    values = record.values
    if "address_type" in values:
        values["address_label"] = _address_type(values.pop("address_type"))
    for group in further.values():
        label = _address_type(group.get("address2_type", ""))
        if any(name in group for name in SECOND_ADDRESS):
            parts = [group.get(name, "") for name in SECOND_ADDRESS]  # street, postcode, city, province, country
            record.more_addresses.append((label, *parts))
            if label == "home" and ("street" in values or "city" in values):  # Outlook's business address
                values.setdefault("address_label", "work")
    return record




def _address_type(text: str) -> str:
    """ "work", "home" or "" from a type column ("Home", "* Work", "Business")."""
    label = phone_label_of(text)
    return label if label in ("work", "home") else ""


UNREAD_COUNTRIES = "country_text"  # a record's list of country names read instead from Apple's X-ABADR


def country_code(text: str) -> str:
    """ "IT", "ITA", "Italy", "Italia", "U.S.A.", "England" -> the two-letter code; anything else is a
    ValidationError (an import keeps the text and warns: ``draft_of_record``)."""
    code = country_of(text)
    if code is None:
        raise ValidationError("country", f"Unknown country: {text}", code="country_invalid", value=text)
    return code


def parse_birthday(text: str) -> date | None:
    """ISO (1980-05-17), vCard basic (19800517), or day first (17/05/1980, 17.05.1980); a day without a year
    (--05-17, or in the year 1604 that Apple Contacts and CardBook write for "no year") is no date we can
    store: a ValidationError ``date_without_year``, so that an import keeps it for review instead of losing it."""
    value = text.strip()
    if not value or value in _NO_BIRTHDAY:
        return None
    if value.startswith(("--", "1604")):
        raise ValidationError("birthday", f"A day without a year ({text}) is kept for review, not as a date",
                              code="date_without_year", value=text)
    try:
        if re.fullmatch(r"\d{8}(T.*)?", value):  # a time after the day (19531015T231000Z) is no part of it
            value = value[:8]
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


def _kind(values: dict[str, str], lists: dict[str, list[str]], problems: list[Problem]) -> str:
    text = values.get("kind", "")
    if text:
        kind = _KINDS.get(fold(text)) or value_code(text, (PartyKind.PERSON, PartyKind.COMPANY))
        if kind is not None:
            return kind
        problems.append(Problem("kind", text, f"Unknown kind {text}; expected person or company",
                                "choice_invalid"))
    if values.get("first_name") or values.get("last_name"):
        return PartyKind.PERSON
    # a display name that is the organisation's (Thunderbird's company-only card) names the company
    if values.get("name") and fold(values["name"]) != fold(values.get("company", "")):
        return PartyKind.PERSON
    if values.get("company"):
        return PartyKind.COMPANY
    if lists.get("email") or lists.get("phone") or _address_name(values):  # known by an e-mail, a number or
        return PartyKind.PERSON  # an address only (a row of an old address book that kept nothing else)
    raise ValidationError("name", "A contact needs a name or a company name", code="required")


def _address_name(values: dict[str, str]) -> str:
    """What a contact known only by its address is shown by: the street's first line, else the city."""
    street = values.get("street", "").strip()
    return street.splitlines()[0].strip(" ,;") if street else values.get("city", "").strip()


def _stage(text: str) -> str:
    """A lifecycle stage as a code, also when written in one of our languages ("Cliente abituale")."""
    return (value_code(text, [str(stage) for stage in Stage]) or text) if text else "lead"


def _split_name(full: str) -> tuple[str, str]:
    first, _, last = full.strip().rpartition(" ")
    return (first, last) if first else ("", last)


def _country(text: str, field_name: str, problems: list[Problem]) -> str:
    """The code of a country, or "" with a problem: the text is kept for review, never a reason to refuse."""
    if not text:
        return ""
    code = country_of(text)
    if code is None:
        problems.append(Problem(field_name, text, f"Unknown country: {text}", "country_unknown"))
        return ""
    return code


def _date(text: str, field_name: str, problems: list[Problem]) -> date | None:
    """A birthday or an anniversary, or None with a problem (the text kept for review)."""
    try:
        return parse_birthday(text)
    except ValidationError as error:
        problems.append(Problem(field_name, text, error.message, error.code))
        return None


def draft_of_record(record: ImportRecord) -> RecordDraft:
    """The draft a form would have been given, with what is readable; each value that is not is a problem of
    the draft (kept for review), and only a record with nothing to know a contact by is a ValidationError."""
    values = record.values
    problems: list[Problem] = []
    kind = _kind(values, record.lists, problems)
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
    elif not (first or last):  # known only by an e-mail, a number or an address: that is the name it is shown
        # by (not a name it gives: "given" leaves it out, so that it renames no one it matches)
        last = next(iter(record.lists.get("email", ())), "") or next(iter(record.lists.get("phone", ())), "") \
            or _address_name(values)
    if kind == PartyKind.COMPANY and not name:
        raise ValidationError("name", "A company needs a name", code="required")
    country_text = values.get("country")
    country = _country(country_text, "country", problems) if country_text else ""  # (most rows have none)
    address_text = values.get("address_country", "")
    where = country if not address_text or address_text == country_text else \
        _country(address_text, "country", problems)
    addresses = [AddressDraft(values.get("street", ""), values.get("postal_code", ""), values.get("city", ""),
                              values.get("province", ""), where, values.get("address_label", ""))]
    for label, street, postal_code, city, region, country_text in record.more_addresses:
        addresses.append(AddressDraft(street, postal_code, city, region,
                                      _country(country_text, "country", problems) if country_text else where, label))
    lists = record.lists
    problems += [Problem("country", text, f"Unknown country: {text}", "country_unknown")
                 for text in lists.get(UNREAD_COUNTRIES, ())]
    draft = PartyDraft(
        kind=kind, first_name=first, last_name=last, name=name if kind == PartyKind.COMPANY else "",
        job_title=values.get("job_title", ""), stage=_stage(values.get("stage", "")), source=values.get("source", ""),
        owner=values.get("owner"), notes=values.get("notes", ""), vat_number=values.get("vat_number", ""),
        tax_code=values.get("tax_code", ""), country=country or where,
        birthday=_date(birthday, "birthday", problems) if (birthday := values.get("birthday")) else None,
        anniversary=_date(day, "anniversary", problems) if (day := values.get("anniversary")) else None,
        **{name: values.get(name, "") for name in _DETAILS}, sdi_code=values.get("sdi_code", ""),
        sdi_pec=values.get("sdi_pec", ""),
        emails=list(lists.get("email", ())), phones=list(lists.get("phone", ())),
        websites=list(lists.get("web", ())), tags=list(lists.get("tags", ())), addresses=addresses,
        ims=list(lists.get("im", ())), socials=list(lists.get("social", ())),
    )
    if "photo_link" in values:
        problems.append(Problem("photo", values["photo_link"], "A photo on another server is not fetched",
                                "photo_link"))
    role = values.get("role", "").strip()
    if role and not company.strip() and not draft.job_title:  # a role with no company to hold it: the job title
        draft.job_title, role = role, ""
    return RecordDraft(draft, company.strip(), values.get("uid", "").strip(), frozenset(given), problems,
                       role=role)


def uuid_of(external_uid: str) -> str:
    """The UUID inside a vCard UID (urn:uuid:..., or bare), or "" when it is not one."""
    text = external_uid.strip().lower().removeprefix("urn:uuid:")
    try:
        return str(uuid.UUID(text)) if len(text) == 36 else ""
    except ValueError:
        return ""
