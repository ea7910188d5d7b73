"""A readable page of a FatturaPA file, laid out as the Agenzia delle Entrate's style sheet lays it out (the two
parties side by side, the document's data, the lines, the VAT summary and totals, the payment), rendered by us from
the XML itself, so that what is read is what is sent. Plain HTML that Qt's rich text shows (QTextBrowser)."""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from smallcrm.documents.pdf_payment import means_name
from smallcrm.domain import PaymentMeans
from smallcrm.errors import ValidationError
from smallcrm.services.einvoicing.preview_labels import LABELS

_STYLE = ("<style>body{font-family:sans-serif;font-size:10pt} h2{font-size:12pt;margin:8px 0 2px 0} "
          "th{background:#e8eef4;text-align:left;font-weight:normal;color:#334} td.n{text-align:right} "
          ".box{background:#f7f9fb} .bad{color:#a00000}</style>")


def _t(element: ET.Element | None, path: str) -> str:
    found = element.find(path) if element is not None else None
    return (found.text or "").strip() if found is not None else ""


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], numeric: Sequence[int] = ()) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td{' class=n' if i in numeric else ''}>{html.escape(c)}</td>"
                                    for i, c in enumerate(row)) + "</tr>" for row in rows)
    return f'<table width="100%" border="1" cellspacing="0" cellpadding="4"><tr>{head}</tr>{body}</table>'


def _party(words: dict[str, str], title: str, party: ET.Element | None) -> str:
    data = party.find("DatiAnagrafici") if party is not None else None
    vat = data.find("IdFiscaleIVA") if data is not None else None
    name = _t(data, "Anagrafica/Denominazione") or f"{_t(data, 'Anagrafica/Nome')} {_t(data, 'Anagrafica/Cognome')}"
    lines = [f"<b>{html.escape(name.strip())}</b>"]
    if vat is not None:
        lines.append(f"{words['vat']}: {html.escape(_t(vat, 'IdPaese') + _t(vat, 'IdCodice'))}")
    if _t(data, "CodiceFiscale"):
        lines.append(f"{words['tax_code']}: {html.escape(_t(data, 'CodiceFiscale'))}")
    if _t(data, "RegimeFiscale"):
        lines.append(f"{words['regime']}: {html.escape(_t(data, 'RegimeFiscale'))}")
    sede = party.find("Sede") if party is not None else None
    place = " ".join(filter(None, (_t(sede, "CAP"), _t(sede, "Comune"),
                                   f"({_t(sede, 'Provincia')})" if _t(sede, "Provincia") else "", _t(sede, "Nazione"))))
    lines.append(f"{words['address']}: {html.escape(_t(sede, 'Indirizzo'))}, {html.escape(place)}")
    rea = party.find("IscrizioneREA") if party is not None else None
    if rea is not None:
        lines.append(f"{words['rea']}: {html.escape(_t(rea, 'Ufficio'))} {html.escape(_t(rea, 'NumeroREA'))}")
    return f'<td width="50%" valign="top" class="box"><h2>{html.escape(title)}</h2>{"<br>".join(lines)}</td>'


