"""The e-invoice's elements in the user's words: a check's problem names its field as "Customer · Postal code"
instead of "CessionarioCommittente/Sede/CAP"."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from smallcrm.errors import ValidationError
from ui.common.errors import code_text

CONTEXT = "EInvoiceFields"
# where in the file: the block a path starts in (or passes through)
_PLACES = {
    "CedentePrestatore": QT_TRANSLATE_NOOP("EInvoiceFields", "Our company"),
    "CessionarioCommittente": QT_TRANSLATE_NOOP("EInvoiceFields", "Customer"),
    "DatiTrasmissione": QT_TRANSLATE_NOOP("EInvoiceFields", "SdI address"),
    "DatiGeneraliDocumento": QT_TRANSLATE_NOOP("EInvoiceFields", "Document"),
    "DatiFattureCollegate": QT_TRANSLATE_NOOP("EInvoiceFields", "Corrected invoice"),
    "DatiPagamento": QT_TRANSLATE_NOOP("EInvoiceFields", "Payment"),
    "DatiRiepilogo": QT_TRANSLATE_NOOP("EInvoiceFields", "VAT summary"),
    "DettaglioLinee": QT_TRANSLATE_NOOP("EInvoiceFields", "Line %1"),
}
_ELEMENTS = {
    "Denominazione": QT_TRANSLATE_NOOP("EInvoiceFields", "Name"),
    "IdFiscaleIVA": QT_TRANSLATE_NOOP("EInvoiceFields", "VAT number"),
    "IdCodice": QT_TRANSLATE_NOOP("EInvoiceFields", "VAT number"),
    "CodiceFiscale": QT_TRANSLATE_NOOP("EInvoiceFields", "Tax code"),
    "RegimeFiscale": QT_TRANSLATE_NOOP("EInvoiceFields", "Tax regime"),
    "Indirizzo": QT_TRANSLATE_NOOP("EInvoiceFields", "Street"),
    "CAP": QT_TRANSLATE_NOOP("EInvoiceFields", "Postal code"),
    "Comune": QT_TRANSLATE_NOOP("EInvoiceFields", "City"),
    "Provincia": QT_TRANSLATE_NOOP("EInvoiceFields", "Province"),
    "Nazione": QT_TRANSLATE_NOOP("EInvoiceFields", "Country"),
    "CodiceDestinatario": QT_TRANSLATE_NOOP("EInvoiceFields", "Recipient code"),
    "PECDestinatario": QT_TRANSLATE_NOOP("EInvoiceFields", "PEC address"),
    "Numero": QT_TRANSLATE_NOOP("EInvoiceFields", "Number"),
    "Data": QT_TRANSLATE_NOOP("EInvoiceFields", "Date"),
    "TipoDocumento": QT_TRANSLATE_NOOP("EInvoiceFields", "Document type"),
    "Descrizione": QT_TRANSLATE_NOOP("EInvoiceFields", "Description"),
    "Quantita": QT_TRANSLATE_NOOP("EInvoiceFields", "Quantity"),
    "PrezzoUnitario": QT_TRANSLATE_NOOP("EInvoiceFields", "Unit price"),
    "PrezzoTotale": QT_TRANSLATE_NOOP("EInvoiceFields", "Total price"),
    "AliquotaIVA": QT_TRANSLATE_NOOP("EInvoiceFields", "VAT rate"),
    "Natura": QT_TRANSLATE_NOOP("EInvoiceFields", "Natura (why no VAT)"),
    "ImponibileImporto": QT_TRANSLATE_NOOP("EInvoiceFields", "Taxable amount"),
    "Imposta": QT_TRANSLATE_NOOP("EInvoiceFields", "VAT"),
    "DatiRitenuta": QT_TRANSLATE_NOOP("EInvoiceFields", "Withholding tax"),
    "DatiDDT": QT_TRANSLATE_NOOP("EInvoiceFields", "Delivery notes"),
    "IBAN": QT_TRANSLATE_NOOP("EInvoiceFields", "IBAN"),
    "ModalitaPagamento": QT_TRANSLATE_NOOP("EInvoiceFields", "Payment method"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(field: str) -> str:
    """``DettaglioLinee[2]/Natura`` as "Line 2 · Natura (why no VAT)"; an unknown element keeps its name."""
    parts = field.split("/")
    words = []
    for part in parts[:-1]:
        name, _, index = part.partition("[")
        if name in _PLACES:
            words.append(_tr(_PLACES[name]).replace("%1", index.rstrip("]") or "1"))
    last = re.sub(r"\[\d+\]$", "", parts[-1])
    if last in _PLACES and len(parts) == 1:
        words.append(_tr(_PLACES[last]).replace("%1", ""))
    else:
        words.append(_tr(_ELEMENTS[last]) if last in _ELEMENTS else last)
    return " · ".join(w.strip() for w in dict.fromkeys(words) if w.strip())


def problem_text(problem: ValidationError) -> str:
    """A check's problem as one line in the user's language: where, then what is wrong."""
    return f"{field_label(problem.field)}: {code_text(problem)}"
