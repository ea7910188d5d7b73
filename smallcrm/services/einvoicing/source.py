"""What an e-invoice is built from: the issued document as it was frozen (seller and customer blocks as issued,
never the live profile) and what the e-invoice adds to it (its document type, the orders, contracts and delivery
notes it refers to, the courtesy PDF)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from smallcrm.domain import DocumentKind, EInvoiceDocumentType, InvoiceStatus
from smallcrm.errors import Conflict
from smallcrm.services.sales.views import DocumentView


@dataclass(frozen=True)
class DocumentReference:
    """An order, a contract or an agreement of the customer's the invoice refers to (DatiOrdineAcquisto,
    DatiContratto): its number and date, and for a public administration the tender (CIG) and project (CUP)
    codes. ``lines``: the invoice's line numbers it covers (none: all)."""

    number: str
    day: date | None = None
    cig: str = ""
    cup: str = ""
    lines: tuple[int, ...] = ()


@dataclass(frozen=True)
class DeliveryNote:
    """A delivery note (DDT) a deferred invoice (TD24) bills: its number and date (DatiDDT)."""

    number: str
    day: date
    lines: tuple[int, ...] = ()


@dataclass(frozen=True)
class EInvoiceOptions:
    """What an e-invoice says beyond the issued document. ``document_type`` "" is the document's own (TD01 an
    invoice, TD04 a credit note)."""

    document_type: str = ""
    orders: tuple[DocumentReference, ...] = ()
    contracts: tuple[DocumentReference, ...] = ()
    delivery_notes: tuple[DeliveryNote, ...] = ()
    attach_pdf: bool = False


@dataclass(frozen=True)
class CorrectedInvoice:
    """The invoice a credit note corrects (DatiFattureCollegate)."""

    number: str
    day: date


@dataclass(frozen=True)
class EInvoiceSource:
    """Everything one FatturaPA file is built from."""

    document: DocumentView
    progressive: str  # ProgressivoInvio, also the file name's
    options: EInvoiceOptions = field(default_factory=EInvoiceOptions)
    corrects: CorrectedInvoice | None = None
    pdf: bytes = b""  # the courtesy copy, attached when options.attach_pdf

    @property
    def document_type(self) -> EInvoiceDocumentType:
        if self.options.document_type:
            return EInvoiceDocumentType(self.options.document_type)
        if self.document.kind == DocumentKind.CREDIT_NOTE:
            return EInvoiceDocumentType.CREDIT_NOTE
        return EInvoiceDocumentType.INVOICE


def require_issued(document: DocumentView) -> None:
    """Only an issued invoice or credit note has an e-invoice (a draft can still change, a quote is none), and only
    an Italian seller's: the SdI takes the invoices of businesses established in Italy."""
    if document.status != InvoiceStatus.ISSUED or document.seller is None or document.issue_date is None:
        raise Conflict("Only an issued invoice or credit note has an e-invoice", code="einvoice_not_issued")
    if (document.seller.country or "IT").upper() != "IT":
        raise Conflict("A FatturaPA e-invoice is issued by a seller established in Italy", code="einvoice_not_italian")
