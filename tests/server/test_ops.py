"""POST /ops and GET /changes: the merge rules as a laptop meets them (docs/TEAM-MODE.md, "Merge rules")."""

from __future__ import annotations

import pytest

from tests.server.laptop import Laptop, new_uid, op

pytestmark = pytest.mark.slow




def test_sign_in_gives_a_token_a_device_and_its_own_series_suffix(team_server, olga, sam):
    assert olga.signed["role"] == "owner" and sam.signed["role"] == "sales"
    assert olga.signed["cursor"] == 0
    assert olga.signed["device_suffix"] != sam.signed["device_suffix"]
    again = Laptop(team_server.url, "sam")  # the same laptop signing in again keeps its suffix
    assert again.signed["device_suffix"] == sam.signed["device_suffix"]
    assert sam.request("GET", "/changes").status_code == 401  # the older token was replaced
    wrong = olga.http.post("/sign-in", headers={"SmallCRM-Protocol": "1", "SmallCRM-Schema": olga.headers[
        "SmallCRM-Schema"]}, json={"user": "olga", "password": "nope", "device_name": "x"})
    assert wrong.status_code == 401 and wrong.json()["error"] == "bad_credentials"


def test_an_operation_sent_twice_is_applied_once(olga):
    uid = new_uid()
    insert = op("insert", "party", uid, {"kind": "person", "first_name": "Anna", "last_name": "Rossi"})
    first = olga.send(insert)[0]
    again = olga.send(insert)[0]
    assert first["status"] == "applied" and isinstance(first["seq"], int)
    assert again == {**first, "status": "duplicate"}
    feed = olga.changes()
    assert [c["op_id"] for c in feed["changes"]] == [insert["op_id"]]
    assert feed["changes"][0]["fields"]["first_name"] == "Anna" and feed["changes"][0]["user"] == "olga"
    assert feed["cursor"] == first["seq"] and feed["more"] is False


def test_within_one_batch_a_repeat_is_a_duplicate_a_bad_at_is_refused_and_an_erasure_scrubs_the_earlier_ops(olga):
    person, call = new_uid(), new_uid()
    insert = op("insert", "party", person, {"kind": "person", "first_name": "Anna", "last_name": "Rossi"})
    bad_at = {**op("insert", "task", new_uid(), {"title": "t"}), "at": "2026\x00"}
    results = olga.send(insert, insert, bad_at,
                        op("insert", "communication", call, {"party_id": person, "subject": "Call"}),
                        op("erase", "party", person))
    assert [(r["status"], r["reason"]) for r in results] == [
        ("applied", None), ("duplicate", None), ("refused", "bad_op"), ("applied", None), ("applied", None)]
    assert results[1]["seq"] == results[0]["seq"] and results[0]["seq"] < results[3]["seq"] < results[4]["seq"]
    feed = olga.changes()["changes"]
    assert [c["seq"] for c in feed] == [results[0]["seq"], results[3]["seq"], results[4]["seq"]]
    assert feed[0]["fields"] == {} and feed[1]["fields"] == {}  # this batch's own rows scrubbed by its erasure


