"""open_database: the pragmas of a new file, and every refusal as one clear line that leaves the file alone."""

from __future__ import annotations

import os
import sqlite3
import threading

import pytest

from smallcrm.db.backup import list_backups, make_backup
from smallcrm.db.connection import BUSY_TIMEOUT_MS, open_database
from smallcrm.db.migrate import head_version
from smallcrm.db.models import Party
from smallcrm.db.models import database as model_proxy
from smallcrm.errors import StorageError
from tests.db.helpers import PAGE_SIZE, add_party, corrupt, digest, fill, sidecars


def pragma(db, name: str):
    return db.execute_sql(f"PRAGMA {name}").fetchone()[0]


def refused(path, code: str, *words: str, **kwargs) -> StorageError:
    with pytest.raises(StorageError) as info:
        open_database(path, **kwargs)
    error = info.value
    assert error.code == code, str(error)
    assert "\n" not in str(error)
    for word in words:
        assert word in str(error), (word, str(error))
    return error


# --- a new database -----------------------------------------------------------------------------------


def test_new_file_gets_safe_pragmas_and_the_whole_schema(tmp_path):
    path = tmp_path / "crm.sqlite3"
    db = open_database(path)
    try:
        assert pragma(db, "journal_mode") == "wal"
        assert pragma(db, "synchronous") == 2
        assert pragma(db, "foreign_keys") == 1
        assert pragma(db, "busy_timeout") == BUSY_TIMEOUT_MS
        versions = [r[0] for r in db.execute_sql("SELECT version FROM schema_version ORDER BY version")]
        assert versions == list(range(1, head_version() + 1))
        assert head_version() >= 2
        assert db.pw.table_exists("party_fts") and db.pw.table_exists("party_words")
        # the live models are bound to this database
        assert model_proxy.obj is db.pw
        assert Party.select().count() == 0
    finally:
        db.close()
    assert model_proxy.obj is None
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    # a brand-new database has nothing to back up
    assert list_backups(path) == []


def test_worker_thread_connection_gets_the_same_pragmas(tmp_path):
    db = open_database(tmp_path / "crm.sqlite3")
    seen = {}

    def work():
        with db.connection_context():
            seen.update(fk=pragma(db, "foreign_keys"), sync=pragma(db, "synchronous"),
                        journal=pragma(db, "journal_mode"))

    try:
        worker = threading.Thread(target=work)
        worker.start()
        worker.join(10)
    finally:
        db.close()
    assert seen == {"fk": 1, "sync": 2, "journal": "wal"}


def test_foreign_keys_are_enforced(tmp_path):
    db = open_database(tmp_path / "crm.sqlite3")
    try:
        with pytest.raises(Exception, match="FOREIGN KEY"):
            db.execute_sql("INSERT INTO contact_point (uid, created_at, updated_at, party_id, kind, label, "
                           "value, match_key, is_primary) VALUES ('u', '', '', 999, 'email', '', 'a', 'a', 1)")
    finally:
        db.close()


def test_empty_file_opens_as_a_new_database(tmp_path):
    path = tmp_path / "crm.sqlite3"
    path.touch()
    db = open_database(path)
    try:
        assert pragma(db, "journal_mode") == "wal"
        assert [r[0] for r in db.execute_sql("SELECT version FROM schema_version ORDER BY version")] == \
            list(range(1, head_version() + 1))
    finally:
        db.close()


def test_reopening_keeps_the_data_and_creates_the_folder_only_when_asked(tmp_path):
    path = tmp_path / "new" / "deeper" / "crm.sqlite3"
    refused(path, "missing_folder", "does not exist", str(path.parent))
    assert not path.parent.exists()
    with open_database(path, create_folder=True) as db:
        add_party(db.execute_sql, "Anna Verdi")
    with open_database(path, create=False) as db:
        assert [p.name for p in Party.select()] == ["Anna Verdi"]


def test_create_false_refuses_a_missing_file(tmp_path):
    path = tmp_path / "crm.sqlite3"
    refused(path, "missing", "There is no database", create=False)
    assert not path.exists()


# --- refusals -----------------------------------------------------------------------------------------


def test_second_open_in_the_same_process_is_refused(crm_file):
    db = open_database(crm_file)
    try:
        add_party(db.execute_sql, "Committed Before")
        before = digest(crm_file)
        error = refused(crm_file, "in_use", "already open", f"pid {os.getpid()}", "close it first")
        assert digest(crm_file) == before
        # the first connection is not disturbed by the refused attempt
        assert model_proxy.obj is db.pw
        assert Party.select().where(Party.name == "Committed Before").count() == 1
        assert str(crm_file) in str(error)
    finally:
        db.close()
    # released on close
    open_database(crm_file).close()


def test_read_only_file_is_refused_and_untouched(crm_file):
    crm_file.chmod(0o444)
    try:
        before = digest(crm_file)
        refused(crm_file, "read_only", "read-only", str(crm_file))
        assert digest(crm_file) == before
        assert sidecars(crm_file) == []
    finally:
        crm_file.chmod(0o644)


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0,
                    reason="root (and Windows) may write into a folder whatever its mode bits")
def test_read_only_folder_is_refused(crm_file):
    folder = crm_file.parent
    before = digest(crm_file)
    folder.chmod(0o555)
    try:
        refused(crm_file, "read_only", "folder", "read-only")
    finally:
        folder.chmod(0o755)
    assert digest(crm_file) == before
    assert sidecars(crm_file) == []


