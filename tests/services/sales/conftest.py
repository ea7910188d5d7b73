"""Fixtures for the sales tests: a fresh database, a customer, products and issued invoices on demand."""

from __future__ import annotations

from datetime import date

import pytest

from smallcrm.services.parties.parties import PartyDraft, create_party
from smallcrm.services.sales import catalog, invoices
from smallcrm.services.sales.document_lines import LineDraft


@pytest.fixture
def customer(db):
    view, _ = create_party(db, PartyDraft(kind="company", name="Rossi Impianti S.r.l.", vat_number="IT00743110157"))
    return view


@pytest.fixture
def make_customer(db):
    def make(name: str):
        return create_party(db, PartyDraft(kind="company", name=name))[0]

    return make


@pytest.fixture
def product(db):
    """``product("CONS", "Consulenza", "65,00", vat_code="22")``: add a product, return its view."""

    def make(code: str = "CONS", name: str = "Consulenza", price: str = "65,00", vat_code: str = "22", unit: str = "h"):
        return catalog.create_product(db, catalog.ProductDraft(code, name, price, vat_code, unit))[0]

    return make


@pytest.fixture
def issued(db, customer):
    """``issued(date(2026, 3, 1), amount="100")``: a one-line invoice (22% VAT) issued on that day."""

    def make(when: date, amount: str = "100", party_id: int | None = None, terms: int | None = 30):
        draft = invoices.InvoiceDraft(party_id or customer.id, [LineDraft("Servizio", 1, amount, 0, "22")],
                                      payment_terms_days=terms)
        view, _ = invoices.create_invoice(db, draft)
        return invoices.issue_invoice(db, view.id, when)[0]

    return make
