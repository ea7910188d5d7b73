"""Composing a mail: the texts from templates per document and language, the RFC 5322 message with its files.

Every header is set through ``email.message.EmailMessage`` (policy SMTP) from values first made one line: a
carriage return or line feed in a customer's name or a subject can never start a header of its own.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parsedate_to_datetime

from smallcrm.domain import DocumentKind

PLACEHOLDERS = ("customer", "number", "total", "due_date", "company")
KINDS = tuple(DocumentKind)
LANGUAGES = ("it", "en", "ro")
_BREAKS = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")

# (kind, language) -> (subject, body); {due_date} is the validity of a quote, the due date of an invoice
DEFAULT_TEMPLATES: dict[tuple[str, str], tuple[str, str]] = {
    (DocumentKind.QUOTE, "it"): ("Preventivo {number} - {company}",
                      "Gentile {customer},\n\nin allegato trova il nostro preventivo {number} per un totale di "
                      "{total}, valido fino al {due_date}.\n\nRestiamo a disposizione per qualsiasi chiarimento.\n\n"
                      "Cordiali saluti,\n{company}"),
    (DocumentKind.QUOTE, "en"): ("Quote {number} - {company}",
                      "Dear {customer},\n\nplease find attached our quote {number} for a total of {total}, valid "
                      "until {due_date}.\n\nWe are happy to answer any questions.\n\nKind regards,\n{company}"),
    (DocumentKind.QUOTE, "ro"): ("Ofertă {number} - {company}",
                      "Stimate {customer},\n\nvă trimitem atașat oferta noastră {number}, în valoare totală de "
                      "{total}, valabilă până la {due_date}.\n\nVă stăm la dispoziție pentru orice lămurire.\n\n"
                      "Cu stimă,\n{company}"),
    (DocumentKind.INVOICE, "it"): ("Fattura {number} - {company}",
                        "Gentile {customer},\n\nin allegato trova la fattura {number} di {total}, con scadenza il "
                        "{due_date}.\n\nCordiali saluti,\n{company}"),
    (DocumentKind.INVOICE, "en"): ("Invoice {number} - {company}",
                        "Dear {customer},\n\nplease find attached invoice {number} for {total}, due on "
                        "{due_date}.\n\nKind regards,\n{company}"),
    (DocumentKind.INVOICE, "ro"): ("Factura {number} - {company}",
                        "Stimate {customer},\n\nvă trimitem atașat factura {number} în valoare de {total}, cu "
                        "scadența la {due_date}.\n\nCu stimă,\n{company}"),
    (DocumentKind.CREDIT_NOTE, "it"): ("Nota di credito {number} - {company}",
                            "Gentile {customer},\n\nin allegato trova la nota di credito {number} di {total}."
                            "\n\nCordiali saluti,\n{company}"),
    (DocumentKind.CREDIT_NOTE, "en"): ("Credit note {number} - {company}",
                            "Dear {customer},\n\nplease find attached credit note {number} for {total}."
                            "\n\nKind regards,\n{company}"),
    (DocumentKind.CREDIT_NOTE, "ro"): ("Notă de credit {number} - {company}",
                            "Stimate {customer},\n\nvă trimitem atașat nota de credit {number} în valoare de "
                            "{total}.\n\nCu stimă,\n{company}"),
}


@dataclass(frozen=True)
class MailFile:
    file_name: str
    data: bytes
    media_type: str = "application/pdf"


@dataclass(frozen=True)
class ReadMail:
    """What a stored message says, read back for the timeline."""

    message_id: str
    date: datetime  # naive UTC
    subject: str
    body: str
    files: tuple[MailFile, ...]


def one_line(text: str) -> str:
    """A header value: line breaks and other control characters become single spaces."""
    return " ".join(_BREAKS.sub(" ", text or "").split())


def _fields(text: str) -> list[str | None]:
    return [name for _, name, _, _ in string.Formatter().parse(text)]


def placeholder_problem(text: str) -> str | None:
    """What is wrong with the placeholders of a template text, or None."""
    try:
        names = _fields(text)
    except ValueError:
        return "a text whose braces are balanced (write {{ and }} for a brace)"
    unknown = sorted({n for n in names if n is not None and n not in PLACEHOLDERS})
    if unknown:
        return "placeholders among " + ", ".join("{" + p + "}" for p in PLACEHOLDERS) + f", not {{{unknown[0]}}}"
    return None


def template_problem(value: object) -> str | None:
    """Check the ``mail_templates`` setting: {kind: {language: {"subject": ..., "body": ...}}}."""
    if not isinstance(value, dict):
        return "a table of texts by document and language"
    for kind, languages in value.items():
        if kind not in KINDS or not isinstance(languages, dict):
            return f"texts for {', '.join(KINDS)}"
        for language, texts in languages.items():
            if language not in LANGUAGES or not isinstance(texts, dict) or set(texts) - {"subject", "body"}:
                return f"a subject and a body in {', '.join(LANGUAGES)}"
            for text in texts.values():
                problem = placeholder_problem(text) if isinstance(text, str) else "text"
                if problem:
                    return problem
    return None


def template_for(kind: DocumentKind, language: str, overrides: dict | None = None) -> tuple[str, str]:
    """(subject, body) for a document kind in a language: the user's text where set, else the built-in one."""
    language = language if language in LANGUAGES else "it"
    subject, body = DEFAULT_TEMPLATES[(kind if kind in KINDS else DocumentKind.INVOICE, language)]
    custom = ((overrides or {}).get(kind) or {}).get(language) or {}
    return custom.get("subject") or subject, custom.get("body") or body


