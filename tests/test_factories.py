"""The factories make what their documentation promises: the tests built on them assert these values."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from smallcrm.services.parties.search import search_parties
from smallcrm.services.sales.invoices import get_invoice
from tests import factories

D = Decimal


def test_a_customer_has_a_vat_number_two_emails_and_an_address(db):
    view = factories.customer(db)
    assert (view.kind, view.name, view.vat_number) == ("company", "Rossi Impianti S.r.l.", "IT00743110157")
    assert view.emails == ["ufficio@rossi-impianti.example", "mario@rossi-impianti.example"]
    assert [(a.street, a.city) for a in view.addresses] == [("Via dell'Industria 4", "Milano")]
    bare = factories.customer(db, "Bianchi", emails=[], addresses=[], vat_number="")
    assert (bare.name, bare.emails, bare.addresses, bare.vat_number) == ("Bianchi", [], (), "")


def test_the_documents_add_up_as_documented(db):
    party = factories.customer(db)
    assert factories.draft_quote(db, party.id).total == D("122.00")
    assert factories.draft_invoice(db, party.id, factories.boiler_lines()).total == D("1319.00")
    issued = factories.issued_invoice(db, party.id)
    assert (issued.number, issued.total, issued.issue_date, issued.due_date) == (
        "1/2026", D("122.00"), date(2026, 3, 1), date(2026, 3, 31))
    paid = factories.paid_invoice(db, party.id, on=date(2026, 3, 2))
    assert (paid.paid, paid.balance_due, paid.payment_status) == (D("122.00"), D("0.00"), "paid")
    partly = factories.partly_paid_invoice(db, party.id, on=date(2026, 3, 3))
    assert (partly.paid, get_invoice(partly.id, today=date(2026, 3, 4)).payment_status) == (D("50.00"),
                                                                                          "partly_paid")
    invoice, note = factories.credited_invoice(db, party.id, on=date(2026, 3, 4))
    assert (note.kind, note.status, note.number, note.total) == ("credit_note", "issued", "NC 1/2026",
                                                                 D("122.00"))
    assert invoice.balance_due == D("0.00")


def test_quotes_move_through_their_statuses(db):
    party = factories.company(db)
    assert factories.sent_quote(db, party.id).status == "sent"
    assert factories.accepted_quote(db, party.id).status == "accepted"
    old = factories.sent_quote(db, party.id, days_ago=10, valid_days=3)
    assert (old.issue_date, old.valid_until) == (date.fromordinal(date.today().toordinal() - 10),
                                                 date.fromordinal(date.today().toordinal() + 3))


def test_an_import_batch_creates_its_people_and_their_company(db, tmp_path):
    plan, result = factories.import_batch(db, tmp_path / "people.csv")
    assert plan.counts["create"] == 2 and (result.created, result.companies_created) == (3, 1)
    assert [p.name for p in search_parties("alfa.example")] == ["Anna Bianchi", "Bruno Neri"]


def test_tasks_communications_deals_and_products(db):
    mario = factories.person(db)
    assert (mario.name, factories.task(db, party_id=mario.id).title) == ("Mario Rossi", "Richiamare")
    assert factories.communication(db, mario.id).subject == "Telefonata"
    assert factories.deal(db, mario.id).value == D("1000.00")
    assert (factories.product(db).price, factories.product(db, "X").vat_code) == (D("65.00"), "22")
