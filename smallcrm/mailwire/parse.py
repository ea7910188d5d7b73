"""A received message (bytes) as plain values: who, when, what, and its files. Never raises on bad input:
malformed MIME, unknown charsets and missing headers give the best reading there is, with ``notes`` saying what
was left out. Also the one reading of an e-mail address for matching it to contact points (``address_key``)."""

from __future__ import annotations

import contextlib
import hashlib
import mimetypes
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes
from email.header import decode_header
from email.message import Message
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime

from smallcrm.domain import ContactKind
from smallcrm.mailwire.big_parts import BigParts
from smallcrm.mailwire.html_text import html_to_text
from smallcrm.validation import contact_match_key

MB = 1024 * 1024
MAX_BODY_CHARS = 1_000_000  # a timeline entry, not an archive: longer text is cut with a note
MAX_DEPTH = 40  # nested multiparts deeper than this are not read (crafted messages)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_MESSAGE_ID = re.compile(r"<[^<>\s]{1,900}>")


@dataclass(frozen=True)
class MailAddress:
    name: str
    address: str

    @property
    def key(self) -> str:
        return address_key(self.address)


@dataclass(frozen=True)
class MailFile:
    file_name: str
    media_type: str
    data: bytes


@dataclass
class ParsedMail:
    message_id: str
    sender: MailAddress | None
    to: list[MailAddress]
    cc: list[MailAddress]
    sent_at: datetime | None  # naive UTC; None when the Date header is missing or unreadable
    subject: str
    body: str
    files: list[MailFile] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was left out or could not be read, in English
    size: int = 0
    made_up_id: bool = False  # no Message-ID header: ``message_id`` is a stable hash of the contents

    @property
    def recipients(self) -> list[MailAddress]:
        return self.to + self.cc

    @property
    def looks_empty(self) -> bool:
        """No header of a mail in it (sender, recipients, subject, date, Message-ID): not a message at all."""
        return not (self.sender or self.recipients or self.subject or self.sent_at or not self.made_up_id)


def address_key(address: str) -> str:
    """What an address must share with an e-mail contact point to match it: folded, IDNA domain as Unicode."""
    local, at, domain = address.strip().rpartition("@")
    if not at:
        return contact_match_key(ContactKind.EMAIL, address.strip())
    if "xn--" in domain.lower():
        with contextlib.suppress(UnicodeError):
            domain = domain.encode("ascii").decode("idna")
    return contact_match_key(ContactKind.EMAIL, f"{local}@{domain.lower()}")


def decode_text(data: bytes, charset: str | None) -> str:
    """Bytes in a declared charset; an unknown or wrong one falls back to UTF-8, then Windows-1252, replacing."""
    if charset and charset.lower() not in ("unknown-8bit", "x-unknown"):
        try:
            return data.decode(charset.strip().strip('"'), errors="replace")
        except (LookupError, ValueError, TypeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def one_line(text: str) -> str:
    """A header value safe to show and to reuse in a header: no line breaks or control characters."""
    return " ".join(_CONTROL.sub(" ", text).split())


def header_text(message: Message, name: str) -> str:
    """A header decoded from RFC 2047 encoded words, on one line ('' when missing or unreadable)."""
    try:
        value = message.get(name)
        if value is None:
            return ""
        parts = decode_header(value)
    except Exception:  # a header the library cannot split: show it as it is
        return one_line(str(message.get(name, "")))
    text = "".join(part if isinstance(part, str) else decode_text(part, charset) for part, charset in parts)
    return one_line(text)


def _addresses(message: Message, name: str) -> list[MailAddress]:
    try:
        values = message.get_all(name) or []
        pairs = getaddresses([str(v) for v in values])
    except Exception:
        return []
    found: list[MailAddress] = []
    for display, address in pairs:
        address = one_line(address).strip("<>")
        local, at, domain = address.rpartition("@")
        if not (local and at and domain):
            continue
        address = f"{local}@{domain.lower()}"
        with contextlib.suppress(Exception):
            display = "".join(p if isinstance(p, str) else decode_text(p, c) for p, c in decode_header(display))
        found.append(MailAddress(one_line(display).strip("'\" "), address))
    return found


def _sent_at(message: Message) -> datetime | None:
    value = header_text(message, "Date")
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(value)
        if moment.tzinfo is None:  # "-0000": the time is UTC with no zone known
            return moment
        return moment.astimezone(UTC).replace(tzinfo=None)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _message_id(message: Message) -> str:
    found = _MESSAGE_ID.search(header_text(message, "Message-ID"))
    return found.group(0) if found else ""


def _stand_in_id(mail: ParsedMail) -> str:
    """A stable Message-ID for a message without one: the same message read twice gets the same one."""
    parts = [mail.sender.key if mail.sender else "", ",".join(a.key for a in mail.recipients),
             mail.sent_at.isoformat() if mail.sent_at else "", mail.subject, mail.body]
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "replace")).hexdigest()
    return f"<{digest[:40]}@no-message-id.smallcrm.invalid>"


