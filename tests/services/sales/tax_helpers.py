"""What the tax-case tests share: our company set up for a case, and a document's PDF read back as one line."""

from __future__ import annotations

import io
from dataclasses import replace

from pypdf import PdfReader

from smallcrm.services.admin.company import get_company_profile, update_company_profile
from smallcrm.services.admin.settings import save_settings
from smallcrm.services.admin.tax_profile import TaxProfile, update_tax_profile
from smallcrm.services.sales import printing


def our_company(db, **fields) -> None:
    """Our company with a name, an address and a P.IVA, and the profile fields given (``tax_regime="RF19"``)."""
    profile = replace(get_company_profile(), name="Studio Bianchi", street="Via Garibaldi 1", postal_code="20121",
                      city="Milano", province="MI", vat_number="IT12345670017", **fields)
    update_company_profile(db, profile)


def professional(db, **fields) -> None:
    """A consultant: ritenuta d'acconto 20% of the fees (RT01) and the rivalsa INPS 4% (TC22), in its base."""
    our_company(db, iban="IT60X0542811101000000123456")
    update_tax_profile(db, TaxProfile(**{"withholding_kind": "RT01", "pension_fund": "TC22", **fields}))


def settings(db, **values) -> None:
    save_settings(db, values)


def pdf_text(invoice_id: int | None = None, *, quote_id: int | None = None) -> str:
    """The text of a document's PDF, its lines joined and its spaces made single (wordings wrap)."""
    pdf = printing.quote_pdf(quote_id) if quote_id is not None else printing.invoice_pdf(invoice_id)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.replace("\xa0", " ").split())
