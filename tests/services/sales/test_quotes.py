"""Quotes: written from products and free lines, edited while drafts, sent, accepted, duplicated, revised."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from smallcrm.changes import Changes
from smallcrm.clock import local_today
from smallcrm.db.sales_models import InvoiceCounter, Quote, QuoteLine
from smallcrm.errors import Conflict, NotFound, ValidationError
from smallcrm.services.privacy.audit import list_audit
from smallcrm.services.sales import quotes
from smallcrm.services.sales.document_lines import LineDraft
from tests import factories

D = Decimal
MARCH = date(2026, 3, 2)


@pytest.fixture
def draft_quote(db, customer):
    def make(lines=None, **fields):
        return factories.draft_quote(db, customer.id, lines or [LineDraft("Sopralluogo", 1, "80", 0, "22")], **fields)

    return make


def test_create_with_a_product_line_and_a_free_line(db, customer, product):
    cons = product("cons", "Consulenza", "65,00", vat_code="10", unit="h")
    view, changes = quotes.create_quote(db, quotes.QuoteDraft(
        customer.id, [LineDraft(product_id=cons.id, quantity="2,5"), LineDraft("Trasferta", 1, "40", "10", "22")],
        title="Impianto", issue_date=MARCH))

    assert changes == Changes(quotes={view.id}, parties={customer.id})
    assert view.number == "P-2026-0001" and view.status == "draft" and view.revision == 1
    assert view.issue_date == MARCH and view.valid_until == date(2026, 4, 1)  # 30 days by default
    first, second = view.lines
    assert (first.product_id, first.description, first.unit, first.unit_price, first.vat_code, first.quantity) == (
        cons.id, "Consulenza", "h", D("65.00"), "10", D("2.5"))
    assert str(first.vat_percent) == "10"  # not 1E+1
    assert first.net == D("162.50")
    assert (second.product_id, second.description, second.discount_percent, second.net) == (
        None, "Trasferta", D(10), D("36.00"))
    assert (view.taxable, view.vat, view.total) == (D("198.50"), D("24.17"), D("222.67"))  # 16.25 + 7.92
    assert view.customer.name == "Rossi Impianti S.r.l."
    assert quotes.get_quote(view.id) == view


def test_a_product_line_may_override_price_and_vat(db, customer, product):
    cons = product()
    view, _ = quotes.create_quote(db, quotes.QuoteDraft(
        customer.id, [LineDraft("Consulenza scontata", 1, "60", 0, "N2.2", cons.id)]))
    line = view.lines[0]
    assert (line.description, line.unit_price, line.vat_code, line.vat_percent) == (
        "Consulenza scontata", D("60.00"), "N2.2", D(0))
    assert "forfettario" in line.vat_exemption
    assert view.vat_summary[0].exemption == line.vat_exemption


def test_numbers_follow_each_other_within_the_year(db, draft_quote):
    assert [draft_quote(issue_date=MARCH).number for _ in range(3)] == ["P-2026-0001", "P-2026-0002", "P-2026-0003"]
    assert draft_quote(issue_date=date(2027, 1, 4)).number == "P-2027-0001"


def test_update_only_while_draft(db, customer, draft_quote):
    quote = draft_quote(issue_date=MARCH)
    new = quotes.QuoteDraft(customer.id, [LineDraft("Sopralluogo", 2, "80", 0, "22")], title="v2", issue_date=MARCH)
    view, changes = quotes.update_quote(db, quote.id, new)
    assert changes == Changes(quotes={quote.id}, parties={customer.id})
    assert view.number == quote.number and view.title == "v2" and view.total == D("195.20")
    assert QuoteLine.select().where(QuoteLine.quote == quote.id).count() == 1  # lines replaced, not added

    quotes.set_quote_status(db, quote.id, "sent")
    with pytest.raises(Conflict) as caught:
        quotes.update_quote(db, quote.id, quotes.QuoteDraft(customer.id, [LineDraft("Altro", 1, "1")]))
    assert caught.value.code == "quote_not_draft"
    after = quotes.get_quote(quote.id)
    assert after.lines == view.lines and after.title == "v2" and after.status == "sent"


ALLOWED = [["sent", "accepted"], ["sent", "rejected", "sent"], ["sent", "draft", "sent", "expired", "sent"],
           ["accepted"], ["rejected"], ["sent", "sent"]]
REFUSED = [([], "expired"), (["accepted"], "draft"), (["accepted"], "rejected"), (["rejected"], "accepted"),
           (["sent", "expired"], "accepted"), (["sent", "accepted"], "expired")]


def test_allowed_transitions(db, draft_quote):
    for path in ALLOWED:
        quote = draft_quote()
        for status in path:
            view, changes = quotes.set_quote_status(db, quote.id, status)
            assert view.status == status and changes.quotes == {quote.id}, path
        assert Quote.get_by_id(quote.id).status == path[-1]


def test_refused_transitions(db, draft_quote):
    for path, refused in REFUSED:
        quote = draft_quote()
        for status in path:
            quotes.set_quote_status(db, quote.id, status)
        with pytest.raises(Conflict) as caught:
            quotes.set_quote_status(db, quote.id, refused)
        assert caught.value.code == "quote_transition", (path, refused)
        assert quotes.get_quote(quote.id).status == (path[-1] if path else "draft")


def test_unknown_status_and_missing_quote(db, draft_quote):
    quote = draft_quote()
    with pytest.raises(ValidationError) as caught:
        quotes.set_quote_status(db, quote.id, "approved")
    assert caught.value.field == "status"
    with pytest.raises(NotFound):
        quotes.set_quote_status(db, 999, "sent")
    with pytest.raises(NotFound):
        quotes.get_quote(999)


def test_duplicate_gets_a_new_number_and_is_a_draft(db, customer, draft_quote):
    year = local_today().year
    original = draft_quote([LineDraft("A", 2, "10", 0, "22"), LineDraft("B", 1, "5", "50", "4")], title="Offerta")
    quotes.set_quote_status(db, original.id, "sent")
    copy, changes = quotes.duplicate_quote(db, original.id)
    assert changes == Changes(quotes={copy.id}, parties={customer.id})
    assert copy.id != original.id
    assert (original.number, copy.number) == (f"P-{year}-0001", f"P-{year}-0002")
    assert copy.status == "draft" and copy.revision == 1 and copy.title == "Offerta"
    assert [(x.description, x.quantity, x.unit_price, x.discount_percent, x.vat_code, x.net) for x in copy.lines] == [
        (x.description, x.quantity, x.unit_price, x.discount_percent, x.vat_code, x.net) for x in original.lines]
    assert copy.total == original.total
    assert quotes.get_quote(original.id).status == "sent"


def test_revise_keeps_the_number_and_the_old_revision(db, customer, draft_quote):
    original = draft_quote(title="Prima")
    quotes.set_quote_status(db, original.id, "sent")
    before = quotes.get_quote(original.id)

    rev2, changes = quotes.revise_quote(db, original.id)
    assert changes == Changes(quotes={rev2.id}, parties={customer.id})
    assert rev2.id != original.id and rev2.status == "draft" and rev2.revision == 2
    assert rev2.number == f"{original.number} rev. 2"
    assert Quote.get_by_id(rev2.id).previous_id == original.id
    assert quotes.get_quote(original.id) == before  # kept exactly as it was

    quotes.update_quote(db, rev2.id, quotes.QuoteDraft(customer.id, [LineDraft("Nuovo", 1, "99", 0, "22")]))
    assert quotes.get_quote(original.id) == before
    rev3, _ = quotes.revise_quote(db, original.id)  # revising an old one still takes the next revision
    assert rev3.number == f"{original.number} rev. 3"
    assert [q.number for q in quotes.list_quotes()] == [rev3.number, rev2.number, original.number]


def test_expire_quotes_only_sent_ones_past_their_validity(db, customer, draft_quote):
    stale = draft_quote(issue_date=MARCH, valid_until=date(2026, 3, 31))
    on_the_day = draft_quote(issue_date=MARCH, valid_until=date(2026, 4, 1))
    draft = draft_quote(issue_date=MARCH, valid_until=date(2026, 3, 10))
    accepted = draft_quote(issue_date=MARCH, valid_until=date(2026, 3, 10))
    for quote in (stale, on_the_day):
        quotes.set_quote_status(db, quote.id, "sent")
    quotes.set_quote_status(db, accepted.id, "accepted")

    before = {q.id: q.updated_at for q in Quote.select()}
    changes = quotes.expire_quotes(db, today=date(2026, 4, 1))
    assert changes == Changes(quotes={stale.id}, parties={customer.id})
    after = {q.id: q.updated_at for q in Quote.select()}
    assert after[stale.id] > before[stale.id]  # sync and "recently changed" lists see it
    assert {i for i in after if after[i] != before[i]} == {stale.id}
    assert {q.id: q.status for q in quotes.list_quotes()} == {
        stale.id: "expired", on_the_day.id: "sent", draft.id: "draft", accepted.id: "accepted"}
    assert [q.id for q in quotes.list_quotes(status="expired")] == [stale.id]
    (logged,) = [e for e in list_audit(customer.id) if e.action == "expire"]  # the History tab says why
    assert (logged.record_kind, logged.record_id, logged.field, logged.old_value, logged.new_value) == (
        "quote", stale.id, "status", "sent", "expired")
    assert not quotes.expire_quotes(db, today=date(2026, 4, 1))  # nothing more to do


def _counts() -> tuple[int, int, int]:
    return Quote.select().count(), QuoteLine.select().count(), InvoiceCounter.select().count()


BAD_INPUT = [
    ([LineDraft("X", "-1", "10")], {}, "lines[0].quantity", "too_small"),
    ([LineDraft("X", "0", "10")], {}, "lines[0].quantity", "too_small"),
    ([LineDraft("X", "abc", "10")], {}, "lines[0].quantity", "number_invalid"),
    ([LineDraft("X", "1.0001", "10")], {}, "lines[0].quantity", "too_many_decimals"),
    ([LineDraft("X", 1, "12.123456789")], {}, "lines[0].unit_price", "too_many_decimals"),  # 8 at most
    ([LineDraft("X", 1, "-5")], {}, "lines", "negative_total"),  # a line may take off, not below zero
    ([LineDraft("X", 1, "10"), LineDraft("Y", 1, "-5", 0, "10")], {}, "lines", "negative_total"),  # by rate
    ([LineDraft("X", 1, "9" * 40 + ".123")], {}, "lines[0].unit_price", "too_large"),
    ([LineDraft("X", 1, None)], {}, "lines[0].unit_price", "required"),
    ([LineDraft("X", 1, "10", 0, "23")], {}, "lines[0].vat_code", "vat_unknown"),
    ([LineDraft("X", 1, "10", "100.01")], {}, "lines[0].discount_percent", "too_large"),
    ([LineDraft("X", 1, "10", "150")], {}, "lines[0].discount_percent", "too_large"),
    ([LineDraft("  ", 1, "10")], {}, "lines[0].description", "required"),
    ([LineDraft("X", 1, "10", product_id=999)], {}, "lines[0].product_id", "not_found"),
    ([LineDraft("ok", 1, "10"), LineDraft("X", "-2", "10")], {}, "lines[1].quantity", "too_small"),
    ([LineDraft("X", 1, "10")], {"valid_until": date(2026, 3, 1)}, "valid_until", "before_issue"),
    ([LineDraft("X", 1, "10")], {"language": "de"}, "language", "choice_invalid"),
]


def test_bad_input_is_refused_naming_the_field_and_nothing_is_written(db, customer):
    before = _counts()
    for lines, extra, field, code in BAD_INPUT:
        with pytest.raises(ValidationError) as caught:
            quotes.create_quote(db, quotes.QuoteDraft(customer.id, lines, issue_date=MARCH, **extra))
        assert (caught.value.field, caught.value.code) == (field, code)
        assert _counts() == before, field
    # the number the failed attempt took was rolled back with it
    assert quotes.create_quote(db, quotes.QuoteDraft(customer.id, [LineDraft("X", 1, "1")], issue_date=MARCH)
                               )[0].number == "P-2026-0001"


def test_bad_update_leaves_the_quote_as_it_was(db, customer, draft_quote):
    quote = draft_quote()
    with pytest.raises(ValidationError) as caught:
        quotes.update_quote(db, quote.id, quotes.QuoteDraft(customer.id, [LineDraft("ok", 1, "1"),
                                                                          LineDraft("", 1, "1")]))
    assert caught.value.field == "lines[1].description"
    assert quotes.get_quote(quote.id) == quote


def test_unknown_party_is_refused(db):
    with pytest.raises(NotFound):
        quotes.create_quote(db, quotes.QuoteDraft(999, [LineDraft("X", 1, "1")]))
    assert Quote.select().count() == 0


def test_a_laptop_with_a_device_suffix_numbers_its_quotes_apart(db, customer):
    from smallcrm.services.admin.settings import set_setting

    year = local_today().year
    main = quotes.create_quote(db, quotes.QuoteDraft(customer.id, [LineDraft("Uno", 1, "10")]))[0]
    set_setting(db, "device_suffix", "B")
    laptop = quotes.create_quote(db, quotes.QuoteDraft(customer.id, [LineDraft("Due", 1, "10")]))[0]
    again = quotes.duplicate_quote(db, laptop.id)[0]
    assert main.number == f"P-{year}-0001"
    assert (laptop.number, again.number) == (f"P-{year}-0001-B", f"P-{year}-0002-B")
