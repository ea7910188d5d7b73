"""Payments against issued invoices, and receivables aged by days past the due date."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from smallcrm.changes import Changes
from smallcrm.db.sales_models import Payment
from smallcrm.errors import Conflict, NotFound, ValidationError
from smallcrm.services.sales import invoices, payments
from smallcrm.services.sales.document_lines import LineDraft
from tests import factories

D = Decimal
ISSUED = date(2026, 3, 1)  # due 2026-03-31 with the default 30 days


def pay(db, invoice_id: int, amount, when: date = date(2026, 3, 10), **fields):
    return payments.record_payment(db, payments.PaymentDraft(invoice_id, amount, when, **fields))


def status(db, invoice_id: int, today: date) -> tuple[Decimal, Decimal, str]:
    view = invoices.get_invoice(invoice_id, today=today)
    return view.paid, view.balance_due, view.payment_status


def test_partial_and_multiple_payments_until_paid(db, customer, issued):
    invoice = issued(ISSUED)  # 100 + 22% = 122.00
    assert invoice.due_date == date(2026, 3, 31)
    assert status(db, invoice.id, date(2026, 3, 5)) == (D("0.00"), D("122.00"), "unpaid")
    assert status(db, invoice.id, date(2026, 4, 1)) == (D("0.00"), D("122.00"), "overdue")

    first, changes = pay(db, invoice.id, "22", method="cash", reference="ric. 7")
    assert changes == Changes(payments={first.id}, invoices={invoice.id}, parties={customer.id})
    assert (first.amount, first.paid_on, first.method, first.reference, first.invoice_number) == (
        D("22.00"), date(2026, 3, 10), "cash", "ric. 7", "1/2026")
    assert status(db, invoice.id, date(2026, 3, 31)) == (D("22.00"), D("100.00"), "partly_paid")  # due today
    assert status(db, invoice.id, date(2026, 4, 1)) == (D("22.00"), D("100.00"), "overdue")

    second, _ = pay(db, invoice.id, "50,50", date(2026, 3, 20))
    assert status(db, invoice.id, date(2026, 3, 25)) == (D("72.50"), D("49.50"), "partly_paid")
    third, _ = pay(db, invoice.id, "49.50", date(2026, 5, 2))
    assert status(db, invoice.id, date(2026, 12, 31)) == (D("122.00"), D("0.00"), "paid")
    assert [p.id for p in invoices.get_invoice(invoice.id).payments] == [first.id, second.id, third.id]
    assert [p.id for p in payments.list_payments(party_id=customer.id)] == [third.id, second.id, first.id]
    row = invoices.list_invoices(today=date(2026, 12, 31))[0]
    assert (row.paid, row.balance_due, row.payment_status, row.days_overdue) == (D("122.00"), D("0.00"), "paid", 0)


def test_more_than_the_balance_is_refused(db, issued):
    invoice = issued(ISSUED)
    with pytest.raises(ValidationError) as caught:
        pay(db, invoice.id, "122.01")
    assert (caught.value.field, caught.value.code, caught.value.params["due"]) == ("amount", "exceeds_balance",
                                                                                 D("122.00"))
    pay(db, invoice.id, "100")
    with pytest.raises(ValidationError) as caught:
        pay(db, invoice.id, "22.01")
    assert caught.value.code == "exceeds_balance" and caught.value.params["due"] == D("22.00")
    assert Payment.select().count() == 1


def test_zero_negative_or_malformed_amounts_are_refused(db, issued):
    invoice = issued(ISSUED)
    for amount, code in [("0", "too_small"), ("0,00", "too_small"), ("-5", "too_small"), ("abc", "number_invalid"),
                         ("1.005", "too_many_decimals")]:
        with pytest.raises(ValidationError) as caught:
            pay(db, invoice.id, amount)
        assert (caught.value.field, caught.value.code) == ("amount", code)
    assert Payment.select().count() == 0


def test_only_issued_invoices_take_payments(db, customer, issued):
    draft = factories.draft_invoice(db, customer.id, [LineDraft("X", 1, "10")])
    with pytest.raises(Conflict) as caught:
        pay(db, draft.id, "1")
    assert caught.value.code == "not_issued"
    invoice = issued(ISSUED)
    note = factories.credit_note(db, invoice.id, on=date(2026, 3, 2))
    with pytest.raises(Conflict):
        pay(db, note.id, "1")
    with pytest.raises(NotFound):
        pay(db, 999, "1")
    with pytest.raises(ValidationError) as caught:
        pay(db, invoice.id, "1", method="bitcoin")
    assert caught.value.field == "method"
    assert Payment.select().count() == 0


def test_a_payment_cannot_predate_the_invoice(db, issued):
    invoice = issued(ISSUED)
    with pytest.raises(ValidationError) as caught:
        pay(db, invoice.id, "10", ISSUED - timedelta(days=1))
    assert (caught.value.field, caught.value.code) == ("paid_on", "before_issue")
    assert pay(db, invoice.id, "10", ISSUED)[0].paid_on == ISSUED  # on the day is fine


def test_trashing_a_payment_restores_the_balance(db, customer, issued):
    invoice = issued(ISSUED)
    kept, _ = pay(db, invoice.id, "22")
    mistake, _ = pay(db, invoice.id, "100")
    assert status(db, invoice.id, date(2026, 3, 15)) == (D("122.00"), D("0.00"), "paid")
    changes = payments.trash_payment(db, mistake.id)
    assert changes == Changes(payments={mistake.id}, invoices={invoice.id}, parties={customer.id})
    assert status(db, invoice.id, date(2026, 3, 15)) == (D("22.00"), D("100.00"), "partly_paid")
    assert [p.id for p in payments.list_payments()] == [kept.id]
    with pytest.raises(NotFound):
        payments.trash_payment(db, mistake.id)
    pay(db, invoice.id, "100")  # the room is back


TODAY = date(2026, 6, 30)


def test_receivables_are_aged_summed_to_the_cent_and_oldest_first(db):
    alfa, beta, gamma, delta, omega = (factories.customer(db, n) for n in ("Alfa", "Beta", "Gamma", "Delta", "Omega"))
    # (customer, net amount, days overdue at TODAY or None when not yet due)
    plan = [
        (alfa, "10.01", None),  # issued 10 days ago, due in 20 days
        (alfa, "20.02", 0),  # due today: not yet overdue
        (alfa, "30.03", 1), (alfa, "40.04", 30),
        (beta, "50.05", 31), (beta, "60.06", 60), (beta, "70.07", 61),
        (gamma, "80.08", 90), (gamma, "90.09", 91), (gamma, "100.10", 400),
        (delta, "11.11", 45),  # paid in full: owes nothing
        (omega, "12.12", None),
    ]
    made = []
    for party, net, days in plan:
        terms = 30 if days is None else 0
        issue_date = TODAY - timedelta(days=10 if days is None else days)
        draft, _ = invoices.create_invoice(db, invoices.InvoiceDraft(party.id, [LineDraft("S", 1, net, 0, "22")],
                                                                     payment_terms_days=terms))
        made.append((issue_date, draft.id, party, days))
    totals = {}
    for issue_date, draft_id, _party, _days in sorted(made, key=lambda m: m[0]):  # dates must follow numbers
        view, _ = invoices.issue_invoice(db, draft_id, issue_date)
        totals[draft_id] = view.total
    delta_invoice = next(i for _, i, p, _ in made if p.id == delta.id)
    pay(db, delta_invoice, totals[delta_invoice], TODAY - timedelta(days=1))
    gamma_old = next(i for _, i, p, d in made if d == 400)
    pay(db, gamma_old, "0.10", TODAY - timedelta(days=5))
    factories.draft_invoice(db, omega.id, [LineDraft("bozza", 1, "999")])  # drafts don't count

    def total(net: str) -> Decimal:
        return (D(net) * D("1.22")).quantize(D("0.01"))

    rows = payments.receivables(today=TODAY)
    assert [r.party.name for r in rows] == ["Gamma", "Beta", "Alfa", "Omega"]
    by_name = {r.party.name: r for r in rows}
    gamma_row = by_name["Gamma"]
    assert (gamma_row.invoices, gamma_row.oldest_days_overdue) == (3, 400)
    assert gamma_row.overdue_61_90 == total("80.08")
    assert gamma_row.overdue_90_plus == total("90.09") + total("100.10") - D("0.10")
    assert gamma_row.not_due == gamma_row.overdue_0_30 == gamma_row.overdue_31_60 == D("0.00")
    beta_row = by_name["Beta"]
    assert (beta_row.overdue_31_60, beta_row.overdue_61_90, beta_row.oldest_days_overdue) == (
        total("50.05") + total("60.06"), total("70.07"), 61)
    alfa_row = by_name["Alfa"]
    assert (alfa_row.not_due, alfa_row.overdue_0_30, alfa_row.oldest_days_overdue, alfa_row.invoices) == (
        total("10.01") + total("20.02"), total("30.03") + total("40.04"), 30, 4)
    assert (by_name["Omega"].not_due, by_name["Omega"].oldest_days_overdue) == (total("12.12"), 0)
    for row in rows:
        assert row.balance_due == (row.not_due + row.overdue_0_30 + row.overdue_31_60 + row.overdue_61_90
                                   + row.overdue_90_plus)
    expected = sum((total(net) for party, net, _ in plan if party.id != delta.id), D("0.00")) - D("0.10")
    assert sum((r.balance_due for r in rows), D("0.00")) == expected

    later = payments.receivables(today=TODAY + timedelta(days=30))  # everything has aged a month
    assert {r.party.name: r.oldest_days_overdue for r in later} == {"Gamma": 430, "Beta": 91, "Alfa": 60,
                                                                   "Omega": 10}


def test_receivables_take_off_issued_credit_notes_and_leave_drafts_aside(db, issued):
    alfa, beta = factories.customer(db, "Alfa"), factories.customer(db, "Beta")
    partly = issued(date(2026, 3, 1), "100", alfa.id)  # 122.00, due 31 March
    whole = issued(date(2026, 3, 2), "50", beta.id)  # 61.00
    factories.credit_note(db, partly.id, [LineDraft("Reso", 1, "20", 0, "22")], on=date(2026, 3, 5))  # 24.40
    draft = factories.credit_note(db, whole.id)  # a draft credit note takes nothing off yet
    assert [(r.party.name, r.balance_due) for r in payments.receivables(today=TODAY)] == [
        ("Alfa", D("97.60")), ("Beta", D("61.00"))]
    invoices.issue_invoice(db, draft.id, date(2026, 3, 6))
    (alfa_row,) = payments.receivables(today=TODAY)
    assert (alfa_row.party.name, alfa_row.invoices, alfa_row.overdue_90_plus, alfa_row.oldest_days_overdue) == (
        "Alfa", 1, D("97.60"), 91)


def test_receivables_with_the_same_age_and_balance_come_by_name(db, issued):
    """The order is made in SQL now: longest overdue, then most owed, then the name (as Python sorts text)."""
    for name in ("Zeta", "Élan", "alfa", "Alfa"):
        issued(date(2026, 3, 1), "100", factories.customer(db, name).id)
    issued(date(2026, 3, 1), "200", factories.customer(db, "Mu").id)
    rows = payments.receivables(today=TODAY)
    assert [r.party.name for r in rows] == ["Mu", *sorted(["Zeta", "Élan", "alfa", "Alfa"])]
    assert len({r.oldest_days_overdue for r in rows}) == 1