def preview_html(xml: bytes, language: str = "it", problems: Sequence[ValidationError] = (),
                 problem_texts: Sequence[str] | None = None, checked: bool = True) -> str:
    """The page of ``xml`` in ``language``, with the checks' ``problems`` listed at its top (``problem_texts``:
    the same problems in the reader's words, when the caller has them translated). ``checked``: the checks ran
    on it (a file not sent yet); a file that has left is shown as it was, without a word about sending it."""
    words = LABELS.get(language, LABELS["it"])
    root = ET.fromstring(xml)
    header, body = root.find("FatturaElettronicaHeader"), root.find("FatturaElettronicaBody")
    parts = [_STYLE, _problems(words, problems, problem_texts) if checked else ""]
    parts.append('<table width="100%" cellspacing="4"><tr>' + _party(words, words["seller"], header.find(
        "CedentePrestatore")) + _party(words, words["customer"], header.find("CessionarioCommittente")) +
        "</tr></table>")
    general = body.find("DatiGenerali/DatiGeneraliDocumento")
    transmission = header.find("DatiTrasmissione")
    parts.append(_table([words["type"], words["number"], words["date"], words["recipient"], words["format"]],
                        [[_t(general, "TipoDocumento"), _t(general, "Numero"), _t(general, "Data"),
                          _t(transmission, "CodiceDestinatario") + (f" · {_t(transmission, 'PECDestinatario')}"
                                                                    if _t(transmission, "PECDestinatario") else ""),
                          _t(transmission, "FormatoTrasmissione")]]))
    parts.append(_references(words, body.find("DatiGenerali")))
    parts.append(_table([words["line"], words["description"], words["quantity"], words["price"], words["unit"],
                         words["discount"], words["rate"], words["total_price"]],
                        [[_t(line, "NumeroLinea"), _t(line, "Descrizione"), _t(line, "Quantita"),
                          _t(line, "PrezzoUnitario"), _t(line, "UnitaMisura"),
                          " ".join(f"{_t(s, 'Tipo')} {_t(s, 'Percentuale') or _t(s, 'Importo')}"
                                   for s in line.findall("ScontoMaggiorazione")),
                          _t(line, "Natura") or _t(line, "AliquotaIVA"), _t(line, "PrezzoTotale")]
                         for line in body.iter("DettaglioLinee")], numeric=(2, 3, 7)))
    parts.append(f"<h2>{html.escape(words['summary'])}</h2>")
    parts.append(_table([words["collectability"], words["rate"], words["taxable"], words["tax"]],
                        [[words.get(_t(row, "EsigibilitaIVA"), "") or _t(row, "RiferimentoNormativo"),
                          _t(row, "Natura") or _t(row, "AliquotaIVA"), _t(row, "ImponibileImporto"),
                          _t(row, "Imposta")] for row in body.iter("DatiRiepilogo")], numeric=(2, 3)))
    parts.append(_totals(words, general))
    parts.append(_payment(words, body, language))
    causale = [_t(c, ".") for c in general.findall("Causale")]
    if causale:
        parts.append(f"<p><b>{html.escape(words['notes'])}</b>: {html.escape(' '.join(causale))}</p>")
    for attachment in body.findall("Allegati"):
        parts.append(f"<p>{html.escape(words['attachment'])}: {html.escape(_t(attachment, 'NomeAttachment'))}</p>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def _problems(words: dict[str, str], problems: Sequence[ValidationError], texts: Sequence[str] | None) -> str:
    if not problems:
        return f"<p>✓ {html.escape(words['no_problems'])}</p>"
    items = texts if texts is not None else [p.message for p in problems]
    listed = "".join(f"<li>{html.escape(text)}</li>" for text in items)
    return f'<h2 class="bad">{html.escape(words["problems"])}</h2><ul class="bad">{listed}</ul>'


def _references(words: dict[str, str], general: ET.Element) -> str:
    rows = []
    for tag, label in (("DatiOrdineAcquisto", "orders"), ("DatiContratto", "contracts"),
                       ("DatiFattureCollegate", "corrects")):
        for ref in general.findall(tag):
            extra = " ".join(filter(None, (f"CIG {_t(ref, 'CodiceCIG')}" if _t(ref, "CodiceCIG") else "",
                                           f"CUP {_t(ref, 'CodiceCUP')}" if _t(ref, "CodiceCUP") else "")))
            rows.append([words[label], _t(ref, "IdDocumento"), _t(ref, "Data"), extra])
    for ddt in general.findall("DatiDDT"):
        rows.append([words["ddt"], _t(ddt, "NumeroDDT"), _t(ddt, "DataDDT"), ""])
    return _table(["", words["number"], words["date"], ""], rows) if rows else ""


def _totals(words: dict[str, str], general: ET.Element) -> str:
    rows = []
    for withholding in general.findall("DatiRitenuta"):
        rows.append([f"{words['withholding']} {_t(withholding, 'TipoRitenuta')} {_t(withholding, 'AliquotaRitenuta')}%",
                     _t(withholding, "ImportoRitenuta")])
    for fund in general.findall("DatiCassaPrevidenziale"):
        rows.append([f"{words['fund']} {_t(fund, 'TipoCassa')} {_t(fund, 'AlCassa')}% · {words['fund_base']} "
                     f"{_t(fund, 'ImponibileCassa')}", _t(fund, "ImportoContributoCassa")])
    if general.find("DatiBollo") is not None:
        rows.append([words["stamp"], _t(general, "DatiBollo/ImportoBollo")])
    rows.append([words["document_total"], _t(general, "ImportoTotaleDocumento")])
    return _table(["", words["amount"]], rows, numeric=(1,))


def _payment(words: dict[str, str], body: ET.Element, language: str) -> str:
    """Each instalment's payment method as its code and its name in the reader's language ("MP05 bonifico
    bancario"), as the Agenzia's style sheet writes the code's meaning beside it."""
    rows = []
    for payment in body.findall("DatiPagamento"):
        terms = words.get(_t(payment, "CondizioniPagamento"), "")
        for detail in payment.findall("DettaglioPagamento"):
            code = _t(detail, "ModalitaPagamento")
            named = f"{code} {means_name(code, language)}" if code in PaymentMeans._value2member_map_ else code
            rows.append([f"{named} ({terms})", _t(detail, "IBAN"),
                         _t(detail, "DataScadenzaPagamento"), _t(detail, "ImportoPagamento")])
    return _table([words["payment"], words["iban"], words["due"], words["amount"]], rows, numeric=(3,)) if rows else ""
