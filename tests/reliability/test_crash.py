"""The crash test, short: a child writing through the services is killed with SIGKILL five times; every
change it reported is still there, the file is sound, the invoice numbers have no gap."""

from __future__ import annotations

import sys

import pytest

from dev import crashtest
from smallcrm.db.connection import open_database
from tests import factories

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def test_five_kills_lose_nothing_that_was_reported(tmp_path):
    path = tmp_path / "crm.sqlite3"
    ledger = crashtest.run(path, kills=5, seed=1234)
    assert ledger.kills == 5
    kinds = {c["kind"] for c in ledger.changes}
    assert {"party", "edit", "communication", "quote"} <= kinds, kinds
    assert len(ledger.changes) >= 5
    erased = [c["uid"] for c in ledger.changes if c["kind"] == "erase"]
    with open_database(path, passphrase=crashtest._key(path)) as db:  # verified after every kill; once more, plainly
        assert not db.execute_sql("SELECT COUNT(*) FROM party WHERE name LIKE 'Erasmo%' AND uid IN "
                                  f"({', '.join('?' * len(erased))})", erased).fetchone()[0]
    with open_database(path, passphrase=crashtest._key(path)) as db:
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
    with open_database(path, passphrase=crashtest._key(path)) as db:
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



def test_an_erased_person_back_or_an_upgrade_short_of_rows_is_caught(tmp_path):
    """After a restore the erasure ledger must erase again: the checker fails when it did not (the person put
    back by hand); an upgraded fixture copy missing a row fails its own check."""
    path = tmp_path / "crm.sqlite3"
    ledger = crashtest.run(path, kills=1, seed=5)
    ledger.changes.append({"kind": "erase", "uid": "erased-uid", "seq": 10**6})
    ledger.verify(path)  # not there: fine
    with open_database(path, passphrase=crashtest._key(path)) as db, db.atomic():
        back = factories.person(db, "Erasmo", "Cancellato")
        db.execute_sql("UPDATE party SET uid = 'erased-uid' WHERE id = ?", (back.id,))
    with pytest.raises(crashtest.CrashTestFailure, match="erased person came back"):
        ledger.verify(path)

    copy = tmp_path / "v0003.sqlite3-1" / "crm.sqlite3"
    copy.parent.mkdir()
    copy.write_bytes((crashtest.FIXTURES / "v0003.sqlite3").read_bytes())
    with open_database(copy) as db, db.atomic():
        db.execute_sql("DELETE FROM communication")
    with pytest.raises(crashtest.CrashTestFailure, match="upgrade of v0003"):
        crashtest.check_upgrade(copy, 1)


def test_a_kill_inside_a_restore_allows_the_file_before_or_the_backup(tmp_path):
    """A restore reported started and not finished: the file may hold what was reported before the restore
    (killed before the swap) or what the backup holds (after it); the checker picks the one it finds."""
    path = tmp_path / "crm.sqlite3"
    ledger = crashtest.run(path, kills=1, seed=11)
    with open_database(path, passphrase=crashtest._key(path)) as db:
        from smallcrm.db.backup import make_backup

        backup = make_backup(db.path, reason="manual", keep=4, key=db.key)
        view = factories.person(db, "Dopo", "Il Backup")
    lines = [{"kind": "backup", "path": str(backup)}, {"kind": "party", "id": view.id, "uid": view.uid},
             {"kind": "restoring", "path": str(backup)}]
    ledger.take([dict(line) for line in lines], path)  # killed before the swap: the party is there
    assert any(c.get("uid") == view.uid for c in ledger.changes) and ledger.restores_undone == 1
    from smallcrm.services.admin.maintenance import restore_backup

    restore_backup(path, backup, crashtest._key(path))  # as if killed after the swap: the backup is back
    ledger.take([{"kind": "restoring", "path": str(backup)}], path)
    assert not any(c.get("uid") == view.uid for c in ledger.changes)
