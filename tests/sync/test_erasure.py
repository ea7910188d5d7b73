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
