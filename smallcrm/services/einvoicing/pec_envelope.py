"""A PEC message read as the provider delivers it (the PEC technical rules, DM 2 November 2005): an S/MIME-signed
envelope whose headers say what it is (``X-Trasporto: posta-certificata`` for a certified message, ``X-Ricevuta``
for the provider's own receipts: accettazione, avvenuta-consegna, errore-consegna ...), with ``daticert.xml`` (the
certification data: kind, sender, subject, error) and, for a certified message, the original as ``postacert.eml``,
whose attachments are what the sender sent (for the SdI: its receipt, or a supplier's invoice and its metadata).

The envelope's signature is the provider's; it is not checked here (the provider's server already did, and the SdI's
own files carry their signature or come from the SdI's certified address)."""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import parseaddr

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from smallcrm.domain import ReceiptReason as R
from smallcrm.services.einvoicing.unusable import Unusable

RECEIPT_KINDS = frozenset({"accettazione", "non-accettazione", "presa-in-carico", "avvenuta-consegna",
                           "errore-consegna", "preavviso-errore-consegna", "rilevazione-virus"})
CERTIFIED = "posta-certificata"
_ON_BEHALF = re.compile(r"per conto di:\s*(\S+@\S+?)[\s\"']*$", re.IGNORECASE)


class NotPec(Unusable):
    """Not a PEC message (no certified envelope): the message says what was missing."""


@dataclass(frozen=True)
class PecMessage:
    """``kind``: the daticert's (or the headers') kind: posta-certificata, accettazione, avvenuta-consegna,
    errore-consegna ...; ``sender``: who sent the certified message (daticert's mittente: for the SdI, the address
    it assigned to us); ``attachments``: the original message's files, by name."""

    kind: str
    sender: str
    subject: str
    error: str
    attachments: tuple[tuple[str, bytes], ...]
    envelope_from: str = ""  # the envelope's From address (the provider's, for its own receipts)


def _text(root, path: str) -> str:
    return (root.findtext(path) or "").strip()


def _daticert(message: EmailMessage) -> dict[str, str]:
    for part in message.walk():
        if (part.get_filename() or "").lower() == "daticert.xml":
            payload = part.get_payload(decode=True) or b""
            try:
                root = SafeET.fromstring(payload, forbid_dtd=False)
            except (SafeET.ParseError, DefusedXmlException, LookupError) as exc:
                raise NotPec(f"its daticert.xml cannot be read ({exc})", R.PEC_DATICERT_DAMAGED) from exc
            return {"kind": root.get("tipo", ""), "error": root.get("errore", "nessuno"),
                    "sender": _text(root, "intestazione/mittente"), "subject": _text(root, "intestazione/oggetto"),
                    "extended": _text(root, "dati/errore-esteso")}
    return {}


def _original(message: EmailMessage) -> EmailMessage | None:
    for part in message.walk():
        if part.get_content_type() == "message/rfc822" and (part.get_filename() or "").lower() == "postacert.eml":
            inner = part.get_payload()
            return inner[0] if isinstance(inner, list) and inner else None
    return None


def _attachments(message: EmailMessage) -> tuple[tuple[str, bytes], ...]:
    found = []
    for part in message.walk():
        name = part.get_filename()
        if name and not part.is_multipart() and part.get_content_type() != "message/rfc822":
            found.append((name, part.get_payload(decode=True) or b""))
    return tuple(found)


def _sender(message: EmailMessage, certified: str) -> str:
    if certified:
        return certified
    if message.get("Reply-To"):
        return parseaddr(str(message["Reply-To"]))[1]
    name, address = parseaddr(str(message.get("From", "")))
    on_behalf = _ON_BEHALF.search(name or "")
    return on_behalf.group(1) if on_behalf else address


def read_pec(data: bytes) -> PecMessage:
    """The PEC message ``data`` (a whole .eml); NotPec when it is an ordinary e-mail or no e-mail at all."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not message.keys():
        raise NotPec("not an e-mail message", R.NOT_MAIL)
    transport = str(message.get("X-Trasporto", "")).strip().lower()
    receipt = str(message.get("X-Ricevuta", "")).strip().lower()
    certificate = _daticert(message)
    if not (transport or receipt) or not certificate:
        raise NotPec("an ordinary e-mail: no certified envelope (X-Trasporto / X-Ricevuta headers and daticert.xml)",
                     R.ORDINARY_MAIL)
    kind = receipt if receipt in RECEIPT_KINDS else certificate.get("kind") or transport
    error = "" if certificate["error"] == "nessuno" else certificate["error"]
    if certificate["extended"]:
        error = f"{error}: {certificate['extended']}" if error else certificate["extended"]
    original = _original(message) if kind == CERTIFIED else None
    attachments = _attachments(original) if original is not None else ()
    if kind == CERTIFIED and original is None:
        raise NotPec("a certified envelope without the original message (postacert.eml)", R.PEC_NO_ORIGINAL)
    subject = certificate["subject"] or str(message.get("Subject", ""))
    return PecMessage(kind, _sender(message, certificate["sender"]), subject, error, attachments,
                      parseaddr(str(message.get("From", "")))[1])
