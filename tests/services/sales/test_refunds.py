"""Money paid back against a credit note, statuses that read true (unpaid, partly paid, paid, credited,
refunded), receivables that keep what we owe customers apart from what they owe us, and payments that cannot
be dated tomorrow or exceed the balance unless the excess is a credit on account."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from smallcrm.changes import Changes
from smallcrm.clock import local_today
from smallcrm.db.sales_models import Payment, Refund
from smallcrm.domain import PaymentMethod, PaymentStatus
from smallcrm.errors import Conflict, NotFound, ValidationError
from smallcrm.services.sales import invoices, payments, refunds
from tests import factories
from tests.factories import line

D = Decimal
ON = date(2026, 3, 2)  # due 2026-04-01
LATER = date(2026, 3, 20)


def state(invoice_id: int, today: date = LATER) -> tuple[Decimal, Decimal, str]:
    view = invoices.get_invoice(invoice_id, today=today)
    return view.balance_due, view.credit_balance, view.payment_status


def refund(db, note_id: int, amount, when: date = LATER, **fields):
    return refunds.record_refund(db, refunds.RefundDraft(note_id, amount, when, **fields))


def test_paid_then_credited_then_refunded(db, customer):
    # 500 + 22% = 610.00, paid in full, then credited in full: we owe the customer 610.00 until we pay it back
    invoice = factories.paid_invoice(db, customer.id, [line("Caldaia", 1, "500")], on=ON)
    note = factories.credit_note(db, invoice.id, on=date(2026, 3, 5))
    assert state(invoice.id) == (D("0.00"), D("610.00"), PaymentStatus.CREDITED)  # was -610.00 and "paid"
    first, changes = refund(db, note.id, "400", date(2026, 3, 10), method="bank_transfer", notes="CRO 99")
    assert changes == Changes(refunds={first.id}, invoices={note.id, invoice.id}, parties={customer.id})
    assert (first.amount, first.refunded_on, first.method, first.notes, first.credit_note_number) == (
        D("400.00"), date(2026, 3, 10), PaymentMethod.BANK_TRANSFER, "CRO 99", "NC 1/2026")
    assert state(invoice.id) == (D("0.00"), D("210.00"), PaymentStatus.CREDITED)  # 210.00 still to pay back
    with pytest.raises(ValidationError) as caught:
        refund(db, note.id, "210,01")
    assert (caught.value.field, caught.value.code, caught.value.params["refundable"]) == (
        "amount", "exceeds_refundable", D("210.00"))
    refund(db, note.id, "210", method="cash")
    assert state(invoice.id) == (D("0.00"), D("0.00"), PaymentStatus.REFUNDED)
    viewed = invoices.get_invoice(note.id)
    assert ([r.amount for r in viewed.refunds], viewed.refunded, viewed.refundable) == (
        [D("400.00"), D("210.00")], D("610.00"), D("0.00"))
    row = invoices.list_invoices(today=LATER)
    assert [(r.number, r.paid, r.credited, r.refunded, r.balance_due, r.payment_status) for r in row][-1] == (
        "1/2026", D("610.00"), D("610.00"), D("610.00"), D("0.00"), PaymentStatus.REFUNDED)
    refunds.trash_refund(db, first.id)  # a refund recorded by mistake goes, and the debt is back
    assert state(invoice.id) == (D("0.00"), D("400.00"), PaymentStatus.CREDITED)


def test_statuses_read_true(db, customer):
    # each 122.00 (100 + 22%), due 2026-04-01
    unpaid = factories.issued_invoice(db, customer.id, on=ON)
    partly = factories.partly_paid_invoice(db, customer.id, on=ON, paid="50")
    paid = factories.paid_invoice(db, customer.id, on=ON)
    credited, _ = factories.credited_invoice(db, customer.id, on=ON)  # never paid, credited in full
    half = factories.issued_invoice(db, customer.id, [line("A", 1, "50"), line("B", 1, "50")], on=ON)
    factories.credit_note(db, half.id, [line("A", 1, "50")], on=ON)  # 61.00 credited, 61.00 paid: paid
    factories.payment(db, half.id, "61", ON)
    assert {v.id: state(v.id)[2] for v in (unpaid, partly, paid, credited, half)} == {
        unpaid.id: PaymentStatus.UNPAID, partly.id: PaymentStatus.PARTLY_PAID, paid.id: PaymentStatus.PAID,
        credited.id: PaymentStatus.CREDITED, half.id: PaymentStatus.PAID}
    assert state(credited.id) == (D("0.00"), D("0.00"), PaymentStatus.CREDITED)
    assert state(partly.id, date(2026, 4, 2)) == (D("72.00"), D("0.00"), PaymentStatus.OVERDUE)


def test_only_what_was_paid_and_is_owed_can_be_refunded(db, customer):
    credited, note = factories.credited_invoice(db, customer.id, on=ON)  # never paid: nothing to give back
    with pytest.raises(ValidationError) as caught:
        refund(db, note.id, "1")
    assert (caught.value.code, caught.value.params["refundable"]) == ("exceeds_refundable", D("0.00"))
    paid = factories.paid_invoice(db, customer.id, [line("A", 1, "100"), line("B", 1, "100")], on=ON)  # 244.00
    part = factories.credit_note(db, paid.id, [line("A", 1, "100")], on=ON)  # 122.00 owed back
    assert state(paid.id) == (D("0.00"), D("122.00"), PaymentStatus.CREDITED)
    for amount, when, field, code in (("0", LATER, "amount", "too_small"), ("abc", LATER, "amount", "number_invalid"),
                                      ("10", ON - timedelta(days=1), "refunded_on", "before_issue"),
                                      ("10", local_today() + timedelta(days=1), "refunded_on", "future_date")):
        with pytest.raises(ValidationError) as caught:
            refund(db, part.id, amount, when)
        assert (caught.value.field, caught.value.code) == (field, code), amount
    draft = factories.credit_note(db, paid.id, [line("B", 1, "10")])
    for target, error in ((draft.id, Conflict), (paid.id, Conflict), (999, NotFound)):
        with pytest.raises(error):
            refund(db, target, "1")
    assert Refund.select().count() == 0


def test_receivables_keep_credit_balances_apart(db, customer):
    # paid 610.00, then credited in full: we owe 610.00; another invoice of 122.00 is unpaid: they owe 122.00
    paid = factories.paid_invoice(db, customer.id, [line("Caldaia", 1, "500")], on=ON)
    note = factories.credit_note(db, paid.id, on=ON)
    factories.issued_invoice(db, customer.id, on=ON)
    [row] = payments.receivables(today=LATER)
    assert (row.party.id, row.invoices, row.balance_due, row.not_due, row.credit_balance) == (
        customer.id, 1, D("122.00"), D("122.00"), D("610.00"))  # was: owes 122.00 and nothing more
    refund(db, note.id, "610")
    [row] = payments.receivables(today=LATER)
    assert (row.balance_due, row.credit_balance) == (D("122.00"), D("0.00"))
    other = factories.customer(db, "Beta")  # owes nothing, is owed 50.00 paid on account
    beta = factories.issued_invoice(db, other.id, on=ON)
    factories.payment(db, beta.id, "172", ON, on_account=True)
    rows = {r.party.name: r for r in payments.receivables(today=LATER)}
    assert (rows["Beta"].invoices, rows["Beta"].balance_due, rows["Beta"].credit_balance) == (0, D("0.00"), D("50.00"))
    assert state(beta.id) == (D("0.00"), D("50.00"), PaymentStatus.PAID)


def test_a_payment_dated_tomorrow_is_refused(db, customer):
    invoice = factories.issued_invoice(db, customer.id, on=None)  # today
    with pytest.raises(ValidationError) as caught:
        factories.payment(db, invoice.id, "10", local_today() + timedelta(days=1))
    assert (caught.value.field, caught.value.code) == ("paid_on", "future_date")
    assert Payment.select().count() == 0


def test_more_than_the_balance_only_as_a_credit_on_account(db, customer):
    invoice = factories.issued_invoice(db, customer.id, on=ON)  # 122.00
    with pytest.raises(ValidationError) as caught:
        factories.payment(db, invoice.id, "150", ON)
    assert caught.value.code == "exceeds_balance"
    factories.payment(db, invoice.id, "150", ON, on_account=True)  # 28.00 left with us, on account
    assert state(invoice.id) == (D("0.00"), D("28.00"), PaymentStatus.PAID)


def test_a_refund_is_in_the_subject_access_and_its_note_goes_with_an_erasure(db, customer):
    from smallcrm.services.privacy.erasure import erase_party
    from smallcrm.services.privacy.subject_access import collect_personal_data

    invoice = factories.paid_invoice(db, customer.id, on=ON)  # 122.00
    note = factories.credit_note(db, invoice.id, on=ON)
    refund(db, note.id, "122", notes="handed to Mr Rossi's wife")
    [listed] = collect_personal_data(customer.id).sections["refunds"]
    assert (listed["amount"], listed["notes"]) == (D("122.00"), "handed to Mr Rossi's wife")
    erase_party(db, customer.id, "Asked in person")
    assert [(r.amount_cents, r.notes) for r in Refund.select()] == [(12200, "")]  # the accounting record stays
