"""The header of a FatturaPA file: who transmits it, through which SdI address, the seller and the customer as
the document froze them on issue.

The SdI address (DatiTrasmissione/CodiceDestinatario) follows the specification's conventions: a business's
7-character code; a public administration's 6-character office code (FPA12); "0000000" with the customer's PEC
address, or alone for a private person or a business that gave none (the invoice then waits in their cassetto
fiscale); "XXXXXXX" for a customer abroad, who is identified by their own country code (IdPaese).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from smallcrm.domain import TransmissionFormat
from smallcrm.services.einvoicing.xml_text import ascii_text, latin
from smallcrm.services.sales.views import CompanyProfile, CustomerBlock, DocumentView

NO_CODE = "0000000"
ABROAD = "XXXXXXX"
FOREIGN_POSTAL_CODE = "00000"  # the schema's CAP is five digits: a foreign address writes zeros
PRIVATE_ABROAD_ID = "99999999999"  # a person abroad with no VAT number (the specification's convention)


def sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, tag)
    if text is not None:
        element.text = text
    return element


def split_vat(vat_number: str, country: str) -> tuple[str, str]:
    """(IdPaese, IdCodice) of a VAT number typed with or without its country prefix ("IT0123...", "0123...")."""
    compact = re.sub(r"[\s.\-]", "", vat_number).upper()
    if len(compact) > 2 and compact[:2].isalpha():
        return ("GR" if compact[:2] == "EL" else compact[:2]), compact[2:]
    return (country or "IT").upper(), compact


def transmitter_code(seller: CompanyProfile) -> str:
    """The transmitter's IdCodice (our codice fiscale, else our VAT number's digits): the file name's too."""
    if seller.tax_code.strip():
        return ascii_text(seller.tax_code.replace(" ", "").upper(), 28)
    return split_vat(seller.vat_number, seller.country)[1]


def sdi_address(customer: CustomerBlock) -> tuple[str, str]:
    """(CodiceDestinatario, PECDestinatario) of the customer as frozen on the document."""
    code = customer.sdi_code.strip().upper()
    if (customer.country or "IT").upper() != "IT":
        return (code if code == ABROAD else ABROAD), ""
    if code and code != NO_CODE:
        return code, ""
    return NO_CODE, customer.sdi_pec.strip()


def file_stem(number: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", number).strip("-") or "fattura"


def transmission(parent: ET.Element, document: DocumentView, progressive: str, fmt: TransmissionFormat) -> None:
    sender = sub(parent, "IdTrasmittente")
    sub(sender, "IdPaese", (document.seller.country or "IT").upper())
    sub(sender, "IdCodice", transmitter_code(document.seller))
    sub(parent, "ProgressivoInvio", progressive)
    sub(parent, "FormatoTrasmissione", fmt.value)
    code, pec = sdi_address(document.customer)
    sub(parent, "CodiceDestinatario", code)
    if pec:
        sub(parent, "PECDestinatario", pec)


def _address(parent: ET.Element, street: str, postal_code: str, city: str, province: str, country: str) -> None:
    country = (country or "IT").upper()
    sub(parent, "Indirizzo", latin(street, 60))
    italian = country == "IT"
    sub(parent, "CAP", postal_code.strip() if italian else FOREIGN_POSTAL_CODE)
    sub(parent, "Comune", latin(city, 60))
    if italian and province.strip():
        sub(parent, "Provincia", province.strip().upper())
    sub(parent, "Nazione", country)


def seller(parent: ET.Element, document: DocumentView) -> None:
    profile = document.seller
    data = sub(parent, "DatiAnagrafici")
    vat = sub(data, "IdFiscaleIVA")
    country, code = split_vat(profile.vat_number, profile.country)
    sub(vat, "IdPaese", country)
    sub(vat, "IdCodice", code)
    if profile.tax_code.strip():
        sub(data, "CodiceFiscale", profile.tax_code.replace(" ", "").upper())
    sub(sub(data, "Anagrafica"), "Denominazione", latin(profile.name, 80))
    sub(data, "RegimeFiscale", profile.tax_regime)
    _address(sub(parent, "Sede"), profile.street, profile.postal_code, profile.city, profile.province,
             profile.country)
    if profile.rea_office.strip() and profile.rea_number.strip():
        rea = sub(parent, "IscrizioneREA")
        sub(rea, "Ufficio", profile.rea_office.strip().upper())
        sub(rea, "NumeroREA", ascii_text(profile.rea_number, 20))
        if profile.share_capital.strip():
            sub(rea, "CapitaleSociale", f"{float(profile.share_capital):.2f}")
        if profile.sole_shareholder:
            sub(rea, "SocioUnico", profile.sole_shareholder)
        sub(rea, "StatoLiquidazione", profile.liquidation or "LN")
    phone = re.sub(r"[^0-9+]", "", profile.phone)
    email = profile.email.strip()
    if 5 <= len(phone) <= 12 or email:
        contacts = sub(parent, "Contatti")
        if 5 <= len(phone) <= 12:
            sub(contacts, "Telefono", phone)
        if email:
            sub(contacts, "Email", email)


def customer(parent: ET.Element, document: DocumentView) -> None:
    block = document.customer
    data = sub(parent, "DatiAnagrafici")
    country = (block.country or "IT").upper()
    if block.vat_number.strip():
        vat = sub(data, "IdFiscaleIVA")
        vat_country, code = split_vat(block.vat_number, country)
        sub(vat, "IdPaese", vat_country)
        sub(vat, "IdCodice", code)
    elif country != "IT":
        vat = sub(data, "IdFiscaleIVA")
        sub(vat, "IdPaese", country)
        sub(vat, "IdCodice", PRIVATE_ABROAD_ID)
    if block.tax_code.strip() and country == "IT":
        sub(data, "CodiceFiscale", block.tax_code.replace(" ", "").upper())
    sub(sub(data, "Anagrafica"), "Denominazione", latin(block.name, 80))
    _address(sub(parent, "Sede"), block.street, block.postal_code, block.city, block.province, country)
