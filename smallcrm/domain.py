"""The closed vocabularies of SmallCRM: every kind, status and action, as enums, in this one module.

The values are what the database stores (a ``StrEnum`` member equals its text, so rows written before the enums
read the same); code compares with the members, never with the text, so that a misspelt or renamed value fails
where it is written instead of quietly never matching (``tests/test_typed_values.py`` holds that rule). The
English labels the window shows come from the values (the UI translates them). Grouped by area of the domain.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum, StrEnum
from typing import TypeVar

from smallcrm.errors import ValidationError

E = TypeVar("E", StrEnum, IntEnum)
S = TypeVar("S", bound=StrEnum)


def stored(enum: type[S]) -> Callable[[str], S]:
    """The member of ``enum`` for a value read from the database, as a dict lookup: ``enum(value)`` costs ten
    times as much, which shows on lists that turn thousands of rows into views. A value that is not one of the
    members raises KeyError, as the enum call would raise ValueError: the app writes no other."""
    return {member.value: member for member in enum}.__getitem__


def parse_choice(enum: type[E], value: object, field: str) -> E:
    """``value`` as a member of ``enum`` (by value or by name), or a ValidationError naming ``field``."""
    if isinstance(value, enum):
        return value
    for member in enum:
        if value == member.value or (isinstance(value, str) and value.strip().lower() in
                                     (str(member.value).lower(), member.name.lower())):
            return member
    allowed = ", ".join(str(m.value) or "(none)" for m in enum)
    raise ValidationError(field, f"Unknown value {value!r}; expected one of: {allowed}", code="choice_invalid",
                          value=value, allowed=allowed)


# -- Parties, their contact points and their timeline --------------------------------------------------------

class PartyKind(StrEnum):
    PERSON = "person"
    COMPANY = "company"


class Stage(StrEnum):
    LEAD = "lead"
    PROSPECT = "prospect"
    CUSTOMER = "customer"
    KEY_CUSTOMER = "key_customer"
    ADVOCATE = "advocate"
    DORMANT = "dormant"
    LOST = "lost"


class ContactKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    WEB = "web"


class Channel(StrEnum):
    """How a communication happened: the kind of a timeline entry that is a communication."""

    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    LETTER = "letter"
    SMS = "sms"
    CHAT = "chat"
    SOCIAL = "social"
    NOTE = "note"


class Direction(StrEnum):
    IN = "in"
    OUT = "out"
    NONE = ""


class Priority(IntEnum):
    HIGH = 1
    NORMAL = 2
    LOW = 3


class TimelineSource(StrEnum):
    """What a line of a party's timeline comes from (the record its id names). Tasks, quotes and payments are
    also the kind of their lines; a communication's kind is its Channel, an invoice's its InvoiceKind."""

    COMMUNICATION = "communication"
    TASK = "task"
    QUOTE = "quote"
    INVOICE = "invoice"
    PAYMENT = "payment"


class ReminderKind(StrEnum):
    """What a reminder is about: a task due, a sent quote nobody answered, a quote about to expire."""

    TASK = "task"
    UNANSWERED = "unanswered"
    EXPIRING = "expiring"


# -- Sales: quotes, invoices and credit notes, payments, deals -----------------------------------------------

class DocumentKind(StrEnum):
    """A sales document: what is mailed, printed, numbered (the counters of quotes and of invoices). An invoice
    row is an invoice or a credit note (InvoiceKind, the same values)."""

    QUOTE = "quote"
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class QuoteStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    EXPIRED = "expired"


class InvoiceKind(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class InvoiceStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"


class PaymentStatus(StrEnum):
    """Where an issued invoice stands with its customer (computed, never stored)."""

    UNPAID = "unpaid"
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    OVERDUE = "overdue"


class PaymentMethod(StrEnum):
    CASH = "cash"
    CARD = "card"
    BANK_TRANSFER = "bank_transfer"
    OTHER = "other"


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


class DealStage(StrEnum):
    NEW = "new"
    QUALIFIED = "qualified"
    PROPOSAL = "proposal"
    NEGOTIATION = "negotiation"
    WON = "won"
    LOST = "lost"


# -- Mail: the outbox, the review list of received mail nobody matched, the servers' connection security -----

class OutboxStatus(StrEnum):
    """Where a composed mail stands: waiting, being handed to the server (perhaps sent if the app died then),
    accepted by the server, or given up on after its last error."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class ReviewStatus(StrEnum):
    """A received mail whose sender matched nobody: waiting for a decision, or decided (a new contact made for
    it, attached to an existing one, ignored)."""

    PENDING = "pending"
    CREATED = "created"
    ATTACHED = "attached"
    IGNORED = "ignored"


