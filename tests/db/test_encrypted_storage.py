"""The storage layer on encrypted files: keys, worker threads, damaged pages, and backups checked cheaply."""

from __future__ import annotations

import shutil
import threading

import pytest

from smallcrm.db import backup as backups
from smallcrm.db import cipher
from smallcrm.db.backup import integrity_problems, list_backups, make_backup, newest_good_backup
from smallcrm.db.connection import open_database
from smallcrm.errors import StorageError
from smallcrm.services.admin.security import encrypt_database
from tests.db.helpers import PAGE_SIZE, corrupt, digest, fill

PASSPHRASE = "a long enough passphrase"


@pytest.fixture
def encrypted_file(crm_file):
    """The 300-party database, encrypted with a passphrase (its key also in the test keyring)."""
    with open_database(crm_file) as db:
        encrypt_database(db, PASSPHRASE)
    return crm_file


def test_a_passphrase_derived_key_matches_sqlcipher_own_derivation(encrypted_file):
    """The file opens with the bare passphrase through SQLCipher itself (any SQLCipher 4 tool can open it)."""
    conn = cipher.sqlcipher.connect(str(encrypted_file))
    try:
        conn.execute(cipher.key_pragma(PASSPHRASE))
        assert conn.execute("SELECT count(*) FROM party").fetchone()[0] == 300
    finally:
        conn.close()


def test_a_worker_thread_connection_gets_the_key_and_the_pragmas(encrypted_file):
    seen = {}
    with open_database(encrypted_file) as db:
        def work() -> None:
            with db.connection_context():
                seen["parties"] = db.execute_sql("SELECT count(*) FROM party").fetchone()[0]
                seen["journal"] = db.execute_sql("PRAGMA journal_mode").fetchone()[0]
                seen["fk"] = db.execute_sql("PRAGMA foreign_keys").fetchone()[0]

        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
    assert seen == {"parties": 300, "journal": "wal", "fk": 1}


def test_an_encrypted_file_looks_encrypted_and_a_plain_one_does_not(encrypted_file, tmp_path):
    assert cipher.looks_encrypted(encrypted_file)
    plain = tmp_path / "plain.sqlite3"
    open_database(plain).close()
    assert not cipher.looks_encrypted(plain)


@pytest.mark.parametrize("content", [bytes(range(256)) * 40, b"Nome;Email\n" * 1024, b"\x00" * 8192])
def test_patterns_and_text_do_not_look_encrypted(tmp_path, content):
    path = tmp_path / "x.sqlite3"
    path.write_bytes(content)
    assert not cipher.looks_encrypted(path)


def test_a_damaged_encrypted_database_is_refused_naming_the_good_backup(encrypted_file):
    with open_database(encrypted_file) as db:
        good = make_backup(encrypted_file, key=db.key)
    corrupt(encrypted_file)
    before = digest(encrypted_file)
    with pytest.raises(StorageError) as error:
        open_database(encrypted_file)
    assert error.value.code == "damaged" and str(good) in str(error.value)
    assert digest(encrypted_file) == before


def test_daily_backup_of_an_encrypted_database_is_encrypted_and_opens_with_the_key(encrypted_file):
    with open_database(encrypted_file, daily_backup=True) as db:
        key = db.key
    daily = [b for b in list_backups(encrypted_file) if b.reason == "daily"]
    assert len(daily) == 1 and cipher.looks_encrypted(daily[0].path)
    assert integrity_problems(daily[0].path, key=key) == []
    assert integrity_problems(daily[0].path)[0].startswith("not an SQLite database (it is encrypted)")
    assert newest_good_backup(encrypted_file, key) == daily[0].path


# --- backups verified by a quick check: still catches a damaged copy -----------------------------------


def _corrupting_copy(monkeypatch, first_page: int) -> None:
    real = backups.copy_pages

    def copy_then_damage(source, target, key, source_mode=None):
        real(source, target, key, source_mode)
        corrupt(target, first_page=first_page, pages=2)  # what a bad sector or a flaky disk does to the copy

    monkeypatch.setattr(backups, "copy_pages", copy_then_damage)


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
@pytest.mark.parametrize("first_page", [3, 20])
def test_a_damaged_copy_fails_the_backup_and_leaves_no_file(crm_file, monkeypatch, encrypted, first_page):
    key = None
    if encrypted:
        with open_database(crm_file) as db:
            encrypt_database(db, PASSPHRASE)
            key = db.key
    _corrupting_copy(monkeypatch, first_page)
    with pytest.raises(StorageError) as error:
        make_backup(crm_file, key=key)
    assert error.value.code == "backup_bad"
    assert list_backups(crm_file) == []
    assert list(backups.backup_folder(crm_file).iterdir()) == []  # no .partial left


def test_quick_check_finds_damage_in_an_index_page_too(tmp_path):
    """A damaged page anywhere (table or index b-tree) fails the quick check of a copy."""
    path = tmp_path / "crm.sqlite3"
    with open_database(path) as db:
        fill(db, 600)
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(path, copy)
    conn = cipher.connect(copy, None)
    try:
        pages = {name: root for name, root in conn.execute(
            "SELECT name, rootpage FROM sqlite_master WHERE type = 'index' AND rootpage > 0")}
    finally:
        conn.close()
    index_page = max(pages.values())
    with open(copy, "r+b") as fh:
        fh.seek((index_page - 1) * PAGE_SIZE)
        fh.write(b"\xde\xad\xbe\xef" * (PAGE_SIZE // 4))
    assert integrity_problems(path, quick=True, foreign_keys=False) == []
    assert integrity_problems(copy, quick=True, foreign_keys=False) != []
