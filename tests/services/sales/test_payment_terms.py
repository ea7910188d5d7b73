"""Payment terms: N days, end of month, instalments with their own due dates and amounts, a payment method per
invoice; each instalment's due date drives the receivables and the overdue state. Worked examples, by hand in the
comments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from smallcrm.documents.epc_qr import document_epc_payload
from smallcrm.errors import ValidationError
from smallcrm.services.admin.tax_profile import TaxProfile, update_tax_profile
from smallcrm.services.sales import invoices
from smallcrm.services.sales.payment_terms import due_date, parse_terms
from smallcrm.services.sales.payments import receivables
from smallcrm.services.sales.settlement import settlement
from tests import factories
from tests.factories import line
from tests.services.sales.tax_helpers import our_company, pdf_text

D = Decimal


@pytest.mark.parametrize("issued, terms, due", [
    (date(2026, 1, 15), "30", date(2026, 2, 14)),
    (date(2026, 1, 15), "30 fm", date(2026, 2, 28)),  # the end of the month after
    (date(2026, 1, 31), "30 fm", date(2026, 2, 28)),  # not 2 March's month: 30 days end of month is one month on
    (date(2026, 1, 31), "60 gg d.f.f.m.", date(2026, 3, 31)),
    (date(2026, 11, 30), "90 fine mese", date(2027, 2, 28)),
    (date(2026, 1, 20), "45 fm", date(2026, 3, 31)),  # 6 March: the end of March
    (date(2026, 1, 20), "0 fm", date(2026, 1, 31)),
    (date(2026, 1, 20), "a vista", date(2026, 1, 20)),
])
def test_due_dates_end_of_month(issued, terms, due):
    parsed = parse_terms(terms)
    assert due_date(issued, parsed.parts[0].days, parsed.end_of_month) == due


@pytest.mark.parametrize("typed", ["trenta", "30/abc", "30:-5", "400"])
def test_terms_that_cannot_be_read_are_refused_with_how_to_write_them(typed):
    with pytest.raises(ValidationError) as refused:
        parse_terms(typed)
    assert refused.value.field == "payment_terms"


def test_ri_ba_in_three_instalments_end_of_month(db, customer):
    # 1,000.00 + 22% = 1,220.00 issued 15 January 2026, Ri.Ba. 30/60/90 days end of month:
    # 1,220.00 / 3 = 406.66 (406.666...), 406.66 and the rest 406.68, due 28 Feb, 31 Mar and 30 Apr
    our_company(db, iban="IT60X0542811101000000123456")
    view = factories.issued_invoice(db, customer.id, [line("Impianto", 1, "1000")], on=date(2026, 1, 15),
                                    payment_terms="30/60/90 fm", payment_means="MP12")
    assert [(i.due_date, i.amount) for i in view.instalments] == [
        (date(2026, 2, 28), D("406.66")), (date(2026, 3, 31), D("406.66")), (date(2026, 4, 30), D("406.68"))]
    assert (view.due_date, view.payment_means) == (date(2026, 4, 30), "MP12")
    text = pdf_text(view.id)
    assert "Ri.Ba. a 30/60/90 giorni fine mese" in text and "bonifico" not in text
    assert "Rata 1 28/02/2026 · 406,66 €" in text and "Rata 3 30/04/2026 · 406,68 €" in text
    assert "IBAN" not in text and document_epc_payload(view, view.seller) is None  # the bank collects a Ri.Ba.


def test_each_instalment_is_aged_by_its_own_due_date(db, customer):
    # the same 406.66 / 406.66 / 406.68; on 15 March the first (28 Feb) is 15 days overdue, the others not due
    view = factories.issued_invoice(db, customer.id, [line("Impianto", 1, "1000")], on=date(2026, 1, 15),
                                    payment_terms="30/60/90 fm")
    [owed] = receivables(date(2026, 3, 15))
    assert (owed.invoices, owed.balance_due, owed.overdue_0_30, owed.not_due, owed.oldest_days_overdue) == (
        1, D("1220.00"), D("406.66"), D("813.34"), 15)
    row = settlement(view.id, date(2026, 3, 15))
    assert (row.payment_status, row.due_date, row.days_overdue) == ("overdue", date(2026, 2, 28), 15)
    # the first instalment paid: nothing overdue; the next falls due on 31 March
    factories.payment(db, view.id, "406,66", date(2026, 3, 10))
    row = settlement(view.id, date(2026, 3, 15))
    assert (row.payment_status, row.due_date, row.days_overdue, row.balance_due) == (
        "partly_paid", date(2026, 3, 31), 0, D("813.34"))
    [owed] = receivables(date(2026, 3, 15))
    assert (owed.overdue_0_30, owed.not_due) == (D("0.00"), D("813.34"))
    # on 2 May, half of the second paid: 200.00 left of it (31 Mar, 32 days) and the third (30 Apr, 2 days)
    factories.payment(db, view.id, "206,66", date(2026, 4, 20))
    [owed] = receivables(date(2026, 5, 2))
    assert (owed.overdue_0_30, owed.overdue_31_60, owed.oldest_days_overdue) == (D("406.68"), D("200.00"), 32)
    current = invoices.get_invoice(view.id, date(2026, 5, 2))
    assert [i.outstanding for i in current.instalments] == [D("0.00"), D("200.00"), D("406.68")]


def test_instalments_with_their_own_amounts_and_days(db, customer):
    # 1,220.00: 500.00 on 31 March and the rest, 720.00, on 30 April
    view = factories.issued_invoice(db, customer.id, [line("Impianto", 1, "1000")], on=date(2026, 3, 1),
                                    payment_terms="2026-03-31:500/2026-04-30")
    assert [(i.due_date, i.amount) for i in view.instalments] == [(date(2026, 3, 31), D("500.00")),
                                                                  (date(2026, 4, 30), D("720.00"))]
    assert "in 2 rate" in pdf_text(view.id)
    draft = factories.draft_invoice(db, customer.id, [line("Impianto", 1, "1000")], payment_terms="30:500/60:500")
    with pytest.raises(ValidationError) as refused:  # 1,000.00 of 1,220.00
        invoices.issue_invoice(db, draft.id, date(2026, 3, 1))
    assert refused.value.code == "instalments_total"


def test_the_instalments_split_the_net_of_a_withholding_tax(db, customer):
    # 1,000.00 + 22% = 1,220.00, ritenuta 20% 200.00: net 1,020.00 in two instalments of 510.00
    our_company(db, iban="IT60X0542811101000000123456")
    update_tax_profile(db, TaxProfile(withholding_kind="RT01"))
    view = factories.issued_invoice(db, customer.id, [line("Consulenza", 1, "1000")], on=date(2026, 3, 1),
                                    payment_terms="30/60")
    assert [i.amount for i in view.instalments] == [D("510.00"), D("510.00")]
    assert "EUR510.00" in document_epc_payload(view, view.seller)  # the QR code asks for the next instalment


@pytest.mark.parametrize("means, words", [("MP01", "contanti a vista"), ("MP08", "carta di pagamento a vista"),
                                          ("MP19", "addebito diretto SEPA a vista")])
def test_the_payment_method_is_printed_instead_of_bank_transfer(db, customer, means, words):
    view = factories.issued_invoice(db, customer.id, payment_terms="0", payment_means=means)
    text = pdf_text(view.id)
    assert words in text and "bonifico" not in text


def test_the_settings_give_a_new_invoice_its_terms_and_method(db, customer):
    from smallcrm.services.admin.settings import save_settings

    save_settings(db, {"payment_terms_days": 60, "payment_end_of_month": True, "payment_means": "MP12"})
    view = factories.issued_invoice(db, customer.id, on=date(2026, 1, 10))
    assert (view.payment_means, view.due_date) == ("MP12", date(2026, 3, 31))
    with pytest.raises(ValidationError) as refused:
        factories.draft_invoice(db, customer.id, payment_means="MP99")
    assert refused.value.field == "payment_means"