def test_different_fields_merge_and_the_same_field_is_a_conflict_settled_in_one_call(olga, sam):
    uid = new_uid()
    seq = olga.send(op("insert", "party", uid, {"first_name": "Anna", "city": "Roma", "notes": ""}))[0]["seq"]
    base = {"first_name": seq, "city": seq, "notes": seq}
    # both laptops edited offline from the same version: different fields, then the same field
    a = olga.send(op("patch", "party", uid, {"city": "Milano"}, base))[0]
    b = sam.send(op("patch", "party", uid, {"notes": "VIP"}, base))[0]
    c = sam.send(op("patch", "party", uid, {"city": "Torino"}, base))[0]
    assert [a["status"], b["status"], c["status"]] == ["applied"] * 3
    row = olga.get("/snapshot", table="party")["rows"][0]
    assert row["fields"] == {"first_name": "Anna", "city": "Torino", "notes": "VIP"}
    assert row["versions"] == {"first_name": seq, "city": c["seq"], "notes": b["seq"]}
    conflicts = olga.get("/conflicts")["conflicts"]
    assert [(x["uid"], x["field"], x["kept"], x["other"], x["seq_kept"], x["seq_other"]) for x in conflicts] == [
        (uid, "city", "Torino", "Milano", c["seq"], a["seq"])]
    made = olga.request("POST", f"/conflicts/{conflicts[0]['id']}/settle", json={"keep": "other"}).json()
    assert made["kind"] == "patch" and made["fields"] == {"city": "Milano"} and made["user"] == "olga"
    assert olga.get("/conflicts")["conflicts"] == []
    assert olga.get("/snapshot", table="party")["rows"][0]["fields"]["city"] == "Milano"
    assert olga.changes(after=c["seq"])["changes"][0]["op_id"] == made["op_id"]
    again = olga.request("POST", f"/conflicts/{conflicts[0]['id']}/settle", json={"keep": "kept"})
    assert again.status_code == 409 and again.json()["error"] == "settled"


def test_an_edit_that_saw_the_latest_version_is_no_conflict(olga, sam):
    uid = new_uid()
    seq = olga.send(op("insert", "party", uid, {"city": "Roma"}))[0]["seq"]
    second = olga.send(op("patch", "party", uid, {"city": "Milano"}, {"city": seq}))[0]["seq"]
    sam.send(op("patch", "party", uid, {"city": "Torino"}, {"city": second}))
    sam.send(op("patch", "party", uid, {"city": "Torino"}, {"city": seq}))  # older base, same value: no conflict
    assert olga.get("/conflicts")["conflicts"] == []


def test_a_delete_goes_to_the_trash_and_a_restore_brings_it_back(olga):
    uid = new_uid()
    olga.send(op("insert", "task", uid, {"title": "Call back"}))
    deleted = olga.send(op("delete", "task", uid))[0]
    assert deleted["status"] == "applied"
    assert olga.get("/snapshot", table="task")["rows"][0]["deleted"] is True
    assert olga.get("/check")["tables"]["task"]["count"] == 0
    feed = olga.changes()["changes"]
    assert feed[-1]["kind"] == "delete" and feed[-1]["fields"]["deleted_at"]
    assert olga.send(op("restore", "task", uid))[0]["status"] == "applied"
    assert olga.get("/snapshot", table="task")["rows"][0]["deleted"] is False
    assert olga.get("/check")["tables"]["task"]["count"] == 1


def test_an_edit_to_a_trashed_record_is_applied_and_listed(olga, sam):
    uid = new_uid()
    seq = olga.send(op("insert", "task", uid, {"title": "Call back"}))[0]["seq"]
    deleted = olga.send(op("delete", "task", uid))[0]["seq"]
    edit = sam.send(op("patch", "task", uid, {"title": "Call back today"}, {"title": seq}))[0]
    assert edit["status"] == "applied"
    conflict = olga.get("/conflicts")["conflicts"][0]
    assert (conflict["uid"], conflict["field"], conflict["kept"], conflict["other"]) == (uid, "deleted_at", True, False)
    assert (conflict["seq_kept"], conflict["seq_other"]) == (edit["seq"], deleted)
    olga.request("POST", f"/conflicts/{conflict['id']}/settle", json={"keep": "other"})
    row = olga.get("/snapshot", table="task")["rows"][0]
    assert row["deleted"] is False and row["fields"]["title"] == "Call back today"


