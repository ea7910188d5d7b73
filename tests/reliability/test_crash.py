"""The crash test, short: a child writing through the services is killed with SIGKILL five times; every
change it reported is still there, the file is sound, the invoice numbers have no gap."""

from __future__ import annotations

import sys

import pytest

from dev import crashtest
from smallcrm.db.connection import open_database

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def test_five_kills_lose_nothing_that_was_reported(tmp_path):
    path = tmp_path / "crm.sqlite3"
    ledger = crashtest.run(path, kills=5, seed=1234)
    assert ledger.kills == 5
    kinds = {c["kind"] for c in ledger.changes}
    assert {"party", "edit", "communication", "quote"} <= kinds, kinds
    assert len(ledger.changes) >= 5
    erased = [c["uid"] for c in ledger.changes if c["kind"] == "erase"]
    with open_database(path) as db:  # verified after every kill; once more, plainly
        assert not db.execute_sql("SELECT COUNT(*) FROM party WHERE name LIKE 'Erasmo%' AND uid IN "
                                  f"({', '.join('?' * len(erased))})", erased).fetchone()[0]
    with open_database(path) as db:
        parties = db.execute_sql("SELECT COUNT(*) FROM party").fetchone()[0]
    assert parties >= sum(1 for c in ledger.changes if c["kind"] == "party")


def test_a_lost_change_or_a_numbering_gap_is_caught(tmp_path):
    """The checker itself must fail when something is missing: feed it a change that never happened, then
    punch a hole in the invoice numbers."""
    path = tmp_path / "crm.sqlite3"
    ledger = crashtest.run(path, kills=1, seed=99)
    ledger.changes.append({"kind": "party", "id": 10**6, "uid": "never-written"})
    with pytest.raises(crashtest.CrashTestFailure, match="party lost"):
        ledger.verify(path)
    ledger.changes.pop()
    with open_database(path) as db:
        with db.atomic():
            db.execute_sql("INSERT INTO invoice_counter (kind, series, year, last_number) VALUES ('invoice', 'Z', "
                           "2020, 3) ON CONFLICT DO NOTHING")
            party = db.execute_sql("SELECT id FROM party LIMIT 1").fetchone()[0]
            for number in (1, 3):  # number 2 is missing
                db.execute_sql("INSERT INTO invoice (uid, created_at, updated_at, kind, party_id, status, series, "
                               "year, number, number_text, payment_terms_days, notes, language, currency, "
                               "customer_snapshot, taxable_cents, vat_cents, total_cents) VALUES (?, "
                               "'2020-01-01', '2020-01-01', 'invoice', ?, 'issued', 'Z', 2020, ?, ?, 30, '', 'it', "
                               "'EUR', '{}', 0, 0, 0)", (f"gap-{number}", party, number, f"{number}/2020/Z"))
    with pytest.raises(crashtest.CrashTestFailure, match="gap"):
        ledger.verify(path)

