"""What the server refuses: erased people, issued documents, payments changed, and each role's limits."""

from __future__ import annotations

import psycopg
import pytest

from tests.server.laptop import Laptop, new_uid, op

pytestmark = pytest.mark.slow



def test_an_erasure_scrubs_past_operations_and_refuses_later_ones(team_server, laptops):
    olga, sam = laptops["olga"], laptops["sam"]
    person, point, call, file, other, copy, invoice, line = (new_uid() for _ in range(8))
    seq = olga.send(op("insert", "party", person, {"first_name": "Mario", "last_name": "Bianchi"}),
                    op("insert", "contact_point", point, {"party_id": person, "value": "mario@example.com"}),
                    op("insert", "party", other, {"last_name": "Verdi"}),
                    op("insert", "communication", call, {"party_id": other, "person_id": person,
                                                         "subject": "Mario's back pain"}),
                    op("insert", "attachment", file, {"communication_id": call, "file_name": "mario-xray.png"}),
                    op("insert", "party", copy, {"first_name": "Mario", "last_name": "Bianki"}),
                    op("merge", "party", copy, {"winner": person}),
                    op("insert", "invoice", invoice, {"party_id": person, "status": "draft"}),
                    op("insert", "invoice_line", line, {"invoice_id": invoice, "description": "Visit"}),
                    op("patch", "invoice", invoice, {"status": "issued", "number": 7}, {"status": 10**9}))[0]["seq"]
    sam.send(op("patch", "party", person, {"first_name": "Marione"}, {"first_name": 0}))  # a conflict about him
    assert olga.get("/conflicts")["conflicts"]
    assert sam.send(op("erase", "party", person))[0]["status"] == "applied"
    # a laptop syncing from zero never receives what the person was, nor his merged copy, calls and files
    feed = olga.changes()["changes"]
    text = repr(feed)
    for said in ("Mario", "Bianki", "mario@example.com", "back pain", "xray"):
        assert said not in text
    assert "Verdi" in text and "Visit" in text  # the other company stays, and the issued invoice's line
    assert feed[-1]["kind"] == "erase" and feed[-1]["uid"] == person and feed[-1]["erased"] is False
    # what it scrubbed is marked, so that a laptop replaying from zero skips it (the erase does the rest)
    marked = {c["uid"] for c in feed if c["erased"]}
    assert marked == {person, point, call, file, copy}
    with psycopg.connect(team_server.dsn) as conn:
        dump = repr(conn.execute("SELECT fields FROM op_log UNION ALL SELECT fields FROM record").fetchall())
        dump += repr(conn.execute("SELECT kept, other FROM conflict").fetchall())
    assert "Mario" not in dump and "back pain" not in dump and "mario@" not in dump
    party_rows = {r["uid"]: r for r in olga.get("/snapshot", table="party")["rows"]}
    # his issued invoice keeps its customer: the "Erased" record, made here as the erasing laptop sent none
    kept = party_rows[person]
    assert kept["deleted"] is True and kept["erased"] is False and party_rows[other]["erased"] is False
    assert kept["fields"]["name"] == f"Erased person {person[:8]}" and kept["fields"]["first_name"] == ""
    assert feed[-1]["fields"] == {"placeholders": {person: kept["fields"]}}  # every laptop writes the same
    check = olga.get("/check")["tables"]
    assert (check["party"]["count"], check["communication"]["count"], check["invoice"]["count"]) == (1, 0, 1)
    # later operations on him, or naming him, are refused: the erasure wins over edits made offline
    later = olga.send(op("patch", "party", person, {"first_name": "Mario"}, {"first_name": seq}),
                      op("insert", "task", new_uid(), {"party_id": person, "title": "Call Mario"}),
                      op("patch", "communication", call, {"subject": "Mario again"}, {"subject": seq}),
                      op("restore", "party", person))
    assert [(r["status"], r["reason"]) for r in later] == [("refused", "erased")] * 4


