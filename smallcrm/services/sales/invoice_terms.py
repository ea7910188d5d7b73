"""How a draft invoice is taxed and asks to be paid, read from what was typed and from our settings: its tax setup
(``smallcrm.tax_cases``: frozen when it is issued), its payment terms and its exchange rate. Apart from the
invoices' services, which use them when a draft is saved, previewed and issued."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from smallcrm.clock import local_today
from smallcrm.db.sales_models import Invoice
from smallcrm.domain import InvoiceKind, InvoiceStatus, VatCollectability
from smallcrm.errors import ValidationError
from smallcrm.money import parse_decimal
from smallcrm.services.admin.settings import get_setting
from smallcrm.services.sales.payment_terms import PaymentTerms, parse_terms
from smallcrm.services.sales.tax_setup import company_setup, setup_from_json
from smallcrm.tax_cases import TaxSetup


def exchange_rate(value: object) -> str:
    """An exchange rate as typed (four decimals, as the BNR publishes them), stored as text; "" for none."""
    if value is None or not str(value).strip():
        return ""
    return str(parse_decimal(value, "exchange_rate", 4, minimum=Decimal("0.0001"), maximum=Decimal(100000),
                             what="exchange rate"))


def draft_terms(draft) -> PaymentTerms:
    """The terms of a draft: as typed; else ``payment_terms_days`` days; else the settings' (days, end of month)."""
    if draft.payment_terms is not None and str(draft.payment_terms).strip():
        return parse_terms(draft.payment_terms)
    if draft.payment_terms_days is not None:
        days, end_of_month = draft.payment_terms_days, False
    else:
        days, end_of_month = get_setting("payment_terms_days"), get_setting("payment_end_of_month")
    if not 0 <= days <= 365:
        raise ValidationError("payment_terms_days", "Payment terms are between 0 and 365 days", code="out_of_range")
    return PaymentTerms.simple(days, 1, end_of_month)


def invoice_setup(invoice: Invoice, day: date | None = None) -> TaxSetup:
    """How an invoice is taxed: as frozen when it was issued; a credit note as the invoice it corrects; a draft
    invoice as our company's settings and the dated values of ``day`` (today) say."""
    if invoice.status == InvoiceStatus.ISSUED:
        return setup_from_json(invoice.tax_setup)
    if invoice.kind == InvoiceKind.CREDIT_NOTE and invoice.corrects_id:
        return setup_from_json(invoice.corrects.tax_setup)
    return company_setup(day or local_today(), invoice.party_id, invoice.withholding,
                         VatCollectability(invoice.vat_collectability),
                         Decimal(invoice.exchange_rate) if invoice.exchange_rate else None)