class ReviewReason(StrEnum):
    """Why a received mail waits for review instead of going on a timeline."""

    UNKNOWN_SENDER = "unknown_sender"
    NO_SENDER = "no_sender"
    NO_CONTACT_IN_RECIPIENTS = "no_contact_in_recipients"


class MailSecurity(StrEnum):
    """How the connection to a mail server is protected: TLS from the start, upgraded, or not at all."""

    SSL = "ssl"
    STARTTLS = "starttls"
    NONE = "none"


# -- Privacy: lawful bases and consents, erasures, the audit log ---------------------------------------------

class LawfulBasis(StrEnum):
    """Why processing personal data is lawful (GDPR art. 6)."""

    CONSENT = "consent"
    CONTRACT = "contract"
    LEGAL_OBLIGATION = "legal_obligation"
    VITAL_INTERESTS = "vital_interests"
    PUBLIC_TASK = "public_task"
    LEGITIMATE_INTERESTS = "legitimate_interests"


class ConsentPurpose(StrEnum):
    """The usual purposes (a consent may name another one in the user's words)."""

    NEWSLETTER = "newsletter"
    MARKETING = "marketing"
    PROFILING = "profiling"
    THIRD_PARTIES = "third_parties"


class ErasureAction(StrEnum):
    """What the erasure log records: a party erased, or anonymised (its documents kept, tax law)."""

    ERASE = "erase"
    ANONYMISE = "anonymise"


class RecordKind(StrEnum):
    """The kind of record an audit row is about."""

    PARTY = "party"
    COMMUNICATION = "communication"
    DEAL = "deal"
    QUOTE = "quote"
    INVOICE = "invoice"
    PAYMENT = "payment"


class AuditAction(StrEnum):
    """What happened to an audited record."""

    CREATE = "create"
    UPDATE = "update"
    TRASH = "trash"
    RESTORE = "restore"
    ISSUE = "issue"
    EXPIRE = "expire"
    MERGE = "merge"  # the surviving party of a merge (its fields filled from the other)
    MERGED = "merged"  # the party merged into another
    ERASE = "erase"
    ANONYMISE = "anonymise"


# -- Imports: the files read and what each row does ----------------------------------------------------------

class FileKind(StrEnum):
    """The kinds of file an import reads (told by the name's extension)."""

    CSV = "csv"
    XLSX = "xlsx"
    VCARD = "vcard"


class ImportAction(StrEnum):
    """What an import does with one row: a new party, an existing one updated, nothing (unchanged, or the user
    said so), or nothing because the row is not usable. Import batches store the first two."""

    CREATE = "create"
    UPDATE = "update"
    SKIP = "skip"
    REJECT = "reject"


# -- Tables: how a cell's value is stored and shown (written tables, xlsx and CSV, and the window's lists) ---

class CellKind(StrEnum):
    TEXT = "text"
    INT = "int"
    NUMBER = "number"
    MONEY = "money"  # a Decimal amount
    PERCENT = "percent"
    DATE = "date"
    DATETIME = "datetime"
    CENTS = "cents"  # amounts as stored (integer cents): exports of 100k lines go from the cursor to the file
    THOUSANDTHS = "thousandths"  # quantities as stored (1500 for 1.5)
    BASIS_POINTS = "basis_points"  # rates as stored (2200 for 22%)
    ISO_DATE = "iso_date"  # a date as stored ("2026-03-01")
    LABEL = "label"  # a vocabulary value (a status, a kind) shown in words: the window's lists only
