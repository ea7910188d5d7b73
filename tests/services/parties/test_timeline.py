"""The 360° timeline of a party includes its quotes, issued invoices and credit notes, and payments."""

from __future__ import annotations

from datetime import UTC, date, datetime

from smallcrm.services.parties.overview import party_overview, timeline
from smallcrm.services.sales import invoices
from tests import factories
from tests.factories import line


def test_sales_documents_and_payments_appear_newest_first(db, customer):
    quote = factories.accepted_quote(db, customer.id, [line("Caldaia", price="1000")], title="Caldaia",
                                     issue_date=date(2026, 3, 1))
    invoice, _ = invoices.invoice_from_quote(db, quote.id)
    invoice, _ = invoices.issue_invoice(db, invoice.id, date(2026, 3, 5))
    call = factories.communication(db, customer.id, "Sollecito", occurred_at=datetime(2026, 3, 10, 9, tzinfo=UTC))
    payment = factories.payment(db, invoice.id, "500", date(2026, 3, 20))
    note = factories.credit_note(db, invoice.id, [line("Sconto", price="100")], on=date(2026, 3, 25))
    factories.draft_invoice(db, customer.id, [line("Bozza", price="1", vat_code=None)])  # not history

    entries = party_overview(customer.id).timeline
    assert [(e.source, e.kind, e.id) for e in entries] == [
        ("invoice", "credit_note", note.id), ("payment", "payment", payment.id),
        ("communication", "call", call.id), ("invoice", "invoice", invoice.id), ("quote", "quote", quote.id)]
    assert [e.at for e in entries] == sorted((e.at for e in entries), reverse=True)
    by_source = {(e.source, e.kind): e for e in entries}
    assert by_source[("invoice", "invoice")].title == "1/2026"
    assert by_source[("invoice", "invoice")].detail == "1220.00 EUR"
    assert by_source[("invoice", "credit_note")].title == "NC 1/2026"
    assert by_source[("payment", "payment")].title == "1/2026"
    assert by_source[("payment", "payment")].detail.startswith("500.00 EUR")
    assert by_source[("quote", "quote")].title == f"{quote.number} · accepted"
    assert by_source[("quote", "quote")].detail == "1220.00 EUR · Caldaia"

    older = timeline(customer.id, limit=2, before=entries[1].at)  # paging on
    assert [e.id for e in older] == [call.id, invoice.id]


def test_a_companys_timeline_includes_its_peoples_quotes(db, customer):
    person = factories.person(db, "Anna", "Neri", company_id=customer.id)
    quote = factories.draft_quote(db, person.id, [line("Caldaia", price="10", vat_code=None)],
                                  issue_date=date(2026, 3, 1))
    assert [(e.source, e.id) for e in party_overview(customer.id).timeline] == [("quote", quote.id)]
