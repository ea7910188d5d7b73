"""Fixtures for the mail tests (the customer and the quote to mail come from tests/conftest.py; the real SMTP
servers of tests/smtp_test_server.py and a real Dovecot from fixtures.py)."""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories


@pytest.fixture
def english_invoice(db, customer):
    """An invoice in English, issued to the customer on 3 November 2026: 2 × 150.00 + 22% = 366.00."""
    return factories.issued_invoice(db, customer.id, [factories.line("Manutenzione", 2, "150")], on=date(2026, 11, 3),
                                    language="en")