def test_a_merge_travels_and_later_operations_on_the_loser_are_repointed(olga, sam):
    winner, loser, note = new_uid(), new_uid(), new_uid()
    olga.send(op("insert", "party", winner, {"last_name": "Rossi"}),
              op("insert", "party", loser, {"last_name": "Rosi"}))
    merged = olga.send(op("merge", "party", loser, {"winner": winner, "deleted_at": "2026-03-01 10:00:00"}))[0]
    assert merged["status"] == "applied"
    # a laptop that had not seen the merge logs a call on the loser
    sent = sam.send(op("insert", "communication", note, {"party_id": loser, "subject": "Call"}))[0]
    assert sent["status"] == "applied"
    feed = olga.changes()["changes"]
    assert feed[-2]["kind"] == "merge"  # with the laptop's trash time, as every laptop will write it
    assert feed[-2]["fields"] == {"winner": winner, "deleted_at": "2026-03-01 10:00:00.000000"}
    assert feed[-1]["fields"]["party_id"] == winner
    rows = {r["uid"]: r for r in olga.get("/snapshot", table="party")["rows"]}
    assert rows[loser]["deleted"] is True and rows[winner]["deleted"] is False


def test_a_bad_operation_is_refused_alone(olga):
    good, nul, last = (op("insert", "task", new_uid(), {"title": title}) for title in ("ok", "a\x00b", "last"))
    results = olga.send({"op_id": "not-a-uuid", "kind": "insert"}, op("insert", "outbox", new_uid()),
                        op("patch", "task", new_uid(), {"title": "x"}), good, nul, last)
    assert [(r["status"], r["reason"]) for r in results] == [
        ("refused", "bad_op"), ("refused", "unknown_table"), ("refused", "not_found"), ("applied", None),
        ("refused", "bad_op"), ("applied", None)]  # PostgreSQL refused the NUL: undone alone, the batch went on
    assert [c["op_id"] for c in olga.changes()["changes"]] == [good["op_id"], last["op_id"]]


def test_the_feed_pages_and_the_cursor_moves(olga):
    ops = [op("insert", "task", new_uid(), {"title": str(n)}) for n in range(5)]
    olga.send(*ops)
    first = olga.changes(limit=2)
    assert len(first["changes"]) == 2 and first["more"] is True
    rest = olga.changes(after=first["cursor"], limit=10)
    assert [c["fields"]["title"] for c in first["changes"] + rest["changes"]] == ["0", "1", "2", "3", "4"]
    assert rest["more"] is False
    assert olga.changes(after=rest["cursor"]) == {"changes": [], "cursor": rest["cursor"], "more": False}


def test_within_one_batch_later_operations_see_what_earlier_ones_wrote(olga):
    """The batch's lookups are read at once: a record written earlier in it, or a merge in it, is looked up again."""
    winner, loser, note = new_uid(), new_uid(), new_uid()
    results = olga.send(op("insert", "party", winner, {"last_name": "Rossi"}),
                        op("insert", "party", loser, {"last_name": "Rosi"}),
                        op("patch", "party", winner, {"city_note": "Roma"}),
                        op("merge", "party", loser, {"winner": winner}),
                        op("patch", "party", loser, {"job_title": "CEO"}),
                        op("insert", "communication", note, {"party_id": loser, "subject": "Call"}))
    assert [r["status"] for r in results] == ["applied"] * 6
    rows = {r["uid"]: r for r in olga.get("/snapshot", table="party")["rows"]}
    assert rows[winner]["fields"] == {"last_name": "Rossi", "city_note": "Roma", "job_title": "CEO"}
    assert rows[winner]["versions"]["job_title"] == results[4]["seq"] and rows[loser]["deleted"] is True
    feed = olga.changes()["changes"]
    assert (feed[4]["uid"], feed[5]["fields"]["party_id"]) == (winner, winner)  # re-pointed to the winner
    assert olga.get("/conflicts")["conflicts"] == []


def test_a_refused_erasure_keeps_the_batch_s_earlier_operations(olga):
    """An erasure writes out the batch's earlier op_log rows first: one refused must not take them with it, also
    when a value PostgreSQL rejects puts the batch through one savepoint per operation."""
    task = new_uid()
    results = olga.send(op("insert", "task", task, {"title": "ok"}),
                        op("insert", "task", new_uid(), {"title": "a\x00"}),
                        op("erase", "task", task))
    assert [(r["status"], r["reason"]) for r in results] == [
        ("applied", None), ("refused", "bad_op"), ("refused", "bad_op")]
    assert [c["uid"] for c in olga.changes()["changes"]] == [task]
