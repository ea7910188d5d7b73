"""One message from the SdI's side, as it was handed in (a whole PEC message .eml, an SdI XML, a signed .p7m, the
same in base64), read into what the receipts work needs: its kind, the SdI file it is about, what it says, or why
it cannot be used. Never raises on bad input: a reading carries its failure (action and reason) instead."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from smallcrm.domain import ReceiptAction, ReceiptKind, ReceiptReason
from smallcrm.services.einvoicing.p7m import NotSigned, unwrap
from smallcrm.services.einvoicing.pec_envelope import CERTIFIED, NotPec, PecMessage, read_pec
from smallcrm.services.einvoicing.sdi_messages import NotReadable, SdiMessage, read_sdi_xml

PEC_RECEIPTS = {"accettazione": (ReceiptKind.PEC_ACCEPTANCE, ReceiptAction.PEC_ACCEPTED),
                "presa-in-carico": (ReceiptKind.PEC_ACCEPTANCE, ReceiptAction.PEC_ACCEPTED),
                "avvenuta-consegna": (ReceiptKind.PEC_DELIVERY, ReceiptAction.PEC_DELIVERED)}
SDI_FILE = re.compile(r"[A-Z]{2}[A-Za-z0-9]{11,16}_[A-Za-z0-9]{5}\.xml(?:\.p7m)?")
_RECEIPT_NAME = re.compile(r"_(RC|NS|MC|NE|DT|AT|MT|EC|SE)_\d{3}\.xml", re.IGNORECASE)


@dataclass(frozen=True)
class Reading:
    """What a message is (``sdi``: the SdI's XML when there is one) or, with ``failure``, why it cannot be used."""

    kind: ReceiptKind
    sdi: SdiMessage | None = None
    file_name: str = ""
    pec_sender: str = ""
    failure: ReceiptAction | None = None
    reason: str = ""
    inner_name: str = ""  # the SdI's file as it came (in a PEC message: its attachment), for the accountant's zip
    inner_data: bytes = b""
    reason_code: ReceiptReason | None = None  # ``reason`` for the window to say in the user's language
    reason_params: tuple[tuple[str, str], ...] = ()  # the values its words name


def _looks_like_mail(data: bytes) -> bool:
    head = data[:2000].lstrip()
    return bool(re.match(rb"[A-Za-z][A-Za-z0-9-]*:[ \t]", head)) and b"\n\n" in data.replace(b"\r\n", b"\n")


def _read_file(name: str, data: bytes, ca_bundle: bytes | None) -> Reading:
    """An SdI file on its own (.xml, .p7m, base64 .p7m)."""
    return replace(_read_sdi_file(name, data, ca_bundle), inner_name=name, inner_data=data)


def _read_sdi_file(name: str, data: bytes, ca_bundle: bytes | None) -> Reading:
    lower = name.lower()
    signed = lower.endswith(".p7m") or data.lstrip()[:1] != b"<"
    if signed:
        try:
            data = unwrap(data, ca_bundle)
        except NotSigned as exc:
            what = "a .p7m that is not a CMS signed file" if lower.endswith(".p7m") else "not an XML file"
            plain = not lower.endswith(".p7m") and exc.reason == ReceiptReason.P7M_NOT_CMS  # no .p7m, no XML
            code = ReceiptReason.NOT_XML if plain else exc.reason
            return Reading(ReceiptKind.UNKNOWN, failure=ReceiptAction.UNREADABLE, reason=f"{name}: {what} ({exc})",
                           reason_code=code)
    try:
        sdi = read_sdi_xml(data)
    except NotReadable as exc:
        return Reading(ReceiptKind.UNKNOWN, failure=ReceiptAction.UNREADABLE, reason=f"{name}: {exc}",
                       reason_code=exc.reason)
    if sdi.kind == ReceiptKind.UNKNOWN:
        return Reading(sdi.kind, sdi, failure=ReceiptAction.UNKNOWN,
                       reason=f"{name}: an XML file that is none of the SdI's messages",
                       reason_code=ReceiptReason.NOT_SDI_XML)
    if sdi.kind == ReceiptKind.INVOICE_RECEIVED:
        return Reading(sdi.kind, sdi, sdi.file_name or name.removesuffix(".p7m"), failure=ReceiptAction.LISTED,
                       reason="An invoice from a supplier: listed here, not processed (received invoices are not "
                              "handled yet)")
    return Reading(sdi.kind, sdi, sdi.file_name)


def _pec_receipt(pec: PecMessage) -> Reading:
    found = SDI_FILE.search(pec.subject)
    file_name = found.group(0) if found else ""
    kind, action = PEC_RECEIPTS.get(pec.kind, (ReceiptKind.PEC_NON_DELIVERY, ReceiptAction.PEC_NOT_DELIVERED))
    words = {ReceiptAction.PEC_ACCEPTED: "The PEC provider accepted the message for sending",
             ReceiptAction.PEC_DELIVERED: "The PEC provider delivered the message to the SdI's mailbox",
             ReceiptAction.PEC_NOT_DELIVERED: "The PEC provider could not deliver the message to the SdI"}[action]
    reason = f"{words} ({pec.subject})" + (f": {pec.error}" if pec.error else "")
    code = ReceiptReason.PEC_NOT_DELIVERED if action == ReceiptAction.PEC_NOT_DELIVERED else None
    return Reading(kind, None, file_name, pec.envelope_from, action, reason, reason_code=code,
                   reason_params=(("error", pec.error),) if code else ())


def _read_pec(name: str, data: bytes, ca_bundle: bytes | None) -> Reading:
    try:
        pec = read_pec(data)
    except NotPec as exc:
        return Reading(ReceiptKind.UNKNOWN, failure=ReceiptAction.NOT_PEC, reason=f"{name}: not a PEC message ({exc})",
                       reason_code=exc.reason)
    if pec.kind != CERTIFIED:
        return _pec_receipt(pec)
    files = [(n, d) for n, d in pec.attachments if n.lower().endswith((".xml", ".p7m"))]
    if not files:
        return Reading(ReceiptKind.UNKNOWN, pec_sender=pec.sender, failure=ReceiptAction.UNKNOWN,
                       reason=f"A PEC message without an SdI file ({pec.subject})",
                       reason_code=ReceiptReason.PEC_WITHOUT_FILE, reason_params=(("subject", pec.subject),))
    readings = [_read_file(n, d, ca_bundle) for n, d in files]
    received = [r for r in readings if r.kind == ReceiptKind.INVOICE_RECEIVED]
    if received:  # a supplier's invoice and its metadata: named after the invoice file
        invoice_names = [n for n, _ in files if not _RECEIPT_NAME.search(n)]
        named = next((r.file_name for r in received if r.sdi is not None and r.sdi.metadata), "")
        return replace(received[0], file_name=named or (invoice_names[0] if invoice_names else ""),
                       pec_sender=pec.sender)
    return replace(readings[0], pec_sender=pec.sender)


def read_message(name: str, data: bytes, ca_bundle: bytes | None = None) -> Reading:
    """``data`` read by what it is: a PEC message (.eml, or anything that starts with mail headers), else an SdI
    file (.xml, .p7m, base64)."""
    if not data.strip():
        return Reading(ReceiptKind.UNKNOWN, failure=ReceiptAction.UNREADABLE, reason=f"{name}: an empty file",
                       reason_code=ReceiptReason.EMPTY)
    try:
        if name.lower().endswith(".eml") or _looks_like_mail(data):
            return _read_pec(name, data, ca_bundle)
        return _read_file(name, data, ca_bundle)
    except (ValueError, LookupError, TypeError, IndexError, AttributeError) as exc:
        # damaged MIME or XML the parsers trip over in ways of their own: listed, never a traceback
        return Reading(ReceiptKind.UNKNOWN, failure=ReceiptAction.UNREADABLE,
                       reason=f"{name}: damaged, cannot be read ({type(exc).__name__}: {exc})",
                       reason_code=ReceiptReason.DAMAGED)
