"""The local checks of a FatturaPA file, run before it is sent so that a rejection is rare: the structure of the
specification (``checks_structure``, SdI code 00200) and the SdI's own controls, each named after the rejection
code it would bring (the Agenzia's "Elenco controlli"): a 0% line without Natura (00400), a Natura on a taxed
line (00401), the withholding tax data (00411, 00415), no customer identifier (00417), a corrected invoice dated
after its correction (00418), a summary missing or not equal to its lines (00419, 00422), VAT not computed (00421),
a line's total not equal to its price times its quantity (00423), a number without digits (00425), the SdI
address and the format (00426, 00427, 00428), the generic Natura codes of before 2021 (00445), a date in the
future (00403), and the checksums of the VAT numbers and codici fiscali (00301, 00305, 00306).

Each problem is a ``ValidationError``: ``field`` is the element's path (DettaglioLinee[2]/Natura), ``code`` has a
text in every language of the window, ``params`` hold the SdI code (``sdi``), the line and the amounts."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date
from decimal import Decimal, InvalidOperation

from stdnum.it import codicefiscale, iva

from smallcrm.clock import local_today
from smallcrm.errors import ValidationError
from smallcrm.services.einvoicing.checks_structure import HEADER, structure_problems
from smallcrm.tax_cases import REVERSE_CHARGE_NATURES

CENT, EURO = Decimal("0.01"), Decimal("1.00")
GENERIC_NATURES = frozenset({"N2", "N3", "N6"})  # without a sub-code: refused since 1 January 2021


def check_xml(xml: bytes, today: date | None = None) -> tuple[ValidationError, ...]:
    """Every problem the SdI would reject ``xml`` for that can be seen here: empty when it may be sent."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        return (ValidationError("xml", f"Not a readable XML file: {exc}", code="einvoice_unreadable", sdi="00200"),)
    problems = list(structure_problems(root))
    if problems:
        return tuple(problems)  # the rules below read values the structure vouches for
    for check in (_format, _customer, _lines, _withholding, _summary, _document):
        problems.extend(check(root, today or local_today()))
    return tuple(problems)


def _num(element: ET.Element | None, tag: str = "") -> Decimal:
    found = element.find(tag) if tag else element
    try:
        return Decimal((found.text or "0").strip()) if found is not None else Decimal(0)
    except InvalidOperation:
        return Decimal(0)


def _text(root: ET.Element, path: str) -> str:
    found = root.find(path)
    return (found.text or "").strip() if found is not None else ""


def _format(root: ET.Element, today: date) -> list[ValidationError]:
    out = []
    fmt, code = _text(root, f"{HEADER}/DatiTrasmissione/FormatoTrasmissione"), _text(
        root, f"{HEADER}/DatiTrasmissione/CodiceDestinatario")
    if fmt != root.get("versione"):
        out.append(ValidationError("DatiTrasmissione/FormatoTrasmissione", "The format differs from the file's "
                                   "version", code="einvoice_00428", sdi="00428"))
    if (fmt == "FPA12") != (len(code) == 6):
        out.append(ValidationError("DatiTrasmissione/CodiceDestinatario", "A public administration has a 6-character "
                                   "office code (FPA12), anyone else a 7-character code (FPR12)",
                                   code="einvoice_00427", sdi="00427"))
    if _text(root, f"{HEADER}/DatiTrasmissione/PECDestinatario") and code != "0000000":
        out.append(ValidationError("DatiTrasmissione/PECDestinatario", "A PEC address goes with the code 0000000 only",
                                   code="einvoice_00426", sdi="00426"))
    seller = root.find(f"{HEADER}/CedentePrestatore/DatiAnagrafici/IdFiscaleIVA")
    if _text(seller, "IdPaese") == "IT" and not iva.is_valid(_text(seller, "IdCodice")):
        out.append(ValidationError("CedentePrestatore/IdFiscaleIVA", "Our VAT number is not valid",
                                   code="einvoice_00301", sdi="00301", value=_text(seller, "IdCodice")))
    return out


