"""The feed never skips an operation committed out of order; the snapshot and the check agree with it; old
laptops are told to update; blobs are stored by their hash."""

from __future__ import annotations

import hashlib
import threading
import time
import uuid

import psycopg
import pytest

from smallcrm.server.apply import Op, apply_in_transaction
from smallcrm.server.auth import principal
from smallcrm.server.store import checksum
from smallcrm.server.wire import laptop_schema
from smallcrm.sync.kinds import OpKind
from tests.server.laptop import Laptop, new_uid, op

pytestmark = pytest.mark.slow



def _task(title: str) -> Op:
    return Op(str(uuid.uuid4()), OpKind.INSERT, "task", new_uid(), {"title": title}, {}, "")


def test_a_writer_holding_its_transaction_open_is_not_skipped(team_server, olga):
    olga.send(op("insert", "task", new_uid(), {"title": "before"}))
    start = olga.changes()["cursor"]
    with psycopg.connect(team_server.dsn) as slow:  # writer A: applies, then holds its transaction open
        who = principal(slow, olga.headers["Authorization"])
        first = apply_in_transaction(slow, _task("A"), who)
        answers: list = []
        writer_b = threading.Thread(target=lambda: answers.append(olga.send(op("insert", "task", new_uid(),
                                                                                {"title": "B"}))))
        writer_b.start()
        time.sleep(0.5)  # B now waits on the apply lock behind A
        assert writer_b.is_alive()
        assert olga.changes(after=start) == {"changes": [], "cursor": start, "more": False}
        slow.commit()
    writer_b.join(30)
    assert answers[0][0]["seq"] > first.seq
    served = olga.changes(after=start)["changes"]
    assert [c["fields"]["title"] for c in served] == ["A", "B"]


def test_a_writer_that_skips_the_lock_is_still_not_skipped(team_server, olga):
    """A maintenance script inserting into op_log without the lock: the xmin guard holds the cursor back."""
    start = olga.changes()["cursor"]
    with psycopg.connect(team_server.dsn) as script:
        script.execute("INSERT INTO op_log (seq, op_id, \"user\", kind, tbl, uid, fields) VALUES "
                       "(nextval('op_seq'), gen_random_uuid(), 'script', 'insert', 'task', %s, '{\"title\": \"S\"}')",
                       (new_uid(),))
        later = olga.send(op("insert", "task", new_uid(), {"title": "later"}))[0]  # commits first, higher seq
        assert later["status"] == "applied"
        assert olga.changes(after=start) == {"changes": [], "cursor": start, "more": False}
        assert olga.get("/check")["cursor"] == start  # neither the check nor a snapshot claims more
        script.commit()
    served = olga.changes(after=start)["changes"]
    assert [c["fields"]["title"] for c in served] == ["S", "later"]


def test_the_snapshot_and_the_check_agree(olga):
    uids = [new_uid() for _ in range(7)]
    olga.send(*(op("insert", "party", uid, {"last_name": f"N{n}"}) for n, uid in enumerate(uids)))
    olga.send(op("patch", "party", uids[0], {"last_name": "changed"}, {"last_name": 10**9}),
              op("delete", "party", uids[1]))
    rows, after, cursors = [], "", set()
    while True:
        page = olga.get("/snapshot", table="party", after_uid=after, limit=3)
        rows += page["rows"]
        cursors.add(page["cursor"])
        if not page["more"]:
            break
        after = page["rows"][-1]["uid"]
    assert sorted(r["uid"] for r in rows) == sorted(uids)
    check = olga.get("/check")
    assert cursors == {check["cursor"]} and check["cursor"] == olga.changes()["cursor"]
    live = [r for r in rows if not r["deleted"]]
    lines = [f"{r['uid']}:{max(r['versions'].values())}" for r in live]
    assert check["tables"]["party"] == {"count": 6, "checksum": checksum(lines)}
    assert check["tables"]["task"] == {"count": 0, "checksum": checksum([])}
    olga.send(op("patch", "party", uids[2], {"last_name": "again"}, {"last_name": 10**9}))
    assert olga.get("/check")["tables"]["party"]["checksum"] != check["tables"]["party"]["checksum"]


def test_a_laptop_older_than_the_server_is_told_to_update(team_server, olga):
    old = {**olga.headers, "SmallCRM-Schema": str(laptop_schema() - 1)}
    answer = olga.http.post("/ops", headers=old, json={"ops": [op("insert", "task", new_uid(), {"title": "x"})]})
    assert answer.status_code == 426 and answer.json()["error"] == "update_required"
    assert olga.changes()["changes"] == []  # it sent nothing
    newer = {**olga.headers, "SmallCRM-Schema": str(laptop_schema() + 1)}
    assert olga.http.get("/changes", headers=newer).status_code == 409
    assert olga.http.get("/changes", headers={**olga.headers, "SmallCRM-Protocol": "0"}).status_code == 400
    signing_in = olga.http.post("/sign-in", headers=old, json={"user": "olga", "password": "x", "device_name": "y"})
    assert signing_in.status_code == 426


def test_blobs_are_stored_by_their_hash_and_refused_on_a_wrong_one(olga):
    data = b"%PDF-1.7 a scanned contract"
    sha = hashlib.sha256(data).hexdigest()
    wrong = olga.request("PUT", f"/blobs/{hashlib.sha256(b'other').hexdigest()}", content=data)
    assert wrong.status_code == 400 and wrong.json()["error"] == "hash_mismatch"
    assert olga.request("GET", f"/blobs/{sha}").status_code == 404
    assert olga.request("PUT", f"/blobs/{sha}", content=data).status_code == 200
    assert olga.request("PUT", f"/blobs/{sha}", content=data).status_code == 200  # twice is harmless
    fetched = olga.request("GET", f"/blobs/{sha}")
    assert fetched.status_code == 200 and fetched.content == data
    assert olga.request("GET", "/blobs/not-a-hash").status_code == 400
    assert olga.http.get(f"/blobs/{sha}").status_code in (400, 401)  # no token, no file


def test_ten_laptops_at_once_lose_nothing_and_the_feed_serves_each_operation_once(team_server, olga):
    laptops = [Laptop(team_server.url, "olga", device=f"laptop {n}") for n in range(10)]
    sent: list[list[dict]] = [[op("insert", "task", new_uid(), {"title": f"{n}-{k}"}) for k in range(40)]
                              for n in range(10)]
    seen: list[list[int]] = [[] for _ in range(10)]
    failures: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for k in range(0, 40, 8):  # small batches, reading the feed in between as a syncing laptop does
                results = laptops[n].send(*sent[n][k:k + 8])
                assert {r["status"] for r in results} == {"applied"}
                cursor = seen[n][-1] if seen[n] else 0
                page = laptops[n].changes(after=cursor)
                seen[n] += [c["seq"] for c in page["changes"]]
        except BaseException as error:  # reported below, on the test's thread
            failures.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    for laptop in laptops:
        laptop.close()
    assert not failures, failures
    feed = olga.changes(limit=5000)["changes"]
    assert sorted(c["op_id"] for c in feed) == sorted(o["op_id"] for batch in sent for o in batch)
    assert [c["seq"] for c in feed] == sorted(c["seq"] for c in feed)
    for served in seen:  # each laptop's reads went forward without skipping or repeating a row
        assert served == sorted(set(served))
        assert served == [c["seq"] for c in feed if served and c["seq"] <= served[-1]]
    assert olga.get("/check")["tables"]["task"]["count"] == 400
