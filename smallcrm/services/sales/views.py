"""Plain values for sales documents: what the window, the CLI, the PDF and the exports all read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from smallcrm.domain import DocumentKind, InvoiceKind, InvoiceStatus, PaymentMethod, PaymentStatus, QuoteStatus
from smallcrm.services.views import PartyRef
from smallcrm.tax_cases import TaxSetup, TaxTotals


@dataclass(frozen=True)
class VatRateView:
    id: int
    code: str
    percent: Decimal
    description: str
    exemption: str
    is_active: bool
    valid_from: date | None = None
    valid_to: date | None = None  # the last day in force
    country: str = "IT"

    def in_force(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class ProductView:
    id: int
    code: str
    name: str
    description: str
    unit: str
    price: Decimal
    vat_code: str
    vat_percent: Decimal
    is_active: bool


@dataclass(frozen=True)
class LineView:
    position: int
    product_id: int | None
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    discount_percent: Decimal
    vat_code: str
    vat_percent: Decimal
    vat_exemption: str
    net: Decimal


@dataclass(frozen=True)
class VatSummaryLine:
    vat_code: str
    vat_percent: Decimal
    exemption: str
    taxable: Decimal
    vat: Decimal


@dataclass(frozen=True)
class CustomerBlock:
    """The customer as printed on a document (frozen into an invoice when it is issued)."""

    name: str
    street: str = ""
    postal_code: str = ""
    city: str = ""
    province: str = ""
    country: str = "IT"
    vat_number: str = ""
    tax_code: str = ""
    email: str = ""
    sdi_code: str = ""  # the SdI address frozen on issue: Codice Destinatario (7 characters, 6 for a public body)
    sdi_pec: str = ""  # or the PEC address the SdI delivers to (with "0000000")


@dataclass(frozen=True)
class InstalmentView:
    """One instalment of an invoice: when it falls due, its amount, and what of it is still to pay (payments and
    credit notes cover the first instalments first)."""

    position: int
    due_date: date
    amount: Decimal
    outstanding: Decimal


@dataclass(frozen=True)
class PaymentView:
    id: int
    uid: str
    invoice_id: int
    invoice_number: str
    party: PartyRef
    amount: Decimal
    paid_on: date
    method: PaymentMethod
    reference: str
    notes: str


@dataclass(frozen=True)
class DocumentLink:
    """Another document named on this one: an invoice made from a quote (number "" while it is a draft)."""

    id: int
    number: str
    status: InvoiceStatus


@dataclass(frozen=True)
class RefundView:
    """Money paid back to a customer against an issued credit note."""

    id: int
    uid: str
    credit_note_id: int
    credit_note_number: str
    invoice_id: int  # the invoice the credit note corrects
    invoice_number: str
    party: PartyRef
    amount: Decimal
    refunded_on: date
    method: PaymentMethod
    reference: str
    notes: str


@dataclass(frozen=True)
class CreditNoteRef:
    """An issued credit note as its invoice lists it (window, PDF)."""

    id: int
    number: str
    issue_date: date
    total: Decimal  # what it took off the invoice's balance: its total, less a withholding tax or split VAT


@dataclass(frozen=True)
class DocumentView:
    """A quote, an invoice or a credit note, with its lines and totals."""

    kind: DocumentKind
    id: int
    uid: str
    number: str  # "P-2026-0007 rev. 2", "12/2026/A"; "" for a draft invoice
    status: QuoteStatus | InvoiceStatus
    party: PartyRef
    customer: CustomerBlock
    issue_date: date | None
    valid_until: date | None  # quotes
    due_date: date | None  # invoices
    title: str
    notes: str
    language: str
    currency: str
    lines: tuple[LineView, ...]
    vat_summary: tuple[VatSummaryLine, ...]
    taxable: Decimal
    vat: Decimal
    total: Decimal
    paid: Decimal = Decimal("0.00")
    balance_due: Decimal = Decimal("0.00")
    payment_status: PaymentStatus | Literal[""] = ""  # "" for quotes, drafts and credit notes
    payment_terms_days: int = 0
    corrects_number: str = ""  # a credit note: the invoice it corrects
    quote_number: str = ""  # an invoice made from a quote
    revision: int = 1
    payments: tuple[PaymentView, ...] = ()
    invoices: tuple[DocumentLink, ...] = ()  # a quote: the invoices made from it (any revision), oldest first
    seller: CompanyProfile | None = None  # an issued invoice: our company as it was when it was issued
    tax: TaxTotals | None = None  # the tax cases: stamp duty, what is payable, the legal wordings
    tax_setup: TaxSetup | None = None  # how it is taxed (frozen on an issued invoice)
    warnings: tuple = ()  # a draft invoice: likely mistakes in its tax treatment (tax_checks.TaxWarning)
    payment_means: str = "MP05"  # a PaymentMeans code: how it asks to be paid
    payment_terms: object = None  # an invoice: its PaymentTerms (services/sales/payment_terms.py)
    instalments: tuple[InstalmentView, ...] = ()  # an invoice: when and how much (a draft: if issued today)
    credited: Decimal = Decimal("0.00")  # an invoice: what its issued credit notes made payable
    refunded: Decimal = Decimal("0.00")  # paid back: an invoice's through its credit notes, a credit note's on it
    credit_balance: Decimal = Decimal("0.00")  # an invoice: what we owe the customer on it (paid, then credited)
    refundable: Decimal = Decimal("0.00")  # an issued credit note: what can still be paid back against it
    credit_notes: tuple[CreditNoteRef, ...] = ()  # an invoice: its issued credit notes
    refunds: tuple[RefundView, ...] = ()  # a credit note: the money paid back against it
    corrects_date: date | None = None  # a credit note: the date of the invoice it corrects
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class CompanyProfile:
    """Our own company, as it heads every document."""

    name: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    province: str = ""
    country: str = "IT"
    vat_number: str = ""
    tax_code: str = ""
    iban: str = ""
    bic: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    tax_regime: str = "RF01"  # a TaxRegime code
    rea_office: str = ""  # the companies register (REA): its office, a province ("MI")
    rea_number: str = ""
    share_capital: str = ""  # "10000.00" ("" when there is none to print: a sole trader)
    sole_shareholder: str = ""  # "SU" one shareholder, "SM" several (FatturaPA SocioUnico); "" unsaid
    liquidation: str = "LN"  # "LS" in liquidation, "LN" not (FatturaPA StatoLiquidazione)
    trade_register: str = ""  # Romania: Nr. Reg. Com. (J40/1234/2020)
    logo_png: bytes = b""
    payment_terms_days: int = 30
    currency: str = "EUR"
    language: str = "it"
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class IssuePreview:
    """What a draft would be issued as (the window's confirmation) and what it still lacks (``missing``: the
    ``MissingItem`` s of services/sales/readiness.py; empty when it can be issued)."""

    number: str
    issue_date: date
    customer: str
    total: Decimal
    currency: str
    missing: tuple = ()


@dataclass(frozen=True)
class InvoiceRow:
    """One line of an invoice list: no document lines, just what a table or the receivables need."""

    id: int
    kind: InvoiceKind
    number: str
    status: InvoiceStatus
    party: PartyRef
    issue_date: date | None
    due_date: date | None
    total: Decimal
    paid: Decimal
    credited: Decimal
    balance_due: Decimal
    payment_status: PaymentStatus | Literal[""]  # "" for drafts and credit notes
    days_overdue: int
    refunded: Decimal = Decimal("0.00")  # an invoice's through its credit notes; a credit note's against it
    credit_balance: Decimal = Decimal("0.00")  # what we owe the customer on this invoice


@dataclass(frozen=True)
class ReceivableRow:
    """What one customer owes, aged by days past the due date, and what we owe them (credit balances: paid, then
    credited, not yet paid back; paid on account), kept apart: the one is not taken off the other."""

    party: PartyRef
    invoices: int
    balance_due: Decimal
    not_due: Decimal
    overdue_0_30: Decimal
    overdue_31_60: Decimal
    overdue_61_90: Decimal
    overdue_90_plus: Decimal
    oldest_days_overdue: int
    credit_balance: Decimal = Decimal("0.00")


@dataclass(frozen=True)
class QuoteRow:
    """One line of a quote list (no lines, no customer block: cheap for thousands of quotes)."""

    id: int
    number: str
    revision: int
    status: QuoteStatus
    party: PartyRef
    issue_date: date
    valid_until: date | None
    title: str
    total: Decimal
    currency: str
    invoices: tuple[DocumentLink, ...] = ()  # the invoices made from it (any revision), oldest first
