"""The 360° timeline of a party includes its quotes, issued invoices and credit notes, and payments."""

from __future__ import annotations

from datetime import UTC, date, datetime

from smallcrm.services.parties.overview import party_overview, timeline
from smallcrm.services.parties.parties import PartyDraft, create_party
from smallcrm.services.sales import invoices, payments, quotes
from smallcrm.services.sales.document_lines import LineDraft
from smallcrm.services.timeline.communications import CommunicationDraft, log_communication


def test_sales_documents_and_payments_appear_newest_first(db, customer):
    quote, _ = quotes.create_quote(db, quotes.QuoteDraft(customer.id, [LineDraft("Caldaia", 1, "1000", 0, "22")],
                                                         title="Caldaia", issue_date=date(2026, 3, 1)))
    quotes.set_quote_status(db, quote.id, "accepted")
    invoice, _ = invoices.invoice_from_quote(db, quote.id)
    invoice, _ = invoices.issue_invoice(db, invoice.id, date(2026, 3, 5))
    call, _ = log_communication(db, CommunicationDraft(customer.id, "call", "out", datetime(2026, 3, 10, 9, tzinfo=UTC),
                                                       "Sollecito"))
    payment, _ = payments.record_payment(db, payments.PaymentDraft(invoice.id, "500", date(2026, 3, 20)))
    note, _ = invoices.create_credit_note(db, invoice.id, [LineDraft("Sconto", 1, "100", 0, "22")])
    note, _ = invoices.issue_invoice(db, note.id, date(2026, 3, 25))
    invoices.create_invoice(db, invoices.InvoiceDraft(customer.id, [LineDraft("Bozza", 1, "1")]))  # not history

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
    person, _ = create_party(db, PartyDraft(kind="person", first_name="Anna", last_name="Neri", company_id=customer.id))
    quote, _ = quotes.create_quote(db, quotes.QuoteDraft(person.id, [LineDraft("Caldaia", 1, "10")],
                                                         issue_date=date(2026, 3, 1)))
    assert [(e.source, e.id) for e in party_overview(customer.id).timeline] == [("quote", quote.id)]