@pytest.mark.parametrize("content", [
    pytest.param(bytes(range(256)) * 40, id="random-bytes"),
    pytest.param(b"Nome;Email\nMario Rossi;mario@example.com\n" * 50, id="text-file"),
    pytest.param(b"SQLite format 2\x00" + b"\x00" * 4000, id="almost-sqlite"),
])
def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path, content):
    path = tmp_path / "contacts.csv"
    path.write_bytes(content)
    refused(path, "not_a_database", "not a SmallCRM database", str(path))
    assert path.read_bytes() == content
    assert sidecars(path) == []
    assert list_backups(path) == []


def test_a_folder_is_not_a_database(tmp_path):
    folder = tmp_path / "crm.sqlite3"
    folder.mkdir()
    refused(folder, "not_a_database", "is not a file")


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_an_sqlite_file_of_another_program_is_refused_and_untouched(tmp_path, journal):
    path = tmp_path / "photos.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode={journal}")
    conn.execute("CREATE TABLE album (id INTEGER PRIMARY KEY, title TEXT)")
    conn.executemany("INSERT INTO album (title) VALUES (?)", [(f"album {i}",) for i in range(50)])
    conn.commit()
    conn.close()
    before = digest(path)
    refused(path, "not_a_database", "another program", str(path))
    # in particular it was not switched to WAL mode (that rewrites bytes 18-19 of the header)
    assert digest(path) == before
    assert sidecars(path) == []
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT COUNT(*) FROM album").fetchone()[0] == 50
        assert "schema_version" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()


# --- a damaged database -------------------------------------------------------------------------------


def test_damaged_database_names_the_newest_good_backup(crm_file):
    older = make_backup(crm_file)
    newer = make_backup(crm_file)
    assert older != newer
    corrupt(newer, first_page=2)  # a backup can go bad too: it must not be offered
    corrupt(crm_file)
    before = digest(crm_file)
    error = refused(crm_file, "damaged", "is damaged", str(crm_file), "newest good backup", str(older), "restore")
    assert str(newer) not in str(error)
    assert error.params["backup"] == str(older)
    assert digest(crm_file) == before
    # refusing released the lock and left nothing bound
    assert model_proxy.obj is None
    refused(crm_file, "damaged")


def test_damaged_database_without_backup_says_so(crm_file):
    corrupt(crm_file)
    before = digest(crm_file)
    error = refused(crm_file, "damaged", "is damaged", "no good backup was found")
    assert error.params["backup"] == ""
    assert digest(crm_file) == before


def test_damaged_first_page_is_reported_as_damaged_not_as_a_crash(crm_file):
    make_backup(crm_file)
    with open(crm_file, "r+b") as fh:  # keep the magic header, destroy the rest of page 1
        fh.seek(16)
        fh.write(b"\xff" * (PAGE_SIZE - 16))
    before = digest(crm_file)
    refused(crm_file, "damaged", "is damaged", "newest good backup")
    assert digest(crm_file) == before


def test_page_size_assumption(crm_file):
    conn = sqlite3.connect(crm_file)
    try:
        assert conn.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE
        assert conn.execute("PRAGMA page_count").fetchone()[0] > 20
    finally:
        conn.close()


def test_data_survives_close_and_reopen(tmp_path):
    path = tmp_path / "crm.sqlite3"
    with open_database(path) as db:
        ids = fill(db, 5)
    with open_database(path) as db:
        assert [p.id for p in Party.select().order_by(Party.id)] == ids


def test_a_database_locked_by_another_writer_is_reported_as_in_use(crm_file, monkeypatch):
    from smallcrm.db import connection

    conn = sqlite3.connect(crm_file, isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")  # in rollback-journal mode a writer blocks readers
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 50)
    try:
        conn.execute("BEGIN EXCLUSIVE")
        before = digest(crm_file)
        refused(crm_file, "in_use", "busy in another program", exclusive=False)
        assert digest(crm_file) == before
    finally:
        conn.execute("ROLLBACK")
        conn.close()


def test_large_file_checks_only_core_tables_on_open(tmp_path, monkeypatch):
    """Above the size limit the open-time check reads the core tables only (a full check of a 600 MB file
    takes seconds); damage elsewhere is reported by SQLite on read, as one clear StorageError."""
    from peewee import DatabaseError as PeeweeDatabaseError

    from smallcrm.db import connection
    from smallcrm.db.connection import storage_error_from

    path = tmp_path / "big.sqlite3"
    with open_database(path) as db:
        db.execute_sql("CREATE TABLE filler (x BLOB)")
        for _ in range(200):
            db.execute_sql("INSERT INTO filler VALUES (randomblob(4000))")
    monkeypatch.setattr(connection, "FULL_CHECK_MAX_BYTES", 0)
    monkeypatch.setattr(connection, "FULL_INTEGRITY_MAX_BYTES", 0)
    page = 4096
    data = bytearray(path.read_bytes())
    last_pages = len(data) // page - 5
    data[last_pages * page:(last_pages + 1) * page] = b"\xff" * page  # a filler page: not a core table
    path.write_bytes(bytes(data))
    with open_database(path, migrate=False) as db:
        try:
            db.execute_sql("SELECT SUM(LENGTH(x)) FROM filler").fetchall()
            damaged = None
        except PeeweeDatabaseError as exc:
            damaged = storage_error_from(exc, path)
    assert damaged is not None and damaged.code == "damaged" and "smallcrm check" in str(damaged)