def test_an_issued_invoice_is_append_only_and_a_draft_merges(laptops):
    sam = laptops["sam"]
    party, invoice, line, payment = new_uid(), new_uid(), new_uid(), new_uid()
    sam.send(op("insert", "party", party, {"last_name": "Rossi"}),
             op("insert", "invoice", invoice, {"party_id": party, "status": "draft", "notes": ""}),
             op("insert", "invoice_line", line, {"invoice_id": invoice, "description": "Work"}))
    draft = sam.send(op("patch", "invoice", invoice, {"notes": "thanks"}, {"notes": 10**9}))[0]
    assert draft["status"] == "applied"
    issued = sam.send(op("patch", "invoice", invoice, {"status": "issued", "number": 12, "number_text": "12/2026/A"},
                         {"status": 10**9}))[0]
    assert issued["status"] == "applied"
    refused = sam.send(op("patch", "invoice", invoice, {"notes": "changed"}, {"notes": 10**9}),
                       op("delete", "invoice", invoice),
                       op("patch", "invoice_line", line, {"description": "Other work"}, {"description": 10**9}),
                       op("insert", "invoice_line", new_uid(), {"invoice_id": invoice, "description": "More"}))
    assert [(r["status"], r["reason"]) for r in refused] == [("refused", "issued")] * 4
    assert "credit note" in refused[0]["message"]
    assert sam.send(op("insert", "payment", payment, {"invoice_id": invoice, "amount_cents": 1000}))[0][
        "status"] == "applied"
    changed = sam.send(op("patch", "payment", payment, {"amount_cents": 1}, {"amount_cents": 10**9}),
                       op("delete", "payment", payment))
    assert [(r["status"], r["reason"]) for r in changed] == [("refused", "append_only")] * 2
    row = next(r for r in sam.get("/snapshot", table="invoice")["rows"] if r["uid"] == invoice)
    assert row["fields"]["notes"] == "thanks" and row["fields"]["number_text"] == "12/2026/A"


def test_each_role_is_refused_what_it_must_not_do_with_the_reason(laptops):
    olga, sam, ada = laptops["olga"], laptops["sam"], laptops["ada"]
    contact = new_uid()
    assert olga.send(op("insert", "party", contact, {"last_name": "Neri"}))[0]["status"] == "applied"
    by_sales = sam.send(op("patch", "setting", "company_name", {"value": "Acme"}),
                        op("insert", "vat_rate", new_uid(), {"code": "22", "rate_bp": 2200}))
    assert [(r["status"], r["reason"]) for r in by_sales] == [("refused", "owner_only")] * 2
    assert by_sales[0]["message"] == "Only the owner can change the company's settings"
    by_accountant = ada.send(op("patch", "party", contact, {"last_name": "Nero"}, {"last_name": 10**9}),
                             op("insert", "communication", new_uid(), {"party_id": contact}),
                             op("erase", "party", contact))
    assert [(r["status"], r["reason"]) for r in by_accountant] == [("refused", "role_forbidden")] * 3
    assert by_accountant[0]["message"] == "An accountant cannot change a contact"
    allowed = ada.send(op("insert", "invoice", new_uid(), {"party_id": contact, "status": "draft"}),
                       op("insert", "payment", new_uid(), {"amount_cents": 100}))
    assert [r["status"] for r in allowed] == ["applied", "applied"]
    assert olga.send(op("insert", "setting", "company_name", {"value": "Acme"}))[0]["status"] == "applied"
    # a conflict on a contact is the accountant's to see, not to settle
    sam.send(op("patch", "party", contact, {"last_name": "Nerini"}, {"last_name": 0}))
    conflict = ada.get("/conflicts")["conflicts"][0]
    settled = ada.request("POST", f"/conflicts/{conflict['id']}/settle", json={"keep": "other"})
    assert settled.status_code == 403 and settled.json()["error"] == "role_forbidden"
    # users are the owner's
    answer = sam.request("POST", "/users", json={"name": "eve", "password": "x", "role": "owner"})
    assert answer.status_code == 403 and answer.json()["error"] == "owner_only"
    assert ada.request("GET", "/users").status_code == 403
    # nothing the refused operations carried reached the feed
    assert "Nero" not in repr(olga.changes()["changes"])


def test_the_owner_manages_users_and_a_removed_user_is_signed_out(team_server, laptops):
    olga, sam = laptops["olga"], laptops["sam"]
    added = olga.request("POST", "/users", json={"name": "eve", "password": "eve-pass", "role": "sales"})
    assert added.status_code == 200
    assert {u["name"]: u["role"] for u in added.json()["users"]}["eve"] == "sales"
    taken = olga.request("POST", "/users", json={"name": "eve", "password": "x", "role": "sales"})
    assert taken.status_code == 409 and taken.json()["error"] == "user_exists"
    bad = olga.request("POST", "/users", json={"name": "zed", "password": "x", "role": "boss"})
    assert bad.status_code == 400 and bad.json()["error"] == "bad_role"
    assert olga.request("DELETE", "/users/sam").status_code == 200
    gone = sam.request("GET", "/changes")
    assert gone.status_code == 401 and gone.json()["error"] == "bad_token"
    # the removed laptop's series suffix is never handed out again: its invoices keep their numbers to themselves
    eve = Laptop(team_server.url, "eve")
    assert eve.signed["device_suffix"] not in (olga.signed["device_suffix"], sam.signed["device_suffix"])
    eve.close()
    last = olga.request("DELETE", "/users/olga")
    assert last.status_code == 409 and last.json()["error"] == "last_owner"
