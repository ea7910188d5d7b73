"""Invoices and credit notes: from quotes, gapless numbers per series and year, frozen once issued."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from peewee import DatabaseError

from smallcrm.changes import Changes
from smallcrm.db.sales_models import Invoice, InvoiceCounter, InvoiceLine
from smallcrm.errors import Conflict, NotFound, ValidationError
from smallcrm.services.admin.settings import set_setting
from smallcrm.services.parties.parties import draft_of, update_party
from smallcrm.services.sales import invoices, quotes
from smallcrm.services.sales.document_lines import LineDraft
from tests import factories

D = Decimal
LINES = factories.boiler_lines()


@pytest.fixture
def draft(db, customer):
    """``draft()``: a draft invoice (1,000 + 22% and 90 + 10% = 1,319.00), returned as its view."""

    def make(lines=None, terms: int | None = None):
        return factories.draft_invoice(db, customer.id, lines or LINES, payment_terms_days=terms)

    return make


def issue(db, invoice_id: int, when: date) -> str:
    return invoices.issue_invoice(db, invoice_id, when)[0].number


def test_a_draft_has_no_number_and_its_totals(db, customer, draft):
    view = draft()
    assert (view.kind, view.status, view.number, view.issue_date, view.due_date) == (
        "invoice", "draft", "", None, None)
    assert (view.taxable, view.vat, view.total) == (D("1090.00"), D("229.00"), D("1319.00"))
    assert view.payment_status == "" and view.balance_due == 0
    assert InvoiceCounter.select().where(InvoiceCounter.kind == "invoice").count() == 0


def test_invoice_from_an_accepted_quote(db, customer, product):
    cons = product(vat_code="10")
    quote, _ = quotes.create_quote(db, quotes.QuoteDraft(customer.id, [LineDraft(product_id=cons.id, quantity=3),
                                                                       *LINES], notes="Grazie"))
    quotes.set_quote_status(db, quote.id, "accepted")
    view, changes = invoices.invoice_from_quote(db, quote.id)
    assert changes == Changes(invoices={view.id}, parties={customer.id}, quotes={quote.id})
    assert view.status == "draft" and view.quote_number == quote.number and view.notes == "Grazie"
    assert view.lines == quote.lines
    assert (view.taxable, view.vat, view.total) == (quote.taxable, quote.vat, quote.total)
    assert Invoice.get_by_id(view.id).quote_id == quote.id


@pytest.mark.parametrize("status", ["draft", "sent", "rejected"])
def test_invoice_from_a_quote_not_accepted_is_refused(db, customer, status):
    quote, _ = quotes.create_quote(db, quotes.QuoteDraft(customer.id, LINES))
    if status != "draft":
        quotes.set_quote_status(db, quote.id, status)
    with pytest.raises(Conflict) as caught:
        invoices.invoice_from_quote(db, quote.id)
    assert caught.value.code == "quote_not_accepted"
    assert Invoice.select().count() == 0
    with pytest.raises(NotFound):
        invoices.invoice_from_quote(db, 999)


def test_numbers_per_year_and_per_series(db, customer, draft):
    first, changes = invoices.issue_invoice(db, draft().id, date(2026, 1, 10))
    assert changes == Changes(invoices={first.id}, parties={customer.id})
    assert (first.number, first.status, first.issue_date) == ("1/2026", "issued", date(2026, 1, 10))
    assert issue(db, draft().id, date(2026, 2, 1)) == "2/2026"
    assert issue(db, draft().id, date(2025, 12, 30)) == "1/2025"  # another year, its own sequence
    assert issue(db, draft().id, date(2026, 2, 1)) == "3/2026"  # same day as the last one: fine

    set_setting(db, "device_suffix", "B")  # a second laptop: its own sequence
    assert issue(db, draft().id, date(2026, 1, 5)) == "1/2026/B"
    assert issue(db, draft().id, date(2026, 1, 6)) == "2/2026/B"
    set_setting(db, "invoice_series", "A")
    assert issue(db, draft().id, date(2026, 1, 7)) == "1/2026/A/B"
    set_setting(db, "invoice_series", "")
    set_setting(db, "device_suffix", "")
    assert issue(db, draft().id, date(2026, 3, 1)) == "4/2026"

    rows = {(r.series, r.year, r.number) for r in Invoice.select().where(Invoice.status == "issued")}
    assert rows == {("", 2026, 1), ("", 2026, 2), ("", 2026, 3), ("", 2026, 4), ("", 2025, 1), ("B", 2026, 1),
                    ("B", 2026, 2), ("A/B", 2026, 1)}


def test_credit_notes_have_their_own_sequence(db, draft):
    one = invoices.issue_invoice(db, draft().id, date(2026, 2, 1))[0]
    two = invoices.issue_invoice(db, draft().id, date(2026, 2, 2))[0]
    note, _ = invoices.create_credit_note(db, one.id, [LineDraft("Reso", 1, "10", 0, "22")])
    assert issue(db, note.id, date(2026, 2, 3)) == "NC 1/2026"
    note, _ = invoices.create_credit_note(db, two.id, [LineDraft("Reso", 1, "10", 0, "22")])
    assert issue(db, note.id, date(2026, 2, 4)) == "NC 2/2026"
    assert issue(db, draft().id, date(2026, 2, 5)) == "3/2026"


def test_an_empty_or_zero_invoice_cannot_be_issued(db, draft, customer):
    empty, _ = invoices.create_invoice(db, invoices.InvoiceDraft(customer.id, []))
    with pytest.raises(ValidationError) as caught:
        invoices.issue_invoice(db, empty.id, date(2026, 3, 1))
    assert (caught.value.field, caught.value.code) == ("lines", "empty")
    free = draft([LineDraft("Omaggio", 1, "10", "100", "22")])
    with pytest.raises(ValidationError) as caught:
        invoices.issue_invoice(db, free.id, date(2026, 3, 1))
    assert (caught.value.field, caught.value.code) == ("lines", "zero_total")
    assert {i.status for i in Invoice.select()} == {"draft"}
    assert issue(db, draft().id, date(2026, 3, 1)) == "1/2026"  # no number was used up


def test_a_draft_can_be_changed_and_trashed(db, customer, draft):
    view = draft()
    changed, changes = invoices.update_invoice(db, view.id, invoices.InvoiceDraft(customer.id, [LINES[0]], "Nota"))
    assert changes == Changes(invoices={view.id}, parties={customer.id})
    assert changed.total == D("1220.00") and changed.notes == "Nota" and len(changed.lines) == 1
    assert invoices.trash_invoice(db, view.id) == Changes(invoices={view.id}, parties={customer.id})
    with pytest.raises(NotFound):
        invoices.get_invoice(view.id)


def test_the_preview_of_a_draft_being_edited_saves_nothing(db, customer, company, draft):
    view = draft(terms=30)
    other = company("Bottega Neri")
    typed = invoices.InvoiceDraft(other.id, [LINES[0], LineDraft("Extra", 2, "5", 0, "22")], " Nota ", 60, "en")
    preview = invoices.draft_invoice_view(view.id, typed)
    assert (preview.id, preview.status, preview.number) == (view.id, "draft", "")
    assert (preview.customer.name, preview.party.id, preview.notes, preview.language) == (
        "Bottega Neri", other.id, "Nota", "en")
    assert (preview.taxable, preview.total, preview.payment_terms_days) == (D("1010.00"), D("1232.20"), 60)
    assert invoices.get_invoice(view.id) == view  # nothing saved
    with pytest.raises(ValidationError) as caught:
        invoices.draft_invoice_view(view.id, invoices.InvoiceDraft(customer.id, [LineDraft("X", -1, "5")]))
    assert caught.value.field == "lines[0].quantity"
    issued = invoices.issue_invoice(db, view.id, date(2026, 3, 1))[0]
    with pytest.raises(Conflict):
        invoices.draft_invoice_view(issued.id, typed)


def test_an_issued_invoice_is_frozen(db, customer, draft):
    view = invoices.issue_invoice(db, draft().id, date(2026, 3, 1))[0]
    with pytest.raises(Conflict) as caught:
        invoices.update_invoice(db, view.id, invoices.InvoiceDraft(customer.id, [LineDraft("X", 1, "1")]))
    assert caught.value.code == "invoice_issued"
    with pytest.raises(Conflict):
        invoices.trash_invoice(db, view.id)
    with pytest.raises(Conflict):
        invoices.issue_invoice(db, view.id, date(2026, 3, 2))
    assert invoices.get_invoice(view.id) == view


RAW_CHANGES = [
    "UPDATE invoice SET total_cents = 1 WHERE id = ?",
    "UPDATE invoice SET deleted_at = '2026-03-02 10:00:00' WHERE id = ?",
    "UPDATE invoice SET status = 'draft' WHERE id = ?",
    "DELETE FROM invoice WHERE id = ?",
    "UPDATE invoice_line SET unit_price_e8 = 1 WHERE invoice_id = ?",
    "DELETE FROM invoice_line WHERE invoice_id = ?",
    "INSERT INTO invoice_line (uid, created_at, updated_at, position, description, quantity_milli, unit,"
    " unit_price_e8, discount_bp, vat_code, vat_rate_bp, vat_exemption, net_cents, invoice_id)"
    " VALUES ('x', '2026-01-01', '2026-01-01', 9, 'extra', 1000, '', 100, 0, '22', 2200, '', 100, ?)",
]


def test_the_database_itself_refuses_to_change_an_issued_invoice(db, draft):
    view = invoices.issue_invoice(db, draft().id, date(2026, 3, 1))[0]
    for sql in RAW_CHANGES:
        with pytest.raises(DatabaseError, match="issued invoice"):
            db.execute_sql(sql, (view.id,))
    assert invoices.get_invoice(view.id) == view
    other = draft()  # a draft is still free to change
    db.execute_sql("UPDATE invoice SET notes = 'ok' WHERE id = ?", (other.id,))
    db.execute_sql("DELETE FROM invoice_line WHERE invoice_id = ?", (other.id,))
    assert InvoiceLine.select().where(InvoiceLine.invoice == other.id).count() == 0


def test_issue_dates_must_not_go_backwards_within_a_series(db, draft):
    issue(db, draft().id, date(2026, 3, 10))
    late = draft()
    with pytest.raises(ValidationError) as caught:
        invoices.issue_invoice(db, late.id, date(2026, 3, 9))
    assert (caught.value.field, caught.value.code) == ("issue_date", "out_of_order")
    assert invoices.get_invoice(late.id).status == "draft"
    assert issue(db, late.id, date(2026, 3, 10)) == "2/2026"
    set_setting(db, "device_suffix", "B")  # another series keeps its own dates
    assert issue(db, draft().id, date(2026, 3, 1)) == "1/2026/B"


def test_due_date_is_issue_date_plus_payment_terms(db, draft):
    assert invoices.issue_invoice(db, draft(terms=60).id, date(2026, 1, 31))[0].due_date == date(2026, 4, 1)
    assert invoices.issue_invoice(db, draft(terms=0).id, date(2026, 2, 1))[0].due_date == date(2026, 2, 1)
    view = invoices.issue_invoice(db, draft().id, date(2026, 2, 1))[0]  # the default: 30 days
    assert (view.payment_terms_days, view.due_date) == (30, date(2026, 3, 3))
    set_setting(db, "payment_terms_days", 15)
    assert invoices.issue_invoice(db, draft().id, date(2026, 2, 1))[0].due_date == date(2026, 2, 16)
    with pytest.raises(ValidationError) as caught:
        draft(terms=400)
    assert caught.value.field == "payment_terms_days"


def test_the_customer_is_frozen_at_issue(db, customer, draft):
    issued = invoices.issue_invoice(db, draft().id, date(2026, 3, 1))[0]
    still_draft = draft()
    renamed = draft_of(customer)
    renamed.name = "Rossi Impianti S.p.A."
    update_party(db, customer.id, renamed)
    assert invoices.get_invoice(issued.id).customer.name == "Rossi Impianti S.r.l."
    assert invoices.get_invoice(issued.id).customer.vat_number == "IT00743110157"
    assert invoices.get_invoice(still_draft.id).customer.name == "Rossi Impianti S.p.A."
    issued_later = invoices.issue_invoice(db, still_draft.id, date(2026, 3, 2))[0]
    assert issued_later.customer.name == "Rossi Impianti S.p.A."


def test_credit_note_cannot_exceed_what_is_left(db, customer, draft):
    invoice = invoices.issue_invoice(db, draft([LineDraft("Servizio", 1, "100", 0, "22")]).id, date(2026, 3, 1))[0]
    half, changes = invoices.create_credit_note(db, invoice.id, [LineDraft("Reso", 1, "50", 0, "22")])
    assert changes == Changes(invoices={half.id, invoice.id}, parties={customer.id})
    assert (half.kind, half.status, half.total, half.corrects_number) == ("credit_note", "draft", D("61.00"), "1/2026")
    assert invoices.get_invoice(invoice.id).balance_due == D("122.00")  # a draft credits nothing yet
    with pytest.raises(ValidationError) as caught:  # 50.00 left at 22%, even while the first note is a draft
        invoices.create_credit_note(db, invoice.id, [LineDraft("Reso", 1, "50.01", 0, "22")])
    assert (caught.value.field, caught.value.code, caught.value.params["left"]) == (
        "lines", "credit_rate_too_large", D("50.00"))
    with pytest.raises(ValidationError):
        invoices.update_invoice(db, half.id, invoices.InvoiceDraft(customer.id, [LineDraft("R", 1, "101", 0, "22")]))
    rest, _ = invoices.create_credit_note(db, invoice.id, [LineDraft("Reso", 1, "50", 0, "22")])
    assert rest.total == D("61.00")
    assert Invoice.select().where(Invoice.kind == "credit_note").count() == 2


def test_credit_note_only_of_an_issued_invoice_and_not_before_it(db, draft):
    with pytest.raises(Conflict):
        invoices.create_credit_note(db, draft().id)
    invoice = invoices.issue_invoice(db, draft().id, date(2026, 3, 10))[0]
    note, _ = invoices.create_credit_note(db, invoice.id)
    with pytest.raises(Conflict):
        invoices.create_credit_note(db, note.id)  # a credit note of a credit note
    with pytest.raises(ValidationError) as caught:
        invoices.issue_invoice(db, note.id, date(2026, 3, 9))
    assert (caught.value.field, caught.value.code) == ("issue_date", "before_invoice")
    assert invoices.issue_invoice(db, note.id, date(2026, 3, 10))[0].number == "NC 1/2026"


def test_a_full_credit_note_zeroes_the_balance(db, customer, draft):
    invoice = invoices.issue_invoice(db, draft().id, date(2026, 3, 1))[0]
    assert (invoice.balance_due, invoice.payment_status) == (D("1319.00"), "overdue")
    note, _ = invoices.create_credit_note(db, invoice.id, notes="Annullata")
    assert note.lines == invoice.lines and note.total == invoice.total and note.notes == "Annullata"
    note = invoices.issue_invoice(db, note.id, date(2026, 3, 5))[0]
    assert (note.number, note.due_date, note.payment_status) == ("NC 1/2026", None, "")

    after = invoices.get_invoice(invoice.id, today=date(2026, 6, 1))
    assert (after.balance_due, after.payment_status) == (D("0.00"), "credited")  # nothing was paid
    row = next(r for r in invoices.list_invoices(today=date(2026, 6, 1)) if r.id == invoice.id)
    assert (row.credited, row.balance_due, row.days_overdue) == (D("1319.00"), D("0.00"), 0)
    assert [r.number for r in invoices.list_invoices(kind="credit_note")] == ["NC 1/2026"]
    with pytest.raises(ValidationError) as caught:
        invoices.create_credit_note(db, invoice.id, [LineDraft("Ancora", 1, "0.01", 0, "22")])
    assert caught.value.code == "credit_rate_too_large"


def test_an_invoice_cannot_be_dated_in_the_future(db, draft):
    from datetime import timedelta

    from smallcrm.clock import local_today

    pending = draft()
    with pytest.raises(ValidationError) as caught:
        invoices.issue_invoice(db, pending.id, local_today() + timedelta(days=1))
    assert (caught.value.field, caught.value.code) == ("issue_date", "future_date")
    assert invoices.get_invoice(pending.id).status == "draft"  # and no number was used up
    assert issue(db, pending.id, local_today()) == f"1/{local_today().year}"
