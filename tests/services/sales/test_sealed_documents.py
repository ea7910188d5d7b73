"""Issued documents are frozen whole (our company's block too) and sealed: no SQL changes them, and a change
made behind the database's back, a missing document or a moved counter is named by `check`."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader

from smallcrm.services.admin.company import get_company_profile, update_company_profile
from smallcrm.services.admin.maintenance import check_database
from smallcrm.services.sales import invoices, printing
from smallcrm.services.sales.credit_notes import CreditRequest, create_partial_credit_note
from smallcrm.services.sales.document_lines import LineDraft
from smallcrm.services.sales.seal import VERSION, chain_problems
from tests import factories


def _issue(db, party_id: int, when: date, amount: str = "100") -> int:
    draft = invoices.InvoiceDraft(party_id, [LineDraft("Servizio", 1, amount, 0, "22"),
                                             LineDraft("Trasferta", 2, "15", 0, "22")])
    view, _ = invoices.create_invoice(db, draft)
    return invoices.issue_invoice(db, view.id, when)[0].id


@pytest.fixture
def three(db):
    """Three invoices issued in 2026 (1/2026, 2/2026, 3/2026) and the path of their database file."""
    update_company_profile(db, _profile("Bottega Rossi S.r.l.", "IT60X0542811101000000123456"))
    party = factories.customer(db, "Acme S.r.l.")
    ids = [_issue(db, party.id, date(2026, 3, day), str(100 * day)) for day in (1, 2, 3)]
    return db.path, ids


def _profile(name: str, iban: str):
    return get_company_profile().__class__(name=name, street="Via Garibaldi 1", postal_code="20121", city="Milano",
                                           province="MI", vat_number="IT12345670017", iban=iban)


def _raw(path) -> sqlite3.Connection:
    """A plain sqlite3 connection, as a person with the sqlite3 shell would have: recursive triggers off."""
    return sqlite3.connect(path, isolation_level=None)


def test_replace_and_upserts_of_an_issued_invoice_are_refused_by_the_database(three):
    path, (first, *_) = three
    conn = _raw(path)
    row = conn.execute("SELECT * FROM invoice WHERE id = ?", (first,)).fetchone()
    columns = [c[1] for c in conn.execute("PRAGMA table_info(invoice)")]
    changed = list(row)
    changed[columns.index("total_cents")] = 1
    marks = ", ".join("?" * len(columns))
    for statement in (f"REPLACE INTO invoice VALUES ({marks})", f"INSERT OR REPLACE INTO invoice VALUES ({marks})"):
        with pytest.raises(sqlite3.DatabaseError, match="issued invoice"):
            conn.execute(statement, changed)
    with pytest.raises(sqlite3.DatabaseError, match="issued invoice"):
        conn.execute(f"INSERT INTO invoice VALUES ({marks}) ON CONFLICT(id) DO UPDATE SET total_cents = 1", changed)
    line = list(conn.execute("SELECT * FROM invoice_line WHERE invoice_id = ? ORDER BY position", (first,)).fetchone())
    line_columns = [c[1] for c in conn.execute("PRAGMA table_info(invoice_line)")]
    line[line_columns.index("unit_price_e8")] = 1
    with pytest.raises(sqlite3.DatabaseError, match="issued invoice"):
        conn.execute(f"REPLACE INTO invoice_line VALUES ({', '.join('?' * len(line))})", line)
    with pytest.raises(sqlite3.DatabaseError, match="issued invoice"):
        conn.execute("DELETE FROM invoice WHERE id = ?", (first,))
    assert conn.execute("SELECT total_cents, (SELECT count(*) FROM invoice_line WHERE invoice_id = invoice.id) "
                        "FROM invoice WHERE id = ?", (first,)).fetchone() == (15860, 2)  # (100 + 30) * 1.22
    conn.close()
    assert check_database(path) == []


def test_numbered_quotes_are_no_broken_chain(db, three, customer):
    """Quotes take their numbers from the same counters; they are no legal documents and carry no seal."""
    factories.sent_quote(db, customer.id)
    assert check_database(three[0]) == []


def test_a_change_behind_the_triggers_is_named_by_the_check(three):
    path, (_, second, _) = three
    conn = _raw(path)
    conn.execute("DROP TRIGGER invoice_line_issued_no_update")
    conn.execute("UPDATE invoice_line SET unit_price_e8 = 1 WHERE invoice_id = ? AND position = 1", (second,))
    conn.close()
    assert check_database(path) == ["invoices of 2026: 2/2026 does not match its seal: it was changed after it "
                                    "was issued, or a document before it was"]


def test_a_missing_document_and_a_moved_counter_are_named(three):
    path, (_, second, _) = three
    conn = _raw(path)
    conn.execute("DROP TRIGGER invoice_issued_no_delete")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("DROP TRIGGER invoice_line_issued_no_delete")
    conn.execute("DELETE FROM invoice WHERE id = ?", (second,))
    conn.close()
    assert check_database(path) == [
        "invoices of 2026: number 2 is missing (the next one is 3/2026)",
        "invoices of 2026: the counter says 3 were issued, the database holds 2"]

    conn = _raw(path)
    conn.execute("UPDATE invoice_counter SET last_number = 4")
    conn.close()
    assert "the counter says 4 were issued" in check_database(path)[-1]


def test_the_seller_is_frozen_on_an_issued_invoice(db, three):
    _, (first, *_) = three
    update_company_profile(db, _profile("Nuova Ragione Sociale S.p.A.", "IT51X0300203280000400162854"))
    view = invoices.get_invoice(first)
    assert (view.seller.name, view.seller.iban) == ("Bottega Rossi S.r.l.", "IT60X0542811101000000123456")
    text = " ".join(page.extract_text() for page in PdfReader(__import__("io").BytesIO(
        printing.invoice_pdf(first))).pages)
    assert "Bottega Rossi S.r.l." in text and "Nuova Ragione" not in text
    assert "IT60 X054 2811 1010 0000 0123 456" in text or "IT60X0542811101000000123456" in text
    draft = invoices.create_invoice(db, invoices.InvoiceDraft(view.party.id, [LineDraft("X", 1, "1")]))[0]
    assert invoices.get_invoice(draft.id).seller is None  # a draft prints today's profile
    assert chain_problems(db.pw.execute_sql) == []


def test_a_credit_notes_amounts_and_vat_per_rate_are_sealed(db, three):
    """Seal version 2 (and 3) covers what is no longer computed from the lines: a credit note's line amounts and VAT per
    rate (its share of the invoice's); the documents sealed with version 1 before it still verify."""
    path, (first, *_) = three
    note = create_partial_credit_note(db, first, CreditRequest({1: "1"}))[0]  # 100 of 130 at 22%: 22.00 VAT
    sealed = invoices.issue_invoice(db, note.id, date(2026, 3, 4))[0]
    assert sealed.vat == Decimal("22.00")
    stored = db.execute_sql("SELECT chain_hash FROM invoice WHERE id = ?", (note.id,)).fetchone()[0]
    assert stored.startswith(f"{VERSION}:")  # version 2 or later: those cover the amounts too
    conn = _raw(path)
    conn.execute("DROP TRIGGER invoice_issued_no_update")
    conn.execute("UPDATE invoice SET vat_by_rate = '{\"22\": 2300}' WHERE id = ?", (note.id,))
    conn.close()
    assert check_database(path) == ["credit notes of 2026: NC 1/2026 does not match its seal: it was changed after "
                                    "it was issued, or a document before it was"]


def test_the_demo_data_passes_the_check(db):
    """Demo quotes, invoices and credit notes, issued in number order: every chain and counter holds."""
    from smallcrm.demo.parties import generate_demo

    generate_demo(db, contacts=40, seed=3, communications_per_contact=1)
    assert check_database(db.path) == []
