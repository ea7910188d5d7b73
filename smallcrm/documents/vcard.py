"""vCard files (RFC 2426 for 3.0, RFC 6350 for 4.0, and the 2.1 habits phones still have): read and write.

Reading unfolds continued lines, decodes QUOTED-PRINTABLE values in their CHARSET (with the soft line breaks of
vCard 2.1), unescapes ``\\,`` ``\\;`` ``\\n``, reads TYPE parameters in both the ``TYPE=work`` and the bare ``WORK``
form, keeps the PHOTO given inline (base64 in 2.1 and 3.0, a data: URI in 4.0; a link to elsewhere is only
named), and skips what a contact list does not keep (LOGO, SOUND, KEY, other binary values). Each card comes with
the line it starts on; a card cut short by the end of the file comes with a problem, not an exception.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import quopri
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from smallcrm.documents.table_source import CELL_LIMIT
from smallcrm.documents.vcard_charset import undeclared_charset
from smallcrm.documents.vcard_groups import Groups
from smallcrm.documents.vcard_handles import handle_lines, take_handle
from smallcrm.documents.vcard_lines import logical_lines

SKIPPED = {"LOGO", "SOUND", "KEY", "AGENT"}
PHOTO_LIMIT = 4 * 1024 * 1024  # base64 characters of a picture: more is no contact photo (images.MAX_BYTES)
_BARE_BASE64 = re.compile(r"[A-Za-z0-9+/\s]{64,}={0,2}")  # a picture's bytes in base64, not a link or a name
_DATA_URI = re.compile(r"(?is)^data:([\w.+-]+/[\w.+-]+)?(?:;[^,]*)?;base64,(.*)$")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_FOLD_AT = 75  # octets per line, line break excluded


@dataclass
class VCardAddress:
    types: tuple[str, ...] = ()
    street: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    country_code: str = ""  # Apple's X-ABADR beside it: the code of the address's country ("de", "uk")


@dataclass
class VCardContact:
    line: int = 0  # where BEGIN:VCARD is
    version: str = ""
    uid: str = ""
    kind: str = ""  # individual | org | group | ""
    members: list[str] = field(default_factory=list)  # a group card's members, by UID (urn:uuid:...)
    formatted_name: str = ""
    family_name: str = ""
    given_name: str = ""
    middle_name: str = ""  # N's "additional names"
    name_prefix: str = ""
    name_suffix: str = ""
    nickname: str = ""
    organization: str = ""
    department: str = ""  # ORG's units after the organisation's name
    title: str = ""
    role: str = ""  # ROLE: what the person does at the organisation (TITLE is the job title)
    emails: list[str] = field(default_factory=list)
    phones: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # value, types
    urls: list[str] = field(default_factory=list)
    ims: list[tuple[str, str]] = field(default_factory=list)  # chat addresses: the service as written, the address
    socials: list[tuple[str, str]] = field(default_factory=list)  # social profiles, the same way (vcard_handles)
    addresses: list[VCardAddress] = field(default_factory=list)
    labels: list[tuple[tuple[str, ...], str]] = field(default_factory=list)  # LABEL: an address as printed, types
    note: str = ""
    categories: list[str] = field(default_factory=list)
    birthday: str = ""
    anniversary: str = ""
    photo: bytes = b""  # an inline picture, as decoded (not yet checked to be one)
    photo_link: str = ""  # PHOTO given as a link to elsewhere, which an import does not fetch
    photo_type: str = ""  # the picture's media type, for writing it (image/jpeg)
    extras: dict[str, str] = field(default_factory=dict)  # X-SMALLCRM-... properties, by name
    problem: str = ""  # truncated | cell_too_long
    detail: str = ""


# -- reading -----------------------------------------------------------------------------------------------

def _split(text: str, separator: str) -> list[str]:
    """``text`` cut at each ``separator`` not escaped by a backslash (escapes kept for ``_unescape``)."""
    parts, current, escaped = [], [], False
    for ch in text:
        if escaped:
            current.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    if escaped:
        current.append("\\")
    parts.append("".join(current))
    return parts


def _unescape(text: str) -> str:
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _parse_line(line: str) -> tuple[str, dict[str, list[str]], str, str] | None:
    """(NAME, {PARAM: [values]}, raw value, GROUP) of a content line, or None when it is not one."""
    in_quotes, colon = False, -1
    for index, ch in enumerate(line):
        if ch == '"':
            in_quotes = not in_quotes
        elif ch == ":" and not in_quotes:
            colon = index
            break
    if colon <= 0:
        return None
    head, value = line[:colon], line[colon + 1:]
    name, *raw_params = head.split(";")
    group, _, name = name.rpartition(".")  # item1.TEL: Apple's X-ABLabel and X-ABADR name the group
    name, group = name.strip().upper(), group.strip().upper()
    params: dict[str, list[str]] = {}
    for raw in raw_params:
        key, eq, values = raw.partition("=")
        if not eq:  # vCard 2.1: ;WORK;VOICE or ;QUOTED-PRINTABLE
            bare = key.strip().upper()
            target = "ENCODING" if bare in ("QUOTED-PRINTABLE", "BASE64", "B", "8BIT") else "TYPE"
            params.setdefault(target, []).append(bare)
            continue
        params.setdefault(key.strip().upper(), []).extend(
            v.strip().strip('"') for v in values.split(","))
    return name, params, value, group


def _decoded(value: str, params: dict[str, list[str]], file_encoding: str = "utf-8",
             undeclared: str = "utf-8") -> str | None:
    """A value as text: base64 is no text (None); quoted-printable is decoded in its CHARSET, or without one in
    ``undeclared`` (the file's one reading of such values: ``vcard_charset``); a raw value with a CHARSET of its
    own (a vCard 2.1 phone's SHIFT_JIS name in a file read in another code page) is read again in it, from the
    bytes the file had."""
    encoding = [e.upper() for e in params.get("ENCODING", [])]
    if any(e in ("B", "BASE64") for e in encoding) or "BINARY" in [v.upper() for v in params.get("VALUE", [])]:
        return None
    if "QUOTED-PRINTABLE" not in encoding:
        charset = (params.get("CHARSET") or [""])[0]
        if charset and not value.isascii() and not file_encoding.lower().startswith("utf"):
            with contextlib.suppress(LookupError, UnicodeError):
                return value.encode(file_encoding).decode(charset)
        return value
    # quoted-printable: a Windows line break written as =0D=0A (Palm Desktop) is one line break
    raw = quopri.decodestring(value.encode("utf-8", errors="replace")).replace(b"\r\n", b"\n")
    charset = (params.get("CHARSET") or [undeclared])[0]
    try:
        return raw.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return raw.decode("cp1252", errors="replace")


def _types(params: dict[str, list[str]]) -> tuple[str, ...]:
    return tuple(t.lower() for t in params.get("TYPE", []) if t)


def _take(card: VCardContact, name: str, params: dict[str, list[str]], value: str) -> None:
    if name == "VERSION":
        card.version = value.strip()
    elif name == "UID":
        card.uid = _unescape(value.strip())
    elif name in ("KIND", "X-ADDRESSBOOKSERVER-KIND"):
        card.kind = value.strip().lower()
    elif name in ("MEMBER", "X-ADDRESSBOOKSERVER-MEMBER"):
        card.members.append(_unescape(value.strip()))
    elif name == "X-ABSHOWAS" and value.strip().upper() == "COMPANY":
        card.kind = "org"
    elif name == "FN":
        card.formatted_name = _unescape(value).strip()
    elif name == "N":
        parts = [_unescape(p).strip() for p in _split(value, ";")] + [""] * 5
        card.family_name, card.given_name, card.middle_name, card.name_prefix, card.name_suffix = parts[:5]
    elif name == "NICKNAME":
        card.nickname = card.nickname or ", ".join(filter(None, (_unescape(p).strip() for p in _split(value, ","))))
    elif name == "ORG":
        units = [_unescape(p).strip() for p in _split(value, ";")]
        card.organization, card.department = units[0], ", ".join(filter(None, units[1:])) or card.department
    elif name == "TITLE":
        card.title = _unescape(value).strip()
    elif name == "ROLE":
        card.role = _unescape(value).strip()
    elif name == "EMAIL":
        card.emails.append(_unescape(value).strip())
    elif name == "TEL":
        number = _unescape(value).strip()
        card.phones.append((number.removeprefix("tel:"), _types(params)))
    elif name == "URL":
        card.urls.append(_unescape(value).strip())
    elif name == "ADR":
        parts = [_unescape(p).strip() for p in _split(value, ";")] + [""] * 7
        street = ", ".join(p for p in (parts[2], parts[1], parts[0]) if p)  # street, extended, PO box
        card.addresses.append(VCardAddress(_types(params), street, parts[3], parts[4], parts[5], parts[6]))
    elif name == "LABEL":  # the address as printed on an envelope: some writers give only this
        card.labels.append((_types(params), _unescape(value).strip()))
    elif name == "NOTE":
        card.note = "\n".join(filter(None, (card.note, _unescape(value).strip())))
    elif name == "CATEGORIES":
        card.categories.extend(c for c in (_unescape(p).strip() for p in _split(value, ",")) if c)
    elif name == "BDAY":
        card.birthday = value.strip()
    elif name in ("ANNIVERSARY", "X-ANNIVERSARY", "X-MS-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY",
                  "X-KADDRESSBOOK-X-ANNIVERSARY"):
        card.anniversary = card.anniversary or value.strip()
    elif name == "X-KADDRESSBOOK-X-DEPARTMENT":  # KAddressBook's department, where others write ORG's unit
        card.department = card.department or _unescape(value).strip()
    elif name.startswith("X-SMALLCRM-"):
        card.extras[name] = _unescape(value).strip()
    else:
        take_handle(card, name, params, value)


def _photo(card: VCardContact, params: dict[str, list[str]], value: str) -> None:
    """An inline picture (``ENCODING=b``/``BASE64`` of 2.1 and 3.0, or 4.0's data: URI) as bytes; a link
    (``VALUE=uri`` to a server) only as its address: an import fetches nothing from the network."""
    if card.photo or len(value) > PHOTO_LIMIT:
        return
    text = value.strip()
    if "\\" in text[:64]:  # a data: URI escaped as text (CardBook: "data:image/jpeg\;base64\,...")
        text = text.replace("\\;", ";").replace("\\,", ",")
    encoding = {e.upper() for e in params.get("ENCODING", [])}
    match = _DATA_URI.match(text)
    if match:
        text = match.group(2)
    elif not encoding & {"B", "BASE64"} and not _BARE_BASE64.fullmatch(text[:4096]):
        # a link to elsewhere; base64 with no ENCODING said (Thunderbird's "binary valuetype" card) is read below
        card.photo_link = text if text.lower().startswith(("http:", "https:")) else card.photo_link
        return
    try:
        card.photo = base64.b64decode("".join(text.split()), validate=False)
    except (binascii.Error, ValueError):
        card.photo = b""


_GROUPED = frozenset({"TEL", "ADR", "X-ABLABEL", "X-ABADR"})  # Apple's grouped properties: vcard_groups


def read_vcards(text: str, encoding: str = "utf-8", undeclared: str | None = None) -> Iterator[VCardContact]:
    """Each card of the text, in order; lines outside BEGIN:VCARD ... END:VCARD are ignored. ``encoding``: the
    code page the file was read in (a value with a CHARSET of its own is read again in that). ``undeclared``: the
    code page of quoted-printable values with no CHARSET (None: found once for the whole file)."""
    undeclared = undeclared or undeclared_charset(text)
    card: VCardContact | None = None
    grouped = Groups()
    depth = 0
    for number, line in logical_lines(text):
        parsed = _parse_line(line)
        if parsed is None:
            continue
        name, params, value, group = parsed
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            depth += 1
            if depth == 1:
                if card is not None:  # a card without END: the next one begins
                    card.problem, card.detail = "truncated", "the card has no END:VCARD"
                    yield card
                card = VCardContact(line=number)
                grouped = Groups()
            continue
        if card is None:
            continue
        if name == "END" and value.strip().upper() == "VCARD":
            depth -= 1
            if depth <= 0:
                depth = 0
                grouped.apply(card)
                yield card
                card = None
            continue
        if depth > 1 or name in SKIPPED:
            continue
        if name == "PHOTO":
            _photo(card, params, value)
            continue
        decoded = _decoded(value, params, encoding, undeclared)
        if decoded is None:
            continue
        if len(decoded) > CELL_LIMIT:
            card.problem = "cell_too_long"
            card.detail = f"{name} holds {len(decoded):,} characters (at most {CELL_LIMIT:,})"
            continue
        if group and name in _GROUPED:
            grouped.note(group, name, card, _unescape(decoded).strip())
        _take(card, name, params, decoded)
    if card is not None:
        card.problem, card.detail = "truncated", "the file ends inside this card (no END:VCARD)"
        grouped.apply(card)
        yield card


def looks_like_vcard(text: str) -> bool:
    return "BEGIN:VCARD" in text[:65536].upper()


# -- writing -----------------------------------------------------------------------------------------------

def escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> str:
    """A content line cut into lines of at most 75 octets, never inside a UTF-8 character."""
    data = line.encode("utf-8")
    if len(data) <= _FOLD_AT:
        return line
    pieces, current, size, limit = [], [], 0, _FOLD_AT
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, _FOLD_AT - 1  # continuation lines start with a space
        current.append(ch)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _property(name: str, value: str, params: str = "") -> str:
    return fold(f"{name}{params}:{value}")


def write_vcard(contact: VCardContact, schemes: dict[str, str] | None = None) -> str:
    """One vCard 4.0 (values escaped, lines folded, CRLF line ends); ``schemes``: the URI scheme of each chat
    service, for IMPP."""
    lines = ["BEGIN:VCARD", "VERSION:4.0"]
    if contact.uid:
        lines.append(_property("UID", contact.uid))
    if contact.kind:
        lines.append(_property("KIND", contact.kind))
    lines.append(_property("FN", escape(contact.formatted_name)))
    lines.append(_property("N", ";".join(escape(p) for p in (contact.family_name, contact.given_name,
                                                              contact.middle_name, contact.name_prefix,
                                                              contact.name_suffix))))
    if contact.nickname:
        lines.append(_property("NICKNAME", escape(contact.nickname)))
    if contact.organization or contact.department:
        units = [contact.organization] + ([contact.department] if contact.department else [])
        lines.append(_property("ORG", ";".join(escape(u) for u in units)))
    if contact.title:
        lines.append(_property("TITLE", escape(contact.title)))
    if contact.role:
        lines.append(_property("ROLE", escape(contact.role)))
    for index, email in enumerate(contact.emails, 1):
        lines.append(_property("EMAIL", escape(email), f";PREF={index}"))
    for index, (number, types) in enumerate(contact.phones, 1):
        type_param = f";TYPE={','.join(types)}" if types else ""
        lines.append(_property("TEL", escape(number), f"{type_param};PREF={index}"))
    for url in contact.urls:
        lines.append(_property("URL", url))
    for name, params, value in handle_lines(contact.ims, contact.socials, schemes or {}):
        lines.append(_property(name, value, params))
    for a in contact.addresses:
        type_param = f";TYPE={','.join(a.types)}" if a.types else ""
        parts = ("", "", a.street, a.city, a.region, a.postal_code, a.country)
        lines.append(_property("ADR", ";".join(escape(p) for p in parts), type_param))
    if contact.categories:
        lines.append(_property("CATEGORIES", ",".join(escape(c) for c in contact.categories)))
    if contact.birthday:
        lines.append(_property("BDAY", contact.birthday))
    if contact.anniversary:
        lines.append(_property("ANNIVERSARY", contact.anniversary))
    if contact.note:
        lines.append(_property("NOTE", escape(contact.note)))
    for name, value in contact.extras.items():
        if value:
            lines.append(_property(name, escape(value)))
    if contact.photo:
        lines.append(_property("PHOTO", f"data:{contact.photo_type};base64,"
                                        f"{base64.b64encode(contact.photo).decode('ascii')}"))
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def write_vcards(contacts: Iterable[VCardContact], schemes: dict[str, str] | None = None) -> Iterator[str]:
    for contact in contacts:
        yield write_vcard(contact, schemes)
