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

# the FatturaPA code lists of the tax cases, vocabularies like those below (kept in their own module for length)
from smallcrm.fatturapa_codes import (  # noqa: F401 - imported from here like every vocabulary
    EInvoiceDocumentType,
    Natura,
    PaymentMeans,
    PensionFund,
    TaxRegime,
    TransmissionFormat,
    VatCollectability,
    WithholdingKind,
)
from smallcrm.receipt_reasons import ReceiptReason  # noqa: F401 - the same, for the SdI's incoming messages

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
    IM = "im"  # a chat address (Skype, Jabber, ...): the service is the point's label (services/parties/handles.py)
    SOCIAL = "social"  # a social-network profile (Twitter, LinkedIn, ...), the service as the label


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


class IssueRequirement(StrEnum):
    """What an invoice or a credit note must carry before it gets a number (services/sales/readiness.py): our
    company's legal block and the customer's. Each names one datum, so that each can be filled on the spot."""

    SELLER_NAME = "seller_name"
    SELLER_STREET = "seller_street"
    SELLER_POSTAL_CODE = "seller_postal_code"
    SELLER_CITY = "seller_city"
    SELLER_COUNTRY = "seller_country"
    SELLER_TAX_ID = "seller_tax_id"  # P.IVA or codice fiscale
    SELLER_TAX_REGIME = "seller_tax_regime"  # RF01 ordinary, RF19 forfettario ...
    SELLER_IBAN = "seller_iban"  # paid by bank transfer
    BUYER_NAME = "buyer_name"
    BUYER_STREET = "buyer_street"
    BUYER_POSTAL_CODE = "buyer_postal_code"
    BUYER_CITY = "buyer_city"
    BUYER_COUNTRY = "buyer_country"
    BUYER_TAX_ID = "buyer_tax_id"  # an Italian business: P.IVA or codice fiscale
    BUYER_TAX_CODE = "buyer_tax_code"  # an Italian private person: codice fiscale
    BUYER_VAT_NUMBER = "buyer_vat_number"  # a business abroad: its VAT number


class PaymentStatus(StrEnum):
    """Where an issued invoice stands with its customer (computed, never stored: settlement.py says how).

    Something still due: unpaid, partly paid, or overdue once past the due date. Nothing due: paid; credited
    when credit notes cancelled all of it, or when we owe the customer money back for them; refunded once
    what we owed was paid back."""

    UNPAID = "unpaid"
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    OVERDUE = "overdue"
    CREDITED = "credited"
    REFUNDED = "refunded"


class PaymentMethod(StrEnum):
    CASH = "cash"
    CARD = "card"
    BANK_TRANSFER = "bank_transfer"
    OTHER = "other"


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
    REFUND = "refund"


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
    HUNDRED_MILLIONTHS = "hundred_millionths"  # unit prices as stored (3_500_000 for 0.035: up to 8 decimals)
    BASIS_POINTS = "basis_points"  # rates as stored (2200 for 22%)
    ISO_DATE = "iso_date"  # a date as stored ("2026-03-01")
    LABEL = "label"  # a vocabulary value (a status, a kind) shown in words: the window's lists only


class EInvoiceStatus(StrEnum):
    """Where one e-invoice file stands with the SdI (Sistema di Interscambio): made and waiting to leave, sent,
    then moved by the SdI's receipts (RC delivered, MC not delivered: in the customer's cassetto fiscale, NS
    rejected; a public administration's NE accepted or refused)."""

    TO_SEND = "to_send"
    SENT = "sent"
    DELIVERED = "delivered"
    NOT_DELIVERED = "not_delivered"
    REJECTED = "rejected"
    ACCEPTED = "accepted"
    REFUSED = "refused"


class ReceiptKind(StrEnum):
    """What one message read from the SdI's side is: the SdI's receipts (RC delivered, NS rejected, MC not
    delivered, NE a public administration's outcome, DT terms elapsed, AT attestation of transmission), the PEC
    layer's own receipts of a message we sent (the provider accepted it, delivered it, could not deliver it), a
    supplier's invoice the SdI delivers to us, or something else."""

    RC = "RC"
    NS = "NS"
    MC = "MC"
    NE = "NE"
    DT = "DT"
    AT = "AT"
    PEC_ACCEPTANCE = "pec-acceptance"
    PEC_DELIVERY = "pec-delivery"
    PEC_NON_DELIVERY = "pec-non-delivery"
    INVOICE_RECEIVED = "invoice-received"
    UNKNOWN = "unknown"


class ReceiptAction(StrEnum):
    """What reading one such message did. The first seven moved (or confirmed) its file's status; the PEC ones
    were noted; the rest changed nothing and say why."""

    DELIVERED = "delivered"
    NOT_DELIVERED = "not_delivered"
    REJECTED = "rejected"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    TERMS_ELAPSED = "terms_elapsed"
    ATTESTED = "attested"
    PEC_ACCEPTED = "pec_accepted"
    PEC_DELIVERED = "pec_delivered"
    PEC_NOT_DELIVERED = "pec_not_delivered"
    LISTED = "listed"  # a supplier's invoice: kept on the list, not processed
    DUPLICATE = "duplicate"
    UNKNOWN_FILE = "unknown_file"
    NOT_ALLOWED = "not_allowed"  # the receipt contradicts the file's status (e.g. a delivery after a rejection)
    UNREADABLE = "unreadable"
    NOT_PEC = "not_pec"
    UNKNOWN = "unknown"
