"""A quote is invoiced once (another invoice only when asked: an order invoiced in parts) and shows its invoices;
documents are found by their number or their id, a bare integer refused when it could name two."""

from __future__ import annotations

from datetime import date

import pytest

from smallcrm.clock import local_today
from smallcrm.db.sales_models import Invoice
from smallcrm.errors import Conflict, NotFound, ValidationError
from smallcrm.services.sales import invoices, quotes
from smallcrm.services.sales.references import invoice_ref, quote_ref
from tests import factories

YEAR = local_today().year


def test_an_invoiced_quote_is_not_invoiced_again_unless_asked(db, customer):
    """Today's defect: one accepted quote became 1/2026 and 2/2026."""
    quote = factories.accepted_quote(db, customer.id)
    first = invoices.invoice_from_quote(db, quote.id)[0]
    with pytest.raises(Conflict) as caught:
        invoices.invoice_from_quote(db, quote.id)
    assert caught.value.code == "quote_invoiced" and caught.value.params["invoices"] == f"draft #{first.id}"
    assert Invoice.select().count() == 1
    issued = invoices.issue_invoice(db, first.id, date(2026, 3, 2))[0]
    second = invoices.invoice_from_quote(db, quote.id, again=True)[0]  # the second half of the order
    assert [(link.id, link.number) for link in quotes.get_quote(quote.id).invoices] == [
        (issued.id, "1/2026"), (second.id, "")]
    [row] = quotes.list_quotes()
    assert [link.number for link in row.invoices] == ["1/2026", ""]


def test_a_trashed_draft_frees_the_quote_and_a_revision_shares_its_invoices(db, customer):
    quote = factories.accepted_quote(db, customer.id)
    draft = invoices.invoice_from_quote(db, quote.id)[0]
    invoices.trash_invoice(db, draft.id)
    assert quotes.get_quote(quote.id).invoices == ()
    made = invoices.invoice_from_quote(db, quote.id)[0]
    revision = quotes.revise_quote(db, quote.id)[0]  # the same offer, rev. 2
    assert [link.id for link in revision.invoices] == [made.id]
    quotes.set_quote_status(db, revision.id, "accepted")
    with pytest.raises(Conflict):
        invoices.invoice_from_quote(db, revision.id)


def test_invoices_by_number_hash_id_or_an_unambiguous_bare_integer(db, customer):
    draft = factories.draft_invoice(db, customer.id)  # id 1, no number
    first = factories.issued_invoice(db, customer.id, on=local_today())  # id 2, number 1/YEAR
    note = factories.credit_note(db, first.id, on=local_today())  # id 3, NC 1/YEAR
    assert (draft.id, first.id, note.id) == (1, 2, 3)
    with pytest.raises(ValidationError) as caught:
        invoice_ref("1")  # the draft's id, and the number of the other one
    assert caught.value.code == "document_ambiguous" and caught.value.params["hint"] == f"#1 or 1/{YEAR}"
    assert invoice_ref("#1") == draft.id and invoice_ref(f"1/{YEAR}") == first.id and invoice_ref("2") == first.id
    assert invoice_ref("3") == note.id  # a bare number is never a credit note's: NC 1/YEAR is written so
    assert invoice_ref(f"NC 1/{YEAR}") == invoice_ref(f"nc1 / {YEAR}") == note.id
    for missing in ("#9", "9", f"2/{YEAR}", f"1/{YEAR}/B"):
        with pytest.raises(NotFound):
            invoice_ref(missing)
    with pytest.raises(ValidationError) as caught:
        invoice_ref("the last one")
    assert caught.value.code == "document_unreadable"


def test_quotes_by_number_revision_or_id(db, customer):
    first = factories.draft_quote(db, customer.id)  # P-YEAR-0001, id 1
    second = factories.draft_quote(db, customer.id)  # P-YEAR-0002, id 2
    revised = quotes.revise_quote(db, first.id)[0]  # P-YEAR-0001 rev. 2, id 3
    assert quote_ref(f"P-{YEAR}-0001") == quote_ref(f"p-{YEAR}-1") == revised.id  # the latest revision
    assert quote_ref(f"P-{YEAR}-0001 rev. 1") == first.id and quote_ref(f"P-{YEAR}-0001 rev.2") == revised.id
    assert quote_ref("3") == revised.id  # id 3; no quote P-YEAR-0003
    assert quote_ref("2") == second.id  # id 2 and P-YEAR-0002: the same quote
    with pytest.raises(ValidationError) as caught:
        quote_ref("1")  # id 1 is rev. 1; P-YEAR-0001 is now rev. 2
    assert caught.value.params["hint"] == f"#1 or P-{YEAR}-0001 rev. 2"
