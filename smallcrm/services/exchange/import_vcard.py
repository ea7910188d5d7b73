"""An import's records from vCards: a card's fields as an import row's values (``import_records`` checks them).

The types of numbers and addresses come from their TYPE parameters (or Apple's labels, read by the vCard reader);
an address may come whole in its street (Cozy), or only as printed (LABEL), or with its country as Apple's code.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace

from smallcrm.documents.vcard import VCardAddress, VCardContact
from smallcrm.domain import PartyKind
from smallcrm.services.exchange.import_countries import country_of
from smallcrm.services.exchange.import_records import PHONE_LABELS, UNREAD_COUNTRIES, ImportRecord
from smallcrm.services.parties.handles import handle_text, service_name

VCARD_ORGANIZATION = frozenset({"org", "organization"})
VCARD_GROUP = frozenset({"group"})  # KIND:group (RFC 6350), Apple's X-ADDRESSBOOKSERVER-KIND:group
_PHONE_TYPES = (("fax", "fax"), ("pager", "pager"), ("x-whatsapp", "whatsapp"), ("whatsapp", "whatsapp"),
                ("cell", "mobile"), ("mobile", "mobile"), ("iphone", "mobile"), ("work", "work"),
                ("home", "home"))


def address_label(types: tuple[str, ...]) -> str:
    """ "work", "home" or "" from a vCard address's TYPE parameters."""
    folded = {t.strip().lower() for t in types}
    return next((label for label in ("work", "home") if label in folded), "")


def phone_label(types: tuple[str, ...]) -> str:
    """The label of a vCard number from its TYPE parameters: a fax or a pager first (they are no numbers to
    call), then mobile, work, home."""
    folded = {t.strip().lower() for t in types}
    return next((label for vcard_type, label in _PHONE_TYPES if vcard_type in folded), "")


def record_of_vcard(card: VCardContact, photos: bool = True) -> ImportRecord:
    """``photos`` False: the pictures are left out (an import that should not fill the file with images)."""
    record = ImportRecord(card.line, problem=card.problem, detail=card.detail, photo=card.photo if photos else b"")
    if photos and card.photo_link:
        record.values["photo_link"] = card.photo_link
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
    if not is_org and values.get("kind") != PartyKind.COMPANY:
        values.update(name_prefix=card.name_prefix, middle_name=card.middle_name, name_suffix=card.name_suffix)
    values["job_title"], values["notes"], values["uid"] = card.title, card.note, card.uid
    values["role"] = card.role if values.get("company") else ""
    values.update(birthday=card.birthday, anniversary=card.anniversary, nickname=card.nickname,
                  department=card.department)
    addresses = [_whole_in_street(a) for a in card.addresses] or \
        [_labelled(types, text) for types, text in card.labels if text]
    countries = [_address_country(a, record) for a in addresses]
    if addresses:
        a = addresses[0]
        values.update(street=a.street, city=a.city, province=a.region, postal_code=a.postal_code,
                      address_country=countries[0], address_label=address_label(a.types))
        record.more_addresses = [(address_label(a.types), a.street, a.postal_code, a.city, a.region, country)
                                 for a, country in zip(addresses[1:], countries[1:], strict=True)]
    extras = {"X-SMALLCRM-VAT": "vat_number", "X-SMALLCRM-TAX-CODE": "tax_code", "X-SMALLCRM-STAGE": "stage",
              "X-SMALLCRM-OWNER": "owner", "X-SMALLCRM-SOURCE": "source", "X-SMALLCRM-COUNTRY": "country"}
    for name, field_name in extras.items():
        if card.extras.get(name):
            values[field_name] = card.extras[name]
    if "address_country" in values and "country" not in values:
        values["country"] = values["address_country"]
    record.values = {k: v for k, v in values.items() if v}
    record.lists = {**record.lists, "email": card.emails, "phone": [number for number, _ in card.phones],
                    "web": card.urls, "tags": card.categories,
                    "im": [handle_text(service_name(s), v) for s, v in card.ims],
                    "social": [handle_text(service_name(s), v) for s, v in card.socials],
                    PHONE_LABELS: [phone_label(types) for _, types in card.phones]}
    return record


def _uid_key(uid: str) -> str:
    return uid.strip().lower().removeprefix("urn:uuid:")


def records_of_vcards(cards: Iterable[VCardContact], photos: bool,
                      groups: dict[str, tuple[int, int]]) -> Iterator[ImportRecord]:
    """The records of a file's cards. A group card (Apple's, iCloud's, RFC 6350's KIND:group) is no contact: its
    members in the file (by UID) get its name as a tag, and ``groups`` says its name with how many members it
    has and how many of them are in the file (the preview shows it)."""
    cards = list(cards)
    uids = {_uid_key(card.uid) for card in cards if card.uid}
    tags: dict[str, list[str]] = defaultdict(list)
    for card in cards:
        if card.kind in VCARD_GROUP:
            name = card.formatted_name or card.family_name or card.organization
            members = {_uid_key(m) for m in card.members}
            groups[name] = (len(members), len(members & uids))
            for member in members:
                tags[member].append(name)
    for card in cards:
        if card.kind not in VCARD_GROUP:
            record = record_of_vcard(card, photos)
            if card.uid and _uid_key(card.uid) in tags:
                record.lists["tags"] = [*record.lists["tags"], *tags[_uid_key(card.uid)]]
            yield record


def _labelled(types: tuple[str, ...], text: str) -> VCardAddress:
    """An address a card gives only as printed (LABEL, and no ADR): its lines as the street, the last line as the
    country when it names one ("Hong Kong"); the rest is not split, as the order of a city and its postcode
    differs from country to country."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]  # (a QP soft break's spaces)
    country = lines.pop() if len(lines) > 1 and country_of(lines[-1]) is not None else ""
    return VCardAddress(types, ", ".join(lines), country=country)


def _whole_in_street(address: VCardAddress) -> VCardAddress:
    """An address written whole into the street ("8 Forest Dale Trail, Boroon, Philippines", Cozy): its last
    part is the country when it names one, so that the address and its numbers are read in that country."""
    if address.city or address.postal_code or address.region or address.country or "," not in address.street:
        return address
    street, _, last = address.street.rpartition(",")
    if country_of(last.strip()) is None:
        return address
    return replace(address, street=street.strip(), country=last.strip())


def _address_country(address: VCardAddress, record: ImportRecord) -> str:
    """The country of a vCard address as written, or Apple's X-ABADR code beside it when the text is missing
    or no country anyone knows (the text is then kept for review: ``draft_of_record``)."""
    code = address.country_code
    if not code or country_of(code) is None or (address.country and country_of(address.country) is not None):
        return address.country
    if address.country:
        record.lists.setdefault(UNREAD_COUNTRIES, []).append(address.country)
    return code
