"""The FatturaPA specification's structure, as a table: what each element may hold (its pattern, length,
characters and code list) and which elements a file must have. A file that breaks them is rejected by the SdI
with code 00200 (file not conforming to the format); checked here first, each problem naming its element.

The code lists are the 2025 specification's (v1.9): TD29 and RF20, which the 1.2.2 schema predates, are
accepted."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date

from smallcrm.domain import EInvoiceDocumentType, Natura, PaymentMeans, PensionFund, WithholdingKind
from smallcrm.errors import ValidationError

AMOUNT2 = r"-?[0-9]{1,11}\.[0-9]{2}"
AMOUNT8 = r"-?[0-9]{1,11}\.[0-9]{2,8}"
RATE = r"[0-9]{1,3}\.[0-9]{2}"
REGIMES = frozenset({f"RF{n:02d}" for n in range(1, 21)} - {"RF03"})  # RF20: 2025 specification
NATURES = frozenset(n.value for n in Natura)
CAUSALI = frozenset("ABCDEGHILMNOPQRSTUVWXYZ") | {"L1", "M1", "M2", "O1", "V1", "ZO"}

# element -> ("pattern", regex) | ("latin", max) | ("ascii", max) | ("codes", set) | ("date", None)
RULES: dict[str, tuple[str, object]] = {
    "IdPaese": ("pattern", "[A-Z]{2}"), "IdCodice": ("ascii", 28), "ProgressivoInvio": ("pattern", "[A-Za-z0-9]{1,10}"),
    "FormatoTrasmissione": ("codes", {"FPR12", "FPA12"}), "CodiceDestinatario": ("pattern", "[A-Z0-9]{6,7}"),
    "PECDestinatario": ("pattern", r"[^@\s]+@[^@\s]+\.[^@\s]+"), "CodiceFiscale": ("pattern", "[A-Z0-9]{11,16}"),
    "Denominazione": ("latin", 80), "Nome": ("latin", 60), "Cognome": ("latin", 60),
    "RegimeFiscale": ("codes", REGIMES),
    "Indirizzo": ("latin", 60), "NumeroCivico": ("ascii", 8), "CAP": ("pattern", "[0-9]{5}"), "Comune": ("latin", 60),
    "Provincia": ("pattern", "[A-Z]{2}"), "Nazione": ("pattern", "[A-Z]{2}"), "Ufficio": ("pattern", "[A-Z]{2}"),
    "NumeroREA": ("ascii", 20), "CapitaleSociale": ("pattern", AMOUNT2), "SocioUnico": ("codes", {"SU", "SM"}),
    "StatoLiquidazione": ("codes", {"LS", "LN"}), "Telefono": ("pattern", r"[\x20-\x7e]{5,12}"),
    "Email": ("pattern", r"[^@\s]+@[^@\s]+\.[^@\s]+"),
    "TipoDocumento": ("codes", frozenset(t.value for t in EInvoiceDocumentType)),
    "Divisa": ("pattern", "[A-Z]{3}"), "Data": ("date", None), "Numero": ("ascii", 20),
    "TipoRitenuta": ("codes", frozenset(k.value for k in WithholdingKind)), "ImportoRitenuta": ("pattern", AMOUNT2),
    "AliquotaRitenuta": ("pattern", RATE), "CausalePagamento": ("codes", CAUSALI), "BolloVirtuale": ("codes", {"SI"}),
    "ImportoBollo": ("pattern", AMOUNT2), "TipoCassa": ("codes", frozenset(f.value for f in PensionFund)),
    "AlCassa": ("pattern", RATE), "ImportoContributoCassa": ("pattern", AMOUNT2),
    "ImponibileCassa": ("pattern", AMOUNT2), "AliquotaIVA": ("pattern", RATE), "Ritenuta": ("codes", {"SI"}),
    "Natura": ("codes", NATURES), "Tipo": ("codes", {"SC", "MG"}), "Percentuale": ("pattern", RATE),
    "Importo": ("pattern", AMOUNT8), "ImportoTotaleDocumento": ("pattern", AMOUNT2),
    "Arrotondamento": ("pattern", AMOUNT2), "Causale": ("latin", 200), "IdDocumento": ("ascii", 20),
    "NumItem": ("ascii", 20), "CodiceCUP": ("ascii", 15), "CodiceCIG": ("ascii", 15),
    "RiferimentoNumeroLinea": ("pattern", "[1-9][0-9]{0,3}"), "NumeroDDT": ("ascii", 20), "DataDDT": ("date", None),
    "NumeroLinea": ("pattern", "[1-9][0-9]{0,3}"), "Descrizione": ("latin", 1000),
    "Quantita": ("pattern", r"[0-9]{1,12}\.[0-9]{2,8}"), "UnitaMisura": ("ascii", 10),
    "PrezzoUnitario": ("pattern", AMOUNT8), "PrezzoTotale": ("pattern", AMOUNT8),
    "ImponibileImporto": ("pattern", AMOUNT2), "Imposta": ("pattern", AMOUNT2),
    "EsigibilitaIVA": ("codes", {"I", "D", "S"}), "RiferimentoNormativo": ("latin", 100),
    "CondizioniPagamento": ("codes", {"TP01", "TP02", "TP03"}),
    "ModalitaPagamento": ("codes", frozenset(m.value for m in PaymentMeans)),
    "DataScadenzaPagamento": ("date", None), "ImportoPagamento": ("pattern", AMOUNT2),
    "IBAN": ("pattern", "[a-zA-Z]{2}[0-9]{2}[a-zA-Z0-9]{11,30}"),
    "BIC": ("pattern", "[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?"), "NomeAttachment": ("latin", 60),
    "FormatoAttachment": ("ascii", 10), "DescrizioneAttachment": ("latin", 100),
}

HEADER, BODY = "FatturaElettronicaHeader", "FatturaElettronicaBody"
REQUIRED = (
    f"{HEADER}/DatiTrasmissione/IdTrasmittente/IdPaese", f"{HEADER}/DatiTrasmissione/IdTrasmittente/IdCodice",
    f"{HEADER}/DatiTrasmissione/ProgressivoInvio", f"{HEADER}/DatiTrasmissione/FormatoTrasmissione",
    f"{HEADER}/DatiTrasmissione/CodiceDestinatario",
    f"{HEADER}/CedentePrestatore/DatiAnagrafici/IdFiscaleIVA/IdPaese",
    f"{HEADER}/CedentePrestatore/DatiAnagrafici/IdFiscaleIVA/IdCodice",
    f"{HEADER}/CedentePrestatore/DatiAnagrafici/Anagrafica", f"{HEADER}/CedentePrestatore/DatiAnagrafici/RegimeFiscale",
    *(f"{HEADER}/{party}/Sede/{part}" for party in ("CedentePrestatore", "CessionarioCommittente")
      for part in ("Indirizzo", "CAP", "Comune", "Nazione")),
    f"{HEADER}/CessionarioCommittente/DatiAnagrafici/Anagrafica",
    *(f"{BODY}/DatiGenerali/DatiGeneraliDocumento/{part}" for part in ("TipoDocumento", "Divisa", "Data", "Numero")),
    f"{BODY}/DatiBeniServizi/DettaglioLinee", f"{BODY}/DatiBeniServizi/DatiRiepilogo",
)
LINE_REQUIRED = ("NumeroLinea", "Descrizione", "PrezzoUnitario", "PrezzoTotale", "AliquotaIVA")
SUMMARY_REQUIRED = ("AliquotaIVA", "ImponibileImporto", "Imposta")


def _latin(text: str, limit: int) -> bool:
    return 1 <= len(text) <= limit and all(32 <= ord(c) < 127 or 160 <= ord(c) < 256 for c in text)


def _ascii(text: str, limit: int) -> bool:
    return 1 <= len(text) <= limit and all(32 <= ord(c) < 127 for c in text)


def _date(text: str) -> bool:
    try:
        return date.fromisoformat(text).year >= 1970 and len(text) == 10
    except ValueError:
        return False


def element_problem(tag: str, text: str) -> str | None:
    """Why ``text`` is not a valid value of element ``tag`` (None when it is, or the element has no rule)."""
    kind, arg = RULES.get(tag, ("", None))
    if not kind:
        return None
    if not text:
        return "empty"
    if kind == "pattern" and not re.fullmatch(arg, text):
        return "pattern"
    if kind == "latin" and not _latin(text, arg):
        return "too_long" if len(text) > arg else "characters"
    if kind == "ascii" and not _ascii(text, arg):
        return "too_long" if len(text) > arg else "characters"
    if kind == "codes" and text not in arg:
        return "code"
    if kind == "date" and not _date(text):
        return "date"
    return None


def walk(element: ET.Element, path: str = "") -> Iterator[tuple[str, ET.Element]]:
    """Every element under ``element`` with its path, a repeated element numbered: DettaglioLinee[2]/Natura."""
    counts: dict[str, int] = {}
    siblings = {child.tag: sum(1 for c in element if c.tag == child.tag) for child in element}
    for child in element:
        counts[child.tag] = counts.get(child.tag, 0) + 1
        name = f"{child.tag}[{counts[child.tag]}]" if siblings[child.tag] > 1 else child.tag
        child_path = f"{path}/{name}" if path else name
        yield child_path, child
        yield from walk(child, child_path)


def structure_problems(root: ET.Element) -> Iterator[ValidationError]:
    """The elements missing or holding what the specification does not allow (SdI code 00200)."""
    for path in REQUIRED:
        found = root.find(path)
        if found is None or (len(found) == 0 and not (found.text or "").strip()):
            yield ValidationError(path, f"{path.rsplit('/', 1)[-1]} is required and missing",
                                  code="einvoice_missing", sdi="00200", element=path.rsplit("/", 1)[-1])
    for where, required in (("DettaglioLinee", LINE_REQUIRED), ("DatiRiepilogo", SUMMARY_REQUIRED)):
        for index, block in enumerate(root.iter(where), start=1):
            for tag in required:
                if block.find(tag) is None:
                    yield ValidationError(f"{where}[{index}]/{tag}", f"{where} {index}: {tag} is missing",
                                          code="einvoice_missing", sdi="00200", element=tag, line=index)
    for path, element in walk(root):
        if len(element):
            continue
        problem = element_problem(element.tag, (element.text or "").strip())
        if problem is not None:
            text = (element.text or "").strip()
            yield ValidationError(path, f"{element.tag}: {text!r} is not allowed ({problem})",
                                  code="einvoice_format", sdi="00200", element=element.tag, value=text,
                                  problem=problem)