def _file_name(part: Message, media_type: str, index: int) -> str:
    try:
        name = part.get_filename() or ""
        if name:
            name = "".join(p if isinstance(p, str) else decode_text(p, c) for p, c in decode_header(name))
    except Exception:
        name = ""
    name = one_line(name)
    if not name:
        extension = ".eml" if media_type == "message/rfc822" else (mimetypes.guess_extension(media_type) or ".bin")
        name = f"attachment-{index}{extension}"
    return name


def _is_attachment(part: Message, media_type: str) -> bool:
    disposition = str(part.get("Content-Disposition", "")).split(";")[0].strip().lower()
    if disposition == "attachment":
        return True
    try:
        named = bool(part.get_filename())
    except Exception:
        named = False
    return named or not media_type.startswith("text/")


def _payload(part: Message, big: BigParts) -> bytes:
    restored = big.payload(part)
    if restored is not None:
        return restored
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    return raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""


class _Reader:
    def __init__(self, max_attachment_bytes: int, big: BigParts) -> None:
        self.limit = max_attachment_bytes
        self.big = big
        self.plain: list[str] = []
        self.html: list[str] = []
        self.files: list[MailFile] = []
        self.notes: list[str] = []

    def read(self, part: Message, depth: int = 0) -> None:
        if depth > MAX_DEPTH:
            self.notes.append("Parts nested too deeply were not read")
            return
        try:
            media_type = part.get_content_type().lower()
        except Exception:
            media_type = "text/plain"
        if media_type == "message/rfc822" or (part.is_multipart() and media_type.startswith("message/")):
            self._attach(part, media_type, self._forwarded_bytes(part))
            return
        if part.is_multipart():
            for child in part.get_payload() or []:
                if isinstance(child, Message):
                    self.read(child, depth + 1)
            return
        if _is_attachment(part, media_type):
            self._attach(part, media_type, _payload(part, self.big))
            return
        text = decode_text(_payload(part, self.big), part.get_content_charset())
        (self.html if media_type == "text/html" else self.plain).append(text)

    def _forwarded_bytes(self, part: Message) -> bytes:
        inner = part.get_payload()
        if isinstance(inner, list) and inner and isinstance(inner[0], Message):
            try:
                return self.big.restore(inner[0].as_bytes(policy=compat32))
            except Exception:
                return self.big.restore(str(inner[0]).encode("utf-8", "replace"))
        return _payload(part, self.big)

    def _attach(self, part: Message, media_type: str, data: bytes) -> None:
        name = _file_name(part, media_type, len(self.files) + 1)
        if len(data) > self.limit:
            self.notes.append(f"Attachment {name} ({len(data) / MB:.1f} MB) not kept: over the "
                              f"{self.limit / MB:g} MB limit")
            return
        self.files.append(MailFile(name, media_type, data))

    def body(self) -> str:
        if any(t.strip() for t in self.plain):
            text = "\n\n".join(t.strip() for t in self.plain if t.strip())
        else:
            text = "\n\n".join(html_to_text(t) for t in self.html)
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
        if len(text) > MAX_BODY_CHARS:
            self.notes.append(f"Text cut after {MAX_BODY_CHARS:,} characters")
            text = text[:MAX_BODY_CHARS]
        return text


def parse_message(raw: bytes, max_attachment_bytes: int = 25 * MB) -> ParsedMail:
    """Read a message as it came from the server or a file (any bytes: the worst gives an empty reading)."""
    try:
        big = BigParts(raw)
        message = message_from_bytes(big.raw, policy=compat32)
    except Exception:  # the parser is lenient by design; this is the last guard
        big, message = BigParts(b""), Message()
    reader = _Reader(max_attachment_bytes, big)
    try:
        reader.read(message)
    except RecursionError:
        reader.notes.append("Parts nested too deeply were not read")
    try:
        malformed = any(getattr(p, "defects", None) for p in message.walk())
    except RecursionError:
        malformed = True
    if malformed:
        reader.notes.append("The message is not well formed; it was read as far as possible")
    senders = _addresses(message, "From") or _addresses(message, "Sender")
    mail = ParsedMail(
        message_id=_message_id(message), sender=senders[0] if senders else None,
        to=_addresses(message, "To"), cc=_addresses(message, "Cc"), sent_at=_sent_at(message),
        subject=header_text(message, "Subject"), body=reader.body(), files=reader.files, notes=reader.notes,
        size=len(raw))
    if not mail.message_id:
        mail.message_id, mail.made_up_id = _stand_in_id(mail), True
    return mail
