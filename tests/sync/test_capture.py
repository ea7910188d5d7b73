"""The capture triggers: every kind of write (the services' and the importer's) lands in the outbox with uids,
in the same transaction; nothing while the server's changes are applied; nothing at all before team mode."""

from __future__ import annotations

import json
from dataclasses import replace

from smallcrm.services.parties import merge, parties
from smallcrm.services.privacy.erasure import erase_party
from smallcrm.services.sales import invoices
from smallcrm.sync import state, triggers
from tests import factories


def _ops(db, table: str | None = None) -> list[tuple[str, str, str, dict]]:
    rows = db.pw.execute_sql("SELECT kind, tbl, uid, fields FROM sync_outbox WHERE sent = 0 ORDER BY id").fetchall()
    return [(k, t, u, json.loads(f)) for k, t, u, f in rows if table is None or t == table]


def _team(db) -> None:
    """Team mode on, as the first laptop of a team (its VAT rates kept), with the first upload left out."""
    state.switch_on(db, "http://127.0.0.1:1", "1", "B", "anna", "owner", upload=True)
    db.pw.execute_sql("DELETE FROM sync_outbox")


def test_a_laptop_alone_has_no_triggers_and_grows_no_outbox(db):
    factories.customer(db)
    factories.issued_invoice(db, factories.private_customer(db).id)
    assert triggers.installed(db.pw) == []
    assert db.pw.execute_sql("SELECT COUNT(*) FROM sync_outbox").fetchone()[0] == 0


def test_an_insert_travels_with_every_field_and_references_as_uids(db):
    _team(db)
    mario = factories.person(db, "Mario", "Rossi", emails=["mario@example.it"])
    party_uid = db.pw.execute_sql("SELECT uid FROM party WHERE id = ?", (mario.id,)).fetchone()[0]
    ops = _ops(db)
    assert [(k, t) for k, t, _, _ in ops] == [("insert", "party"), ("insert", "contact_point")]
    assert ops[0][2] == party_uid and ops[0][3]["first_name"] == "Mario" and "id" not in ops[0][3]
    assert ops[1][3]["party_id"] == party_uid and ops[1][3]["value"] == "mario@example.it"


def test_an_update_is_a_patch_of_the_changed_fields_only(db):
    _team(db)
    mario = factories.person(db, "Mario", "Rossi")
    db.pw.execute_sql("DELETE FROM sync_outbox")
    draft = replace(parties.draft_of(mario), job_title="Idraulico")
    parties.update_party(db, mario.id, draft)
    ops = _ops(db, "party")
    assert [(k, f) for k, _, _, f in ops] == [("patch", {"job_title": "Idraulico"})]


def test_trash_restore_merge_and_erase_each_travel_as_their_operation(db):
    _team(db)
    a, b = factories.person(db, "Mario", "Rossi"), factories.person(db, "Mario", "Rosi")
    c = factories.person(db, "Gino", "Verdi")
    uids = dict(db.pw.execute_sql("SELECT id, uid FROM party").fetchall())
    db.pw.execute_sql("INSERT INTO sync_version (tbl, uid, field, seq) VALUES ('party', ?, '', 1)", (uids[c.id],))
    db.pw.execute_sql("DELETE FROM sync_outbox")
    parties.trash_party(db, a.id)
    parties.restore_party(db, a.id)
    merge.merge_parties(db, a.id, b.id)
    erase_party(db, c.id, "asked on 3 March")
    kinds = [(k, u, f) for k, t, u, f in _ops(db, "party") if k != "patch"]
    trashed = db.pw.execute_sql("SELECT deleted_at FROM party WHERE id = ?", (b.id,)).fetchone()[0]
    assert [(k, u, sorted(f)) for k, u, f in kinds] == [
        ("delete", uids[a.id], ["deleted_at"]), ("restore", uids[a.id], []),
        ("merge", uids[b.id], ["deleted_at", "winner"]), ("erase", uids[c.id], [])]
    assert kinds[0][2]["deleted_at"] and kinds[2][2] == {"winner": uids[a.id], "deleted_at": trashed}


