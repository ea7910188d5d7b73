"""Reads an issued document into what its e-invoice is built from (a read service: no database handed in)."""

from __future__ import annotations

from smallcrm.services.einvoicing.source import CorrectedInvoice, EInvoiceOptions, EInvoiceSource, require_issued
from smallcrm.services.einvoicing.xml_build import build_xml
from smallcrm.services.sales import printing
from smallcrm.services.sales.invoices import get_invoice


def einvoice_source(invoice_id: int, progressive: str, options: EInvoiceOptions | None = None) -> EInvoiceSource:
    """The frozen document ``invoice_id`` with the e-invoice's own ``options`` (the PDF read only when attached)."""
    options = options or EInvoiceOptions()
    document = get_invoice(invoice_id)
    require_issued(document)
    corrects = None
    if document.corrects_number and document.corrects_date is not None:
        corrects = CorrectedInvoice(document.corrects_number, document.corrects_date)
    pdf = printing.invoice_pdf(invoice_id) if options.attach_pdf else b""
    return EInvoiceSource(document, progressive, options, corrects, pdf)


def invoice_xml(invoice_id: int, progressive: str, options: EInvoiceOptions | None = None) -> bytes:
    """The FatturaPA file of an issued invoice or credit note (not stored: ``files.prepare_file`` keeps one)."""
    return build_xml(einvoice_source(invoice_id, progressive, options))
