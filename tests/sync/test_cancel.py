"""A sync the user cancels stops before its next request: the batches sent and the pages written stay, the last
sync's time does not move, and the next sync goes on from there until both sides agree."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from smallcrm.sync import client, snapshot
from smallcrm.sync.state import read_state
from tests import factories


def _counting(laptop) -> Counter:
    """Count the requests ``laptop`` makes, by path (and by table for the snapshot's pages)."""
    asked: Counter = Counter()
    send = laptop.transport

    def counted(method, path, body, headers):
        where, _, query = path.partition("?")
        asked[where] += 1
        if where == "/snapshot":
            asked[query.split("table=")[1].split("&")[0]] += 1
        return send(method, path, body, headers)

    laptop.transport = counted
    return asked


def test_a_sync_cancelled_between_batches_keeps_what_was_sent_and_the_next_one_sends_the_rest(new_laptop,
                                                                                              monkeypatch):
    monkeypatch.setattr(client, "BATCH", 10)
    olga = new_laptop()
    olga.sign_in("olga")
    olga.sync()
    with olga as db:
        for n in range(45):
            factories.person(db, "Mario", f"Rossi {n:02d}")
        before = read_state(db.pw).last_sync_at
    asked = _counting(olga)
    with olga as db:
        report = client.sync(db, transport=olga.transport, cancel=lambda: asked["/ops"] >= 2)
    assert report.cancelled and report.sent > 0
    waiting = olga.rows("SELECT COUNT(*) FROM sync_outbox WHERE sent = 0")[0][0]
    assert waiting > 0  # stopped half-way: the rest waits
    with olga as db:
        assert read_state(db.pw).last_sync_at == before and not read_state(db.pw).last_error

    again = olga.sync()
    assert not again.cancelled and again.mismatched == []
    assert olga.rows("SELECT COUNT(*) FROM sync_outbox WHERE sent = 0")[0][0] == 0
    sam = new_laptop()
    sam.sign_in("sam")
    assert sam.sync().mismatched == []
    assert sam.rows("SELECT COUNT(*) FROM party WHERE last_name LIKE 'Rossi %'")[0][0] == 45


def _joining_a_team_of(new_laptop, contacts: int):
    """Sam's new laptop, signed in (not synced) to a team whose owner made ``contacts`` people."""
    olga = new_laptop()
    olga.sign_in("olga")
    with olga as db:
        for n in range(contacts):
            factories.person(db, "Mario", f"Rossi {n:02d}", emails=[f"mario{n}@example.it"])
    olga.sync()
    sam = new_laptop()
    sam.sign_in("sam")
    return sam


@pytest.mark.parametrize("new_laptop", ["stand-in", "team server"], indirect=True)  # the pages of the snapshot
def test_a_first_sync_cancelled_between_snapshot_pages_is_finished_by_the_next_sync(new_laptop, monkeypatch):
    monkeypatch.setattr(snapshot, "PAGE", 10)
    sam = _joining_a_team_of(new_laptop, 45)
    asked = _counting(sam)
    with sam as db:
        report = client.sync(db, transport=sam.transport, cancel=lambda: asked["party"] >= 3)
    assert report.cancelled
    # a new laptop fills a table in one transaction (docs/TEAM-MODE.md): cancelled inside it, the table is left
    # empty with its indexes, as after a crash, and the next sync fills it again in bulk
    assert sam.rows("SELECT COUNT(*) FROM party") == [(0,)]
    assert asked["party"] == 3  # the cancel came inside the table, not before it

    again = sam.sync()
    assert not again.cancelled and again.mismatched == []
    assert sam.rows("SELECT COUNT(*) FROM party WHERE last_name LIKE 'Rossi %'")[0][0] == 45
    assert sam.rows("SELECT COUNT(*) FROM contact_point WHERE value LIKE 'mario%@example.it'")[0][0] == 45
    with sam as db:
        from smallcrm.services.parties import search

        assert search.search_parties("Rossi 03")  # the bulk-written contacts are in the search index


@pytest.mark.parametrize("new_laptop", ["ready file"], indirect=True)
def test_a_first_sync_cancelled_after_the_ready_file_came_leaves_nothing_and_the_next_starts_from_it(new_laptop):
    sam = _joining_a_team_of(new_laptop, 5)
    asked, files = _counting(sam), []
    counted = sam.transport

    def noting(method, path, body, headers):
        status, answer = counted(method, path, body, headers)
        if answer.get("file"):
            files.append(answer["file"])
        return status, answer

    sam.transport = noting
    with sam as db:  # stopped while the settings are read, after the ready file is here
        report = client.sync(db, transport=sam.transport, cancel=lambda: asked["/seed"] >= 1)
    assert report.cancelled and files
    assert not Path(files[0]).exists()  # the download does not stay behind
    assert sam.rows("SELECT COUNT(*) FROM party") == [(0,)]
    again = sam.sync()
    assert again.seeded and not again.cancelled and again.mismatched == []
    assert sam.rows("SELECT COUNT(*) FROM party WHERE last_name LIKE 'Rossi %'")[0][0] == 5