def test_an_erasure_takes_the_persons_unsent_operations_with_it(db):
    """A person made and erased offline: nothing about them is left to send, not even their name."""
    _team(db)
    gino = factories.person(db, "Gino", "Verdi", emails=["gino@example.it"])
    factories.communication(db, gino.id, subject="Gino called about his boiler")
    erase_party(db, gino.id, "asked on 3 March")
    outbox = db.pw.execute_sql("SELECT group_concat(fields) FROM sync_outbox").fetchone()[0] or ""
    assert "Gino" not in outbox and "gino@example.it" not in outbox


def test_an_issue_travels_whole_with_lines_instalments_and_seal(db):
    _team(db)
    invoice = factories.issued_invoice(db, factories.customer(db).id)
    last = _ops(db, "invoice")[-1]
    assert last[0] == "patch" and last[3]["status"] == "issued"
    assert last[3]["number_text"] == invoice.number and invoice.number.endswith("/B")
    assert last[3]["chain_hash"] and len(last[3]["lines"]) == 1 and len(last[3]["instalments"]) == 1
    assert last[3]["lines"][0]["description"] == "Servizio"


def test_consecutive_line_writes_fold_into_one_patch(db):
    _team(db)
    customer = factories.customer(db)
    db.pw.execute_sql("DELETE FROM sync_outbox")
    invoices_before = db.pw.execute_sql("SELECT COUNT(*) FROM sync_outbox").fetchone()[0]
    factories.draft_invoice(db, customer.id, [factories.line(f"Riga {n}") for n in range(5)])
    patches = [f for k, _, _, f in _ops(db, "invoice") if k == "patch" and "lines" in f]
    assert invoices_before == 0 and len(patches) == 1 and len(patches[0]["lines"]) == 5


def test_the_importers_writes_are_captured(db, tmp_path):
    _team(db)
    factories.import_batch(db, tmp_path / "contacts.csv")
    tables = {t for _, t, _, _ in _ops(db)}
    assert {"party", "contact_point"} <= tables


def test_nothing_is_captured_while_the_servers_changes_are_applied(db):
    _team(db)
    db.pw.execute_sql("UPDATE sync_state SET applying = 1")
    factories.person(db, "Mario", "Rossi")
    db.pw.execute_sql("UPDATE sync_state SET applying = 0")
    assert _ops(db) == []


def test_signing_out_drops_the_triggers(db):
    _team(db)
    state.switch_off(db)
    factories.person(db, "Mario", "Rossi")
    assert triggers.installed(db.pw) == [] and _ops(db) == []


def test_an_invoice_with_a_draft_change_after_issue_attempt_is_not_broken(db):
    """The capture never makes a write fail: issuing (lines, instalments, seal) works as without team mode."""
    _team(db)
    customer = factories.customer(db)
    draft = factories.draft_invoice(db, customer.id)
    view, _ = invoices.issue_invoice(db, draft.id)
    assert view.number.endswith("/B")


def test_the_triggers_come_back_at_the_next_open_after_a_migration_dropped_them(db):
    from smallcrm.db.connection import open_database
    from smallcrm.db.migrate import _drop_sync_triggers

    _team(db)
    count = len(triggers.installed(db.pw))
    _drop_sync_triggers(db.pw)  # what the runner does before its steps
    db.pw.execute_sql("UPDATE sync_state SET applying = 1")  # and a crash in the middle of applying
    path = db.path
    db.close()
    again = open_database(path)
    try:
        assert len(triggers.installed(again.pw)) == count > 0
        assert again.pw.execute_sql("SELECT applying FROM sync_state").fetchone() == (0,)
        factories.person(again, "Mario", "Rossi")
        assert [k for k, _, _, _ in _ops(again)] == ["insert"]
    finally:
        again.close()
