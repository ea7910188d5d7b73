"""Backups through SQLite's online backup API: verified, rotated, listed, and restored safely."""

from __future__ import annotations

import re
import shutil
import sqlite3
import time

import pytest

from smallcrm.config import BACKUPS_KEPT
from smallcrm.db.backup import (
    backup_folder,
    integrity_problems,
    list_backups,
    make_backup,
    newest_good_backup,
    restore_backup,
)
from smallcrm.db.connection import BUSY_TIMEOUT_MS, open_database
from smallcrm.db.lock import InstanceLock
from smallcrm.db.models import Party
from smallcrm.errors import StorageError
from tests.db.helpers import add_contact_point, add_party, corrupt, digest, fill, party_names, sidecars

NAME = re.compile(r"^crm-\d{8}T\d{12}Z-(?P<reason>[a-z0-9-]+)\.sqlite3$")


def journal_mode(path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()


def small_db(tmp_path, names=("Mario Rossi", "Anna Verdi")):
    path = tmp_path / "crm.sqlite3"
    with open_database(path) as db:
        for name in names:
            add_party(db.execute_sql, name)
    return path


# --- make_backup ----------------------------------------------------------------------------------------


def test_backup_is_a_verified_self_contained_copy_in_the_backups_folder(crm_file, tmp_path):
    copy = make_backup(crm_file)
    assert copy.parent == tmp_path / "backups" == backup_folder(crm_file)
    match = NAME.match(copy.name)
    assert match and match["reason"] == "manual", copy.name
    assert [p.name for p in copy.parent.iterdir()] == [copy.name]  # no .partial left behind
    assert integrity_problems(copy) == []
    assert journal_mode(copy) == "delete"  # needs no -wal beside it to be whole
    assert party_names(copy) == party_names(crm_file)
    assert len(party_names(copy)) == 300
    # and it opens as a SmallCRM database in its own right
    elsewhere = tmp_path / "elsewhere" / "copy.sqlite3"
    elsewhere.parent.mkdir()
    shutil.copyfile(copy, elsewhere)
    with open_database(elsewhere):
        assert Party.select().count() == 300


def test_backup_while_the_database_is_open_and_another_connection_is_writing(crm_file):
    db = open_database(crm_file)
    writer = sqlite3.connect(crm_file, isolation_level=None, timeout=0)
    try:
        add_party(db.execute_sql, "Committed")
        writer.execute("BEGIN IMMEDIATE")
        add_party(writer.execute, "Not Yet Committed")
        started = time.monotonic()
        copy = make_backup(crm_file)
        elapsed = time.monotonic() - started
        writer.execute("COMMIT")
        # the live database went on: both rows are there
        assert Party.select().where(Party.name.in_(["Committed", "Not Yet Committed"])).count() == 2
    finally:
        writer.close()
        db.close()
    assert elapsed < BUSY_TIMEOUT_MS / 1000  # it did not wait for the writer
    names = party_names(copy)
    assert "Committed" in names
    assert "Not Yet Committed" not in names  # a consistent snapshot of what was committed
    assert integrity_problems(copy) == []


def test_rotation_keeps_the_newest(tmp_path):
    path = small_db(tmp_path)
    made = [make_backup(path, reason=f"r{i}", keep=3) for i in range(5)]
    remaining = list_backups(path)
    assert [b.path for b in remaining] == made[:1:-1]  # the last three, newest first
    assert not made[0].exists() and not made[1].exists()
    assert [b.reason for b in remaining] == ["r4", "r3", "r2"]


def test_list_backups_newest_first_and_ignores_other_files(tmp_path):
    path = small_db(tmp_path)
    assert list_backups(path) == []
    first = make_backup(path, reason="before-migration-0002")
    second = make_backup(path)
    folder = backup_folder(path)
    for stray in ["notes.txt", "crm-garbage-manual.sqlite3", second.name + ".partial",
                  "other-20240101T000000000000Z-manual.sqlite3"]:
        (folder / stray).write_text("x")
    found = list_backups(path)
    assert [b.path for b in found] == [second, first]
    assert found[0].taken_at > found[1].taken_at
    assert [b.reason for b in found] == ["manual", "before-migration-0002"]
    assert found[1].size == first.stat().st_size > 0


def test_backup_that_cannot_be_written_is_a_storage_error(tmp_path):
    path = small_db(tmp_path)
    backup_folder(path).write_text("a file where the folder should be")
    with pytest.raises(StorageError) as info:
        make_backup(path)
    assert info.value.code == "backup_failed"
    assert "Cannot write a backup" in str(info.value)


def test_newest_good_backup_skips_a_bad_one(tmp_path):
    path = small_db(tmp_path)
    assert newest_good_backup(path) is None
    good = make_backup(path)
    bad = make_backup(path)
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    assert newest_good_backup(path) == good


def test_folder_names_with_uri_characters(tmp_path):
    """ "#", "%" and "?" are fine in a folder name but special in an SQLite file: URI."""
    folder = tmp_path / "Clienti #1 (100%) ok?"
    folder.mkdir()
    path = small_db(folder)
    copy = make_backup(path)
    assert integrity_problems(copy) == []
    assert integrity_problems(path) == []
    assert party_names(copy) == ["Mario Rossi", "Anna Verdi"]
    with open_database(path) as db:
        add_party(db.execute_sql, "Later")
    restore_backup(path, copy)
    assert party_names(path) == ["Mario Rossi", "Anna Verdi"]


# --- integrity_problems ---------------------------------------------------------------------------------


def test_integrity_problems(tmp_path, crm_file):
    assert integrity_problems(crm_file) == []
    assert integrity_problems(crm_file, quick=True) == []
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert integrity_problems(text) == ["not an SQLite database"]
    assert integrity_problems(tmp_path / "missing.sqlite3")  # reported, not raised
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copyfile(crm_file, damaged)
    corrupt(damaged)
    assert integrity_problems(damaged)
    assert integrity_problems(damaged, quick=True)


def test_integrity_problems_reports_a_foreign_key_violation(tmp_path):
    path = small_db(tmp_path)
    conn = sqlite3.connect(path)  # foreign keys are off by default on a plain connection
    try:
        orphan = add_contact_point(conn.execute, 999, "email", "ghost@example.com")
        conn.commit()
    finally:
        conn.close()
    problems = integrity_problems(path)
    assert problems == [f"foreign key: contact_point row {orphan} points to a missing party"]


# --- restore_backup -------------------------------------------------------------------------------------


def test_restore_brings_back_the_backup_and_keeps_what_it_replaced(tmp_path):
    path = small_db(tmp_path)
    good = make_backup(path)
    with open_database(path) as db:
        add_party(db.execute_sql, "Added After The Backup")
        db.execute_sql("UPDATE party SET name = 'Renamed' WHERE name = 'Mario Rossi'")
    replaced = party_names(path)
    lock = InstanceLock(path)
    lock.acquire()
    try:
        saved = restore_backup(path, good)
    finally:
        lock.release()
    assert party_names(path) == ["Mario Rossi", "Anna Verdi"]
    # what was replaced is kept as a verified backup
    assert saved.parent == backup_folder(path)
    assert NAME.match(saved.name)["reason"] == "before-restore"
    assert integrity_problems(saved) == []
    assert party_names(saved) == replaced == ["Renamed", "Anna Verdi", "Added After The Backup"]
    assert saved in [b.path for b in list_backups(path)]
    assert good.exists()
    with open_database(path) as db:
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert [p.name for p in Party.select().order_by(Party.id)] == ["Mario Rossi", "Anna Verdi"]


def test_restoring_the_oldest_backup_of_a_full_rotation(tmp_path):
    path = small_db(tmp_path)
    oldest = make_backup(path, reason="oldest")
    for _ in range(BACKUPS_KEPT - 1):
        make_backup(path)
    assert len(list_backups(path)) == BACKUPS_KEPT
    with open_database(path) as db:
        add_party(db.execute_sql, "Newer")
    saved = restore_backup(path, oldest)  # the before-restore backup must not rotate it away first
    assert party_names(path) == ["Mario Rossi", "Anna Verdi"]
    assert oldest.exists()
    assert "Newer" in party_names(saved)


@pytest.mark.parametrize("kind", ["corrupt", "foreign", "text", "missing"])
def test_restore_refuses_a_bad_file_and_leaves_the_database_alone(tmp_path, kind):
    path = small_db(tmp_path)
    candidate = tmp_path / "candidate.sqlite3"
    if kind == "corrupt":
        with open_database(tmp_path / "big.sqlite3") as db:
            fill(db)
        shutil.copyfile(make_backup(tmp_path / "big.sqlite3"), candidate)
        corrupt(candidate)
        code, words = "damaged", "is not a sound database"
    elif kind == "foreign":
        conn = sqlite3.connect(candidate)
        conn.execute("CREATE TABLE album (title TEXT)")
        conn.commit()
        conn.close()
        code, words = "not_a_database", "is not a SmallCRM database"
    elif kind == "text":
        candidate.write_text("Nome;Email\n")
        code, words = "damaged", "not an SQLite database"
    else:
        code, words = "missing", "There is no file"
    backups_before = list_backups(path)
    before = digest(path)
    with pytest.raises(StorageError) as info:
        restore_backup(path, candidate)
    assert info.value.code == code
    assert words in str(info.value) and "\n" not in str(info.value)
    assert digest(path) == before
    assert list_backups(path) == backups_before  # not even a before-restore backup was taken


def test_restore_over_a_damaged_database_moves_it_aside_with_its_log(tmp_path):
    path = tmp_path / "crm.sqlite3"
    with open_database(path) as db:
        fill(db)
    good = make_backup(path)
    # a crash image: the last commit is still only in the write-ahead log
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    add_party(conn.execute, "Only In The Log")
    conn.commit()
    wal = path.with_name(path.name + "-wal")
    crash_db, crash_wal = path.read_bytes(), wal.read_bytes()
    conn.close()  # (this checkpoints and removes the log: put the crash image back)
    path.write_bytes(crash_db)
    wal.write_bytes(crash_wal)
    corrupt(path)
    damaged = path.read_bytes()

    saved = restore_backup(path, good)

    assert re.fullmatch(r"crm\.sqlite3\.damaged-\d{8}T\d{12}Z", saved.name), saved.name
    assert saved.parent == path.parent
    assert saved.read_bytes() == damaged
    assert saved.with_name(saved.name + "-wal").read_bytes() == crash_wal  # the log went along
    assert not wal.exists() or wal.read_bytes() != crash_wal
    assert integrity_problems(path) == []
    assert len(party_names(path)) == 300
    with open_database(path) as db:
        assert Party.select().count() == 300
    assert sidecars(path) == []
