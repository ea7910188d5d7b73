"""Fixtures of the service tests that more than one module needs."""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories
from tests.factories import line


@pytest.fixture
def sales(db):
    """Invoices at 22% and 4% in January and February 2025, a credit note in February, a payment."""
    customer = factories.customer(db, "Forno Rossi S.r.l.")
    first = factories.issued_invoice(db, customer.id, [line("Pane", 1, "100"), line("Farina", 2, "25", 0, "4")],
                                     on=date(2025, 1, 15), payment_terms_days=30)
    second = factories.issued_invoice(db, customer.id, [line("Consulenza", 3, "33,33")], on=date(2025, 2, 10),
                                      payment_terms_days=30)
    note = factories.credit_note(db, first.id, [line("Reso pane", 1, "100")], on=date(2025, 2, 20))
    factories.payment(db, second.id, "50", date(2025, 2, 28))
    return first, second, note
