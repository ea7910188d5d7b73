"""The SdI's messages read: the receipts of a file we sent (RicevutaConsegna, NotificaScarto, ...), the metadata
beside a supplier's invoice, and a FatturaPA file itself, told apart by their root element.

Written from the SdI's technical specifications and its messages schema (MessaggiTypes v1.1): the root element is
in the namespace http://www.fatturapa.gov.it/sdi/messaggi/v1.0 (``versione`` "1.0", also read when "1.1"), its
children unqualified. Only what the receipts work needs is read; anything else in the file is left alone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from smallcrm.domain import ReceiptKind, ReceiptReason
from smallcrm.services.einvoicing.unusable import Unusable

NAMESPACE = "http://www.fatturapa.gov.it/sdi/messaggi/v1.0"
ROOTS = {"RicevutaConsegna": ReceiptKind.RC, "NotificaScarto": ReceiptKind.NS,
         "NotificaMancataConsegna": ReceiptKind.MC, "NotificaEsito": ReceiptKind.NE,
         "NotificaDecorrenzaTermini": ReceiptKind.DT, "AttestazioneTrasmissioneFattura": ReceiptKind.AT}
METADATA_ROOT = "MetadatiInvioFile"
INVOICE_ROOT = "FatturaElettronica"


class NotReadable(Unusable):
    """Not a readable XML file (cut short, damaged): the message says where."""


@dataclass(frozen=True)
class SdiError:
    """One error of a rejection, in the SdI's words: its code (00305), description and suggestion."""

    code: str
    text: str
    hint: str = ""


@dataclass(frozen=True)
class SdiMessage:
    """``kind`` UNKNOWN for an XML that is none of the SdI's messages; ``metadata`` True for MetadatiInvioFile,
    ``invoice`` True for a FatturaPA file (both: a supplier's invoice reaching us)."""

    kind: ReceiptKind
    file_name: str = ""
    sdi_id: str = ""
    message_id: str = ""
    at: datetime | None = None
    errors: tuple[SdiError, ...] = ()
    outcome: str = ""  # NE: EC01 accepted, EC02 refused
    description: str = ""
    metadata: bool = False
    invoice: bool = False


def _local(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        namespace, _, name = tag[1:].partition("}")
        return namespace, name
    return "", tag


def _when(text: str) -> datetime | None:
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


def read_sdi_xml(data: bytes) -> SdiMessage:
    """What ``data`` is, and what it says; NotReadable when it is no well-formed XML."""
    try:
        root = SafeET.fromstring(data)
    except (SafeET.ParseError, LookupError) as exc:  # LookupError: an encoding declared that does not exist
        raise NotReadable(f"the XML is cut short or damaged ({exc})", ReceiptReason.XML_DAMAGED) from exc
    except DefusedXmlException as exc:
        raise NotReadable(f"the XML uses entities or a DTD, which are not read ({exc})",
                          ReceiptReason.XML_ENTITIES) from exc
    namespace, name = _local(root.tag)

    def text(path: str) -> str:
        return (root.findtext(path) or "").strip()

    if name == INVOICE_ROOT:
        return SdiMessage(ReceiptKind.INVOICE_RECEIVED, invoice=True)
    if namespace != NAMESPACE or (name not in ROOTS and name != METADATA_ROOT):
        return SdiMessage(ReceiptKind.UNKNOWN)
    common = dict(file_name=text("NomeFile"), sdi_id=text("IdentificativoSdI"), message_id=text("MessageId"))
    if name == METADATA_ROOT:
        return SdiMessage(ReceiptKind.INVOICE_RECEIVED, metadata=True, **common)
    kind = ROOTS[name]
    errors = tuple(SdiError(e.findtext("Codice", "").strip(), e.findtext("Descrizione", "").strip(),
                            e.findtext("Suggerimento", "").strip()) for e in root.iterfind("ListaErrori/Errore"))
    return SdiMessage(kind, at=_when(text("DataOraConsegna") or text("DataOraRicezione")), errors=errors,
                      outcome=text("EsitoCommittente/Esito"),
                      description=text("EsitoCommittente/Descrizione") or text("Descrizione"), **common)