def _customer(root: ET.Element, today: date) -> list[ValidationError]:
    data = root.find(f"{HEADER}/CessionarioCommittente/DatiAnagrafici")
    out = []
    vat, tax_code = data.find("IdFiscaleIVA"), _text(data, "CodiceFiscale")
    if vat is None and not tax_code:
        out.append(ValidationError("CessionarioCommittente/IdFiscaleIVA", "The customer needs a VAT number or a "
                                   "codice fiscale", code="einvoice_00417", sdi="00417"))
    if vat is not None and _text(vat, "IdPaese") == "IT" and not iva.is_valid(_text(vat, "IdCodice")):
        out.append(ValidationError("CessionarioCommittente/IdFiscaleIVA", "The customer's VAT number is not valid",
                                   code="einvoice_00305", sdi="00305", value=_text(vat, "IdCodice")))
    if tax_code and not (iva.is_valid(tax_code) if len(tax_code) == 11 else codicefiscale.is_valid(tax_code)):
        out.append(ValidationError("CessionarioCommittente/CodiceFiscale", "The customer's codice fiscale is not "
                                   "valid", code="einvoice_00306", sdi="00306", value=tax_code))
    return out


def _lines(root: ET.Element, today: date) -> list[ValidationError]:
    out = []
    for line in root.iter("DettaglioLinee"):
        number = _text(line, "NumeroLinea")
        where = f"DettaglioLinee[{number}]"
        rate, nature = _num(line, "AliquotaIVA"), _text(line, "Natura")
        if not rate and not nature:
            out.append(ValidationError(f"{where}/Natura", f"Line {number} is at 0% VAT without its Natura",
                                       code="einvoice_00400", sdi="00400", line=number))
        if rate and nature:
            out.append(ValidationError(f"{where}/Natura", f"Line {number} bears VAT and has a Natura",
                                       code="einvoice_00401", sdi="00401", line=number))
        if nature in GENERIC_NATURES:
            out.append(ValidationError(f"{where}/Natura", f"Line {number}: {nature} needs its sub-code since 2021",
                                       code="einvoice_00445", sdi="00445", line=number, value=nature))
        expected = _num(line, "Quantita") * _num(line, "PrezzoUnitario") if line.find("Quantita") is not None \
            else _num(line, "PrezzoUnitario")
        for discount in line.findall("ScontoMaggiorazione"):
            sign = -1 if _text(discount, "Tipo") == "SC" else 1
            if discount.find("Percentuale") is not None:
                expected += sign * expected * _num(discount, "Percentuale") / 100
            else:
                expected += sign * _num(discount, "Importo") * (_num(line, "Quantita") or 1)
        if abs(expected - _num(line, "PrezzoTotale")) > CENT:
            out.append(ValidationError(f"{where}/PrezzoTotale", f"Line {number}: the total is not the price times "
                                       f"the quantity ({expected:.2f})", code="einvoice_00423", sdi="00423",
                                       line=number, expected=f"{expected:.2f}"))
    return out


def _withholding(root: ET.Element, today: date) -> list[ValidationError]:
    general = root.find("FatturaElettronicaBody/DatiGenerali/DatiGeneraliDocumento")
    has_data = general.find("DatiRitenuta") is not None
    out = []
    if not has_data and any(_text(line, "Ritenuta") == "SI" for line in root.iter("DettaglioLinee")):
        out.append(ValidationError("DatiGeneraliDocumento/DatiRitenuta", "Lines are subject to withholding tax but "
                                   "its data are missing", code="einvoice_00411", sdi="00411"))
    if not has_data and any(_text(c, "Ritenuta") == "SI" for c in general.findall("DatiCassaPrevidenziale")):
        out.append(ValidationError("DatiGeneraliDocumento/DatiRitenuta", "The pension fund contribution is subject "
                                   "to withholding tax but its data are missing", code="einvoice_00415", sdi="00415"))
    return out


