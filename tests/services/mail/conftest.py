"""Fixtures for the mail tests: a customer with an e-mail address, a quote and an issued invoice for them,
the real SMTP servers of tests/smtp_test_server.py and a real Dovecot (see fixtures.py)."""

from __future__ import annotations

from datetime import date

import pytest

from smallcrm.services.parties.parties import PartyDraft, create_party
from smallcrm.services.sales import invoices, quotes
from smallcrm.services.sales.document_lines import LineDraft


@pytest.fixture
def customer(db):
    view, _ = create_party(db, PartyDraft(kind="company", name="Rossi Impianti S.r.l.", vat_number="IT00743110157",
                                          emails=["ufficio@rossi-impianti.example", "mario@rossi-impianti.example"]))
    return view


@pytest.fixture
def make_party(db):
    def make(name: str, **fields):
        return create_party(db, PartyDraft(kind="company", name=name, **fields))[0]

    return make


@pytest.fixture
def quote(db, customer):
    draft = quotes.QuoteDraft(customer.id, [LineDraft("Impianto elettrico", 1, "1000", 0, "22")], title="Impianto",
                              issue_date=date(2026, 11, 2), valid_until=date(2026, 12, 2), language="it")
    return quotes.create_quote(db, draft)[0]


@pytest.fixture
def invoice(db, customer):
    draft = invoices.InvoiceDraft(customer.id, [LineDraft("Manutenzione", 2, "150", 0, "22")], language="en")
    view, _ = invoices.create_invoice(db, draft)
    return invoices.issue_invoice(db, view.id, date(2026, 11, 3))[0]
