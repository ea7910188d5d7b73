"""The seal's version 4 covers the tax cases; the seals of versions 1, 2 and 3 of documents issued before still
verify, and a chain may hold an older one and version 4."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from smallcrm.db.connection import open_database
from smallcrm.services.admin.maintenance import check_database
from smallcrm.services.sales.seal import chain_problems
from tests import factories
from tests.factories import line
from tests.services.sales.tax_helpers import our_company

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "schemas"


@pytest.mark.parametrize(("schema", "version"), [(13, "1:"), (14, "2:"), (15, "3:")])
def test_a_version_4_seal_follows_an_older_seal_in_one_chain(tmp_path, schema, version):
    path = tmp_path / "crm.sqlite3"
    shutil.copyfile(FIXTURES / f"v{schema:04d}.sqlite3", path)
    with open_database(path) as db:  # upgraded: 1/2024 keeps the seal its release gave it
        acme = db.execute_sql("SELECT id FROM party WHERE kind = 'company' ORDER BY id").fetchone()[0]
        our_company(db, tax_regime="RF19", iban="IT60X0542811101000000123456")
        second = factories.issued_invoice(db, acme, [line("Consulenza", 1, "500")], on=date(2024, 3, 5))
        seals = dict(db.execute_sql("SELECT number_text, substr(chain_hash, 1, 2) FROM invoice "
                                    "WHERE status = 'issued'").fetchall())
        assert (second.number, seals) == ("2/2024", {"1/2024": version, "2/2024": "4:"})
        assert chain_problems(db.execute_sql) == []
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TRIGGER invoice_issued_no_update")
    conn.execute("UPDATE invoice SET tax_setup = replace(tax_setup, 'RF19', 'RF01') WHERE number_text = '2/2024'")
    conn.close()
    assert check_database(path) == ["invoices of 2024: 2/2024 does not match its seal: it was changed after it "
                                    "was issued, or a document before it was"]


def test_an_issued_invoices_instalments_cannot_be_changed_and_are_sealed(db, customer):
    view = factories.issued_invoice(db, customer.id, [line("Impianto", 1, "1000")], payment_terms="30/60")
    conn = sqlite3.connect(db.path, isolation_level=None)
    for statement in ("UPDATE invoice_instalment SET amount_cents = 1 WHERE invoice_id = ?",
                      "DELETE FROM invoice_instalment WHERE invoice_id = ?",
                      "INSERT INTO invoice_instalment (invoice_id, position, due_date, amount_cents, cumulative_cents) "
                      "VALUES (?, 3, '2030-01-01', 1, 1)",
                      "REPLACE INTO invoice_instalment (id, invoice_id, position, due_date, amount_cents, "
                      "cumulative_cents) SELECT id, invoice_id, position, '2030-01-01', amount_cents, cumulative_cents "
                      "FROM invoice_instalment WHERE invoice_id = ?1"):
        with pytest.raises(sqlite3.DatabaseError, match="issued invoice"):
            conn.execute(statement, (view.id,))
    conn.execute("DROP TRIGGER invoice_instalment_issued_no_update")
    conn.execute("UPDATE invoice_instalment SET due_date = '2030-01-01' WHERE invoice_id = ? AND position = 2",
                 (view.id,))
    conn.close()
    assert check_database(db.path) == ["invoices of 2026: 1/2026 does not match its seal: it was changed after it "
                                       "was issued, or a document before it was"]
