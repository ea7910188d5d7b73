"""The PDF of an invoice with credit notes lists them and asks for what is truly left (in words and in its QR
code, none when nothing is due); a credit note names the invoice it corrects by number and date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from smallcrm.documents.epc_qr import document_epc_payload
from smallcrm.services.admin.company import update_company_profile
from smallcrm.services.sales import invoices, printing
from smallcrm.services.sales.credit_notes import CreditRequest, create_partial_credit_note
from tests import factories
from tests.documents.pdf_samples import IBAN, company, has_qr, text_of
from tests.factories import line


@pytest.fixture
def seller(db):
    return update_company_profile(db, company(vat_number="IT12345670017", tax_code=""))[0]


def test_an_invoice_lists_its_credit_notes_and_asks_for_the_balance(db, seller, customer):
    # 1,319.00 (factories.boiler_lines); 1 h of fitting credited: 36.00 + 10% = 39.60; 500.00 paid: 779.40 left
    invoice = factories.issued_invoice(db, customer.id, factories.boiler_lines(), on=date(2026, 3, 2))
    note = create_partial_credit_note(db, invoice.id, CreditRequest({2: "1"}))[0]
    invoices.issue_invoice(db, note.id, date(2026, 3, 5))
    factories.payment(db, invoice.id, "500", date(2026, 3, 6))
    pdf = printing.invoice_pdf(invoice.id)
    (page,) = text_of(pdf)
    for expected in ("Totale documento", "1.319,00 €", "NC 1/2026 del 05/03/2026", "-39,60 €", "Pagato",
                     "-500,00 €", "Saldo da pagare", "779,40 €"):
        assert expected in page, expected
    view = invoices.get_invoice(invoice.id)
    assert [(n.number, n.issue_date, n.total) for n in view.credit_notes] == [("NC 1/2026", date(2026, 3, 5),
                                                                               D("39.60"))]
    assert "EUR779.40" in document_epc_payload(view, view.seller).splitlines()
    assert has_qr(pdf)


def test_nothing_due_prints_no_qr_and_says_what_we_owe(db, seller, customer):
    # 500 + 22% = 610.00, paid, then credited in full: nothing due, 610.00 owed to the customer
    invoice = factories.paid_invoice(db, customer.id, [line("Caldaia", 1, "500")], on=date(2026, 3, 2))
    factories.credit_note(db, invoice.id, on=date(2026, 3, 5))
    pdf = printing.invoice_pdf(invoice.id)
    (page,) = text_of(pdf)
    for expected in ("NC 1/2026 del 05/03/2026", "-610,00 €", "Pagato", "A vostro credito", "610,00 €"):
        assert expected in page, expected
    assert "Saldo da pagare" not in page
    assert not has_qr(pdf) and IBAN in page  # the bank details stay: they are the invoice's terms


def test_a_credit_note_names_the_invoice_by_number_and_date(db, seller, customer):
    invoice = factories.issued_invoice(db, customer.id, on=date(2026, 3, 2))
    note = factories.credit_note(db, invoice.id, on=date(2026, 3, 5))
    (page,) = text_of(printing.invoice_pdf(note.id))
    assert "Rif. fattura n." in page and "1/2026 del 02/03/2026" in page
    english = factories.issued_invoice(db, customer.id, on=date(2026, 3, 6), language="en")
    note = factories.credit_note(db, english.id, on=date(2026, 3, 7))
    (page,) = text_of(printing.invoice_pdf(note.id))
    assert "Ref. invoice no." in page and "2/2026 of 06/03/2026" in page
