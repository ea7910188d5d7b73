"""The FatturaPA code lists the tax cases of a document are stored with (the Agenzia delle Entrate's schema 1.2.2,
../shared/reference/fatturapa): the stored value of each member is its code, so that the e-invoice writes what the
database holds, one to one. Part of the closed vocabularies of ``smallcrm.domain`` (imported from there; kept apart
for its length), with the same rule: code compares with the members, never with the text.
"""

from __future__ import annotations

from enum import StrEnum


class TaxRegime(StrEnum):
    """Our company's tax regime, as FatturaPA codes it (RegimeFiscale; the stored value is the code). RF19 and RF02
    charge no VAT (``smallcrm.tax_cases``); the others change nothing on a document but its header."""

    ORDINARY = "RF01"
    MINIMI = "RF02"  # contribuenti minimi (L. 244/2007), closed to newcomers since 2016
    AGRICULTURE = "RF04"
    SALT_AND_TOBACCO = "RF05"
    MATCHES = "RF06"
    PUBLISHING = "RF07"
    PUBLIC_TELEPHONY = "RF08"
    TRANSPORT_TICKETS = "RF09"
    ENTERTAINMENT = "RF10"
    TRAVEL_AGENCIES = "RF11"
    AGRITOURISM = "RF12"
    DOOR_TO_DOOR = "RF13"
    SECOND_HAND = "RF14"
    ART_AUCTIONS = "RF15"
    CASH_VAT_PUBLIC = "RF16"
    CASH_VAT = "RF17"
    OTHER = "RF18"
    FORFETTARIO = "RF19"


class Natura(StrEnum):
    """Why a line bears no VAT (FatturaPA Natura, with the sub-codes in force since 2021): the code of a 0% rate."""

    EXCLUDED = "N1"  # art. 15 DPR 633/72: sums advanced in the customer's name, the stamp duty charged back
    NOT_SUBJECT_SERVICES = "N2.1"  # artt. 7-7-septies: services to businesses abroad
    NOT_SUBJECT = "N2.2"  # other cases: regime forfettario, minimi
    EXPORT = "N3.1"
    INTRA_EU = "N3.2"
    SAN_MARINO = "N3.3"
    LIKE_EXPORT = "N3.4"  # artt. 8-bis, 9: ships, aircraft, international services
    INTENT_DECLARATION = "N3.5"
    NOT_TAXABLE_OTHER = "N3.6"
    EXEMPT = "N4"
    MARGIN = "N5"
    REVERSE_SCRAP = "N6.1"
    REVERSE_GOLD = "N6.2"
    REVERSE_SUBCONTRACT = "N6.3"
    REVERSE_BUILDINGS = "N6.4"
    REVERSE_PHONES = "N6.5"
    REVERSE_ELECTRONICS = "N6.6"
    REVERSE_CONSTRUCTION = "N6.7"
    REVERSE_ENERGY = "N6.8"
    REVERSE_OTHER = "N6.9"
    PAID_IN_OTHER_EU_STATE = "N7"
    # without a sub-code: in force until 31 December 2020 (documents of before keep them)
    NOT_SUBJECT_UNTIL_2020 = "N2"
    NOT_TAXABLE_UNTIL_2020 = "N3"
    REVERSE_CHARGE_UNTIL_2020 = "N6"


class VatCollectability(StrEnum):
    """When the VAT of an invoice is due, and by whom (FatturaPA EsigibilitaIVA)."""

    IMMEDIATE = "I"
    DEFERRED = "D"  # when paid (public bodies, art. 6 c. 5 DPR 633/72)
    SPLIT_PAYMENT = "S"  # paid to the State by the customer, a public body (art. 17-ter DPR 633/72)


class WithholdingKind(StrEnum):
    """A tax withheld by the customer on a professional's fees (FatturaPA TipoRitenuta)."""

    PERSONS = "RT01"  # ritenuta d'acconto of a person (a professional)
    COMPANIES = "RT02"  # ritenuta d'acconto of a company
    INPS = "RT03"
    ENASARCO = "RT04"
    ENPAM = "RT05"
    OTHER_FUND = "RT06"


