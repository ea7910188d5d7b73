"""A laptop joining a team starts from the server's ready file (server/seed.py, sync/seed_copy.py): one SQLite
copy of the team's data, its tables copied in with SQL, then the feed from the cursor it holds. What it ends with
must be what the table-by-table snapshot gives, record for record; and whatever goes wrong with the file (none
yet, another schema, a damaged download) must leave the laptop reading the tables one by one."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from smallcrm.errors import NotFound
from smallcrm.server import devcluster
from smallcrm.services.parties import merge
from smallcrm.services.parties.parties import trash_party
from smallcrm.services.parties.search import search_parties
from smallcrm.services.privacy.erasure import erase_party
from smallcrm.sync import client, seed_copy
from smallcrm.sync.manifest import BY_TABLE
from tests import factories
from tests.sync.chaos import snapshot
from tests.sync.conftest import Laptop
from tests.team_server import USERS

ERASED_EMAIL = "gino.verdi@example.it"


def _noting(laptop: Laptop, asked: list[str], damage: str = "") -> list[str]:
    """Note the paths the laptop asks (a snapshot's with its table); returns the ready files it downloaded.
    ``damage``: "cut", the file arrives cut short; "schema", it says another schema than the laptop's."""
    inner, files = laptop.transport, []

    def noting(method, path, body, headers):
        asked.append(path.split("?")[0] + ("?" + path.split("table=")[1].split("&")[0] if "table=" in path else ""))
        status, answer = inner(method, path, body, headers)
        if answer.get("file"):
            files.append(answer["file"])
            if damage == "cut":
                Path(answer["file"]).write_bytes(Path(answer["file"]).read_bytes()[: 8192])
            elif damage == "schema":
                answer = {**answer, "schema": str(int(answer["schema"]) - 1)}
        return status, answer

    laptop.transport = noting
    return files


def _trash_as_flag(records: dict[str, dict[str, str]]) -> dict[str, dict[str, dict]]:
    """The records with ``deleted_at`` as in the trash or not: the table-by-table snapshot stamps a trashed record
    with the time it is read, the ready file keeps the time the delete travelled with."""
    flagged = {}
    for table, rows in records.items():
        flagged[table] = {}
        for uid, fields in rows.items():
            values = json.loads(fields)
            if "deleted_at" in values:
                values["deleted_at"] = values["deleted_at"] is not None
            flagged[table][uid] = values
    return flagged


def _shop(olga: Laptop) -> dict[str, int]:
    """A little of everything a shop has, on the owner's laptop, synced to the server."""
    with olga as db:
        acme = factories.customer(db)
        anna = factories.person(db, "Anna", "Neri", emails=["anna@example.it"], phones=["+39 02 1234567"])
        twin = factories.person(db, "Anna", "Nerì", emails=["anna.neri@example.it"])
        merge.merge_parties(db, anna.id, twin.id)
        trashed = factories.person(db, "Carlo", "Cestino")
        trash_party(db, trashed.id)
        factories.communication(db, anna.id, "Telefonata di prova")
        factories.task(db, "Richiamare Anna", party_id=anna.id)
        factories.deal(db, acme.id)
        product = factories.product(db)
        quote = factories.sent_quote(db, acme.id)
        invoice = factories.issued_invoice(db, acme.id)
        factories.payment(db, invoice.id, "20")
        factories.credited_invoice(db, acme.id)
        factories.draft_invoice(db, acme.id)
        gino = factories.private_customer(db, "Gino", "Verdi", emails=[ERASED_EMAIL])
        factories.issued_invoice(db, gino.id)
        erase_party(db, gino.id, "asked on 3 March")
    assert olga.sync().refused == []
    return {"anna": anna.id, "product": product.id, "quote": quote.id}


@pytest.mark.parametrize("new_laptop", ["ready file"], indirect=True)
def test_a_laptop_joining_from_the_ready_file_holds_what_one_reading_table_by_table_holds(team, new_laptop):
    olga, _ = team
    _shop(olga)
    seeded, by_table = new_laptop(), new_laptop()
    seeded_asked: list[str] = []
    table_asked: list[str] = []
    for laptop, asked in ((seeded, seeded_asked), (by_table, table_asked)):
        laptop.sign_in("ada")
        _noting(laptop, asked)
    inner = by_table.transport

    def no_ready_file(method, path, body, headers):  # as an older server answers
        return (404, {"error": "not_found", "message": "Not Found"}) if path.startswith("/seed") else inner(
            method, path, body, headers)

    by_table.transport = no_ready_file
    reports = [seeded.sync(), by_table.sync()]
    assert [(r.mismatched, r.seeded) for r in reports] == [([], True), ([], False)]
    assert "/seed" in seeded_asked and "/snapshot?party" not in seeded_asked and "/snapshot?vat_rate" in seeded_asked
    assert "/snapshot?party" in table_asked
    assert _trash_as_flag(snapshot(seeded)) == _trash_as_flag(snapshot(by_table))
    # the file followed the feed (a version per field), the snapshot keeps one per record: the same latest seq of
    # every live record (a trashed one's is the delete's in the file, the record's last edit in the snapshot)
    assert {t: client.local_check(seeded.db.pw, t) for t in BY_TABLE} == {
        t: client.local_check(by_table.db.pw, t) for t in BY_TABLE}
    for sql in ("SELECT kind, series, year, last_number FROM invoice_counter ORDER BY 1, 2, 3",
                "SELECT p.uid, v.uid FROM product p JOIN vat_rate v ON v.id = p.vat_rate_id ORDER BY 1"):
        assert seeded.rows(sql) == by_table.rows(sql), sql
    assert seeded.rows("SELECT COUNT(*) FROM party WHERE last_name = 'Verdi'") == [(0,)]
    with seeded:
        assert "Anna Neri" in [hit.name for hit in search_parties("Ner")]
    assert reports[0].received >= reports[1].received > 0


@pytest.mark.parametrize("damage", ["cut", "schema"])
@pytest.mark.parametrize("new_laptop", ["ready file"], indirect=True)
def test_a_ready_file_cut_short_or_of_another_schema_leaves_the_laptop_reading_table_by_table(team, new_laptop,
                                                                                            damage):
    olga, _ = team
    _shop(olga)
    late = new_laptop()
    late.sign_in("ada")
    asked: list[str] = []
    files = _noting(late, asked, damage=damage)
    report = late.sync()
    assert report.mismatched == [] and not report.seeded
    assert "/seed" in asked and "/snapshot?party" in asked
    assert late.rows("SELECT COUNT(*) FROM party WHERE last_name = 'Neri' AND deleted_at IS NULL") == [(1,)]
    assert files and not any(Path(f).exists() for f in files)  # the download does not stay behind


@pytest.mark.parametrize("new_laptop", ["ready file"], indirect=True)
def test_what_changed_after_the_ready_file_was_made_reaches_a_laptop_starting_from_it(team, new_laptop, tmp_path):
    olga, _ = team
    with olga as db:
        later = factories.person(db, "Luca", "Dopo", emails=["luca@example.it"])
        factories.communication(db, later.id, "Prima telefonata")
    olga.sync()
    late = new_laptop()
    late.sign_in("sam")
    asked: list[str] = []
    files = _noting(late, asked)
    report = late.sync()
    assert report.mismatched == [] and "/seed" in asked and "/snapshot?party" not in asked
    assert late.rows("SELECT c.subject FROM communication c JOIN party p ON p.id = c.party_id "
                     "WHERE p.last_name = 'Dopo'") == [("Prima telefonata",)]
    assert late.rows("SELECT first_name FROM party WHERE uid = ?", (olga.rows(
        "SELECT uid FROM party WHERE id = ?", (later.id,))[0][0],)) == [("Luca",)]
    assert files and not any(Path(f).exists() for f in files)
    assert not list((tmp_path / "seed").glob("*.sending.sqlite3"))  # the copy handed out is gone once sent


def test_a_ready_file_a_killed_sync_left_behind_is_removed_at_the_next_sync(tmp_path, monkeypatch):
    monkeypatch.setattr(seed_copy.tempfile, "gettempdir", lambda: str(tmp_path))
    stale = tmp_path / f"{seed_copy.DOWNLOAD_PREFIX}old.sqlite3"
    fresh = tmp_path / f"{seed_copy.DOWNLOAD_PREFIX}now.sqlite3"
    for left in (stale, fresh):
        left.write_bytes(b"customers")
    os.utime(stale, (time.time() - 2 * 3600,) * 2)

    class NoReadyFile:
        def call(self, method, path, body=None, **query):
            raise NotFound("The team's server does not have it: no_seed", code="not_found")

    class Laptop:
        encrypted = False

    assert seed_copy.download_seed(Laptop(), NoReadyFile()) is None
    assert not stale.exists() and fresh.exists()  # another SmallCRM's sync may be downloading that one now


@pytest.mark.parametrize("new_laptop", ["ready file"], indirect=True)
def test_an_erasure_leaves_nothing_of_the_person_in_the_servers_ready_file(team, new_laptop, tmp_path):
    olga, _ = team
    with olga as db:
        gino = factories.person(db, "Gino", "Verdi", emails=[ERASED_EMAIL])
        factories.communication(db, gino.id, "Telefonata con Gino Verdi")
    olga.sync()
    first = new_laptop()
    first.sign_in("sam")
    assert first.sync().seeded  # the ready file has been brought up to date with Gino in it
    assert first.rows("SELECT COUNT(*) FROM contact_point WHERE value = ?", (ERASED_EMAIL,)) == [(1,)]
    folder = tmp_path / "seed"
    assert any(ERASED_EMAIL.encode() in path.read_bytes() for path in folder.glob("seed-*"))
    with olga as db:
        erase_party(db, gino.id, "asked on 3 March")
    olga.sync()
    late = new_laptop()
    late.sign_in("ada")
    assert late.sync().seeded
    assert late.rows("SELECT COUNT(*) FROM party WHERE last_name = 'Verdi'") == [(0,)]
    for path in folder.iterdir():  # the file, its log and whatever else lies there
        data = path.read_bytes()
        assert ERASED_EMAIL.encode() not in data and b"Gino Verdi" not in data, path.name


def test_a_server_starting_on_another_team_database_drops_the_ready_file_of_the_old_one(postgres, tmp_path):
    folder = tmp_path / "seed"
    folder.mkdir()
    old = folder / "seed-1-2.sqlite3"  # a team database made again (a restore, a new team): its customers
    old.write_bytes(b"customers erased since")
    dsn = postgres.new_database()
    with devcluster.serve(dsn, process=True, seed_dir=folder):
        made = sorted(path.name for path in folder.glob("seed-*.sqlite3"))
    assert not old.exists() and len(made) == 1 and made != [old.name]


def test_a_ready_file_ahead_of_the_teams_feed_is_made_again(postgres, tmp_path, _migrated_file):
    """A team database restored from an older dump keeps its id: a ready file made before the restore holds what
    the restore took back, so one whose cursor is past the feed's end is not handed out but made again."""
    import psycopg

    from smallcrm.server.seed import team_identity

    dsn = postgres.new_database()
    devcluster.add_users(dsn, USERS)
    with psycopg.connect(dsn) as conn:
        identity = team_identity(conn)
    folder = tmp_path / "seed"
    folder.mkdir()
    stale = folder / f"seed-{identity}.sqlite3"
    shutil.copyfile(_migrated_file, stale)
    with sqlite3.connect(stale) as old:
        old.execute("UPDATE sync_state SET cursor = 1000000")
        old.execute("INSERT INTO tag (uid, name, key, created_at, updated_at) VALUES ('x', 'Taken back', 'taken back', "
                    "'2026-01-01 00:00:00', '2026-01-01 00:00:00')")
    with devcluster.serve(dsn, process=True, seed_dir=folder) as url:
        with sqlite3.connect(stale) as made:
            assert made.execute("SELECT cursor FROM sync_state").fetchone() == (0,)
            assert made.execute("SELECT COUNT(*) FROM tag").fetchone() == (0,)
        assert url
