"""A GDPR erasure on the team server clears what the laptop's erasure clears: the person's payments stay with their
issued invoices (accounting records), but the free notes written about them go, from the server's state and from
every past operation, so a laptop joining later never receives them (over HTTP against the real server)."""

from __future__ import annotations

import psycopg
import pytest

from smallcrm.services.privacy.erasure import erase_party
from tests import factories

NOTE = "paid by his wife at the counter"


@pytest.mark.parametrize("new_laptop", ["team server"], indirect=True)
def test_an_erasure_clears_the_payments_notes_on_the_server_as_the_laptop_does(team, new_laptop, team_server):
    olga, sam = team
    with olga as db:
        gino = factories.private_customer(db, "Gino", "Verdi")
        invoice = factories.issued_invoice(db, gino.id)
        factories.payment(db, invoice.id, "50", notes=NOTE)
    olga.sync()
    sam.sync()
    assert sam.rows("SELECT notes FROM payment") == [(NOTE,)]
    with olga as db:
        erase_party(db, gino.id, "asked on 3 March")
    assert olga.sync().refused == []
    sam.sync()
    late = new_laptop()
    late.sign_in("ada")
    late.sync()
    for laptop in (olga, sam):
        assert laptop.rows("SELECT notes, amount_cents FROM payment") == [("", 5000)]
    assert late.rows("SELECT COUNT(*) FROM payment WHERE notes <> ''") == [(0,)]
    with psycopg.connect(team_server.dsn) as conn:
        for table in ("record", "op_log"):
            assert conn.execute(f"SELECT count(*) FROM {table} WHERE fields::text LIKE %s",
                                (f"%{NOTE}%",)).fetchone() == (0,)


def test_an_invoice_issued_and_its_customer_erased_before_the_next_sync_still_reaches_the_team(team, new_laptop):
    """The erasure takes back every operation still here that carries the person, but their issued documents are
    numbered: without them the team's series would have a gap. They travel as the erasure left them, pointing at
    the "Erased" record, and nothing else of the person does."""
    olga, sam = team
    with olga as db:
        gino = factories.private_customer(db, "Gino", "Verdi", emails=["gino.verdi@example.it"])
        invoice = factories.issued_invoice(db, gino.id)
        factories.payment(db, invoice.id, "50", notes=NOTE)
        factories.credit_note(db, invoice.id, on=factories.ISSUED_ON)
        erase_party(db, gino.id, "asked on 3 March")
        expected = olga.rows("SELECT i.uid, i.kind, i.number, i.customer_snapshot, p.uid, p.deleted_at IS NOT NULL "
                             "FROM invoice i JOIN party p ON p.id = i.party_id ORDER BY i.uid")
    assert sorted(row[1:3] for row in expected) == [("credit_note", 1), ("invoice", 1)]
    assert olga.sync().refused == []
    sam.sync()
    late = new_laptop()
    late.sign_in("ada")
    for laptop in (sam, late):
        assert laptop.sync().mismatched == []
        assert laptop.rows("SELECT i.uid, i.kind, i.number, i.customer_snapshot, p.uid, p.deleted_at IS NOT NULL "
                           "FROM invoice i JOIN party p ON p.id = i.party_id ORDER BY i.uid") == expected
        assert laptop.rows("SELECT kind, name, first_name, last_name FROM party WHERE deleted_at IS NOT NULL") == [
            ("person", olga.rows("SELECT name FROM party WHERE deleted_at IS NOT NULL")[0][0], "", "")]
        assert laptop.rows("SELECT COUNT(*), COALESCE(SUM(notes <> ''), 0) FROM payment") == [(1, 0)]
        assert laptop.rows("SELECT COUNT(*) FROM invoice_line") == olga.rows("SELECT COUNT(*) FROM invoice_line")
    for laptop in (olga, sam, late):
        dump = "\n".join(laptop.db.pw.connection().iterdump())
        assert "gino.verdi@example.it" not in dump and NOTE not in dump  # the seal keeps the name on the invoice


def test_an_invoice_issued_on_one_laptop_while_another_erases_its_customer_reaches_every_laptop(team, new_laptop):
    """The rep invoices a customer on the road while the shop erases them on request: the invoice is numbered,
    so it must reach every laptop (and the accountant), pointing at an "Erased" record, though the eraser knew
    of no invoice to keep one for."""
    olga, sam = team
    with olga as db:
        gino = factories.private_customer(db, "Gino", "Verdi", emails=["gino.verdi@example.it"])
    olga.sync()
    sam.sync()
    gino_uid = olga.rows("SELECT uid FROM party WHERE id = ?", (gino.id,))[0][0]
    with sam as db:
        on_sam = sam.rows("SELECT id FROM party WHERE uid = ?", (gino_uid,))[0][0]
        factories.issued_invoice(db, on_sam)
        invoice_uid, number = sam.rows("SELECT uid, number FROM invoice")[0]
    with olga as db:
        erase_party(db, gino.id, "asked on 3 March")
    assert sam.sync().refused == []
    assert olga.sync().refused == []
    sam.sync()
    late = new_laptop()
    late.sign_in("ada")
    for laptop in (olga, sam, late):
        assert laptop.sync().mismatched == []
        assert laptop.rows("SELECT i.number, p.uid, p.deleted_at IS NOT NULL, p.first_name, p.last_name FROM invoice i "
                           "JOIN party p ON p.id = i.party_id WHERE i.uid = ?", (invoice_uid,)) == [
            (number, gino_uid, 1, "", "")]
        assert laptop.rows("SELECT COUNT(*) FROM contact_point WHERE value = 'gino.verdi@example.it'") == [(0,)]
        assert laptop.rows("SELECT kind, tbl FROM sync_outbox") == []  # the placeholder written is not sent back
    names = {laptop.rows("SELECT name FROM party WHERE uid = ?", (gino_uid,))[0][0] for laptop in (olga, sam, late)}
    assert len(names) == 1 and "Verdi" not in names.pop()  # one placeholder, the same everywhere
