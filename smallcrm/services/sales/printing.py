"""Documents as PDF bytes: what the window previews and the CLI writes to a file."""

from __future__ import annotations

from smallcrm.documents.pdf import render_document_pdf
from smallcrm.services.admin.company import get_company_profile
from smallcrm.services.sales.invoices import InvoiceDraft, draft_invoice_view, get_invoice
from smallcrm.services.sales.quotes import QuoteDraft, draft_view, get_quote


def quote_pdf(quote_id: int) -> bytes:
    return render_document_pdf(get_quote(quote_id), get_company_profile())


def invoice_pdf(invoice_id: int) -> bytes:
    """An invoice or a credit note (a draft prints with no number, marked as a draft by its status); an issued
    one with our company as it was when it was issued."""
    view = get_invoice(invoice_id)
    return render_document_pdf(view, view.seller or get_company_profile())


def quote_preview_pdf(draft: QuoteDraft, number: str = "") -> bytes:
    """The PDF of a quote as it is being typed (nothing is saved)."""
    return render_document_pdf(draft_view(draft, number), get_company_profile())


def invoice_preview_pdf(invoice_id: int, draft: InvoiceDraft) -> bytes:
    """The PDF of a draft invoice or credit note as it is being edited (nothing is saved)."""
    return render_document_pdf(draft_invoice_view(invoice_id, draft), get_company_profile())
