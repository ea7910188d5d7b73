"""The FatturaPA specification's structure, as a table: what each element may hold (its pattern, length,
characters and code list) and which elements a file must have. A file that breaks them is rejected by the SdI
with code 00200 (file not conforming to the format); checked here first, each problem naming its element.

The code lists are the 2025 specification's (v1.9): TD29 and RF20, which the 1.2.2 schema predates, are
accepted."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import date

from smallcrm.domain import EInvoiceDocumentType, Natura, PaymentMeans, PensionFund, WithholdingKind
from smallcrm.errors import ValidationError

AMOUNT2 = r"-?[0-9]{1,11}\.[0-9]{2}"
AMOUNT8 = r"-?[0-9]{1,11}\.[0-9]{2,8}"
RATE = r"[0-9]{1,3}\.[0-9]{2}"
REGIMES = frozenset({f"RF{n:02d}" for n in range(1, 21)} - {"RF03"})  # RF20: 2025 specification
NATURES = frozenset(n.value for n in Natura)
CAUSALI = frozenset("ABCDEGHILMNOPQRSTUVWXYZ") | {"L1", "M1", "M2", "O1", "V1", "ZO"}

Rule = Callable[[str], "str | None"]  # a value's problem (a key of PROBLEMS), None when it is allowed


def P(regex: str) -> Rule:  # one letter each: the table below reads as the specification
    """Written as ``regex`` wants."""
    compiled = re.compile(regex)
    return lambda text: None if compiled.fullmatch(text) else "pattern"


def L(limit: int) -> Rule:
    """1 to ``limit`` characters of Latin-1 (names, addresses, descriptions)."""
    return lambda text: _sized(text, limit, latin=True)


def A(limit: int) -> Rule:
    """1 to ``limit`` characters of plain ASCII (codes, numbers)."""
    return lambda text: _sized(text, limit, latin=False)


def C(codes) -> Rule:
    """One of ``codes``."""
    allowed = frozenset(codes)
    return lambda text: None if text in allowed else "code"


def _sized(text: str, limit: int, latin: bool) -> str | None:
    if len(text) > limit:
        return "too_long"
    if any(not (32 <= ord(c) < 127 or (latin and 160 <= ord(c) < 256)) for c in text):
        return "characters"
    return None


def D(text: str) -> str | None:
    """A date (xs:date as the SdI reads it: YYYY-MM-DD)."""
    try:
        return None if len(text) == 10 and date.fromisoformat(text).year >= 1970 else "date"
    except ValueError:
        return "date"


# element -> the rule of its values
RULES: dict[str, Rule] = {
    "IdPaese": P("[A-Z]{2}"), "IdCodice": A(28), "ProgressivoInvio": P("[A-Za-z0-9]{1,10}"),
    "FormatoTrasmissione": C({"FPR12", "FPA12"}), "CodiceDestinatario": P("[A-Z0-9]{6,7}"),
    "PECDestinatario": P(r"[^@\s]+@[^@\s]+\.[^@\s]+"), "CodiceFiscale": P("[A-Z0-9]{11,16}"),
    "Denominazione": L(80), "Nome": L(60), "Cognome": L(60),
    "RegimeFiscale": C(REGIMES),
    "Indirizzo": L(60), "NumeroCivico": A(8), "CAP": P("[0-9]{5}"), "Comune": L(60),
    "Provincia": P("[A-Z]{2}"), "Nazione": P("[A-Z]{2}"), "Ufficio": P("[A-Z]{2}"),
    "NumeroREA": A(20), "CapitaleSociale": P(AMOUNT2), "SocioUnico": C({"SU", "SM"}),
    "StatoLiquidazione": C({"LS", "LN"}), "Telefono": P(r"[\x20-\x7e]{5,12}"),
    "Email": P(r"[^@\s]+@[^@\s]+\.[^@\s]+"),
    "TipoDocumento": C(frozenset(t.value for t in EInvoiceDocumentType)),
    "Divisa": P("[A-Z]{3}"), "Data": D, "Numero": A(20),
    "TipoRitenuta": C(frozenset(k.value for k in WithholdingKind)), "ImportoRitenuta": P(AMOUNT2),
    "AliquotaRitenuta": P(RATE), "CausalePagamento": C(CAUSALI), "BolloVirtuale": C({"SI"}),
    "ImportoBollo": P(AMOUNT2), "TipoCassa": C(frozenset(f.value for f in PensionFund)),
    "AlCassa": P(RATE), "ImportoContributoCassa": P(AMOUNT2),
    "ImponibileCassa": P(AMOUNT2), "AliquotaIVA": P(RATE), "Ritenuta": C({"SI"}),
    "Natura": C(NATURES), "Tipo": C({"SC", "MG"}), "Percentuale": P(RATE),
    "Importo": P(AMOUNT8), "ImportoTotaleDocumento": P(AMOUNT2),
    "Arrotondamento": P(AMOUNT2), "Causale": L(200), "IdDocumento": A(20),
    "NumItem": A(20), "CodiceCUP": A(15), "CodiceCIG": A(15),
    "RiferimentoNumeroLinea": P("[1-9][0-9]{0,3}"), "NumeroDDT": A(20), "DataDDT": D,
    "NumeroLinea": P("[1-9][0-9]{0,3}"), "Descrizione": L(1000),
    "Quantita": P(r"[0-9]{1,12}\.[0-9]{2,8}"), "UnitaMisura": A(10),
    "PrezzoUnitario": P(AMOUNT8), "PrezzoTotale": P(AMOUNT8),
    "ImponibileImporto": P(AMOUNT2), "Imposta": P(AMOUNT2),
    "EsigibilitaIVA": C({"I", "D", "S"}), "RiferimentoNormativo": L(100),
    "CondizioniPagamento": C({"TP01", "TP02", "TP03"}),
    "ModalitaPagamento": C(frozenset(m.value for m in PaymentMeans)),
    "DataScadenzaPagamento": D, "ImportoPagamento": P(AMOUNT2),
    "IBAN": P("[a-zA-Z]{2}[0-9]{2}[a-zA-Z0-9]{11,30}"),
    "BIC": P("[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?"), "NomeAttachment": L(60),
    "FormatoAttachment": A(10), "DescrizioneAttachment": L(100),
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


# a value's problem: its error code (a text in every language of the window) and the English words
PROBLEMS = {
    "empty": ("einvoice_empty", "is empty"),
    "pattern": ("einvoice_pattern", "is not written as the specification wants"),
    "too_long": ("einvoice_too_long", "is too long"),
    "characters": ("einvoice_characters", "has characters the e-invoice does not allow"),
    "code": ("einvoice_code", "is not a code of the specification's list"),
    "date": ("einvoice_date", "is not a date"),
}


def element_problem(tag: str, text: str) -> str | None:
    """Why ``text`` is not a valid value of element ``tag`` (None when it is, or the element has no rule)."""
    rule = RULES.get(tag)
    if rule is None:
        return None
    return rule(text) if text else "empty"


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
        if found is None:  # present but empty: the value's check below says so
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
            yield ValidationError(path, f"{element.tag}: {text!r} {PROBLEMS[problem][1]}",
                                  code=PROBLEMS[problem][0], sdi="00200", element=element.tag, value=text,
                                  problem=problem)