class PensionFund(StrEnum):
    """The professional pension fund whose contribution a professional adds to the fees (FatturaPA TipoCassa):
    the rivalsa INPS of the Gestione Separata (TC22) or a cassa professionale."""

    LAWYERS = "TC01"  # Cassa Forense
    ACCOUNTANTS = "TC02"  # CNPADC
    SURVEYORS = "TC03"  # CIPAG
    ENGINEERS_ARCHITECTS = "TC04"  # Inarcassa
    NOTARIES = "TC05"
    BOOKKEEPERS = "TC06"  # CNPR
    ENASARCO = "TC07"
    LABOUR_CONSULTANTS = "TC08"  # ENPACL
    DOCTORS = "TC09"  # ENPAM
    PHARMACISTS = "TC10"  # ENPAF
    VETERINARIANS = "TC11"  # ENPAV
    AGRICULTURE_EMPLOYEES = "TC12"  # ENPAIA
    SHIPPING = "TC13"
    JOURNALISTS = "TC14"  # INPGI
    ONAOSI = "TC15"
    CASAGIT = "TC16"
    INDUSTRIAL_EXPERTS = "TC17"  # EPPI
    MULTI_PROFESSION = "TC18"  # EPAP
    BIOLOGISTS = "TC19"  # ENPAB
    NURSES = "TC20"  # ENPAPI
    PSYCHOLOGISTS = "TC21"  # ENPAP
    INPS = "TC22"  # rivalsa INPS, Gestione Separata


class PaymentMeans(StrEnum):
    """How an invoice asks to be paid (FatturaPA ModalitaPagamento; the stored value is the code). Not to be
    mixed up with PaymentMethod, how a payment received was made."""

    CASH = "MP01"
    CHEQUE = "MP02"
    BANKERS_DRAFT = "MP03"
    CASH_AT_TREASURY = "MP04"
    BANK_TRANSFER = "MP05"
    PROMISSORY_NOTE = "MP06"
    BANK_SLIP = "MP07"
    CARD = "MP08"
    RID = "MP09"
    RID_UTILITIES = "MP10"
    RID_FAST = "MP11"
    RIBA = "MP12"  # ricevuta bancaria: the bank collects it from the customer's account
    MAV = "MP13"
    TREASURY_RECEIPT = "MP14"
    SPECIAL_ACCOUNT = "MP15"
    BANK_DIRECT_DEBIT = "MP16"
    POSTAL_DIRECT_DEBIT = "MP17"
    POSTAL_SLIP = "MP18"
    SEPA_DIRECT_DEBIT = "MP19"
    SEPA_DIRECT_DEBIT_CORE = "MP20"
    SEPA_DIRECT_DEBIT_B2B = "MP21"
    WITHHELD = "MP22"
    PAGOPA = "MP23"


class EInvoiceDocumentType(StrEnum):
    """The kind of an e-invoice (FatturaPA TipoDocumento). The first ones are those SmallCRM issues; the rest are
    known so that the local checks accept every code of the specification (TD29, of the 2025 specification, too)."""

    INVOICE = "TD01"
    ADVANCE_INVOICE = "TD02"
    ADVANCE_FEE = "TD03"
    CREDIT_NOTE = "TD04"
    DEBIT_NOTE = "TD05"
    FEE_NOTE = "TD06"  # parcella: a professional's invoice
    DEFERRED_INVOICE = "TD24"  # art. 21 c. 4 lett. a: goods delivered with delivery notes (DDT), billed later
    DEFERRED_INVOICE_B = "TD25"  # art. 21 c. 4 lett. b: triangular
    REVERSE_INTERNAL = "TD16"
    SELF_SERVICES_ABROAD = "TD17"
    SELF_GOODS_INTRA_EU = "TD18"
    SELF_GOODS_ART17 = "TD19"
    SELF_INVOICE_REGULARISATION = "TD20"
    SELF_INVOICE_PLAFOND = "TD21"
    EXTRACTION_WAREHOUSE = "TD22"
    EXTRACTION_WAREHOUSE_VAT = "TD23"
    DEPRECIABLE_GOODS = "TD26"
    SELF_CONSUMPTION = "TD27"
    SAN_MARINO_PURCHASES = "TD28"
    UNREPORTED_REGULARISATION = "TD29"  # 2025 specification (v1.9): omitted or irregular invoice reported


class TransmissionFormat(StrEnum):
    """Who the e-invoice is for (FormatoTrasmissione and the root's versione)."""

    PRIVATE = "FPR12"  # businesses and persons
    PUBLIC = "FPA12"  # a public administration: a 6-character office code (codice univoco ufficio)
