"""Fixtures of the service tests that more than one module needs."""

from __future__ import annotations

from datetime import date

import pytest

from smallcrm.services.sales import invoices
from smallcrm.services.sales.document_lines import LineDraft
from smallcrm.services.sales.payments import PaymentDraft, record_payment


@pytest.fixture
def sales(db, company):
    """Invoices at 22% and 4% in January and February 2025, a credit note in February, a payment."""
    customer = company("Forno Rossi S.r.l.", vat_number="IT00743110157")

    def issue(when, lines):
        view, _ = invoices.create_invoice(db, invoices.InvoiceDraft(customer.id, lines, payment_terms_days=30))
        return invoices.issue_invoice(db, view.id, when)[0]

    first = issue(date(2025, 1, 15), [LineDraft("Pane", 1, "100", 0, "22"), LineDraft("Farina", 2, "25", 0, "4")])
    second = issue(date(2025, 2, 10), [LineDraft("Consulenza", 3, "33,33", 0, "22")])
    note, _ = invoices.create_credit_note(db, first.id, [LineDraft("Reso pane", 1, "100", 0, "22")])
    note = invoices.issue_invoice(db, note.id, date(2025, 2, 20))[0]
    record_payment(db, PaymentDraft(second.id, "50", date(2025, 2, 28)))
    return first, second, note