def _summary(root: ET.Element, today: date) -> list[ValidationError]:
    """00419/00422/00421/00429/00430/00420: the summary per rate and Natura against the lines and contributions."""
    lines: dict[tuple[Decimal, str], Decimal] = defaultdict(Decimal)
    for line in root.iter("DettaglioLinee"):
        lines[(_num(line, "AliquotaIVA"), _text(line, "Natura"))] += _num(line, "PrezzoTotale")
    for cassa in root.iter("DatiCassaPrevidenziale"):
        lines[(_num(cassa, "AliquotaIVA"), _text(cassa, "Natura"))] += _num(cassa, "ImportoContributoCassa")
    summary: dict[tuple[Decimal, str], Decimal] = defaultdict(Decimal)
    out = []
    for index, row in enumerate(root.iter("DatiRiepilogo"), start=1):
        rate, nature, taxable = _num(row, "AliquotaIVA"), _text(row, "Natura"), _num(row, "ImponibileImporto")
        summary[(rate, nature)] += taxable + _num(row, "Arrotondamento")
        where = f"DatiRiepilogo[{index}]"
        if not rate and not nature:
            out.append(ValidationError(f"{where}/Natura", "A 0% summary needs its Natura", code="einvoice_00429",
                                       sdi="00429", line=index))
        if rate and nature:
            out.append(ValidationError(f"{where}/Natura", "A summary with VAT has no Natura", code="einvoice_00430",
                                       sdi="00430", line=index))
        vat = _num(row, "Imposta")
        if abs(taxable * rate / 100 - vat) > CENT:
            out.append(ValidationError(f"{where}/Imposta", f"The VAT at {rate}% is not computed on the taxable",
                                       code="einvoice_00421", sdi="00421", line=index, rate=str(rate)))
        if _text(row, "EsigibilitaIVA") == "S" and nature in {n.value for n in REVERSE_CHARGE_NATURES}:
            out.append(ValidationError(f"{where}/EsigibilitaIVA", "A reverse charge is never a split payment",
                                       code="einvoice_00420", sdi="00420", line=index))
    for key in lines.keys() - summary.keys():
        out.append(ValidationError("DatiRiepilogo", f"No summary for the lines at {key[0]}% {key[1]}",
                                   code="einvoice_00419", sdi="00419", rate=f"{key[0]}% {key[1]}".strip()))
    for key, amount in summary.items():
        if key in lines and abs(amount - lines[key]) > EURO:
            out.append(ValidationError("DatiRiepilogo/ImponibileImporto", f"The summary at {key[0]}% {key[1]} is not "
                                       f"the sum of its lines ({lines[key]:.2f})", code="einvoice_00422",
                                       sdi="00422", rate=f"{key[0]}% {key[1]}".strip(), expected=f"{lines[key]:.2f}"))
    return out


def _document(root: ET.Element, today: date) -> list[ValidationError]:
    general = "FatturaElettronicaBody/DatiGenerali/DatiGeneraliDocumento"
    out = []
    issued = date.fromisoformat(_text(root, f"{general}/Data"))
    if issued > today:
        out.append(ValidationError("DatiGeneraliDocumento/Data", "The document is dated in the future",
                                   code="einvoice_00403", sdi="00403", day=issued))
    if not any(c.isdigit() for c in _text(root, f"{general}/Numero")):
        out.append(ValidationError("DatiGeneraliDocumento/Numero", "The number has no digit", code="einvoice_00425",
                                   sdi="00425"))
    for linked in root.iter("DatiFattureCollegate"):
        day = _text(linked, "Data")
        if day and date.fromisoformat(day) > issued:
            out.append(ValidationError("DatiFattureCollegate/Data", "The corrected invoice is dated after this "
                                       "document", code="einvoice_00418", sdi="00418"))
    if _text(root, f"{general}/TipoDocumento") == "TD24" and root.find(
            "FatturaElettronicaBody/DatiGenerali/DatiDDT") is None:
        out.append(ValidationError("DatiGenerali/DatiDDT", "A deferred invoice (TD24) names its delivery notes",
                                   code="einvoice_ddt_missing"))
    if _text(root, f"{general}/TipoDocumento") == "TD04" and root.find(
            "FatturaElettronicaBody/DatiGenerali/DatiFattureCollegate") is None:
        out.append(ValidationError("DatiGenerali/DatiFattureCollegate", "A credit note names the invoice it "
                                   "corrects", code="einvoice_corrected_missing"))
    return out