def fill(text: str, values: dict[str, str]) -> str:
    """The template with its placeholders replaced (only the known names; nothing else is evaluated)."""
    problem = placeholder_problem(text)
    if problem:
        raise ValueError(problem)
    out = []
    for literal, name, _spec, _conversion in string.Formatter().parse(text):
        out.append(literal)
        if name is not None:
            out.append(str(values.get(name, "")))
    return "".join(out)


def address(name: str, addr: str) -> Address:
    """An address header item; the display name is made one line and quoted by the email package."""
    return Address(display_name=one_line(name), addr_spec=addr.strip())


def new_message_id(sender_address: str) -> str:
    domain = sender_address.rpartition("@")[2].strip() or "smallcrm.invalid"
    return make_msgid(domain=one_line(domain).replace(" ", "") or None)


def compose_message(*, sender: Address, to: list[Address], subject: str, body: str, files: list[MailFile] = (),
                    message_id: str | None = None, date: datetime | None = None) -> EmailMessage:
    """An RFC 5322 message (serialise it with ``as_bytes()``: CRLF line ends, ready for SMTP)."""
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = sender
    message["To"] = to
    message["Subject"] = one_line(subject)
    message["Date"] = format_datetime((date or datetime.now(UTC)).astimezone(UTC))
    message["Message-ID"] = one_line(message_id or new_message_id(sender.addr_spec))
    message["MIME-Version"] = "1.0"
    message.set_content(body.replace("\r\n", "\n"))
    for file in files:
        main, _, sub = file.media_type.partition("/")
        message.add_attachment(file.data, maintype=main, subtype=sub or "octet-stream",
                               filename=one_line(file.file_name))
    return message


def read_message(data: bytes) -> ReadMail:
    """Subject, plain-text body, date and attached files of stored message bytes."""
    from email import message_from_bytes

    message = message_from_bytes(data, policy=policy.default)
    try:
        when = parsedate_to_datetime(str(message["Date"]))
        when = when.astimezone(UTC).replace(tzinfo=None) if when.tzinfo else when
    except (TypeError, ValueError):
        when = datetime.now(UTC).replace(tzinfo=None)
    part = message.get_body(preferencelist=("plain",))
    body = part.get_content() if part is not None else ""
    files = tuple(MailFile(p.get_filename() or "attachment", p.get_content(), p.get_content_type())
                  for p in message.iter_attachments())
    return ReadMail(str(message["Message-ID"] or "").strip(), when, str(message["Subject"] or ""),
                    body.replace("\r\n", "\n").strip(), files)
