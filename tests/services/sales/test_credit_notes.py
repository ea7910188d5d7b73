"""Partial credit notes: chosen lines and quantities or an amount, never more than what is left, numbered
without gaps."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from smallcrm.db.sales_models import Invoice, InvoiceCounter
from smallcrm.errors import Conflict, ValidationError
from smallcrm.services.sales import invoices
from smallcrm.services.sales.credit_notes import CreditRequest, create_partial_credit_note, creditable, preview_credit
from smallcrm.services.sales.document_lines import LineDraft
from tests import factories

D = Decimal
LINES = factories.boiler_lines()  # 1,319.00, as on the ``invoice`` fixture


def test_some_of_one_line(db, invoice):
    preview = preview_credit(invoice.id, CreditRequest({2: "1"}))
    assert (preview.taxable, preview.vat, preview.total, preview.room) == (D("36.00"), D("3.60"), D("39.60"),
                                                                          D("1319.00"))
    assert Invoice.select().where(Invoice.kind == "credit_note").count() == 0  # a preview saves nothing
    note, changes = create_partial_credit_note(db, invoice.id, CreditRequest({1: "0", 2: "1"}), "Reso parziale")
    assert changes.invoices == {note.id, invoice.id}
    assert (note.kind, note.status, note.total, note.notes, note.corrects_number) == (
        "credit_note", "draft", D("39.60"), "Reso parziale", invoice.number)
    [line] = note.lines
    assert (line.description, line.quantity, line.unit_price, line.discount_percent, line.vat_code) == (
        "Posa", D("1"), D("40.00"), D("10"), "10")
    left = creditable(invoice.id)
    assert [(c.credited, c.left) for c in left.lines] == [(D("0"), D("1")), (D("1"), D("1.5"))]
    assert left.room == D("1279.40")


def test_never_more_than_is_left_on_a_line(db, invoice):
    create_partial_credit_note(db, invoice.id, CreditRequest({2: "2"}))
    with pytest.raises(ValidationError) as caught:
        preview_credit(invoice.id, CreditRequest({1: "1", 2: "0,6"}))
    assert (caught.value.field, caught.value.code) == ("quantities[2]", "credit_quantity_too_large")
    assert caught.value.params["left"] == D("0.5")
    with pytest.raises(ValidationError):
        create_partial_credit_note(db, invoice.id, CreditRequest({2: "0,6"}))
    assert Invoice.select().where(Invoice.kind == "credit_note").count() == 1  # nothing half-made
    for bad, code in (({3: "1"}, "not_found"), ({1: "-1"}, "too_small"), ({1: "uno"}, "number_invalid"),
                      ({}, "nothing_to_credit"), ({1: "0"}, "nothing_to_credit")):
        with pytest.raises(ValidationError) as caught:
            preview_credit(invoice.id, CreditRequest(bad))
        assert caught.value.code == code, bad


def test_an_amount_at_one_of_the_invoice_vat_rates(db, invoice):
    request = CreditRequest({}, amount="100", vat_code="22", description="Abbuono per ritardo")
    preview = preview_credit(invoice.id, request)
    assert (preview.taxable, preview.vat, preview.total) == (D("100.00"), D("22.00"), D("122.00"))
    note = create_partial_credit_note(db, invoice.id, request)[0]
    assert [(line.description, line.quantity, line.unit_price) for line in note.lines] == [
        ("Abbuono per ritardo", D("1"), D("100.00"))]
    assert creditable(invoice.id).lines[0].left == D("1")  # an amount takes nothing from the lines
    with pytest.raises(ValidationError) as caught:
        preview_credit(invoice.id, CreditRequest({}, amount="10", vat_code="4"))
    assert (caught.value.field, caught.value.code) == ("vat_code", "vat_unknown")
    with pytest.raises(ValidationError) as caught:  # 900.00 left at 22% (1,197.00 in all): 1,000 is more
        preview_credit(invoice.id, CreditRequest({}, amount="1000", vat_code="22"))
    assert (caught.value.field, caught.value.code, caught.value.params["left"]) == (
        "lines", "credit_rate_too_large", D("900.00"))
    with pytest.raises(ValidationError) as caught:  # all of the 90.00 at 10%, and 10 more at that rate
        preview_credit(invoice.id, CreditRequest({2: "2,5"}, amount="10", vat_code="10"))
    assert (caught.value.code, caught.value.params["vat_code"], caught.value.params["left"]) == (
        "credit_rate_too_large", "10", D("90.00"))
    # all of the line at 10%: 90.00 + 9.00; 10 at 22% where the draft above took 100 of 1,000 (VAT 22.00 of
    # 220.00): 220 * 110 / 1000 = 24.20 so far, 2.20 of it here; 90 + 9 + 10 + 2.20 = 111.20
    both = preview_credit(invoice.id, CreditRequest({2: "2,5"}, amount="10", vat_code="22"))
    assert (both.taxable, both.vat, both.total) == (D("100.00"), D("11.20"), D("111.20"))


def test_partial_notes_are_numbered_without_gaps(db, invoice):
    first = create_partial_credit_note(db, invoice.id, CreditRequest({2: "1"}))[0]
    second = create_partial_credit_note(db, invoice.id, CreditRequest({2: "1,5"}))[0]
    assert invoices.issue_invoice(db, second.id, date(2026, 3, 3))[0].number == "NC 1/2026"
    with pytest.raises(ValidationError):
        create_partial_credit_note(db, invoice.id, CreditRequest({2: "0,1"}))  # nothing left on that line
    assert invoices.issue_invoice(db, first.id, date(2026, 3, 4))[0].number == "NC 2/2026"
    counter = InvoiceCounter.get(InvoiceCounter.kind == "credit_note", InvoiceCounter.year == 2026)
    assert counter.last_number == 2
    after = invoices.get_invoice(invoice.id, today=date(2026, 3, 5))
    assert after.balance_due == D("1319.00") - D("39.60") - D("59.40")
    full = creditable(invoice.id)
    assert [c.left for c in full.lines] == [D("1"), D("0")] and full.room == D("1220.00")
    rest = create_partial_credit_note(db, invoice.id, CreditRequest({1: "1"}))[0]
    assert invoices.issue_invoice(db, rest.id, date(2026, 3, 5))[0].number == "NC 3/2026"
    assert invoices.get_invoice(invoice.id, today=date(2026, 3, 6)).balance_due == D("0.00")


def test_only_an_issued_invoice(db, customer, invoice):
    draft = factories.draft_invoice(db, customer.id, LINES)
    note = create_partial_credit_note(db, invoice.id, CreditRequest({1: "1"}))[0]
    for target in (draft.id, note.id):
        with pytest.raises(Conflict):
            creditable(target)


def test_a_draft_note_changed_by_hand_credits_no_more_of_a_line(db, customer, invoice):
    note = create_partial_credit_note(db, invoice.id, CreditRequest({2: "1"}))[0]
    more = [LineDraft("Posa", "2,6", "40", "10", "10")]  # 2.6 h of 2.5 invoiced; the total would still fit
    with pytest.raises(ValidationError) as caught:
        invoices.update_invoice(db, note.id, invoices.InvoiceDraft(customer.id, more))
    assert (caught.value.field, caught.value.code, caught.value.params["left"]) == (
        "lines[0].quantity", "credit_quantity_too_large", D("2.5"))
    twice = [LineDraft("Posa", "1,5", "40", "10", "10"), LineDraft("Posa", "1,5", "40", "10", "10")]
    with pytest.raises(ValidationError) as caught:  # the same line twice counts twice
        invoices.update_invoice(db, note.id, invoices.InvoiceDraft(customer.id, twice))
    assert caught.value.field == "lines[1].quantity"
    changed = invoices.update_invoice(db, note.id, invoices.InvoiceDraft(
        customer.id, [LineDraft("Posa", "2,5", "40", "10", "10"), LineDraft("Altro", 1, "30", 0, "22")]))[0]
    assert changed.total == D("99.00") + D("36.60")  # all of the line, and a line of its own
    with pytest.raises(ValidationError) as caught:  # the other note wants some of it too
        invoices.create_credit_note(db, invoice.id, [LineDraft("Posa", "0,1", "40", "10", "10")])
    assert caught.value.code == "credit_quantity_too_large"
