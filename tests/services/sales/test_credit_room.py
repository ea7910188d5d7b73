"""Credit notes credit per VAT rate: never more taxable or VAT at a rate than the invoice had there, no rate it
did not have, and the last credit of a line or of a rate takes exactly what is left, so that crediting line by
line, hour by hour or amount by amount always ends at 0,00."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from smallcrm.domain import PaymentStatus
from smallcrm.errors import ValidationError
from smallcrm.services.sales import invoices
from smallcrm.services.sales.credit_notes import CreditRequest, create_partial_credit_note, preview_credit
from tests import factories
from tests.factories import line

D = Decimal
ON = date(2026, 3, 2)


def vat_by_code(view) -> dict[str, tuple[Decimal, Decimal]]:
    return {s.vat_code: (s.taxable, s.vat) for s in view.vat_summary}


def test_a_credit_note_gets_no_more_vat_than_the_invoice_had_at_its_rate(db, customer):
    # 100 at 22% and 500 exempt (N2.2): taxable 600.00, VAT 22.00, and the stamp duty of 2.00 charged to the
    # customer (500 not subject to VAT is above 77.47): total 624.00
    invoice = factories.issued_invoice(db, customer.id, [line("Servizio", 1, "100", 0, "22"),
                                                         line("Libri", 1, "500", 0, "N2.2")], on=ON)
    assert (invoice.vat, invoice.tax.stamp_duty_charged, invoice.total) == (D("22.00"), D("2.00"), D("624.00"))
    # 500 + 110 VAT at 22% = 610.00 fits in the 624.00 of the invoice, but only 100 was invoiced at 22%
    with pytest.raises(ValidationError) as caught:
        factories.credit_note(db, invoice.id, [line("Storno", 1, "500", 0, "22")])
    assert (caught.value.field, caught.value.code) == ("lines", "credit_rate_too_large")
    assert (caught.value.params["vat_code"], caught.value.params["left"]) == ("22", D("100.00"))
    with pytest.raises(ValidationError) as caught:  # the same through an amount
        preview_credit(invoice.id, CreditRequest({}, amount="100,01", vat_code="22"))
    assert caught.value.code == "credit_rate_too_large"
    note = factories.credit_note(db, invoice.id, [line("Storno", 1, "100", 0, "22")], on=ON)
    assert (note.taxable, note.vat, note.total) == (D("100.00"), D("22.00"), D("122.00"))
    with pytest.raises(ValidationError) as caught:  # nothing left at 22%, 500 left exempt
        factories.credit_note(db, invoice.id, [line("Storno", 1, "0,01", 0, "22")])
    assert caught.value.params["left"] == D("0.00")
    rest = factories.credit_note(db, invoice.id, [line("Libri", 1, "500", 0, "N2.2")], on=ON)
    # the rest: 500.00 not subject to VAT and the stamp duty charged on the invoice credited back with it (2.00):
    # 502.00 (the note bears its own stamp duty too, 500.00 > 77.47, paid by us and not in what it credits)
    assert vat_by_code(rest) == {"N2.2": (D("500.00"), D("0.00"))} and rest.total == D("502.00")
    assert (rest.tax.stamp_duty, rest.tax.stamp_duty_charged) == (D("2.00"), D("2.00"))
    after = invoices.get_invoice(invoice.id, today=ON)
    assert (after.balance_due, after.payment_status) == (D("0.00"), PaymentStatus.CREDITED)


def test_a_rate_the_invoice_never_had_is_refused(db, customer):
    invoice = factories.issued_invoice(db, customer.id, [line("Servizio", 1, "1000", 0, "22")], on=ON)
    for code in ("10", "N4"):  # 10 + 1 VAT would fit in the 1,220.00 of the invoice
        with pytest.raises(ValidationError) as caught:
            factories.credit_note(db, invoice.id, [line("Altro", 1, "10", 0, code)])
        assert (caught.value.field, caught.value.code, caught.value.params["vat_code"]) == (
            "lines[0].vat_code", "credit_rate_not_invoiced", code)
    with pytest.raises(ValidationError) as caught:
        preview_credit(invoice.id, CreditRequest({}, amount="10", vat_code="10"))
    assert caught.value.code == "vat_unknown"  # an amount is asked at one of the invoice's codes


def test_crediting_line_by_line_ends_at_zero(db, customer):
    # 28.39 + 28.44 = 56.83 at 22%: VAT 12.5026 -> 12.50 (once per rate). On their own the lines would have
    # 6.2458 -> 6.25 and 6.2568 -> 6.26 of VAT: 12.51, one cent more than the invoice had, and the second credit
    # note was refused (34.70 against 34.69 left). The VAT credited at a rate is the invoice's VAT there times
    # the share of its taxable credited: 12.50 * 28.39 / 56.83 = 6.2445 -> 6.24; the last takes the rest, 6.26.
    invoice = factories.issued_invoice(db, customer.id, [line("Staffa", 1, "28,39"), line("Mensola", 1, "28,44")],
                                       on=ON)
    assert (invoice.taxable, invoice.vat, invoice.total) == (D("56.83"), D("12.50"), D("69.33"))
    first = create_partial_credit_note(db, invoice.id, CreditRequest({1: "1"}))[0]
    first = invoices.issue_invoice(db, first.id, ON)[0]
    second = create_partial_credit_note(db, invoice.id, CreditRequest({2: "1"}))[0]  # was refused
    second = invoices.issue_invoice(db, second.id, ON)[0]
    assert (first.taxable, first.vat, first.total) == (D("28.39"), D("6.24"), D("34.63"))
    assert (second.taxable, second.vat, second.total) == (D("28.44"), D("6.26"), D("34.70"))
    assert first.total + second.total == invoice.total
    after = invoices.get_invoice(invoice.id, today=ON)
    assert (after.balance_due, after.credit_balance, after.payment_status) == (D("0.00"), D("0.00"),
                                                                               PaymentStatus.CREDITED)


def test_crediting_hour_by_hour_ends_at_zero(db, customer):
    # 2.5 h at 33.33 = 83.325 -> 83.33, VAT 18.3326 -> 18.33: total 101.66. Half an hour on its own is
    # 16.665 -> 16.67, five of them 83.35: more than the line. A line's credited amount so far is its price
    # times the quantity credited so far, rounded once: 0.5 h 16.67, 1 h 33.33 (+16.66), 1.5 h 50.00 (+16.67),
    # 2 h 66.66 (+16.66), and the last half hour takes what is left of the line: 83.33 - 66.66 = 16.67.
    # VAT likewise: 18.33 * 16.67 / 83.33 = 3.667 -> 3.67; 18.33 * 33.33 / 83.33 = 7.3316 -> 7.33 (+3.66);
    # 50.00 -> 10.998 -> 11.00 (+3.67); 66.66 -> 14.6633 -> 14.66 (+3.66); the last 18.33 - 14.66 = 3.67.
    invoice = factories.issued_invoice(db, customer.id, [line("Consulenza", "2,5", "33,33")], on=ON)
    assert (invoice.taxable, invoice.vat, invoice.total) == (D("83.33"), D("18.33"), D("101.66"))
    notes = []
    for day in range(5):
        note = create_partial_credit_note(db, invoice.id, CreditRequest({1: "0,5"}))[0]
        notes.append(invoices.issue_invoice(db, note.id, date(2026, 3, 3 + day))[0])
    assert [(n.taxable, n.vat) for n in notes] == [(D("16.67"), D("3.67")), (D("16.66"), D("3.66")),
                                                   (D("16.67"), D("3.67")), (D("16.66"), D("3.66")),
                                                   (D("16.67"), D("3.67"))]
    assert [n.lines[0].net for n in notes] == [D("16.67"), D("16.66"), D("16.67"), D("16.66"), D("16.67")]
    assert sum((n.total for n in notes), D("0.00")) == invoice.total
    assert invoices.get_invoice(invoice.id, today=date(2026, 3, 8)).balance_due == D("0.00")


def test_amounts_at_several_rates_end_at_zero(db, customer):
    # 1,000 at 22% (VAT 220.00) and 2.5 h at 40 less 10% = 90 at 10% (VAT 9.00): 1,319.00
    invoice = factories.issued_invoice(db, customer.id, factories.boiler_lines(), on=ON)
    # 333.33 at 22%: 220 * 333.33 / 1000 = 73.3326 -> 73.33 (333.33 * 22% would be 73.3326 -> 73.33 too)
    one = create_partial_credit_note(db, invoice.id, CreditRequest({}, amount="333,33", vat_code="22"))[0]
    # 30 at 10%: 9 * 30 / 90 = 3.00
    two = create_partial_credit_note(db, invoice.id, CreditRequest({}, amount="30", vat_code="10"))[0]
    assert vat_by_code(one) == {"22": (D("333.33"), D("73.33"))}
    assert vat_by_code(two) == {"10": (D("30.00"), D("3.00"))}
    # 333.34 more at 22%: 666.67 credited -> 220 * 666.67 / 1000 = 146.6674 -> 146.67 (+73.34); the last 333.33
    # takes the rest, 220.00 - 146.67 = 73.33; and 60 at 10% is the rest there, 9.00 - 3.00 = 6.00
    three = create_partial_credit_note(db, invoice.id, CreditRequest({}, amount="333,34", vat_code="22"))[0]
    assert vat_by_code(three) == {"22": (D("333.34"), D("73.34"))}
    last = invoices.create_credit_note(db, invoice.id, [line("Resto", 1, "333,33", 0, "22"),
                                                        line("Resto posa", 1, "60", 0, "10")])[0]
    assert vat_by_code(last) == {"22": (D("333.33"), D("73.33")), "10": (D("60.00"), D("6.00"))}
    notes = [one, two, three, last]
    for n, note in enumerate(notes):
        invoices.issue_invoice(db, note.id, date(2026, 3, 3 + n))
    issued = [invoices.get_invoice(note.id) for note in notes]
    assert [vat_by_code(n) for n in issued] == [vat_by_code(n) for n in notes]  # issuing keeps the VAT
    assert sum((n.vat for n in issued), D("0.00")) == invoice.vat == D("229.00")
    assert sum((n.total for n in issued), D("0.00")) == invoice.total
    after = invoices.get_invoice(invoice.id, today=date(2026, 3, 8))
    assert (after.credited, after.balance_due, after.payment_status) == (D("1319.00"), D("0.00"),
                                                                         PaymentStatus.CREDITED)


def test_a_draft_changed_by_hand_is_priced_again(db, customer):
    # 56.83 at 22% as above; a draft of line 1 has 6.24 of VAT; changed to both lines, it has all of it, 12.50
    invoice = factories.issued_invoice(db, customer.id, [line("Staffa", 1, "28,39"), line("Mensola", 1, "28,44")],
                                       on=ON)
    note = create_partial_credit_note(db, invoice.id, CreditRequest({1: "1"}))[0]
    assert note.vat == D("6.24")
    both = [line("Staffa", 1, "28,39"), line("Mensola", 1, "28,44")]
    changed = invoices.update_invoice(db, note.id, invoices.InvoiceDraft(customer.id, both))[0]
    assert (changed.vat, changed.total) == (D("12.50"), D("69.33"))
    preview = invoices.draft_invoice_view(note.id, invoices.InvoiceDraft(customer.id, both[1:]))
    assert (preview.vat, preview.total) == (D("6.26"), D("34.70"))  # what it would be: the rest once 28.39 is out
